import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { TextArea, TextField } from "~/components/form/fields";
import { MAX_ATTACHMENT_BYTES } from "~/domain/file-type";
import { MAX_ATTACHMENTS, MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH, SUBJECT_MAX_LENGTH } from "~/domain/secure-message";
import { getT } from "~/i18n/i18n.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { readForm } from "~/services/forms.server";
import { composeMessage, writeSender } from "~/services/secure-message-compose.server";

/**
 * The compose form (K-SECURE-1, K-EIDAS-1): subject, message, up to five
 * attachments. The sender is the owner of the opened link or the person
 * identified with eIDAS; a subject with personal data is refused (K-SECURE-2)
 * and everything written is kept.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { sender } = await writeSender(request, lang);
  return json({ messages: pickMessages(lang, ["secureMessage"]), sender, maxFiles: MAX_ATTACHMENTS, maxMegabytes: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const { form, session, oversizeFile } = await readForm(request, { files: { maxFileBytes: MAX_ATTACHMENT_BYTES, maxFiles: MAX_ATTACHMENTS } });
  const result = await composeMessage(request, lang, session, form, oversizeFile);
  if (result.ok) return redirect(result.redirectTo);
  const t = await getT(lang, "secureMessage");
  const errors: Record<string, string> = {};
  for (const [name, key] of Object.entries(result.errors)) errors[name] = t(key, result.vars);
  return json({ errors, values: result.values, filesDropped: result.filesDropped }, { status: result.status });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "secureMessage:write.title");

export default function WriteMessage() {
  const { sender, maxFiles, maxMegabytes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t("secureMessage:write.heading")}</h1>
      <div className="panel">
        {sender.via === "link" ? (
          <>
            <p>{t("secureMessage:write.replyTo", { email: sender.email })}</p>
            <p className="hint">{t("secureMessage:write.linkValidUntil", { until: sender.validUntil })}</p>
          </>
        ) : (
          <p>{t("secureMessage:write.identifiedAs", { name: sender.name, country: sender.country })}</p>
        )}
      </div>
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
        {sender.via === "link" ? (
          <TextField
            name="name"
            autoComplete="name"
            maxLength={NAME_MAX_LENGTH}
            label={t("secureMessage:write.nameLabel")}
            hint={t("secureMessage:write.nameHint")}
            error={errors?.name}
            defaultValue={values?.name}
          />
        ) : null}
        <TextField
          name="subject"
          maxLength={SUBJECT_MAX_LENGTH}
          label={t("secureMessage:write.subjectLabel")}
          hint={t("secureMessage:subjectRule")}
          error={errors?.subject}
          defaultValue={values?.subject}
        />
        <TextArea
          name="message"
          rows={10}
          maxLength={MESSAGE_MAX_LENGTH}
          label={t("secureMessage:write.messageLabel")}
          hint={t("secureMessage:write.messageHint")}
          error={errors?.message}
          defaultValue={values?.message}
        />
        <TextField
          name="attachments"
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          optional
          label={t("secureMessage:write.attachmentsLabel")}
          hint={
            <>
              {t("secureMessage:write.attachmentsHint", { maxFiles, maxMegabytes })}
              {actionData?.filesDropped ? <strong> {t("secureMessage:write.attachmentsAgain")}</strong> : null}
            </>
          }
          error={errors?.attachments}
        />
        <button type="submit" className="button">
          {t("secureMessage:write.submit")}
        </button>
      </Form>
    </>
  );
}
