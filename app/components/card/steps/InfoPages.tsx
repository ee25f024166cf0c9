import { useT } from "~/i18n/useT";
import { StepForm } from "../StepForm";
import type { StepProps } from "./types";

/** C-PHOTO-1, C-PHOTO-2, C-IDCARD-1: what an older card means; the user may continue. */
export function OlderCardStep({ view }: StepProps) {
  const t = useT();
  const { photo, idCard, markings } = view.olderCards;
  return (
    <>
      <h1>{t("card:olderCard.title")}</h1>
      {photo ? (
        <section data-testid="photo-card-info">
          <h2>{t("card:olderCard.photoHeading")}</h2>
          <p>{t("card:olderCard.photoValid")}</p>
          <p>{t("card:olderCard.photoReplaced")}</p>
          {markings.length ? <p>{t("card:olderCard.photoMarkings")}</p> : null}
          <p>{t("card:olderCard.photoDiscounts")}</p>
        </section>
      ) : null}
      {idCard ? (
        <section data-testid="id-card-info">
          <h2>{t("card:olderCard.idHeading")}</h2>
          <p>{t("card:olderCard.idNotIssued")}</p>
          <p>{t("card:olderCard.idPolice")}</p>
        </section>
      ) : null}
      <p>{t("card:olderCard.continue")}</p>
      <StepForm />
    </>
  );
}

/** C-DEFECT-1: a complaint within 60 days, otherwise a normal order; the faulty card need not be sent. */
export function DefectiveOutcomeStep({ view }: StepProps) {
  const t = useT();
  const complaint = view.defectCards.find((c) => c.id === view.answers.defectiveCardId)?.complaint ?? false;
  return (
    <>
      <h1>{complaint ? t("card:defectiveOutcome.complaintTitle") : t("card:defectiveOutcome.normalTitle")}</h1>
      <p data-testid="defect-outcome">{complaint ? t("card:defectiveOutcome.complaint") : t("card:defectiveOutcome.normal")}</p>
      <p>{t("card:defectiveOutcome.keepCard")}</p>
      <StepForm />
    </>
  );
}

/** C-TEMP-1 and C-TEMP-3. */
export function TemporaryCertificateStep({ view }: StepProps) {
  const t = useT();
  return (
    <>
      <h1>{t("card:temporary.title")}</h1>
      <p>{t("card:temporary.certificate")}</p>
      <p>{t("card:temporary.where")}</p>
      {view.temporary.pharmacyRuleApplies ? <p>{t("card:temporary.pharmacy")}</p> : null}
      <StepForm />
    </>
  );
}

/** C-TEMP-2 (and C-TEMP-3). */
export function NoTemporaryCertificateStep({ view }: StepProps) {
  const t = useT();
  return (
    <>
      <h1>{t("card:noTemporary.title")}</h1>
      <p>{t("card:noTemporary.kt")}</p>
      <p>{t("card:noTemporary.reimbursements")}</p>
      {view.temporary.pharmacyRuleApplies ? <p>{t("card:temporary.pharmacy")}</p> : null}
      <StepForm />
    </>
  );
}
