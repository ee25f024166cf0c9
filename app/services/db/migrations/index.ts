import type { Migration } from "kysely";
import * as foundation from "./0001_foundation";

/**
 * Every migration, in order. Listed here (not read from a folder) so that the
 * bundled server carries them. Add new ones at the end; never edit a shipped one.
 */
export const migrations: Record<string, Migration> = {
  "0001_foundation": foundation,
};
