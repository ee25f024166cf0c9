import { useRouteLoaderData } from "@remix-run/react";

/** The session's CSRF token; every form that POSTs renders one (checked by readForm). */
export function CsrfInput() {
  const root = useRouteLoaderData("root") as { csrfToken?: string | null } | undefined;
  return <input type="hidden" name="csrf" value={root?.csrfToken ?? ""} />;
}
