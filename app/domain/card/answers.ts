import { containsHetu } from "~/domain/hetu";
import { LOSS_EXPLANATION_MAX, REASONS, type Reason } from "./reasons";

export { LOSS_EXPLANATION_MAX, REASONS, type Reason };

export const isReason = (value: unknown): value is Reason => typeof value === "string" && (REASONS as readonly string[]).includes(value);

export type LossExplanationProblem = "required" | "tooLong" | "containsHetu";

/**
 * C-LOST-1: a lost card needs a short explanation of the loss. It must not
 * contain an identity code (free text is stored and sent on).
 */
export function lossExplanationProblem(text: string): LossExplanationProblem | null {
  const trimmed = text.trim();
  if (!trimmed) return "required";
  if (trimmed.length > LOSS_EXPLANATION_MAX) return "tooLong";
  if (containsHetu(trimmed)) return "containsHetu";
  return null;
}

/** "yes" / "no" radio answers. */
export function yesNo(value: string | undefined): boolean | null {
  if (value === "yes") return true;
  if (value === "no") return false;
  return null;
}
