import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { ChoiceGroup } from "~/components/form/fields";
import { countryNames } from "~/domain/international";
import { EIDAS_COUNTRIES, SECURE_LINK_VALID_DAYS } from "~/domain/kv-contact";
import { getT } from "~/i18n/i18n.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { field, readForm } from "~/services/forms.server";
import { advance, journeyAt, redirectToStep } from "~/services/secure-message.server";

/** An email link (K-SECURE-1) or eIDAS identification (K-EIDAS-1). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { snapshot } = await journeyAt(request, lang, "method");
  return json({
    messages: pickMessages(lang, ["secureMessage"]),
    method: snapshot.context.method,
    days: SECURE_LINK_VALID_DAYS,
    eidasCountries: countryNames(lang, EIDAS_COUNTRIES),
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const { form, session } = await readForm(request);
  const { snapshot } = await journeyAt(request, lang, "method", session);
  const method = field(form, "method");
  if (method !== "email" && method !== "eidas") {
    const t = await getT(lang, "secureMessage");
    return json({ errors: { method: t("secureMessage:errors.methodRequired") }, values: {} }, { status: 422 });
  }
  let next = await advance(session, snapshot, { type: "CHOOSE_METHOD", method });
  const user = session.data.user;
  // Already identified with eIDAS: straight to writing.
  if (method === "eidas" && user?.method === "eidas") {
    next = await advance(session, next, { type: "EIDAS_IDENTIFIED", country: user.eidasCountry ?? "" });
  }
  return redirectToStep(lang, next);
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "secureMessage:method.title");

export default function ChooseMethod() {
  const { method, days, eidasCountries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <CsrfInput />
        <ChoiceGroup
          name="method"
          legend={t("secureMessage:method.heading")}
          legendAsHeading
          error={actionData?.errors.method}
          defaultValue={method ?? undefined}
          choices={[
            { value: "email", label: t("secureMessage:method.email"), hint: t("secureMessage:method.emailHint", { days }) },
            { value: "eidas", label: t("secureMessage:method.eidas"), hint: t("secureMessage:method.eidasHint", { countries: eidasCountries }) },
          ]}
        />
        <button type="submit" className="button">
          {t("form.continue")}
        </button>
      </Form>
    </>
  );
}
