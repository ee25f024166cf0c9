import type { ComponentType } from "react";
import type { Step } from "../../../../machines/lostCardJourney";
import { CheckAnswersStep } from "./CheckAnswers";
import { DefectiveOutcomeStep, NoTemporaryCertificateStep, OlderCardStep, TemporaryCertificateStep } from "./InfoPages";
import { DataChangedStep, DefectiveCardStep, DeliveryStep, LossExplanationStep, ReasonStep, UrgencyStep } from "./Questions";
import {
  AddressIncorrectStep,
  AskGuardianStep,
  AutomaticCardStep,
  CardWritingBlockStep,
  DataNotCorrectedStep,
  KelaIdentifierStep,
  NoNameStep,
  NotInsuredStep,
} from "./StopPages";
import type { StepProps } from "./types";

/** The page of each journey step. */
export const stepPages: Record<Step, ComponentType<StepProps>> = {
  askGuardian: AskGuardianStep,
  kelaIdentifier: KelaIdentifierStep,
  notInsured: NotInsuredStep,
  noName: NoNameStep,
  cardWritingBlock: CardWritingBlockStep,
  automaticCard: AutomaticCardStep,
  olderCard: OlderCardStep,
  reason: ReasonStep,
  lossExplanation: LossExplanationStep,
  defectiveCard: DefectiveCardStep,
  defectiveOutcome: DefectiveOutcomeStep,
  dataChanged: DataChangedStep,
  dataNotCorrected: DataNotCorrectedStep,
  urgency: UrgencyStep,
  temporaryCertificate: TemporaryCertificateStep,
  noTemporaryCertificate: NoTemporaryCertificateStep,
  delivery: DeliveryStep,
  addressIncorrect: AddressIncorrectStep,
  check: CheckAnswersStep,
};

/** Page titles (meta cannot call hooks); every key exists in the three languages (route test). */
export const stepTitleKeys: Record<Step, string> = {
  askGuardian: "card:askGuardian.title",
  kelaIdentifier: "card:kelaIdentifier.title",
  notInsured: "card:notInsured.title",
  noName: "card:noName.title",
  cardWritingBlock: "card:cardWritingBlock.title",
  automaticCard: "card:automaticCard.title",
  olderCard: "card:olderCard.title",
  reason: "card:reason.title",
  lossExplanation: "card:lost.title",
  defectiveCard: "card:defectiveCard.title",
  defectiveOutcome: "card:defectiveOutcome.title",
  dataChanged: "card:dataChanged.title",
  dataNotCorrected: "card:dataNotCorrected.title",
  urgency: "card:urgency.title",
  temporaryCertificate: "card:temporary.title",
  noTemporaryCertificate: "card:noTemporary.title",
  delivery: "card:delivery.title",
  addressIncorrect: "card:addressIncorrect.title",
  check: "card:check.title",
};
