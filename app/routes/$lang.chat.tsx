import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { redactMessage } from "~/chat/redaction";
import { ChatTranscript } from "~/components/chat/ChatTranscript";
import { CsrfInput } from "~/components/CsrfInput";
import { ErrorSummary, fieldId } from "~/components/form/ErrorSummary";
import { TextArea } from "~/components/form/fields";
import { getT } from "~/i18n/i18n.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { chatRateLimit, handleChatMessage, MAX_MESSAGE_LENGTH, ownerOf } from "~/services/chat.server";
import { deleteConversationsOf, latestConversationOf, latestTranscriptOf } from "~/services/chat-transcripts.server";
import { field, readForm } from "~/services/forms.server";
import { getSession } from "~/services/session.server";

/**
 * The chat as a page that works without JavaScript: each message is a form
 * POST, the conversation is kept on the server (the session's latest
 * conversation, with the machine's memory of the last question, so that a
 * follow-up such as "and for my child?" is read with it) and the page shows
 * it again, newest answer at #latest. Nothing the browser sends back is
 * trusted as an earlier answer: only the message is read from the form.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const owner = ownerOf(await getSession(request));
  const transcript = owner ? await latestTranscriptOf(owner) : [];
  return json({
    lang,
    transcript: transcript.map(({ id, role, text, reply }) => ({ id, role, text, reply })),
    messages: pickMessages(lang, ["chat"]),
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const { form, session } = await readForm(request);
  const owner = ownerOf(session);
  if (!owner) throw new Response("No session", { status: 403 });
  if (field(form, "intent") === "reset") {
    await deleteConversationsOf(owner);
    return redirect(`/${lang}/chat`);
  }
  const t = await getT(lang, "chat");
  const message = field(form, "message");
  const invalid = !message ? t("chat:errors.empty") : [...message].length > MAX_MESSAGE_LENGTH ? t("chat:errors.tooLong") : null;
  // The field shows what the user typed, but never an identity code.
  if (invalid) return json({ errors: { message: invalid }, values: { message: redactMessage(message.slice(0, MAX_MESSAGE_LENGTH * 2)).text } }, { status: 422 });
  const limit = await chatRateLimit(request);
  if (!limit.allowed) {
    return json({ errors: { message: t("chat:errors.rateLimited") }, values: { message: "" } }, { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } });
  }
  await handleChatMessage({ message, hint: lang, conversation: await latestConversationOf(owner), ownerHash: owner });
  return redirect(`/${lang}/chat#latest`);
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "chat:title");

export default function ChatPage() {
  const { transcript } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const sending = navigation.state === "submitting" && navigation.formData?.get("intent") !== "reset";
  // With JavaScript the page does not reload: after an answer (announced by the log), the cursor is back in the field.
  const shown = useRef(transcript.length);
  useEffect(() => {
    if (transcript.length > shown.current) document.getElementById(fieldId("message"))?.focus();
    shown.current = transcript.length;
  }, [transcript.length]);
  return (
    <>
      <ErrorSummary errors={actionData?.errors} />
      <h1>{t("chat:heading")}</h1>
      <p className="lead">{t("chat:intro")}</p>
      <p className="hint">{t("chat:privacy")}</p>
      <section aria-labelledby="chat-log-heading" className="chat-page__log">
        <h2 id="chat-log-heading">{t("chat:logHeading")}</h2>
        <ChatTranscript entries={transcript} t={t} emptyText={t("chat:empty")} busyText={sending ? t("chat:widget.thinking") : null} />
      </section>
      <Form method="post" noValidate className="chat-page__form" key={transcript.length}>
        <CsrfInput />
        <TextArea
          name="message"
          label={t("chat:messageLabel")}
          hint={t("chat:messageHint")}
          error={actionData?.errors?.message}
          defaultValue={actionData?.values?.message}
          rows={3}
        />
        <div className="button-group">
          <button type="submit" name="intent" value="send" className="button">
            {t("chat:send")}
          </button>
        </div>
      </Form>
      {transcript.length ? (
        <Form method="post" className="chat-page__reset">
          <CsrfInput />
          <button type="submit" name="intent" value="reset" className="button button--secondary">
            {t("chat:reset")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
