import type { TopicId } from "../../intents";

/** Cue phrases per topic for one language: "!" = strong cue, "~" = weak cue. */
export type Signals = Record<TopicId, readonly string[]>;
