import { Link } from "@remix-run/react";
import type { AutomaticCardReason } from "~/contracts/kela-api";
import { useLang, useT } from "~/i18n/useT";
import { CardPhoneService, KvContacts } from "../Contacts";
import type { StepProps } from "./types";

/**
 * The pages where the journey stops: why, and what to do next (C-ELIG-2..5,
 * C-AUTO-1, C-DATA-1). International cases get the KV-keskus numbers.
 */
/** C-AUTH-5: under 15, a guardian applies on the child's behalf. */
export function AskGuardianStep() {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("card:askGuardian.title")}</h1>
      <p>{t("card:askGuardian.why")}</p>
      <p>{t("card:askGuardian.next")}</p>
      <p>
        <Link to={`/${lang}/act-for`}>{t("card:askGuardian.actFor")}</Link>
      </p>
    </>
  );
}

export function KelaIdentifierStep() {
  const t = useT();
  return (
    <>
      <h1>{t("card:kelaIdentifier.title")}</h1>
      <p>{t("card:kelaIdentifier.why")}</p>
      <p>{t("card:kelaIdentifier.next")}</p>
      <KvContacts />
    </>
  );
}

export function NotInsuredStep({ view }: StepProps) {
  const t = useT();
  const { insuranceStatus, livesAbroad } = view.facts;
  const abroad = livesAbroad || view.facts.address === "foreign";
  return (
    <>
      <h1>{t("card:notInsured.title")}</h1>
      <p data-testid="insurance-status">
        {insuranceStatus === "pending" ? t("card:notInsured.pending") : insuranceStatus === "unclear" ? t("card:notInsured.unclear") : t("card:notInsured.notInsured")}
      </p>
      <p>{t("card:notInsured.rule")}</p>
      <p>{insuranceStatus === "pending" ? t("card:notInsured.nextPending") : t("card:notInsured.next")}</p>
      {/* C-RETURN-1: someone who moved abroad permanently returns the card. */}
      {abroad && insuranceStatus === "not_insured" ? <p data-testid="return-card">{t("card:notInsured.returnCard")}</p> : null}
      <KvContacts />
      <CardPhoneService />
    </>
  );
}

export function NoNameStep() {
  const t = useT();
  return (
    <>
      <h1>{t("card:noName.title")}</h1>
      <p>{t("card:noName.why")}</p>
      <p>{t("card:noName.next")}</p>
    </>
  );
}

export function CardWritingBlockStep() {
  const t = useT();
  return (
    <>
      <h1>{t("card:cardWritingBlock.title")}</h1>
      <p>{t("card:cardWritingBlock.why")}</p>
      <p>{t("card:cardWritingBlock.next")}</p>
      <CardPhoneService />
    </>
  );
}

export function AutomaticCardStep({ view }: StepProps) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("card:automaticCard.title")}</h1>
      <p data-testid="automatic-reason">{automaticReasonText(t, view.facts.automaticCardReason)}</p>
      <p>{t("card:automaticCard.noApplication")}</p>
      <p>
        <Link to={`/${lang}/kela-card/orders`}>{t("card:automaticCard.orders")}</Link>
      </p>
    </>
  );
}

function automaticReasonText(t: ReturnType<typeof useT>, reason: AutomaticCardReason | null): string {
  switch (reason) {
    case "name-registered":
      return t("card:automaticCard.reasons.nameRegistered");
    case "name-changed":
      return t("card:automaticCard.reasons.nameChanged");
    case "identity-code-changed":
      return t("card:automaticCard.reasons.identityCodeChanged");
    case "workplace-fund-changed":
      return t("card:automaticCard.reasons.workplaceFundChanged");
    case "special-reimbursement-decision":
      return t("card:automaticCard.reasons.specialReimbursementDecision");
    case "positive-insurance-decision":
      return t("card:automaticCard.reasons.positiveInsuranceDecision");
    case "photo-card-data-changed":
      return t("card:automaticCard.reasons.photoCardDataChanged");
    default:
      return t("card:automaticCard.reasons.other");
  }
}

/** C-DATA-1: correct the data in the register first. */
export function DataNotCorrectedStep() {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("card:dataNotCorrected.title")}</h1>
      <p>{t("card:dataNotCorrected.why")}</p>
      <ul>
        <li>{t("card:dataChanged.whereName")}</li>
        <li>{t("card:dataChanged.whereInsurance")}</li>
      </ul>
      <p>{t("card:dataNotCorrected.then")}</p>
      <p>
        <Link to={`/${lang}/kela-card/apply/reason`}>{t("card:dataNotCorrected.otherReason")}</Link>
      </p>
    </>
  );
}

/** C-DATA-1: the address is corrected in the population register first. */
export function AddressIncorrectStep() {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("card:addressIncorrect.title")}</h1>
      <p>{t("card:addressIncorrect.why")}</p>
      <p>{t("card:addressIncorrect.how")}</p>
      <p>{t("card:addressIncorrect.then")}</p>
      <p>
        <Link to={`/${lang}/kela-card/apply/delivery`}>{t("card:addressIncorrect.back")}</Link>
      </p>
    </>
  );
}
