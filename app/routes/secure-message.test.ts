import { afterAll, describe, expect, it } from "vitest";
import { receivedOf } from "../../mocks/state";
import { BASE, anonymousVisitor, get, postForm, run, type Visitor } from "../../tests/helpers/http";
import { displayName } from "~/domain/person";
import { advanceClock, DAY, MINUTE } from "~/services/clock.server";
import { getDb } from "~/services/db.server";
import { searchPerson } from "~/services/kela-api.server";
import { caughtMail, stopMailCatcher } from "~/services/mail-catcher.server";
import { LINKS_PER_ADDRESS_PER_HOUR, LINKS_PER_CLIENT_PER_HOUR } from "~/services/secure-message.server";
import { ensureSession, signIn } from "~/services/session.server";
import { testEidasIdentity } from "~/services/test-identification.server";
import { action as startAction, loader as startLoader } from "./$lang.secure-message._index";
import { action as emailAction } from "./$lang.secure-message.email";
import { loader as linkInvalidLoader } from "./$lang.secure-message.link-invalid";
import { loader as linkSentLoader } from "./$lang.secure-message.link-sent";
import { action as methodAction } from "./$lang.secure-message.method";
import { loader as openLoader } from "./$lang.secure-message.open";
import { loader as sentLoader } from "./$lang.secure-message.sent";
import { action as writeAction, loader as writeLoader } from "./$lang.secure-message.write";

afterAll(() => stopMailCatcher());

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
let clients = 0;
/** Each test asks from its own client address, so the per-client limit of one test does not touch another. */
const newClient = () => `198.51.100.${++clients}`;

async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** A multipart POST as a browser sends it (readForm needs Content-Length). */
async function postMultipart(path: string, visitor: Visitor, fields: Record<string, string>, files: File[] = [], client = "203.0.113.1") {
  const form = new FormData();
  form.set("csrf", visitor.csrf);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const file of files) form.append("attachments", file);
  const encoded = new Request(`${BASE}${path}`, { method: "POST", body: form });
  const body = await encoded.arrayBuffer();
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body,
    headers: {
      "content-type": encoded.headers.get("content-type")!,
      "content-length": String(body.byteLength),
      cookie: visitor.cookie,
      "x-client-ip": client,
    },
  });
}

/** Walks the first questions and asks for a link; returns the link from the caught mail. */
async function requestLink(lang: "fi" | "sv" | "en", email: string, visitor?: Visitor, client = newClient()) {
  const who = visitor ?? (await anonymousVisitor());
  const headers = { "x-client-ip": client };
  const audience = await run(startAction, postForm(`/${lang}/secure-message`, who, { audience: "abroadWithoutOmaKela" }, { headers }), { lang });
  expect(audience.headers.get("location")).toBe(`/${lang}/secure-message/method`);
  const method = await run(methodAction, postForm(`/${lang}/secure-message/method`, who, { method: "email" }, { headers }), { lang });
  expect(method.headers.get("location")).toBe(`/${lang}/secure-message/email`);
  const sent = await run(emailAction, postForm(`/${lang}/secure-message/email`, who, { email }, { headers }), { lang });
  expect(sent.status).toBe(302);
  expect(sent.headers.get("location")).toBe(`/${lang}/secure-message/link-sent`);
  const mail = await eventually(async () => (await caughtMail({ to: email }))[0], `mail to ${email}`);
  const url = new URL(/https?:\/\/\S+/.exec(mail.text)![0]);
  return { visitor: who, mail, url };
}

async function openLink(url: URL, visitor: Visitor) {
  const lang = url.pathname.split("/")[1]!;
  return run(openLoader, get(`${url.pathname}${url.search}`, visitor), { lang });
}

