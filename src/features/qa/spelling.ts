import { dutchWords, scheduleDutchWords } from './dutch-dictionary';
import { fold } from './fold';

// "laagste", "kortste": a superlative is as Dutch as its base word.
const INFLECTIONS = /(heden|heid|ingen|ing|ers|ste|en|er|es|st|s|e|t|d|n)$/;

/** A closed syllable with a short vowel ("lig", "pak"): before "-en" its consonant doubles ("liggen"). */
const SHORT_VOWEL_END = /(?:^|[^aeiou])[aeiou][^aeiouwj]$/;

/**
 * "pakt", "ligt", "taken", "honden": a dictionary word with a verb or plural ending. Not "ligen": after a short
 * vowel the plural or infinitive doubles the consonant ("liggen").
 */
function isShortInflection(word: string): boolean {
  const stem = word.replace(/[tdse]$/, '');
  if (stem !== word && stem.length >= 3 && dutchWords().has(stem)) return true;
  const base = word.replace(/en$/, '');
  if (base === word || base.length < 2) return false;
  const longVowel = base.replace(/([aeiou])([^aeiou])$/, '$1$1$2');
  return (dutchWords().has(base) && !SHORT_VOWEL_END.test(base)) || (longVowel !== base && dutchWords().has(longVowel));
}

/** A word's letters in order, each once: the same for "ligen" and "liggen", and for "gled" and "geld". */
const lettersOf = (word: string) => [...new Set(word)].sort().join('');

/** Optimal string alignment distance, giving up above max. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Largest typo distance corrected. */
const MAX_DISTANCE = 2;
/**
 * Deletes of corpus words indexed: one. A typo is found when the question word's deletes (up to
 * MAX_DISTANCE) meet a corpus word's (up to one); that covers all single typos and two-letter typos
 * except two substitutions or two missing letters within the first PREFIX letters. Indexing two
 * deletes would find those as well at three times the memory.
 */
const INDEX_DISTANCE = 1;
/** Deletes are taken from a word's first PREFIX letters only (SymSpell's prefix trick): fewer keys, same candidates after checking. */
const PREFIX = 6;

