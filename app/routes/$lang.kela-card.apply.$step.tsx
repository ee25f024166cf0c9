import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { formErrorText } from "~/components/card/errors";
import { LiveJourneyContext } from "~/components/card/LiveFeedbackSlot";
import { stepPages, stepTitleKeys } from "~/components/card/steps";
import type { StepView } from "~/components/card/steps/types";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { getT } from "~/i18n/i18n.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { requireActingContext } from "~/services/acting-for.server";
import { loadJourney, saveJourney, send, stepOf, stepPath } from "~/services/card-journey.server";
import { stepViewOf } from "~/services/card-step-view.server";
import { submitCardApplication } from "~/services/card-submission.server";
import { field, readForm } from "~/services/forms.server";
import { canVisit, stepOfSlug, type Step } from "../../machines/lostCard";
import { eventFromForm } from "../../machines/lostCardForms";

function requireStep(params: { step?: string }): Step {
  const step = stepOfSlug(params.step ?? "");
  if (!step) throw new Response("Not found", { status: 404, statusText: "Not Found" });
  return step;
}

/**
 * One page of the new-card journey. The server's machine decides: a step not
 * yet allowed redirects to the current one; an earlier step (the back button,
 * a Change link) is shown with its saved answer.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const step = requireStep(params);
  const ctx = await requireActingContext(request, lang);
  const journey = await loadJourney(ctx);
  const current = stepOf(journey.snapshot);
  let snapshot = journey.snapshot;
  if (step !== current) {
    if (current === "submitted" || !canVisit(step, snapshot.context)) throw redirect(stepPath(lang, current));
    snapshot = send(snapshot, { type: "GOTO", step });
  }
  return json({ view: stepViewOf(journey, snapshot, step), messages: pickMessages(lang, ["card"]) });
}

/** Each POST sends the step's one event to the saved snapshot and redirects to the URL of the new state. */
export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  // The form (and its CSRF token) is checked before anything else answers, even "no such step".
  const { form } = await readForm(request);
  const step = requireStep(params);
  const ctx = await requireActingContext(request, lang);
  const journey = await loadJourney(ctx);
  const current = stepOf(journey.snapshot);

  if (step === "check") {
    // The draft id in the form makes a double click or a replayed POST find its own receipt.
    const draftId = field(form, "draft") || journey.draftId;
    const result = draftId ? await submitCardApplication(ctx, lang, draftId, journey.register) : { kind: "no-draft" as const };
    if (result.kind === "submitted") return redirect(`${stepPath(lang, "submitted")}`);
    return redirect(stepPath(lang, current));
  }

  let snapshot = journey.snapshot;
  if (step !== current) {
    if (current === "submitted" || !canVisit(step, snapshot.context)) return redirect(stepPath(lang, current));
    snapshot = send(snapshot, { type: "GOTO", step });
  }
  const values: Record<string, string> = {};
  form.forEach((value, name) => {
    if (typeof value === "string" && name !== "csrf") values[name] = value;
  });
  const parsed = eventFromForm(step, values, snapshot.context);
  if (!parsed.ok) {
    if (!parsed.errors) return redirect(stepPath(lang, current));
    const t = await getT(lang, "card");
    const errors = Object.fromEntries(Object.entries(parsed.errors).map(([name, code]) => [name, formErrorText(t, code)]));
    return json({ errors, values }, { status: 422 });
  }
  const next = send(snapshot, parsed.event);
  await saveJourney(ctx, journey, next);
  return redirect(stepPath(lang, stepOf(next)));
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, stepTitleKeys[args.data?.view.step ?? "reason"]);

export default function CardJourneyStep() {
  const { view } = useLoaderData<typeof loader>() as unknown as { view: StepView };
  const actionData = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const Page = stepPages[view.step];
  return (
    <LiveJourneyContext.Provider value={{ step: view.step, journey: view.journey }}>
      <ErrorSummary errors={actionData?.errors} />
      <div className="card-step" data-step={view.step}>
        <Page key={view.step} view={view} errors={actionData?.errors} values={actionData?.values} />
      </div>
      <p className="journey-exit">
        <Link to={`/${lang}/kela-card`}>{t("card:journey.exit")}</Link>
      </p>
    </LiveJourneyContext.Provider>
  );
}
