import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../shared/project-root';
import { familyRoot, stemWord } from './word-forms';

/**
 * Synonyms from Open Dutch WordNet (CC BY-SA 4.0; knowledge/odwn-lexicon.LICENSE.md), derived by
 * scripts/build-lexicon.ts: "key<TAB>related words" per line, sorted by key. Read on the first
 * question, not at start-up, and kept as the one string it is (~1.1 MB) and binary-searched: a Map
 * of 24,000 entries would cost several times that in heap.
 */
const LEXICON_FILE = path.join(projectRoot(), 'src', 'features', 'qa', 'knowledge', 'odwn-lexicon.tsv');

/** A word's lexicon key: the root its family shares (participle, -ing noun, verb forms), else its stem. */
export const lexiconKey = (word: string) => familyRoot(word) ?? stemWord(word);

/** A sorted "key<TAB>words" text, searched without splitting it. */
export class Lexicon {
  constructor(private readonly text: string) {}

  /** The words listed for a key, [] when it has no entry. */
  lookup(key: string): string[] {
    const text = this.text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const start = text.lastIndexOf('\n', ((lo + hi) >> 1) - 1) + 1;
      const tab = text.indexOf('\t', start);
      const end = text.indexOf('\n', tab);
      const found = text.slice(start, tab);
      if (found === key) return text.slice(tab + 1, end < 0 ? undefined : end).split(' ');
      if (found < key) lo = end < 0 ? hi : end + 1;
      else hi = start;
    }
    return [];
  }

  /** The words related to a (folded) word in any of its forms. */
  related(word: string): string[] {
    return this.lookup(lexiconKey(word));
  }
}

let shared: Lexicon | undefined;

/** The ODWN lexicon, read once on first use. */
export function odwnLexicon(): Lexicon {
  return (shared ??= new Lexicon(readFileSync(LEXICON_FILE, 'utf8')));
}
