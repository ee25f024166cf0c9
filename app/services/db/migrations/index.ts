import type { Migration } from "kysely";
import * as foundation from "./0001_foundation";
import * as card from "./0002_card";
import * as proxy from "./0003_proxy";
import * as international from "./0004_international";
import * as chat from "./0005_chat";
import * as lazySessions from "./0006_lazy_sessions";

/**
 * Every migration, in order. Listed here (not read from a folder) so that the
 * bundled server carries them. Add new ones at the end; never edit a shipped one.
 */
export const migrations: Record<string, Migration> = {
  "0001_foundation": foundation,
  "0002_card": card,
  "0003_proxy": proxy,
  "0004_international": international,
  "0005_chat": chat,
  "0006_lazy_sessions": lazySessions,
};
