import type { Lang } from "~/i18n/languages";
import { en } from "./en";
import { fi } from "./fi";
import { sv } from "./sv";
import type { Signals } from "./types";

export type { Signals } from "./types";
export const signals: Record<Lang, Signals> = { fi, sv, en };
