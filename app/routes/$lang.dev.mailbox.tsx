import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { getEnv } from "~/env.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";

/**
 * Mock mode only: the mail the in-process catcher received, so that the
 * secure-message flow can be tried in a browser. A 404 otherwise.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  if (!getEnv().MOCKS) throw new Response("Not found", { status: 404 });
  const { caughtMail } = await import("~/services/mail-catcher.server");
  return json({ messages: pickMessages(lang, ["mail"]), mails: await caughtMail() });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "mail:mailbox.title");

/** Shows a mail's text with its web addresses as links. */
function TextWithLinks({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <>
      {parts.map((part, index) =>
        /^https?:\/\//.test(part) ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export default function DevMailbox() {
  const { mails } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("mail:mailbox.heading")}</h1>
      <p className="lead">{t("mail:mailbox.intro")}</p>
      {mails.length === 0 ? <p>{t("mail:mailbox.empty")}</p> : null}
      {mails.map((mail) => (
        <article key={mail.id} className="panel mail">
          <h2 className="mail__subject">{mail.subject}</h2>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{t("mail:mailbox.to")}</dt>
              <dd>{mail.to.join(", ")}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t("mail:mailbox.received")}</dt>
              <dd>
                <time dateTime={mail.at}>{mail.at}</time>
              </dd>
            </div>
          </dl>
          <pre className="mail__body">
            <TextWithLinks text={mail.text} />
          </pre>
        </article>
      ))}
    </>
  );
}
