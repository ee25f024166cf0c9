/**
 * The component of a route whose loader and action only redirect. Never shown
 * in normal use; having a component makes Remix render a refusal or a fault
 * (403, 503 …) as the localised error page instead of a bare resource-route
 * response.
 */
export default function RedirectOnlyRoute() {
  return null;
}