describe("secure message by email link (K-SECURE-1)", () => {
  it("K-SECURE-1: mails a link in the page's language, valid 30 days; the subject carries no personal data", async () => {
    for (const lang of ["fi", "sv", "en"] as const) {
      const email = `lang-${lang}@example.com`;
      const { mail, url } = await requestLink(lang, email);
      expect(url.pathname).toBe(`/${lang}/secure-message/open`);
      expect(url.searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(mail.subject).toBe({ fi: "Linkki suojatun viestin lähettämiseen Kelaan", sv: "Länk för att skicka ett skyddat meddelande till FPA", en: "Link for sending a secure message to Kela" }[lang]);
      expect(mail.subject).not.toContain(email);
      expect(mail.text).toContain({ fi: "voimassa 30 päivää", sv: "gäller i 30 dagar", en: "valid for 30 days" }[lang]);
      expect(mail.text).toContain({ fi: "25. joulukuuta 2026", sv: "25 december 2026", en: "25 December 2026" }[lang]);
    }
  });

  it("K-SECURE-1: the token is stored only hashed", async () => {
    const { url } = await requestLink("fi", "hash@example.com");
    const token = url.searchParams.get("token")!;
    const db = await getDb();
    const rows = await db.selectFrom("secure_message_links").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("K-SECURE-1: the same answer for every address (no enumeration), and the address is asked for only after the questions", async () => {
    const visitor = await anonymousVisitor();
    // Straight to the email page without answering: sent back to the start.
    const early = await run(emailAction, postForm("/fi/secure-message/email", visitor, { email: "a@example.com" }), { lang: "fi" });
    expect(early.headers.get("location")).toBe("/fi/secure-message");

    const answers: unknown[] = [];
    for (const email of ["first-time@example.com", "hash@example.com", "no-such-person@example.org"]) {
      const { visitor: who } = await requestLink("en", email);
      const page = await (await run(linkSentLoader, get("/en/secure-message/link-sent", who), { lang: "en" })).json();
      answers.push({ ...page, email: page.email === email ? "<the typed address>" : page.email });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it("K-SECURE-1: an address asked for too often gets the same answer but no more mail; a client asking too often gets a 429", async () => {
    const email = "limited@example.com";
    const client = newClient();
    const { visitor } = await requestLink("fi", email, undefined, client);
    for (let i = 1; i < LINKS_PER_ADDRESS_PER_HOUR + 2; i += 1) {
      const again = await run(emailAction, postForm("/fi/secure-message/email", visitor, { email }, { headers: { "x-client-ip": newClient() } }), { lang: "fi" });
      expect(again.headers.get("location")).toBe("/fi/secure-message/link-sent");
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await caughtMail({ to: email })).toHaveLength(LINKS_PER_ADDRESS_PER_HOUR);

    let last: Response | undefined;
    for (let i = 0; i < LINKS_PER_CLIENT_PER_HOUR; i += 1) {
      last = await run(emailAction, postForm("/fi/secure-message/email", visitor, { email: `c${i}@example.com` }, { headers: { "x-client-ip": client } }), { lang: "fi" });
    }
    expect(last!.status).toBe(429);
    expect((await last!.json()).errors.email).toContain("liian monta kertaa");
  });

  it("K-SECURE-1: an empty or malformed address is a 422 with the value kept", async () => {
    const { visitor } = await requestLink("sv", "first@example.com");
    const bad = await run(emailAction, postForm("/sv/secure-message/email", visitor, { email: "not an address" }), { lang: "sv" });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ errors: { email: "Skriv e-postadressen i rätt format, till exempel namn@exempel.fi." }, values: { email: "not an address" } });
  });

  it("K-SECURE-1: opening the link binds it to the session and leaves the token out of the next URL; sending closes it", async () => {
    const { visitor, url } = await requestLink("en", "owner@example.com");
    const other = await anonymousVisitor(); // e.g. the mail opened on another device
    const opened = await openLink(url, other);
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe("/en/secure-message/write");
    expect(opened.headers.get("referrer-policy")).toBe("no-referrer");
    const write = await (await run(writeLoader, get("/en/secure-message/write", other), { lang: "en" })).json();
    expect(write.sender).toMatchObject({ via: "link", email: "owner@example.com" });

    const send = await run(
      writeAction,
      await postMultipart("/en/secure-message/write", other, { name: "Ann Example", subject: "Pension abroad", message: "Hello" }),
      { lang: "en" },
    );
    expect(send.headers.get("location")).toBe("/en/secure-message/sent");
    // The same link again (the first browser): closed.
    const again = await openLink(url, visitor);
    expect(again.headers.get("location")).toBe("/en/secure-message/link-invalid");
    const refused = await run(linkInvalidLoader, get("/en/secure-message/link-invalid", visitor), { lang: "en" });
    expect(refused.status).toBe(410);
    expect((await refused.json()).reason).toBe("closed");
  });

  it("K-SECURE-1: 30 days and 1 minute later the link is refused as expired; a changed token as unknown", async () => {
    const { visitor, url } = await requestLink("fi", "late@example.com");
    const changed = new URL(url);
    const token = url.searchParams.get("token")!;
    changed.searchParams.set("token", `${token.slice(0, 10)}${token[10] === "x" ? "y" : "x"}${token.slice(11)}`);
    const tampered = await openLink(changed, visitor);
    expect(tampered.headers.get("location")).toBe("/fi/secure-message/link-invalid");
    const unknown = await run(linkInvalidLoader, get("/fi/secure-message/link-invalid", visitor), { lang: "fi" });
    expect([unknown.status, (await unknown.json()).reason]).toEqual([404, "unknown"]);

    advanceClock(30 * DAY + MINUTE);
    try {
      const expired = await openLink(url, visitor);
      expect(expired.headers.get("location")).toBe("/fi/secure-message/link-invalid");
      const page = await run(linkInvalidLoader, get("/fi/secure-message/link-invalid", visitor), { lang: "fi" });
      expect([page.status, (await page.json()).reason]).toEqual([410, "expired"]);
    } finally {
      advanceClock(-(30 * DAY + MINUTE));
    }
  });

  it("K-SECURE-1: a link that expires while the form is open is refused on sending, and nothing is sent", async () => {
    const { visitor, url } = await requestLink("fi", "slow@example.com");
    await openLink(url, visitor);
    const db = await getDb();
    const messagesBefore = (await db.selectFrom("secure_messages").select("id").execute()).length;
    advanceClock(30 * DAY + MINUTE);
    try {
      const send = await run(writeAction, await postMultipart("/fi/secure-message/write", visitor, { name: "Ann", subject: "Asia", message: "Viesti" }), { lang: "fi" });
      expect(send.headers.get("location")).toBe("/fi/secure-message/link-invalid");
    } finally {
      advanceClock(-(30 * DAY + MINUTE));
    }
    expect(await db.selectFrom("secure_messages").select("id").execute()).toHaveLength(messagesBefore);
    expect(receivedOf("secure-messages")).toEqual([]);
  });
});

describe("the compose form (K-SECURE-2) and delivery through the outbox", () => {
  it("K-SECURE-2: a subject with 150384-901U or the sender's name is refused with the explanation; the text is kept", async () => {
    const { visitor, url } = await requestLink("fi", "matti@example.com");
    await openLink(url, visitor);
    const message = "Muutan Espanjaan.\nMitä teen Kela-kortilleni?";
    const withHetu = await run(
      writeAction,
      await postMultipart("/fi/secure-message/write", visitor, { name: "Matti Meikäläinen", subject: "Kela-kortti 150384-901U", message }),
      { lang: "fi" },
    );
    expect(withHetu.status).toBe(422);
    const hetuData = await withHetu.json();
    expect(hetuData.errors.subject).toBe(
      "Aiheessa on henkilötunnus. Älä kirjoita Aihe-kenttään nimeäsi tai muita henkilötietojasi: kirjoita ne tarvittaessa itse viestiin. Viestisi on tallessa alla.",
    );
    expect(hetuData.values).toEqual({ name: "Matti Meikäläinen", subject: "Kela-kortti 150384-901U", message });

    const withName = await run(
      writeAction,
      await postMultipart("/fi/secure-message/write", visitor, { name: "Matti Meikäläinen", subject: "Matin kysymys: Meikäläinen muuttaa", message }, [
        new File([PDF], "todistus.pdf", { type: "application/pdf" }),
      ]),
      { lang: "fi" },
    );
    expect(withName.status).toBe(422);
    const nameData = await withName.json();
    expect(nameData.errors.subject).toMatch(/^Aiheessa on nimesi\. Älä kirjoita Aihe-kenttään nimeäsi/);
    expect(nameData.values.message).toBe(message);
    expect(nameData.filesDropped).toBe(true);
    expect(receivedOf("secure-messages")).toEqual([]);
  });

  it("K-SECURE-1: attachments are PDF, JPEG or PNG by content, at most 5; missing fields are named", async () => {
    const { visitor, url } = await requestLink("en", "files@example.com");
    await openLink(url, visitor);
    const fake = new File([Buffer.from("MZ this is a program")], "scan.pdf", { type: "application/pdf" });
    const wrong = await run(writeAction, await postMultipart("/en/secure-message/write", visitor, { name: "A", subject: "S", message: "M" }, [fake]), { lang: "en" });
    expect((await wrong.json()).errors.attachments).toBe("The attachment scan.pdf is not a PDF, JPEG or PNG file.");
    const six = Array.from({ length: 6 }, (_, i) => new File([PDF], `${i}.pdf`));
    const many = await run(writeAction, await postMultipart("/en/secure-message/write", visitor, { name: "A", subject: "S", message: "M" }, six), { lang: "en" });
    expect((await many.json()).errors.attachments).toBe("You can add at most 5 attachments.");
    const empty = await run(writeAction, await postMultipart("/en/secure-message/write", visitor, {}), { lang: "en" });
    expect(empty.status).toBe(422);
    expect(Object.keys((await empty.json()).errors).sort()).toEqual(["message", "name", "subject"]);
    // Every problem at once: the subject's personal data (K-SECURE-2) beside a missing message.
    const both = await run(writeAction, await postMultipart("/en/secure-message/write", visitor, { name: "Ann Example", subject: "Ann", message: "" }), { lang: "en" });
    expect(Object.keys((await both.json()).errors).sort()).toEqual(["message", "subject"]);
  });

  it("sends a message with an attachment: a receipt with a reference; the back end gets it exactly once", async () => {
    const { visitor, url } = await requestLink("sv", "sven@example.se");
    await openLink(url, visitor);
    const send = await run(
      writeAction,
      await postMultipart("/sv/secure-message/write", visitor, { name: "Sven Lindqvist", subject: "Pension i Sverige", message: "Hej!\nJag har en fråga." }, [
        new File([PDF], "intyg.pdf", { type: "application/pdf" }),
      ]),
      { lang: "sv" },
    );
    expect(send.headers.get("location")).toBe("/sv/secure-message/sent");
    const receipt = await (await run(sentLoader, get("/sv/secure-message/sent", visitor), { lang: "sv" })).json();
    expect(receipt.reference).toMatch(/^KV-20261125-[2-9A-HJ-NP-Z]{6}$/);
    expect(receipt.viaLink).toBe(true);
    const received = await eventually(() => (receivedOf("secure-messages").length ? receivedOf("secure-messages") : undefined), "delivery");
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toMatchObject({
      reference: receipt.reference,
      lang: "sv",
      sender: { method: "email-link", email: "sven@example.se", name: "Sven Lindqvist" },
      subject: "Pension i Sverige",
      message: "Hej!\nJag har en fråga.",
      attachments: [{ fileName: "intyg.pdf", contentType: "application/pdf", size: PDF.length, content: PDF.toString("base64") }],
    });
    // Sending again from the same page (back button, double click): the receipt, not a second message.
    const twice = await run(writeAction, await postMultipart("/sv/secure-message/write", visitor, { name: "S", subject: "S", message: "M" }), { lang: "sv" });
    expect(twice.headers.get("location")).toBe("/sv/secure-message/sent");
    expect(receivedOf("secure-messages")).toHaveLength(1);
  });

  it("a back-end failure loses nothing: the receipt is given and the outbox delivers later, once", async () => {
    const { injectFault } = await import("../../mocks/state");
    const { deliverDueOutbox } = await import("~/services/outbox.server");
    const { visitor, url } = await requestLink("fi", "fault@example.com");
    await openLink(url, visitor);
    injectFault("POST", "/secure-messages", "error", 1);
    const send = await run(writeAction, await postMultipart("/fi/secure-message/write", visitor, { name: "Ann", subject: "Asia", message: "Viesti" }), { lang: "fi" });
    expect(send.headers.get("location")).toBe("/fi/secure-message/sent");
    await new Promise((r) => setTimeout(r, 200));
    expect(receivedOf("secure-messages")).toEqual([]);
    advanceClock(10 * MINUTE);
    try {
      expect(await deliverDueOutbox()).toBe(1);
    } finally {
      advanceClock(-10 * MINUTE);
    }
    expect(receivedOf("secure-messages")).toHaveLength(1);
  });

  it("the compose page is not reachable without a link or an identification", async () => {
    const visitor = await anonymousVisitor();
    const page = await run(writeLoader, get("/fi/secure-message/write", visitor), { lang: "fi" });
    expect(page.headers.get("location")).toBe("/fi/secure-message");
    const post = await run(writeAction, await postMultipart("/fi/secure-message/write", visitor, { name: "A", subject: "S", message: "M" }), { lang: "fi" });
    expect(post.headers.get("location")).toBe("/fi/secure-message");
  });
});

describe("K-OMAKELA-1 and K-EIDAS-1", () => {
  it("K-OMAKELA-1: someone who can use OmaKela is guided to OmaKela, not to secure email", async () => {
    const visitor = await anonymousVisitor();
    const answer = await run(startAction, postForm("/fi/secure-message", visitor, { audience: "canUseOmaKela" }), { lang: "fi" });
    expect(answer.headers.get("location")).toBe("/fi/secure-message/use-omakela");
    const method = await run(methodAction, postForm("/fi/secure-message/method", visitor, { method: "email" }), { lang: "fi" });
    expect(method.headers.get("location")).toBe("/fi/secure-message/use-omakela");
    const empty = await run(startAction, postForm("/fi/secure-message", visitor, {}), { lang: "fi" });
    expect(empty.status).toBe(422);
    expect((await (await run(startLoader, get("/fi/secure-message", visitor), { lang: "fi" })).json()).audience).toBe("canUseOmaKela");
  });

  it("K-EIDAS-1: choosing eIDAS sends the user to identification and back to the compose form", async () => {
    const visitor = await anonymousVisitor();
    await run(startAction, postForm("/en/secure-message", visitor, { audience: "abroadWithoutOmaKela" }), { lang: "en" });
    const method = await run(methodAction, postForm("/en/secure-message/method", visitor, { method: "eidas" }), { lang: "en" });
    expect(method.headers.get("location")).toBe(`/en/login?returnTo=${encodeURIComponent("/en/secure-message/write")}`);
  });

  it("K-EIDAS-1: Kadri Tamm (EE) writes directly, identified; her name in the subject is refused; the message reaches the back end", async () => {
    const kadri = await searchPerson({ eidas: testEidasIdentity("EE")! });
    const setCookie = await signIn(new Request(BASE), { personId: kadri!.id, name: displayName(kadri!), method: "eidas", eidasCountry: "EE" });
    const cookie = setCookie.split(";")[0]!;
    const { session } = await ensureSession(new Request(BASE, { headers: { cookie } }));
    const visitor = { cookie, csrf: session.csrfToken! };

    const write = await (await run(writeLoader, get("/en/secure-message/write", visitor), { lang: "en" })).json();
    expect(write.sender).toEqual({ via: "eidas", name: "Kadri Tamm", country: "Estonia" });
    const named = await run(writeAction, await postMultipart("/en/secure-message/write", visitor, { subject: "Kadri's benefits", message: "Tere!" }), { lang: "en" });
    expect(named.status).toBe(422);
    expect((await named.json()).errors.subject).toMatch(/^The subject contains your name\./);
    const send = await run(writeAction, await postMultipart("/en/secure-message/write", visitor, { subject: "Family benefits", message: "Tere!" }), { lang: "en" });
    expect(send.headers.get("location")).toBe("/en/secure-message/sent");
    const received = await eventually(() => receivedOf("secure-messages")[0], "delivery");
    expect(received.body).toMatchObject({ sender: { method: "eidas", personId: kadri!.id, country: "EE", name: "Kadri Tamm" }, subject: "Family benefits" });
    const receipt = await (await run(sentLoader, get("/en/secure-message/sent", visitor), { lang: "en" })).json();
    expect(receipt.viaLink).toBe(false);
    // A second "send" (double click, back button) gives the receipt again, not a second message.
    const twice = await run(writeAction, await postMultipart("/en/secure-message/write", visitor, { subject: "Family benefits", message: "Tere!" }), { lang: "en" });
    expect(twice.headers.get("location")).toBe("/en/secure-message/sent");
    await new Promise((r) => setTimeout(r, 200));
    expect(receivedOf("secure-messages")).toHaveLength(1);
    // Opening the form again starts a new message.
    expect((await (await run(writeLoader, get("/en/secure-message/write", visitor), { lang: "en" })).json()).sender.via).toBe("eidas");
  });
});
