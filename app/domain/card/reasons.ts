/** Why a new card is needed (the reasons of seed 001: 1.4, 2.2, 2.3). Kept apart so pages import no rule code. */
export const REASONS = ["lost", "defective", "data-changed", "damaged"] as const;
export type Reason = (typeof REASONS)[number];

/** C-LOST-1: the explanation of the loss, short. */
export const LOSS_EXPLANATION_MAX = 1000;
