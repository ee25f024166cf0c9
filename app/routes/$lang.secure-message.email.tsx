import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { TextField } from "~/components/form/fields";
import { EMAIL_MAX_LENGTH, isValidEmail, normalizeEmail } from "~/domain/secure-message";
import { SECURE_LINK_VALID_DAYS } from "~/domain/kv-contact";
import { getT } from "~/i18n/i18n.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { field, readForm } from "~/services/forms.server";
import { advance, journeyAt, redirectToStep, requestSecureLink } from "~/services/secure-message.server";

/** K-SECURE-1: the user's own email address, where the link is sent. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { snapshot } = await journeyAt(request, lang, "email");
  return json({ messages: pickMessages(lang, ["secureMessage"]), email: snapshot.context.email ?? "", days: SECURE_LINK_VALID_DAYS });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const { form, session } = await readForm(request);
  const { snapshot } = await journeyAt(request, lang, "email", session);
  const t = await getT(lang, "secureMessage");
  const typed = field(form, "email");
  const email = normalizeEmail(typed);
  if (!email) return json({ errors: { email: t("secureMessage:errors.emailRequired") }, values: { email: typed } }, { status: 422 });
  if (!isValidEmail(email)) return json({ errors: { email: t("secureMessage:errors.emailInvalid") }, values: { email: typed } }, { status: 422 });
  const result = await requestSecureLink(request, lang, email);
  if (!result.ok) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    return json({ errors: { email: t("secureMessage:errors.tooManyLinks", { minutes }) }, values: { email: typed } }, { status: 429 });
  }
  return redirectToStep(lang, await advance(session, snapshot, { type: "REQUEST_LINK", email }));
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "secureMessage:email.title");

export default function EnterEmail() {
  const { email, days } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <ErrorSummary errors={actionData?.errors} />
      <h1>{t("secureMessage:email.heading")}</h1>
      <p>{t("secureMessage:email.intro", { days })}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          maxLength={EMAIL_MAX_LENGTH}
          label={t("secureMessage:email.label")}
          hint={t("secureMessage:email.hint")}
          error={actionData?.errors.email}
          defaultValue={actionData?.values.email ?? email}
        />
        <button type="submit" className="button">
          {t("secureMessage:email.submit")}
        </button>
      </Form>
    </>
  );
}