/** Every string made by deleting up to `max` letters from `word`, the word itself included. */
function deletes(word: string, max: number): Set<string> {
  const out = new Set([word]);
  let frontier = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      if (w.length <= 1) continue;
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * Corrects typos in questions against the words of the indexed documents, also inside compounds
 * ("aanbiedersoverlg" -> "aanbiedersoverleg"). A word that is Dutch (in the corpus, in the
 * dictionary, or two dictionary words joined) is left alone: "vergoeding" must not become "vergadering".
 * Candidates come from a symmetric-delete index (SymSpell) kept current as words are learned, so a
 * question never scans the corpus' vocabulary: a lookup costs the same at 300 or 300,000 words.
 */
export class Speller {
  private readonly corpus = new Set<string>();
  /** Word prefix -> the corpus words that start with it. */
  private readonly byPrefix = new Map<string, string[]>();
  /** A delete of a prefix -> the prefix it comes from, or several. */
  private readonly byDelete = new Map<string, string | string[]>();
  private readonly cache = new Map<string, string>();

  constructor(corpusWords: Iterable<string>) {
    scheduleDutchWords();
    this.learn(corpusWords);
  }

  /** Words of documents added later (an index kept current instead of rebuilt). */
  learn(corpusWords: Iterable<string>): void {
    for (const w of corpusWords) {
      if (w.length < 4 || /\d/.test(w) || this.corpus.has(w)) continue;
      this.corpus.add(w);
      const prefix = w.slice(0, PREFIX);
      const words = this.byPrefix.get(prefix);
      if (words) {
        words.push(w);
        continue;
      }
      this.byPrefix.set(prefix, [w]);
      for (const d of deletes(prefix, INDEX_DISTANCE)) {
        const prefixes = this.byDelete.get(d);
        if (prefixes === undefined) this.byDelete.set(d, prefix);
        else if (typeof prefixes === 'string') this.byDelete.set(d, [prefixes, prefix]);
        else prefixes.push(prefix);
      }
    }
    this.cache.clear();
  }

  /** The question with each misspelt word replaced by the corpus word it most likely meant. */
  correct(question: string): string {
    return question.replace(/\p{L}{4,}/gu, (word) => {
      if (word === word.toUpperCase()) return word;
      const folded = fold(word);
      let fixed = this.cache.get(folded);
      if (fixed === undefined && folded.length < 6) {
        fixed = this.shortWord(folded);
        if (this.cache.size < 20_000) this.cache.set(folded, fixed);
      }
      if (fixed === undefined) {
        // Two Dutch words joined may still be a typo of one corpus word ("regiomanger" is "regio" + "manger"):
        // one edit from a corpus word, the corpus word is meant.
        const whole = this.known(folded);
        fixed = whole ? (this.likelyCorpusTypo(folded) ?? folded) : this.isWord(folded) ? (this.closest(folded, 1) ?? folded) : (this.closest(folded, folded.length >= 8 ? 2 : 1) ?? this.repairCompound(folded) ?? folded);
        if (this.cache.size < 20_000) this.cache.set(folded, fixed);
      }
      return fixed === folded ? word : fixed;
    });
  }

  /**
   * A short word has many neighbours one edit away ("ligen": "liggen", "eigen", "lagen"): it is corrected only when
   * it is no word of the dictionary or the corpus and one neighbour stands out: the one with the same letters, a
   * letter doubled or undoubled ("liggen", the commonest Dutch slip) or two swapped ("gled": "geld", not "goed"), or
   * else the only corpus word one edit away.
   */
  private shortWord(word: string): string {
    if (this.corpus.has(word) || dutchWords().has(word) || isShortInflection(word)) return word;
    const near = this.within(word, 1);
    const sameLetters = near.filter((c) => lettersOf(c) === lettersOf(word));
    if (sameLetters.length === 1) return sameLetters[0];
    return near.length === 1 ? near[0] : word;
  }

  /**
   * Documents have typos too ("regiomanger" in a seed): a corpus word that is no Dutch word, nor an
   * inflection or two joined, one edit from a corpus word that is Dutch, is taken for that word.
   */
  private likelyCorpusTypo(word: string): string | undefined {
    if (this.dutch(word) || !this.corpus.has(word)) return undefined;
    return this.closest(word, 1, (candidate) => candidate !== word && this.dutch(candidate));
  }

  /** A word of the Dutch dictionary, an inflection of one, or two of them joined. */
  private dutch(word: string): boolean {
    const inDictionary = (w: string) => dutchWords().has(w) || (w.replace(INFLECTIONS, '').length >= 4 && dutchWords().has(w.replace(INFLECTIONS, '')));
    if (inDictionary(word)) return true;
    for (let i = 3; i <= word.length - 3; i++) {
      const head = word.slice(0, i);
      if ((dutchWords().has(head) || dutchWords().has(head.replace(/s$/, ''))) && inDictionary(word.slice(i))) return true;
    }
    return false;
  }

  private known(word: string): boolean {
    if (this.corpus.has(word) || dutchWords().has(word)) return true;
    const base = word.replace(INFLECTIONS, '');
    return base.length >= 4 && (this.corpus.has(base) || dutchWords().has(base));
  }

  /** Two known words joined (a compound the dictionary does not list). */
  private isWord(word: string): boolean {
    for (let i = 3; i <= word.length - 3; i++) {
      const head = word.slice(0, i);
      if ((this.known(head) || this.known(head.replace(/s$/, ''))) && this.known(word.slice(i))) return true;
    }
    return false;
  }

  /** The corpus word nearest to `word` within `max` edits; equally near, the alphabetically first (every instance corrects alike). */
  private closest(word: string, max: number, accept: (candidate: string) => boolean = () => true): string | undefined {
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of this.candidates(word, max)) {
      if (!accept(candidate)) continue;
      const d = distance(word, candidate, Math.min(max, bestDistance));
      if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) [best, bestDistance] = [candidate, d];
    }
    return best;
  }

  /** Every corpus word within `max` edits of `word`. */
  private within(word: string, max: number): string[] {
    return [...this.candidates(word, max)].filter((c) => distance(word, c, max) <= max);
  }

  /** Corpus words whose prefix is within `max` deletes of the word's: the candidates to measure. */
  private *candidates(word: string, max: number): Generator<string> {
    const prefixes = new Set<string>();
    for (const d of deletes(word.slice(0, PREFIX), max)) {
      const found = this.byDelete.get(d);
      if (typeof found === 'string') prefixes.add(found);
      else for (const p of found ?? []) prefixes.add(p);
    }
    for (const prefix of prefixes) yield* this.byPrefix.get(prefix) ?? [];
  }

  /** A known head with a misspelt tail, or the other way round. */
  private repairCompound(word: string): string | undefined {
    for (let i = 4; i <= word.length - 4; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (this.known(head) || this.known(head.replace(/s$/, ''))) {
        const fixed = this.closest(tail, 1);
        if (fixed) return head + fixed;
      }
      if (this.known(tail)) {
        const fixed = this.closest(head, 1);
        if (fixed) return fixed + tail;
      }
    }
    return undefined;
  }
}
