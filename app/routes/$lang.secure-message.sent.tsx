import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { helsinkiDateTime } from "~/domain/international";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { journeyAt, receiptOf } from "~/services/secure-message.server";

/** The receipt: a reference and what happens next. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { snapshot } = await journeyAt(request, lang, "sent");
  const receipt = snapshot.context.reference ? await receiptOf(snapshot.context.reference) : undefined;
  if (!receipt) throw new Response("Not found", { status: 404 });
  return json({
    messages: pickMessages(lang, ["secureMessage"]),
    reference: receipt.reference,
    sentAt: helsinkiDateTime(lang, receipt.created_at),
    viaLink: receipt.sender_method === "email-link",
  });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "secureMessage:sent.title");

export default function MessageSent() {
  const { reference, sentAt, viaLink } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <>
      <div className="panel panel--success">
        <h1>{t("secureMessage:sent.heading")}</h1>
        <p>{t("secureMessage:sent.referenceLabel")}</p>
        <p className="reference" data-testid="reference">
          <strong>{reference}</strong>
        </p>
        <p>{t("secureMessage:sent.sentAt", { when: sentAt })}</p>
      </div>
      <h2>{t("secureMessage:sent.nextHeading")}</h2>
      <ul>
        <li>{t("secureMessage:sent.nextHandling")}</li>
        <li>{viaLink ? t("secureMessage:sent.nextAnswerEmail") : t("secureMessage:sent.nextAnswerEidas")}</li>
        <li>{t("secureMessage:sent.nextReference")}</li>
        {viaLink ? <li>{t("secureMessage:sent.linkClosed")}</li> : null}
      </ul>
      <p>
        <Link to={`/${lang}/secure-message`}>{t("secureMessage:sent.another")}</Link>
      </p>
      <p>
        <Link to={`/${lang}/international`}>{t("secureMessage:contactLink")}</Link>
      </p>
    </>
  );
}
