import { describe, expect, it } from "vitest";
import { get, run } from "../../tests/helpers/http";
import { resetEnvCache } from "~/env.server";
import { resources } from "~/i18n/resources.server";
import { advanceClock, MINUTE, setNow } from "~/services/clock.server";
import { sendMail } from "~/services/mail.server";
import { loader as mailboxLoader } from "./$lang.dev.mailbox";
import { loader as contactLoader } from "./$lang.international";
import { loader as movingLoader } from "./$lang.moving-abroad";
import { loader as adminLoader } from "./mock-admin.$action";

type Line = { id: string; international: string; domestic: string; href: string; languages: string; status: { open: boolean } };
const contact = async (lang: string) => (await run(contactLoader, get(`/${lang}/international`), { lang })).json();
const text = (lang: "fi" | "sv" | "en", ns: string, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources[lang][ns]) as string;

describe("the KV-keskus contact page (seed 000)", () => {
  it("K-PHONE-1: the line of the page's language first, as a +358 tel: link, with its languages", async () => {
    const fi = await contact("fi");
    expect(fi.customerLines.map((l: Line) => [l.id, l.href, l.domestic])).toEqual([
      ["customers-fi-en", "tel:+358206340200", "020 634 0200"],
      ["customers-sv", "tel:+358206340300", "020 634 0300"],
    ]);
    expect(fi.customerLines[0].languages).toBe("suomi ja englanti");
    const sv = await contact("sv");
    expect(sv.customerLines[0]).toMatchObject({ id: "customers-sv", international: "+358 20 634 0300", languages: "svenska", hours: { opens: "10.00", closes: "15.00" } });
    expect((await contact("en")).customerLines[0].id).toBe("customers-fi-en");
  });

  it("K-PHONE-1: the status is computed on the server for the app clock (Wednesday 10:00 Helsinki: open until 15.00)", async () => {
    expect((await contact("fi")).customerLines[0].status).toMatchObject({ open: true, closes: "15.00" });
    setNow(new Date("2026-11-28T12:00:00+02:00")); // Saturday
    try {
      expect((await contact("en")).customerLines[0].status).toMatchObject({ open: false, opens: "10:00", day: "Monday 30/11" });
      advanceClock(2 * 24 * 60 * MINUTE - 2 * 60 * MINUTE); // Monday 10:00
      expect((await contact("sv")).customerLines[0].status).toMatchObject({ open: true, closes: "15.00" });
    } finally {
      setNow(new Date(process.env.APP_NOW!));
    }
  });

  it("K-PHONE-2: calls cost money, queuing included, in every language", () => {
    expect(text("fi", "international", "customers.cost")).toBe("Puhelu Kelan palvelunumeroon on maksullista. Myös jonottaminen on maksullista.");
    expect(text("sv", "international", "customers.cost")).toMatch(/avgiftsbelagda.*köandet/);
    expect(text("en", "international", "customers.cost")).toMatch(/charged.*Queuing is charged too/);
  });

  it("K-PHONE-3: authorities: the same numbers 10-15, and 020 635 1808 9-15 with its six topics", async () => {
    const { authorityLines } = await contact("fi");
    expect(authorityLines.map((l: Line) => l.domestic)).toEqual(["020 634 0200", "020 634 0300", "020 635 1808"]);
    expect(authorityLines[2]).toMatchObject({ href: "tel:+358206351808", hours: { opens: "9.00", closes: "15.00" } });
    expect(authorityLines[2].topics).toEqual(["stateCompensation", "ambulanceFlights", "rightToTreatment", "priorAuthorisation", "medicalCostRequests", "billingBetweenStates"]);
  });

  it("K-CONTACT-1, K-OMAKELA-1, K-EIDAS-1, K-NEWS-1: postal address, email, fax; OmaKela; eIDAS countries; brochures", async () => {
    const fi = await contact("fi");
    expect(fi.contact).toEqual({
      postalAddress: { box: "PL 78", postalCode: "00381", city: "HELSINKI" },
      email: "inter.helsinki@kela.fi",
      fax: { domestic: "020 634 1599", international: "+358 20 634 1599" },
    });
    expect(fi.omakela).toEqual({ loginMethods: "suomalaisilla verkkopankkitunnuksilla tai mobiilivarmenteella", languages: "suomi ja ruotsi" });
    expect(fi.eidasCountries).toBe("Viro, Espanja ja Italia");
    expect(fi.secureLinkDays).toBe(30);
    expect(fi.brochureGlossary).toBe("suomi ja ruotsi");
    const sv = await contact("sv");
    expect(sv.omakela.loginMethods).toBe("finländska nätbankskoder eller mobilcertifikat");
    expect(text("sv", "international", "omakela.heading")).toBe("MittFPA");
    expect(text("en", "international", "news.brochuresTitle")).toBe("New benefit brochures in English can now be ordered");
  });
});

describe("moving abroad", () => {
  it("C-RETURN-1, C-RETURN-2: return the card when moving permanently; returned cards are destroyed unreadable", async () => {
    const data = await (await run(movingLoader, get("/sv/moving-abroad"), { lang: "sv" })).json();
    expect(data.line.id).toBe("customers-sv");
    expect(text("fi", "movingAbroad", "card.returnPermanent")).toBe("Jos muutat pysyvästi ulkomaille, palauta Kela-korttisi Kelan toimistoon.");
    expect(text("en", "movingAbroad", "card.destroyed")).toMatch(/records the returned card as returned and destroys it.*name and personal identity code/);
    expect(text("sv", "movingAbroad", "card.returnPermanent")).toMatch(/permanent.*FPA-kort/);
  });
});

describe("the dev mailbox and the mail test control (mock mode only)", () => {
  it("shows caught mail in mock mode, and is a 404 otherwise", async () => {
    await sendMail({ to: "mailbox@example.com", subject: "Testi", text: "Rivi https://example.test/x", kind: "test" });
    const mailbox = await (await run(mailboxLoader, get("/fi/dev/mailbox"), { lang: "fi" })).json();
    expect(mailbox.mails[0]).toMatchObject({ to: ["mailbox@example.com"], subject: "Testi" });
    const admin = await (await run(adminLoader, get("/mock-admin/mail?to=mailbox@example.com"), { action: "mail" })).json();
    expect(admin.mails).toHaveLength(1);

    const appNow = process.env.APP_NOW;
    process.env.MOCKS = "false";
    delete process.env.APP_NOW;
    resetEnvCache();
    try {
      expect((await run(mailboxLoader, get("/fi/dev/mailbox"), { lang: "fi" })).status).toBe(404);
      expect((await run(adminLoader, get("/mock-admin/mail"), { action: "mail" })).status).toBe(404);
    } finally {
      process.env.MOCKS = "true";
      process.env.APP_NOW = appNow;
      resetEnvCache();
    }
  });
});
