import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { ChoiceGroup, TextField } from "~/components/form/fields";
import { DeclarationButtons, DeclarationText, TargetHetuField } from "~/components/proxy/DeclarationForm";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { readForm } from "~/services/forms.server";
import { DOCUMENT_LIMITS, draftValues, sendPowerOfAttorneyDetails } from "~/services/proxy-declaration.server";
import { requireUser } from "~/services/session.server";

/**
 * C-AUTH-4: someone without a Suomi.fi mandate declares they hold a written
 * power of attorney for a person (identity code typed here, sent in the POST
 * body only) and attaches it: PDF, JPEG or PNG, at most 10 MB, type checked
 * from the content. Kela's staff handle it; no card before their approval.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { user } = await requireUser(request, lang);
  return json({
    messages: pickMessages(lang, ["proxy"]),
    draft: await draftValues(user, "power-of-attorney"),
    maxMegabytes: DOCUMENT_LIMITS.maxFileBytes / 1024 / 1024,
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const { form, oversizeFile } = await readForm(request, { files: DOCUMENT_LIMITS });
  const { user } = await requireUser(request, lang);
  const result = await sendPowerOfAttorneyDetails(lang, user, form, oversizeFile);
  if (result.ok) return redirect(result.redirectTo);
  return json({ errors: result.errors, values: result.values }, { status: result.status });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "proxy:poa.title");

export default function PowerOfAttorneyPage() {
  const { draft, maxMegabytes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const errors = actionData?.errors;
  const values = actionData?.values ?? draft;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t("proxy:poa.heading")}</h1>
      <p className="lead">{t("proxy:poa.intro")}</p>
      <p>{t("proxy:poa.manual")}</p>
      <p>{t("proxy:poa.faxEmail")}</p>
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
        <TargetHetuField label={t("proxy:poa.hetuLabel")} hint={t("proxy:poa.hetuHint")} error={errors?.hetu} defaultValue={values?.hetu} />
        <DeclarationText
          label={t("proxy:poa.declarationLabel")}
          hint={t("proxy:poa.declarationHint")}
          error={errors?.declaration}
          defaultValue={values?.declaration}
        />
        <ChoiceGroup
          name="confirm"
          type="checkbox"
          legend={t("proxy:poa.confirmLegend")}
          error={errors?.confirm}
          defaultValue={values?.confirm}
          choices={[{ value: "yes", label: t("proxy:poa.confirm") }]}
        />
        <TextField
          name="document"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          label={t("proxy:poa.documentLabel")}
          hint={
            <>
              {t("proxy:poa.documentHint", { max: maxMegabytes })}
              {draft.fileName ? <strong> {t("proxy:poa.documentKept", { name: draft.fileName })}</strong> : null}
              {errors && !draft.fileName ? <strong> {t("proxy:poa.documentAgain")}</strong> : null}
            </>
          }
          error={errors?.document}
        />
        <DeclarationButtons submit={t("proxy:poa.submit")} />
      </Form>
    </>
  );
}
