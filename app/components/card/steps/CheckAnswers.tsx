import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useLang, useT } from "~/i18n/useT";
import { STEP_SLUGS, type Step } from "../../../../machines/lostCardSteps";
import { AddressBlock } from "../AddressBlock";
import { formatDay } from "../format";
import { StepForm } from "../StepForm";
import { DeliveryExplanation, reasonLabels } from "./Questions";
import type { StepProps } from "./types";

/** GOV.UK "check your answers": every answer with a Change link that comes back here. */
export function CheckAnswersStep({ view }: StepProps) {
  const t = useT();
  const lang = useLang();
  const { answers, application } = view;
  const chosen = view.defectCards.find((c) => c.id === answers.defectiveCardId);
  const yes = (value: boolean | null) => (value ? t("card:answers.yes") : t("card:answers.no"));
  const reasonText = reasonLabels(t);
  return (
    <>
      <h1>{t("card:check.title")}</h1>
      <dl className="summary-list">
        <Row label={t("card:check.cardFor")}>
          {view.person.name} ({view.person.identityCode})
        </Row>
        <Row label={t("card:check.cardType")}>{t("card:check.cardTypeValue")}</Row>
        <Row label={t("card:check.reason")} change="reason">
          {answers.reason ? reasonText[answers.reason] : null}
        </Row>
        {answers.reason === "lost" ? (
          <Row label={t("card:check.explanation")} change="lossExplanation">
            {answers.lossExplanation}
          </Row>
        ) : null}
        {answers.reason === "defective" && chosen ? (
          <Row label={t("card:check.defectiveCard")} change="defectiveCard">
            {t("card:check.defectiveCardValue", { date: formatDay(lang, chosen.orderedOn) })}{" "}
            {application?.complaint ? t("card:check.complaint") : t("card:check.normalOrder")}
          </Row>
        ) : null}
        {answers.reason === "data-changed" ? (
          <Row label={t("card:check.dataCorrected")} change="dataChanged">
            {yes(answers.dataCorrected)}
          </Row>
        ) : null}
        <Row label={t("card:check.urgent")} change="urgency">
          {yes(answers.urgent)}
        </Row>
        <Row label={t("card:check.address")} change="delivery">
          <AddressBlock view={view} heading={false} />
        </Row>
      </dl>
      <DeliveryExplanation view={view} />
      <p>{t("card:check.declaration")}</p>
      <StepForm submitLabel={t("card:check.submit")}>
        <input type="hidden" name="draft" value={view.draftId ?? ""} />
      </StepForm>
    </>
  );
}

function Row({ label, change, children }: { label: string; change?: Step; children: ReactNode }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
      <dd>
        {change ? (
          <Link to={`/${lang}/kela-card/apply/${STEP_SLUGS[change]}`}>
            {t("form.change")}
            <span className="visually-hidden"> {label}</span>
          </Link>
        ) : null}
      </dd>
    </div>
  );
}
