import type { Lang } from "~/i18n/languages";
import type { ContractIntent } from "./intents";
import { featureTerms } from "./features";
import { analysisText } from "./redaction";
import { EARLIER_QUESTION } from "./retrieval";
import { analyze } from "./text";

/**
 * Retrieval over the curated questions of each intent (nearest neighbours).
 * A question is a sparse TF-IDF vector of its stems, of stem pairs and of
 * the character 3- to 5-grams of its words: the n-grams are what carries
 * the understanding past the words anyone wrote down, because an inflected,
 * compounded, colloquial or misspelt word still shares most of its n-grams
 * with the written one ("hukkus" / "hukassa", "kelakortsu" / "kortti",
 * "delivry" / "delivery"). An intent's evidence is the similarity of its
 * nearest curated questions. The index is built once (at start-up, or per
 * fold by the evaluation) and only read afterwards.
 */
export type CuratedQuestion = { q: string; lang: Lang; intent: ContractIntent };

type Vector = Map<string, number>;

const NGRAMS = [3, 4, 5] as const;
/** How much the parts of a word count against its stem: n-grams are many, a stem is one. */
export const WEIGHT = { stem: 1, pair: 0.6, ngram: 0.35, feature: 1.2 };
/** The nearest questions of an intent that count, and how much each. */
const NEIGHBOUR_WEIGHTS = [1, 0.5, 0.25] as const;

function add(vector: Vector, key: string, weight: number): void {
  vector.set(key, (vector.get(key) ?? 0) + weight);
}

/** The raw (untf-idf'd) features of a text in a language. `extra` are non-word features ("=agechild"). */
export function featuresOf(text: string, lang: Lang, extra: readonly string[] = featureTerms(text, lang)): Vector {
  const vector: Vector = new Map();
  const terms = analyze(text, lang);
  terms.forEach((term, i) => {
    add(vector, `s:${term.stem}`, WEIGHT.stem);
    const next = terms[i + 1];
    if (next) add(vector, `p:${term.stem}_${next.stem}`, WEIGHT.pair);
    const padded = `<${term.word}>`;
    for (const n of NGRAMS) for (let at = 0; at + n <= padded.length; at++) add(vector, `g:${padded.slice(at, at + n)}`, WEIGHT.ngram);
  });
  for (const feature of extra) add(vector, `f:${feature}`, WEIGHT.feature);
  return vector;
}

/** The questions a feature occurs in, and its weight in each (parallel arrays: the hot loop reads them). */
type Postings = { questions: Int32Array; weights: Float64Array };

export class QuestionIndex {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, Postings>();
  /** Each question's intent as a number (an index into intentNames). */
  private readonly intentOf: Int32Array;
  private readonly intentNames: ContractIntent[];
  private readonly questionCount: number;

  constructor(
    questions: readonly CuratedQuestion[],
    private readonly featurize: (text: string, lang: Lang) => Vector = (text, lang) => featuresOf(analysisText(text).text, lang),
  ) {
    this.questionCount = questions.length;
    this.intentNames = [...new Set(questions.map((q) => q.intent))];
    this.intentOf = Int32Array.from(questions, (q) => this.intentNames.indexOf(q.intent));
    const raw = questions.map((q) => this.featurize(q.q, q.lang));
    const df = new Map<string, number>();
    for (const vector of raw) for (const key of vector.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    const n = questions.length;
    for (const [key, count] of df) this.idf.set(key, Math.log((n + 1) / (count + 1)) + 1);
    const lists = new Map<string, { questions: number[]; weights: number[] }>();
    raw.forEach((vector, question) => {
      for (const [key, weight] of this.weigh(vector)) {
        let list = lists.get(key);
        if (!list) lists.set(key, (list = { questions: [], weights: [] }));
        list.questions.push(question);
        list.weights.push(weight);
      }
    });
    for (const [key, list] of lists) this.postings.set(key, { questions: Int32Array.from(list.questions), weights: Float64Array.from(list.weights) });
  }

  get size(): number {
    return this.questionCount;
  }

  /** Sublinear term weight times idf, unit length; features never seen in a curated question are dropped. */
  private weigh(vector: Vector): Vector {
    const out: Vector = new Map();
    let norm = 0;
    for (const [key, raw] of vector) {
      const idf = this.idf.get(key);
      if (idf === undefined) continue;
      const value = (raw <= 1 ? raw : 1 + Math.log(raw)) * idf;
      out.set(key, value);
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [key, value] of out) out.set(key, value / norm);
    return out;
  }

  /**
   * Per intent, 0..1: how close the nearest curated questions of that intent are to the text.
   * `corrections`: the known stems the cue retrieval read misspelt or unknown words as ("crad" →
   * "card"), with how surely; they count as the stems they stand for.
   */
  intentScores(text: string, lang: Lang, background?: string, corrections: readonly { stem: string; quality: number }[] = []): Map<ContractIntent, number> {
    const raw = this.featurize(text, lang);
    for (const { stem, quality } of corrections) if (!raw.has(`s:${stem}`)) raw.set(`s:${stem}`, WEIGHT.stem * quality);
    if (background) for (const [key, weight] of this.featurize(background, lang)) if (!raw.has(key)) raw.set(key, weight * EARLIER_QUESTION);
    const similarity = new Float64Array(this.questionCount);
    for (const [key, weight] of this.weigh(raw)) {
      const list = this.postings.get(key);
      if (!list) continue;
      const { questions, weights } = list;
      for (let i = 0; i < questions.length; i++) similarity[questions[i]!]! += weight * weights[i]!;
    }
    // The K best similarities of each intent, kept sorted (descending) in place: K slots per intent.
    const K = NEIGHBOUR_WEIGHTS.length;
    const top = new Float64Array(this.intentNames.length * K);
    for (let question = 0; question < this.questionCount; question++) {
      const value = similarity[question]!;
      if (value <= 0) continue;
      const base = this.intentOf[question]! * K;
      if (value <= top[base + K - 1]!) continue;
      let slot = base + K - 1;
      while (slot > base && top[slot - 1]! < value) {
        top[slot] = top[slot - 1]!;
        slot--;
      }
      top[slot] = value;
    }
    const total = NEIGHBOUR_WEIGHTS.reduce((a, b) => a + b, 0);
    const scores = new Map<ContractIntent, number>();
    this.intentNames.forEach((intent, i) => {
      if (top[i * K]! <= 0) return;
      let sum = 0;
      for (let k = 0; k < K; k++) sum += top[i * K + k]! * NEIGHBOUR_WEIGHTS[k]!;
      scores.set(intent, sum / total);
    });
    return scores;
  }
}
