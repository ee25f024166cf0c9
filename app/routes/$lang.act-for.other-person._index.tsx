import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { ChoiceGroup } from "~/components/form/fields";
import { DeclarationButtons, DeclarationText, TargetHetuField } from "~/components/proxy/DeclarationForm";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { readForm } from "~/services/forms.server";
import { draftValues, sendOtherPersonDetails } from "~/services/proxy-declaration.server";
import { requireUser } from "~/services/session.server";

/**
 * C-AUTH-3, "other person" (muu henkilö): applying for someone who cannot
 * apply themself because of illness, old age or similar and has no
 * edunvalvoja. A declaration of why goes to Kela's manual handling; if the
 * back end says the person has an edunvalvoja, the route is refused.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { user } = await requireUser(request, lang);
  return json({ messages: pickMessages(lang, ["proxy"]), draft: await draftValues(user, "other-person") });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const { form } = await readForm(request);
  const { user } = await requireUser(request, lang);
  const result = await sendOtherPersonDetails(lang, user, form);
  if (result.ok) return redirect(result.redirectTo);
  return json({ errors: result.errors, values: result.values }, { status: result.status });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "proxy:other.title");

export default function OtherPersonPage() {
  const { draft } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const errors = actionData?.errors;
  const values = actionData?.values ?? draft;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t("proxy:other.heading")}</h1>
      <p className="lead">{t("proxy:other.intro")}</p>
      <p>{t("proxy:other.manual")}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <TargetHetuField label={t("proxy:other.hetuLabel")} hint={t("proxy:other.hetuHint")} error={errors?.hetu} defaultValue={values?.hetu} />
        <ChoiceGroup
          name="reason"
          legend={t("proxy:other.reasonLegend")}
          error={errors?.reason}
          defaultValue={values?.reason}
          choices={[
            { value: "illness", label: t("proxy:other.reasons.illness") },
            { value: "old-age", label: t("proxy:other.reasons.oldAge") },
            { value: "similar", label: t("proxy:other.reasons.similar") },
          ]}
        />
        <DeclarationText
          label={t("proxy:other.declarationLabel")}
          hint={t("proxy:other.declarationHint")}
          error={errors?.declaration}
          defaultValue={values?.declaration}
        />
        <DeclarationButtons submit={t("proxy:other.submit")} />
      </Form>
    </>
  );
}
