import { expect, it } from "vitest";
import { fixturePersons } from "../../mocks/fixtures/persons";
import { describeJsOnOff, mockAdmin, type Session } from "./harness";
import { checkPage, choose, eventually, signInAs, next, receivedFor, text } from "./kela-card.helpers";

/** Nothing lost, nothing doubled: the back end fails during submit and the order still arrives, once. */
const idOf = (hetu: string) => fixturePersons.find((f) => f.person.identifier.value === hetu)!.person.id;

async function toCheck(session: Session, hetu: string, lang: "fi" | "sv" | "en") {
  await signInAs(session, hetu, lang);
  await session.page.goto(`/${lang}/kela-card/apply`);
  await choose(session, "reason", "damaged");
  await next(session, `/${lang}/kela-card/apply/urgency`);
  await choose(session, "urgent", "no");
  await next(session, `/${lang}/kela-card/apply/delivery`);
  await choose(session, "address", "yes");
  await next(session, `/${lang}/kela-card/apply/check`);
}

describeJsOnOff("Kela card: back-end faults during submit", (session) => {
  it("C-DELIV-1: 060677-929J's order while the back end answers 500: the receipt is given at once, the order reaches the back end once it recovers", async () => {
    const s = session();
    const kassa = idOf("060677-929J");
    const before = (await receivedFor("card-orders", kassa)).length;
    await toCheck(s, "060677-929J", "fi");
    await mockAdmin("fault", { method: "POST", path: "/card-orders", mode: "error", times: 1 });
    await next(s, "/fi/kela-card/apply/confirmation");
    // (Checked before the worker's first retry, about 5 s later.)
    expect(await receivedFor("card-orders", kassa)).toHaveLength(before);
    expect(await s.page.getByTestId("reference").textContent()).toMatch(/^KK-/);
    expect(await s.page.getByTestId("what-next").textContent()).toContain("toimitetaan Kelaan");
    await checkPage(s, "confirmation-pending");
    // The worker retries after its backoff (on the app clock).
    await mockAdmin("clock", { advanceMs: 10 * 60_000 });
    const after = await eventually(() => receivedFor("card-orders", kassa), (list) => list.length > before);
    expect(after).toHaveLength(before + 1);
    await s.page.reload();
    expect(await text(s, '[data-testid="what-next"]')).toContain("Kela on tilannut sinulle uuden Kela-kortin");
  });

  it("C-DELIV-4: 150301A941P's manual case while the back end times out: the manual-handling case still arrives, once, with its case number", async () => {
    const s = session();
    const tiina = idOf("150301A941P");
    const before = (await receivedFor("cases", tiina)).length;
    await toCheck(s, "150301A941P", "en");
    expect(await s.page.getByTestId("delivery-decision").textContent()).toContain("incomplete");
    await mockAdmin("fault", { method: "POST", path: "/cases", mode: "timeout", times: 1 });
    await next(s, "/en/kela-card/apply/confirmation");
    expect(await s.page.getByTestId("case-reference").textContent()).toContain("when the application has reached Kela");
    await mockAdmin("clock", { advanceMs: 10 * 60_000 });
    const after = await eventually(() => receivedFor("cases", tiina), (list) => list.length > before);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.body).toMatchObject({ type: "card-order-manual", details: { manualReasons: ["address-incomplete"] } });
    await s.page.reload();
    expect(await s.page.getByTestId("case-reference").textContent()).toContain(String(after.at(-1)!.result.caseId));
  });
});
