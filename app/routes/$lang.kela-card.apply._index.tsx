import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLang } from "~/i18n/params";
import { requireActingContext } from "~/services/acting-for.server";
import { loadJourney, stepOf, stepPath } from "~/services/card-journey.server";

/** The start of the application: eligibility first (from the back end), then the step the draft is at. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const ctx = await requireActingContext(request, lang);
  const journey = await loadJourney(ctx);
  return redirect(stepPath(lang, stepOf(journey.snapshot)));
}

export { default } from "~/components/RedirectOnlyRoute";
