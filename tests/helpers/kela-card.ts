import { ensureSession, signIn } from "~/services/session.server";
import { searchPerson } from "~/services/kela-api.server";
import { getDb } from "~/services/db.server";
import { displayName } from "~/domain/person";
import { loader as startLoader } from "~/routes/$lang.kela-card.apply._index";
import { action as stepAction, loader as stepLoader } from "~/routes/$lang.kela-card.apply.$step";
import { BASE, get, postForm, run, type Visitor } from "./http";

/** Route-test helpers for the new-card journey (app/routes/kela-card*.test.ts). */

export const location = (response: Response) => response.headers.get("location");

/** Kadri Tamm: identified with eIDAS (EE), no Finnish identity code. */
export async function eidasVisitor(): Promise<Visitor> {
  const person = await searchPerson({ eidas: { country: "EE", id: "EE/FI/48003250217" } });
  if (!person) throw new Error("No eIDAS fixture");
  const setCookie = await signIn(new Request(BASE), { personId: person.id, name: displayName(person), method: "eidas", eidasCountry: "EE" });
  const cookie = setCookie.split(";")[0]!;
  const { session } = await ensureSession(new Request(BASE, { headers: { cookie } }));
  return { cookie, csrf: session.csrfToken!, personId: person.id };
}

/** GET /{lang}/kela-card/apply: where the journey starts or resumes. */
export async function startAt(visitor: Visitor, lang = "fi"): Promise<string | null> {
  return location(await run(startLoader, get(`/${lang}/kela-card/apply`, visitor), { lang }));
}

export function answer(visitor: Visitor, step: string, fields: Record<string, string> = {}, lang = "fi") {
  return run(stepAction, postForm(`/${lang}/kela-card/apply/${step}`, visitor, fields), { lang, step });
}

export function page(visitor: Visitor, step: string, lang = "fi") {
  return run(stepLoader, get(`/${lang}/kela-card/apply/${step}`, visitor), { lang, step });
}

/** Answers a sequence of steps and returns where the last answer led. */
export async function walk(visitor: Visitor, steps: [string, Record<string, string>?][], lang = "fi"): Promise<string | null> {
  let at: string | null = null;
  for (const [step, fields] of steps) {
    const response = await answer(visitor, step, fields ?? {}, lang);
    if (response.status !== 302) throw new Error(`${step}: ${response.status} ${await response.text()}`);
    at = location(response);
  }
  return at;
}

/** The draft id the check page carries (for a submit as the browser sends it). */
export async function draftOnCheck(visitor: Visitor, lang = "fi"): Promise<string> {
  const response = await page(visitor, "check", lang);
  if (response.status !== 200) throw new Error(`check: ${response.status} ${location(response)}`);
  return (await response.json()).view.draftId;
}

/** A clean slate for a test: no drafts or receipts left by an earlier one in this file. */
export async function forgetCardApplications(): Promise<void> {
  const db = await getDb();
  await db.deleteFrom("card_receipts").execute();
  await db.deleteFrom("card_drafts").execute();
  await db.deleteFrom("outbox").where("kind", "=", "card-order").execute();
}
