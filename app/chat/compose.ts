import type { Lang } from "~/i18n/languages";
import type { ReplyMode } from "../../machines/chat";
import { answerT, ruleKey } from "./answers";
import { handoffChannels, lineStatusSentence, type Channel } from "./channels";
import { ACTIONS, TOPICS, pageOfRule, type ContractIntent, type TopicId } from "./intents";
import type { HandoffReason, Understanding } from "./understand";

/**
 * The reply of the Chat API contract (DESIGN.md), written only from the
 * answer base: the bot never repeats the user's words, so an identity code in
 * a message can never come back.
 */
export type ChatSource = { ruleId?: string; title?: string; href?: string };
export type ChatAction = { label: string; href: string };
export type ChatHandoff = { reason: HandoffReason; channels: Channel[] };
export type ChatReply = {
  lang: Lang;
  intent: ContractIntent;
  confidence: number;
  answer: string;
  sources: ChatSource[];
  actions: ChatAction[];
  handoff: ChatHandoff | null;
};

/** Topics whose answer ends with the phone line's live status. */
const WITH_LINE_STATUS = new Set<TopicId>(["intl_phone"]);

const withLang = (path: string, lang: Lang) => path.replace("{lang}", lang);
const answerKeyOf = (topic: TopicId): string => (TOPICS[topic] as { answer?: string }).answer ?? topic;

function sourcesOf(topics: readonly TopicId[], lang: Lang): ChatSource[] {
  const t = answerT(lang);
  const rules = [...new Set(topics.flatMap((topic) => TOPICS[topic].rules))];
  return rules.map((ruleId) => ({ ruleId, title: t(ruleKey(ruleId)), href: withLang(pageOfRule(ruleId), lang) }));
}

function actionsOf(topics: readonly TopicId[], lang: Lang): ChatAction[] {
  const t = answerT(lang);
  const ids = [...new Set(topics.flatMap((topic) => TOPICS[topic].actions))];
  const actions = ids.map((id) => ({ label: t(`chatAnswers:actions.${id}`), href: withLang(ACTIONS[id], lang) }));
  // Two actions to the same page (a second answer's): the first one's label.
  return actions.filter((action, i) => actions.findIndex((a) => a.href === action.href) === i);
}

/** What a reply without a flow of its own offers: the card page and the contact page (never a dead end). */
const NEXT_STEPS_OF_SMALL_TALK: readonly TopicId[] = ["greeting"];

export type ComposeContext = {
  mode: ReplyMode;
  /** Why the conversation was handed over (the machine's memory: the second miss in a row). */
  handoffReason: HandoffReason | null;
  at: Date;
};

export function composeReply(understanding: Understanding, { mode, handoffReason, at }: ComposeContext): ChatReply {
  const { lang, topic } = understanding;
  const t = answerT(lang);
  const paragraphs: string[] = [];
  if (understanding.hadHetu) paragraphs.push(t("chatAnswers:notices.hetu"));

  const base = { lang, confidence: understanding.confidence };
  if (mode === "answer" || mode === "smalltalk") {
    // Two questions in one message: both answers, the first asked first.
    const topics: TopicId[] = mode === "answer" && understanding.also ? [topic, understanding.also] : [topic];
    for (const answered of topics) {
      paragraphs.push(t(`chatAnswers:answers.${answerKeyOf(answered)}`));
      if (WITH_LINE_STATUS.has(answered)) paragraphs.push(lineStatusSentence(lang, at));
    }
    return {
      ...base,
      intent: understanding.intent,
      answer: paragraphs.filter(Boolean).join("\n\n"),
      sources: sourcesOf(topics, lang),
      actions: actionsOf(TOPICS[topic].kind === "smalltalk" ? NEXT_STEPS_OF_SMALL_TALK : topics, lang),
      handoff: null,
    };
  }

  const reason = handoffReason ?? understanding.handoffReason ?? "low_confidence";
  const notUnderstood = reason === "low_confidence";
  const answerKey = !notUnderstood ? topic : mode === "clarify" ? "clarify" : "clarify_handoff";
  paragraphs.push(t(`chatAnswers:answers.${answerKey}`));
  // A person is offered by the channel that is open now: the phone line's status, and open channels first.
  paragraphs.push(lineStatusSentence(lang, at, true));
  return {
    ...base,
    // Not understood is reported as out of scope: the bot gives no answer from the rules.
    intent: notUnderstood ? "out_of_scope" : understanding.intent,
    answer: paragraphs.filter(Boolean).join("\n\n"),
    sources: notUnderstood ? [] : sourcesOf([topic], lang),
    actions: actionsOf(notUnderstood ? ["out_of_scope"] : [topic], lang),
    handoff: { reason, channels: handoffChannels(lang, at) },
  };
}
