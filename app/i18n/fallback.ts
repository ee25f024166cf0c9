import en from "../../locales/en/errors.json";
import fi from "../../locales/fi/errors.json";
import sv from "../../locales/sv/errors.json";
import type { Lang } from "./languages";

/**
 * Error texts for the one case where the root loader itself failed (the
 * database is down): then no loader data exists, so the error page uses
 * these, bundled in.
 */
export const fallbackErrors: Record<Lang, typeof fi> = { fi, sv, en };
