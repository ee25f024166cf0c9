import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { field, readForm } from "~/services/forms.server";
import { submitFlow } from "~/services/proxy-cases.server";
import { flowStep, flowUrl, isFlowKind, loadFlow, sendToFlow, type FlowKind } from "~/services/proxy-flow.server";
import { requireUser } from "~/services/session.server";

/**
 * "Check your answers" of a declaration flow (C-AUTH-3, C-AUTH-4). Only a
 * flow whose server-side snapshot is at this step shows it; otherwise the
 * journey sends the user to the step it is at.
 */
function requireFlow(params: { flow?: string }): FlowKind {
  if (!isFlowKind(params.flow)) throw new Response("Not found", { status: 404, statusText: "Not Found" });
  return params.flow;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const kind = requireFlow(params);
  const { user } = await requireUser(request, lang);
  const { snapshot } = await loadFlow(user.personId, kind);
  const step = flowStep(kind, snapshot);
  const draft = snapshot.context.draft;
  if (step !== "checking" || !draft || draft.kind !== kind) throw redirect(flowUrl(lang, kind, step));
  return json({
    lang,
    kind,
    messages: pickMessages(lang, ["proxy"]),
    answers: {
      hetu: draft.target.hetu,
      declaration: draft.declaration,
      reason: draft.kind === "other-person" ? draft.reason : null,
      document: draft.kind === "power-of-attorney" ? { name: draft.document.fileName, kilobytes: Math.max(1, Math.round(draft.document.size / 1024)) } : null,
    },
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  // The form's CSRF check comes first: a forged post is a 403 whatever the URL says.
  const { form } = await readForm(request);
  const kind = requireFlow(params);
  const { user } = await requireUser(request, lang);
  if (field(form, "intent") === "cancel") {
    await sendToFlow(user.personId, kind, { type: "CANCEL" });
    return redirect(`/${lang}/act-for`);
  }
  const receiptId = await submitFlow(user.personId, kind);
  if (!receiptId) {
    // Nothing checked to send (already sent, or never filled in): go where the journey is.
    const { snapshot } = await loadFlow(user.personId, kind);
    return redirect(flowUrl(lang, kind, flowStep(kind, snapshot)));
  }
  return redirect(flowUrl(lang, kind, "submitted"));
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "proxy:check.title");

const reasonKey = { illness: "proxy:other.reasons.illness", "old-age": "proxy:other.reasons.oldAge", similar: "proxy:other.reasons.similar" } as const;

export default function CheckAnswers() {
  const { lang, kind, answers } = useLoaderData<typeof loader>();
  const t = useT();
  const change = (label: string) => (
    <Link to={`/${lang}/act-for/${kind}`}>
      {t("proxy:check.change")}
      <span className="visually-hidden"> {label}</span>
    </Link>
  );
  const rows: { label: string; value: string }[] = [
    { label: t("proxy:check.hetu"), value: answers.hetu },
    ...(answers.reason ? [{ label: t("proxy:check.reason"), value: t(reasonKey[answers.reason]) }] : []),
    { label: t("proxy:check.declaration"), value: answers.declaration },
    ...(answers.document ? [{ label: t("proxy:check.document"), value: t("proxy:check.documentValue", { name: answers.document.name, size: answers.document.kilobytes }) }] : []),
  ];
  return (
    <>
      <h1>{t("proxy:check.heading")}</h1>
      <p className="lead">{kind === "power-of-attorney" ? t("proxy:check.kindPowerOfAttorney") : t("proxy:check.kindOtherPerson")}</p>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-list__row" key={row.label}>
            <dt>{row.label}</dt>
            <dd className="summary-list__value">{row.value}</dd>
            <dd>{change(row.label)}</dd>
          </div>
        ))}
      </dl>
      <p>{t("proxy:check.whatNext")}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <div className="button-group">
          <button type="submit" name="intent" value="confirm" className="button">
            {t("proxy:check.submit")}
          </button>
          <button type="submit" name="intent" value="cancel" className="button button--secondary">
            {t("proxy:check.cancel")}
          </button>
        </div>
      </Form>
    </>
  );
}
