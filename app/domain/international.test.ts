import { describe, expect, it } from "vitest";
import { countryNames, languageNames, lineStatusView, omakelaView, phoneLineView } from "./international";
import { authorityLines, customerLineFor, customerLinesFor, kvContact, phoneLines, telHref } from "./kv-contact";
import { wallTimeToInstant } from "./opening-hours";

const helsinki = (date: string, time: string) => {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return wallTimeToInstant({ year, month, day }, hour, minute);
};

describe("KV-keskus contact facts", () => {
  it("K-PHONE-1: Finnish and English on 020 634 0200, Swedish on 020 634 0300; the page's language line first", () => {
    expect(customerLineFor("fi").number).toEqual({ domestic: "020 634 0200", international: "+358 20 634 0200" });
    expect(customerLineFor("en").id).toBe("customers-fi-en");
    expect(customerLineFor("sv").number).toEqual({ domestic: "020 634 0300", international: "+358 20 634 0300" });
    expect(customerLinesFor("sv").map((l) => l.id)).toEqual(["customers-sv", "customers-fi-en"]);
    expect(telHref(customerLineFor("sv").number)).toBe("tel:+358206340300");
    expect(languageNames("sv", customerLineFor("fi").languages)).toBe("finska och engelska");
  });

  it("K-PHONE-3: authorities use the same numbers 10-15, and 020 635 1808 9-15 for six kinds of matters", () => {
    const medical = phoneLines["authorities-medical-costs"];
    expect(medical.number.domestic).toBe("020 635 1808");
    expect(medical.hours.opens).toEqual({ hour: 9, minute: 0 });
    expect(medical.topics).toHaveLength(6);
    expect(authorityLines.map((l) => l.number.domestic)).toEqual(["020 634 0200", "020 634 0300", "020 635 1808"]);
  });

  it("K-CONTACT-1: postal address, email and fax", () => {
    expect(kvContact).toEqual({
      postalAddress: { box: "PL 78", postalCode: "00381", city: "HELSINKI" },
      email: "inter.helsinki@kela.fi",
      fax: { domestic: "020 634 1599", international: "+358 20 634 1599" },
    });
  });

  it("K-OMAKELA-1: online banking or a mobile certificate; Finnish and Swedish", () => {
    const t = (key: string) => key.split(".").pop()!;
    expect(omakelaView("en", t)).toEqual({ loginMethods: "onlineBank or mobileCertificate", languages: "Finnish and Swedish" });
    expect(omakelaView("fi", t).languages).toBe("suomi ja ruotsi");
  });

  it("K-EIDAS-1: the countries by name in each language", () => {
    expect(countryNames("fi", ["EE", "ES", "IT"])).toBe("Viro, Espanja ja Italia");
    expect(countryNames("en", ["EE", "ES", "IT"])).toBe("Estonia, Spain and Italy");
  });
});

describe("K-PHONE-1: the live status, in Finnish time and the page's language", () => {
  const line = customerLineFor("fi");
  it("K-PHONE-1: open at 14:59 until 15.00; closed at 9:59, opening today at 10.00", () => {
    expect(lineStatusView(line, helsinki("2026-11-25", "14:59"), "fi")).toEqual({ open: true, closes: "15.00", at: helsinki("2026-11-25", "15:00").toISOString() });
    expect(lineStatusView(line, helsinki("2026-11-25", "09:59"), "en")).toMatchObject({ open: false, opens: "10:00", day: null });
  });

  it("K-PHONE-1: after closing on a Friday it opens on Monday, named in the page's language", () => {
    const friday = helsinki("2026-11-27", "15:00");
    expect(lineStatusView(line, friday, "fi")).toMatchObject({ open: false, opens: "10.00", day: "maanantaina 30.11." });
    expect(lineStatusView(line, friday, "sv")).toMatchObject({ day: "måndag 30.11" });
    expect(lineStatusView(line, friday, "en")).toMatchObject({ day: "Monday 30/11" });
  });

  it("K-PHONE-3: the view of a line carries its formatted hours", () => {
    const view = phoneLineView(phoneLines["authorities-medical-costs"], helsinki("2026-11-25", "09:30"), "fi");
    expect(view).toMatchObject({ href: "tel:+358206351808", hours: { opens: "9.00", closes: "15.00" }, status: { open: true } });
  });
});
