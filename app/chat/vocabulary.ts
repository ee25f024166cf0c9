import { boundedLevenshtein } from "@orama/orama/internals";
import type { Term } from "./text";

/**
 * The indexed terms of one language, and how a message word is mapped onto
 * them: exactly; by a known stem the word starts with (inflection the
 * stemmer left: "kortet" → "kort"); by the start of a known word ("info" →
 * "inform"); by the known last part of a compound ("sijaiskortti" → "kort");
 * or by a small edit distance (typos), tried on the written word as well,
 * because a misspelt word stems badly. Each way has a quality: a guess counts
 * less than an exact match.
 */
export type TermMatch = { term: string; matched: string[]; quality: number };

const QUALITY = { exact: 1, inflection: 0.9, shortened: 0.85, sharedStem: 0.85, compound: 0.8, typo: 0.7 } as const;

/** Allowed typos by word length: none in short words, where every edit makes another word. */
const tolerance = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

export class Vocabulary {
  private readonly stems = new Set<string>();
  private readonly stemsByLength = new Map<number, string[]>();
  /** Written (folded) cue words and their stems, for typos that break stemming ("tapat" → "tappat"). */
  private readonly writtenStem = new Map<string, string>();
  private readonly writtenByLength = new Map<number, string[]>();
  /** Message words repeat: each is worked out once. */
  private readonly cache = new Map<string, TermMatch>();

  add({ word, stem }: Term): void {
    if (!this.stems.has(stem)) {
      this.stems.add(stem);
      this.stemsByLength.set(stem.length, [...(this.stemsByLength.get(stem.length) ?? []), stem]);
    }
    if (!this.writtenStem.has(word)) {
      this.writtenStem.set(word, stem);
      this.writtenByLength.set(word.length, [...(this.writtenByLength.get(word.length) ?? []), word]);
    }
  }

  has(stem: string): boolean {
    return this.stems.has(stem);
  }


  match(term: Term): TermMatch {
    const key = `${term.word}|${term.stem}`;
    let result = this.cache.get(key);
    if (!result) {
      result = this.matchUncached(term);
      if (this.cache.size > 20_000) this.cache.clear();
      this.cache.set(key, result);
    }
    return result;
  }

  private matchUncached({ word, stem }: Term): TermMatch {
    const found = (matched: string[], quality: number): TermMatch => ({ term: stem, matched, quality });
    if (this.stems.has(stem)) return found([stem], QUALITY.exact);
    if (stem.length >= 5) {
      for (let end = stem.length - 1; end >= Math.max(4, Math.ceil(stem.length * 0.6)); end--) {
        const head = stem.slice(0, end);
        if (this.stems.has(head)) return found([head], QUALITY.inflection);
      }
    }
    if (stem.length >= 4) {
      const longer = [...(this.stemsByLength.get(stem.length + 1) ?? []), ...(stem.length >= 5 ? (this.stemsByLength.get(stem.length + 2) ?? []) : [])];
      const start = longer.find((candidate) => candidate.startsWith(stem));
      if (start) return found([start], QUALITY.shortened);
    }
    const relative = this.sameStart(stem);
    if (relative) return found([relative], QUALITY.sharedStem);
    if (stem.length >= 7) {
      for (let split = 3; split <= stem.length - 4; split++) {
        const tail = stem.slice(split);
        if (!this.stems.has(tail)) continue;
        const head = stem.slice(0, split);
        return found(this.stems.has(head) ? [head, tail] : [tail], QUALITY.compound);
      }
    }
    const typo = this.closestStem(stem) ?? this.closestWritten(word);
    return typo ? found([typo], QUALITY.typo) : found([], 0);
  }

  /**
   * A known stem that differs only in its ending: inflection the stemmer does not undo
   * ("väliaikaisen" → "väliaikais" next to "väliaikain", "todistuksen" next to "todistus").
   */
  private sameStart(stem: string): string | undefined {
    if (stem.length < 6) return undefined;
    const needed = Math.max(5, Math.ceil(stem.length * 0.75));
    let best: string | undefined;
    let bestShared = needed - 1;
    for (let length = stem.length - 3; length <= stem.length + 3; length++) {
      for (const candidate of this.stemsByLength.get(length) ?? []) {
        let shared = 0;
        while (shared < candidate.length && candidate[shared] === stem[shared]) shared++;
        if (shared > bestShared && shared >= Math.ceil(candidate.length * 0.75)) {
          best = candidate;
          bestShared = shared;
        }
      }
    }
    return best;
  }

  private closestStem(stem: string): string | undefined {
    const max = tolerance(stem.length);
    if (max === 0) return stem.length >= 4 ? this.swapped(stem) : undefined;
    return nearest(stem, max, (length) => this.stemsByLength.get(length) ?? []);
  }

  private closestWritten(word: string): string | undefined {
    const max = tolerance(word.length);
    if (max === 0) return undefined;
    const best = nearest(word, max, (length) => this.writtenByLength.get(length) ?? []);
    return best === undefined ? undefined : this.writtenStem.get(best);
  }

  /** "lsot" → "lost": one swap of neighbouring letters, the commonest typo in short words. */
  private swapped(stem: string): string | undefined {
    for (let i = 0; i + 1 < stem.length; i++) {
      const candidate = stem.slice(0, i) + stem[i + 1] + stem[i] + stem.slice(i + 2);
      if (candidate !== stem && this.stems.has(candidate)) return candidate;
    }
    return undefined;
  }
}

function nearest(term: string, max: number, ofLength: (length: number) => string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = max + 1;
  for (let length = term.length - max; length <= term.length + max; length++) {
    for (const candidate of ofLength(length)) {
      if (candidate.length < 4) continue;
      const { isBounded, distance } = boundedLevenshtein(term, candidate, max);
      if (isBounded && distance >= 0 && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  return best;
}
