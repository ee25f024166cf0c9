import { ChoiceGroup, TextArea } from "~/components/form/fields";
import { LOSS_EXPLANATION_MAX, REASONS, type Reason } from "~/domain/card/reasons";
import { useLang, useT } from "~/i18n/useT";
import { AddressBlock } from "../AddressBlock";
import { formatDay } from "../format";
import { StepForm } from "../StepForm";
import type { StepProps } from "./types";

const yesNo = (t: ReturnType<typeof useT>) => [
  { value: "yes", label: t("card:answers.yes") },
  { value: "no", label: t("card:answers.no") },
];
const yesNoValue = (answer: boolean | null) => (answer === null ? undefined : answer ? "yes" : "no");

/** The reasons as the user chose them (the reason page and check your answers). */
export function reasonLabels(t: ReturnType<typeof useT>): Record<Reason, string> {
  return {
    lost: t("card:reason.lost"),
    defective: t("card:reason.defective"),
    "data-changed": t("card:reason.dataChanged"),
    damaged: t("card:reason.damaged"),
  };
}

export function ReasonStep({ view, errors, values }: StepProps) {
  const t = useT();
  const labels = reasonLabels(t);
  const hints = {
    lost: t("card:reason.lostHint"),
    defective: t("card:reason.defectiveHint"),
    "data-changed": t("card:reason.dataChangedHint"),
    damaged: t("card:reason.damagedHint"),
  };
  return (
    <StepForm>
      <ChoiceGroup
        name="reason"
        legend={t("card:reason.title")}
        legendAsHeading
        hint={t("card:reason.hint")}
        error={errors?.reason}
        defaultValue={values?.reason ?? view.answers.reason ?? undefined}
        choices={REASONS.map((reason) => ({ value: reason, label: labels[reason], hint: hints[reason] }))}
      />
    </StepForm>
  );
}

/** C-LOST-1: a short explanation of the loss. */
export function LossExplanationStep({ view, errors, values }: StepProps) {
  const t = useT();
  return (
    <>
      <h1>{t("card:lost.title")}</h1>
      <p>{t("card:lost.intro")}</p>
      <StepForm>
        <TextArea
          name="explanation"
          label={t("card:lost.label")}
          hint={t("card:lost.hint", { max: LOSS_EXPLANATION_MAX })}
          error={errors?.explanation}
          defaultValue={values?.explanation ?? view.answers.lossExplanation ?? ""}
        />
      </StepForm>
    </>
  );
}

/** C-DEFECT-1: which card is defective; within 60 days of ordering it a complaint. */
export function DefectiveCardStep({ view, errors, values }: StepProps) {
  const t = useT();
  const lang = useLang();
  if (!view.defectCards.length) {
    return (
      <>
        <h1>{t("card:defectiveCard.title")}</h1>
        <p>{t("card:defectiveCard.none")}</p>
      </>
    );
  }
  return (
    <StepForm>
      <ChoiceGroup
        name="cardId"
        legend={t("card:defectiveCard.title")}
        legendAsHeading
        hint={t("card:defectiveCard.hint")}
        error={errors?.cardId}
        defaultValue={values?.cardId ?? view.answers.defectiveCardId ?? undefined}
        choices={view.defectCards.map((card) => ({
          value: card.id,
          label:
            card.type === "photo"
              ? t("card:defectiveCard.photoCard", { date: formatDay(lang, card.orderedOn) })
              : t("card:defectiveCard.photolessCard", { date: formatDay(lang, card.orderedOn) }),
        }))}
      />
    </StepForm>
  );
}

/** C-DATA-1, C-RENEW-1: the card's data come from the register; corrected there first. */
export function DataChangedStep({ view, errors, values }: StepProps) {
  const t = useT();
  return (
    <>
      <h1>{t("card:dataChanged.title")}</h1>
      <p>{t("card:dataChanged.register")}</p>
      <p>{t("card:dataChanged.renew")}</p>
      <ul>
        <li>{t("card:dataChanged.whereName")}</li>
        <li>{t("card:dataChanged.whereInsurance")}</li>
      </ul>
      <p>{t("card:dataChanged.automatic")}</p>
      <StepForm>
        <ChoiceGroup
          name="corrected"
          legend={t("card:dataChanged.question")}
          error={errors?.corrected}
          defaultValue={values?.corrected ?? yesNoValue(view.answers.dataCorrected)}
          choices={yesNo(t)}
        />
      </StepForm>
    </>
  );
}

/** C-DELIV-5, C-TEMP-1: how long delivery takes, and whether that is too long. */
export function UrgencyStep({ view, errors, values }: StepProps) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("card:urgency.title")}</h1>
      <p>{t("card:urgency.delivery", { date: formatDay(lang, view.estimatedDelivery) })}</p>
      <StepForm>
        <ChoiceGroup
          name="urgent"
          legend={t("card:urgency.question")}
          error={errors?.urgent}
          defaultValue={values?.urgent ?? yesNoValue(view.answers.urgent)}
          choices={yesNo(t)}
        />
      </StepForm>
    </>
  );
}

/** C-DATA-1: the register address, read-only, and the delivery decision (C-DELIV-1..4). */
export function DeliveryStep({ view, errors, values }: StepProps) {
  const t = useT();
  const answered = view.answers.address;
  return (
    <>
      <h1>{t("card:delivery.title")}</h1>
      <AddressBlock view={view} />
      <DeliveryExplanation view={view} />
      <StepForm>
        {view.person.address ? (
          <ChoiceGroup
            name="address"
            legend={t("card:delivery.question")}
            hint={t("card:delivery.questionHint")}
            error={errors?.address}
            defaultValue={values?.address ?? (answered === "confirmed" ? "yes" : answered === "incorrect" ? "no" : undefined)}
            choices={yesNo(t)}
          />
        ) : null}
      </StepForm>
    </>
  );
}

/** Where the card goes and why, rule by rule. */
export function DeliveryExplanation({ view }: Pick<StepProps, "view">) {
  const t = useT();
  const { delivery } = view;
  const manual = delivery.manualReasons;
  return (
    <div className="callout" data-testid="delivery-decision">
      {delivery.method === "home" ? <p>{t("card:delivery.home")}</p> : null}
      {delivery.method === "office" ? <p>{t("card:delivery.officeKt")}</p> : null}
      {delivery.method === "manual" ? (
        <>
          <p>{t("card:delivery.manual")}</p>
          <ul>
            {manual.includes("address-missing") ? <li>{t("card:delivery.manualMissing")}</li> : null}
            {manual.includes("address-incomplete") ? <li>{t("card:delivery.manualIncomplete")}</li> : null}
            {manual.includes("address-foreign") ? <li>{t("card:delivery.manualForeign")}</li> : null}
            {manual.includes("lives-abroad") ? <li>{t("card:delivery.manualAbroad")}</li> : null}
          </ul>
          {delivery.viaOffice ? <p>{t("card:delivery.viaOfficeAbroad")}</p> : null}
          <p>{t("card:delivery.manualNext")}</p>
        </>
      ) : null}
    </div>
  );
}
