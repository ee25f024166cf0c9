import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireLang } from "~/i18n/params";

/** Every page lives under /fi, /sv or /en; anything else is a localised 404. */
export function loader({ params }: LoaderFunctionArgs) {
  requireLang(params);
  return null;
}

export default function LanguageLayout() {
  return <Outlet />;
}
