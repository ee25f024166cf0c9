import { typoDistance } from "./distance";
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

const QUALITY = { exact: 1, inflection: 0.9, shortened: 0.85, sharedStem: 0.85, compound: 0.8, compoundHead: 0.6, typo: 0.7, anchor: 0.6 } as const;

/** Allowed typos by word length: none in short words, where every edit makes another word. */
const tolerance = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

export class Vocabulary {
  /** The language's stemmer, for the parts of a compound. */
  constructor(
    private readonly stemOf: (word: string) => string = (word) => word,
    /** Core short words typos of which are still read (lexicon/phrases.ts `anchors`). */
    private readonly anchors: readonly string[] = [],
  ) {}

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
      const same = this.stemsByLength.get(stem.length);
      if (same) same.push(stem);
      else this.stemsByLength.set(stem.length, [stem]);
    }
    if (!this.writtenStem.has(word)) {
      this.writtenStem.set(word, stem);
      const same = this.writtenByLength.get(word.length);
      if (same) same.push(word);
      else this.writtenByLength.set(word.length, [word]);
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
    const parts = this.compound(word, stem);
    if (parts) return found(parts.matched, parts.quality);
    const typo = this.closestStem(stem) ?? this.closestWritten(word);
    if (typo) return found([typo], QUALITY.typo);
    const anchor = this.nearAnchor(word);
    return anchor ? found([anchor], QUALITY.anchor) : found([], 0);
  }

  /**
   * A compound written together, split where its parts are known words:
   * "puhelinajat" → puhelin + (ajat), "arbetsplatskassan" → arbetsplats + kassa,
   * "sijaiskortti" → (sijais) + kortti. The last part carries the meaning in
   * Finnish and Swedish, so a known last part is preferred; a known first part
   * alone counts less. Tried on the written word (its parts stem on their
   * own) and on the stem.
   */
  private compound(word: string, stem: string): { matched: string[]; quality: number } | undefined {
    let best: { matched: string[]; quality: number; length: number } | undefined;
    for (const whole of new Set([word, stem])) {
      if (whole.length < 7) continue;
      for (let split = 3; split <= whole.length - 4; split++) {
        const tail = whole.slice(split);
        const tailStem = this.known(tail);
        const rawHead = whole.slice(0, split);
        // Swedish and Finnish link compounds with -s- ("arbetsplats-kassa") and genitive -n ("kansainvälisten").
        const head = this.known(rawHead) ?? (/[sn]$/.test(rawHead) && rawHead.length > 4 ? this.known(rawHead.slice(0, -1)) : undefined);
        let candidate: { matched: string[]; quality: number; length: number } | undefined;
        if (tailStem && head) candidate = { matched: [head, tailStem], quality: QUALITY.compound, length: whole.length + 1 };
        else if (tailStem) candidate = { matched: [tailStem], quality: QUALITY.compound, length: tail.length };
        else if (head && (rawHead.length >= 6 || (rawHead.length === 5 && this.writtenStem.has(rawHead)))) candidate = { matched: [head], quality: QUALITY.compoundHead, length: rawHead.length - 1 };
        if (candidate && (!best || candidate.length > best.length)) best = candidate;
      }
    }
    return best && { matched: [...new Set(best.matched)], quality: best.quality };
  }

  /** The known stem of a piece of a word, if any. */
  private known(piece: string): string | undefined {
    if (this.stems.has(piece)) return piece;
    const stemmed = this.stemOf(piece);
    if (stemmed.length >= 3 && this.stems.has(stemmed)) return stemmed;
    return this.writtenStem.get(piece);
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
    return best === undefined ? undefined : this.writtenStem.get(best) ?? best;
  }

  /** "cad" → "card", "kla" → "kela": one edit from exactly one core short word. */
  private nearAnchor(word: string): string | undefined {
    if (word.length < 3 || word.length > 5) return undefined;
    const near = this.anchors.filter((anchor) => anchor !== word && typoDistance(word, anchor, 1) <= 1);
    if (near.length !== 1) return undefined;
    const stem = this.stemOf(near[0]!);
    return this.stems.has(stem) ? stem : undefined;
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
      // People seldom mistype the first letter; a short word that differs there is another word ("night", "right").
      if (term.length <= 6 && candidate[0] !== term[0]) continue;
      const distance = typoDistance(term, candidate, max);
      if (distance <= max && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  return best;
}
