import type { StepView } from "~/components/card/steps/types";
import { defectCandidates, isComplaint } from "~/domain/card/defect";
import { deliveryDecision, USUAL_DELIVERY_DAYS } from "~/domain/card/delivery";
import { holdsIdCard, holdsValidPhotoCard, photoCardMarkingsOf } from "~/domain/card/eligibility";
import { addDays } from "~/domain/card/facts";
import { temporaryCertificateAdvice } from "~/domain/card/temporary";
import { maskHetu } from "~/domain/hetu";
import { displayName } from "~/domain/person";
import { answersComplete, applicationOf, type Step } from "../../machines/lostCard";
import { persistable, type Journey, type JourneySnapshot } from "./card-journey.server";

/** Steps that show the register address (C-DATA-1); others do not carry it to the page. */
const SHOWS_ADDRESS: readonly Step[] = ["delivery", "addressIncorrect", "check"];

/** What a journey page shows, from the snapshot at that step and the register's data of today. */
export function stepViewOf(journey: Journey, snapshot: JourneySnapshot, step: Step): StepView {
  const { facts, person } = journey.register;
  const { answers } = snapshot.context;
  const context = { facts, answers };
  return {
    step,
    answers,
    facts,
    journey: persistable(snapshot) as StepView["journey"],
    person: {
      name: step === "check" ? displayName(person) : null,
      identityCode: step === "check" && person.identifier.type === "hetu" ? maskHetu(person.identifier.value) : null,
      address: SHOWS_ADDRESS.includes(step) ? person.address : null,
    },
    delivery: deliveryDecision(facts),
    defectCards: defectCandidates(facts.cards).map((card) => ({
      id: card.id,
      type: card.type,
      orderedOn: card.orderedOn,
      complaint: isComplaint(card, facts.today),
    })),
    temporary: temporaryCertificateAdvice(facts, answers.reason),
    estimatedDelivery: addDays(facts.today, USUAL_DELIVERY_DAYS),
    olderCards: {
      photo: holdsValidPhotoCard(facts.cards, facts.today),
      idCard: holdsIdCard(facts.cards),
      markings: photoCardMarkingsOf(facts.cards),
    },
    application: step === "check" && answersComplete(context) ? applicationOf(context) : null,
    draftId: step === "check" ? journey.draftId : null,
  };
}
