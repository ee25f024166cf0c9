import type { Address } from "~/contracts/kela-api";

/** C-DELIV-5: the usual delivery time told to the user ("about two weeks"). */
export const USUAL_DELIVERY_DAYS = 14;

export type AddressQuality = "complete" | "incomplete" | "missing" | "foreign";

/** How usable the register address is for mailing a card (C-DELIV-1, C-DELIV-2, C-DELIV-4). */
export function addressQuality(address: Address | null): AddressQuality {
  if (!address) return "missing";
  if (address.country !== "FI") return "foreign";
  if (!address.street?.trim() || !address.postalCode?.trim() || !address.city?.trim()) return "incomplete";
  return "complete";
}

/** Why an application cannot be ordered automatically and goes to manual handling (C-DELIV-4). */
export type ManualReason = "address-missing" | "address-incomplete" | "address-foreign" | "lives-abroad";

export type DeliveryDecision = {
  /**
   * home: the manufacturer mails the card straight home (C-DELIV-1);
   * office: via the Kela office, which forwards it (C-DELIV-2, C-DELIV-3);
   * manual: no automatic order, Kela's staff handle the application (C-DELIV-4).
   */
  method: "home" | "office" | "manual";
  /** The card travels via the office once ordered (foreign address or KT marking). */
  viaOffice: boolean;
  manualReasons: ManualReason[];
};

export function deliveryDecision(facts: { address: AddressQuality; livesAbroad: boolean; ktMarking: boolean }): DeliveryDecision {
  const manualReasons: ManualReason[] = [];
  // C-DELIV-4: missing, incomplete or foreign address, or living abroad (municipality 200).
  if (facts.address !== "complete") manualReasons.push(`address-${facts.address}`);
  if (facts.livesAbroad) manualReasons.push("lives-abroad");
  // C-DELIV-2: cards to an address abroad go to the office; C-DELIV-3: so do KT-marked persons' cards.
  const viaOffice = facts.address === "foreign" || facts.ktMarking;
  const method = manualReasons.length ? "manual" : viaOffice ? "office" : "home";
  return { method, viaOffice, manualReasons };
}
