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

/** K-SECURE-1: what secure email is, and who it is for (the first question). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { snapshot } = await journeyAt(request, lang, "start");
  return json({
    messages: pickMessages(lang, ["secureMessage"]),
    audience: snapshot.context.audience,
    days: SECURE_LINK_VALID_DAYS,
    eidasCountries: countryNames(lang, EIDAS_COUNTRIES),
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const { form, session } = await readForm(request);
  const { snapshot } = await journeyAt(request, lang, "start", session);
  const audience = field(form, "audience");
  if (audience !== "abroadWithoutOmaKela" && audience !== "canUseOmaKela") {
    const t = await getT(lang, "secureMessage");
    return json({ errors: { audience: t("secureMessage:errors.audienceRequired") }, values: {} }, { status: 422 });
  }
  return redirectToStep(lang, await advance(session, snapshot, { type: "ANSWER_AUDIENCE", audience }));
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "secureMessage:start.title");

export default function SecureMessageStart() {
  const { audience, days, eidasCountries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <ErrorSummary errors={actionData?.errors} />
      <h1>{t("secureMessage:start.heading")}</h1>
      <p className="lead">{t("secureMessage:start.intro")}</p>
      <h2>{t("secureMessage:start.howHeading")}</h2>
      <ol>
        <li>{t("secureMessage:start.steps.email")}</li>
        <li>{t("secureMessage:start.steps.link", { days })}</li>
        <li>{t("secureMessage:start.steps.write")}</li>
      </ol>
      <p className="callout callout--warning">{t("secureMessage:subjectRule")}</p>
      <p>{t("secureMessage:start.eidas", { countries: eidasCountries })}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <ChoiceGroup
          name="audience"
          legend={t("secureMessage:start.question")}
          error={actionData?.errors.audience}
          defaultValue={audience ?? undefined}
          choices={[
            { value: "abroadWithoutOmaKela", label: t("secureMessage:start.abroadWithoutOmaKela"), hint: t("secureMessage:start.abroadWithoutOmaKelaHint") },
            { value: "canUseOmaKela", label: t("secureMessage:start.canUseOmaKela") },
          ]}
        />
        <button type="submit" className="button">
          {t("form.continue")}
        </button>
      </Form>
    </>
  );
}
