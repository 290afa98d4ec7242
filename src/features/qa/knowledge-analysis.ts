import { PLACE_TERMS, termsOf, tokenize, tokenizeText } from './dutch-text';
import { Decompounder } from './decompounder';
import type { IndexRow } from './knowledge-index-store';
import { familyRoot } from './word-forms';
import { SEARCH_FIELDS, type SearchableDoc } from './knowledge-search';
import { rowOf } from './tables';

/** A document's tokens: what the decompounder learns from and what the fields are indexed from. */
export interface TokenizedDoc {
  doc: SearchableDoc;
  ask: readonly string[];
  body: readonly string[];
  /** Title and section read together, as headings. */
  head: readonly string[];
}

export const tokenizeDoc = (doc: SearchableDoc): TokenizedDoc => ({ doc, ask: tokenize(doc.ask), body: bodyTokens(doc.body), head: tokenize(`${doc.title} ${doc.section}`) });

/** How many gemeenten a text names to say which gemeenten ("met adviseurs uit Deventer, Hardenberg en Zwolle"). */
const NAMES_GEMEENTEN = 3;
/** A text's body tokens; one that names gemeenten says "gemeenten" too, so "welke gemeenten ..." finds it. */
export function bodyTokens(text: string): string[] {
  const tokens = tokenizeText(text);
  return placesOf(tokens).size >= NAMES_GEMEENTEN ? [...tokens, '~gemeente'] : tokens;
}

export const wordsOf = (t: TokenizedDoc) => [...t.ask, ...t.body, ...t.head];

/** The primary terms of headings and fact questions: ingested documents widen the domain with these. */
export function headingTermsOf(t: TokenizedDoc, terms: (word: string) => string[]): string[] {
  const out: string[] = [];
  // A table row's name and column headers head its cells: "gezinshuizen" in a table of costs is a word of the domain.
  const row = t.doc.kind === 'passage' ? rowOf(t.doc.body) : undefined;
  const rowHeads = row ? tokenize([row.cells[0], ...row.headers].join(' ')) : [];
  for (const word of [...t.head, ...rowHeads, ...(t.doc.kind === 'fact' ? t.ask : [])]) {
    const primary = terms(word)[0];
    if (primary && !primary.startsWith('~')) out.push(primary);
    // The family's root as well: a heading "Stemming" makes "stemmen" a word of the domain.
    const root = familyRoot(word);
    if (root) out.push(root);
  }
  return out;
}

const placesOf = (words: readonly string[]) => new Set(words.map((w) => termsOf(w)[0]).filter((term) => PLACE_TERMS.has(term)));
/** "- deelgebied Noord: Zwolle, Kampen, ...": a line that puts the gemeenten after it in a group of its own. */
const GROUP_LABEL = /^\s*(?:[-*•]\s+)?[^:\n]{2,60}:\s/;
/** Lines that each put their gemeenten in a group ("deelgebied Noord: ...", "deelgebied Zuid-Oost: ..."): where each belongs. */
const assignsPlaces = (body: string) => {
  const naming = body.split('\n').filter((line) => placesOf(tokenizeText(line)).size > 0);
  return naming.length >= 2 && naming.every((line) => GROUP_LABEL.test(line));
};
/** A document that lists (nearly) all gemeenten says nothing about one of them, unless it groups them. */
export const listsPlaces = (t: TokenizedDoc) => placesOf(t.body).size >= 5 && !assignsPlaces(t.doc.body);

/** The index row of a document: terms and lengths per field exactly as MiniSearch would count them. */
export function indexRow(t: TokenizedDoc, terms: (word: string) => string[]): IndexRow {
  const fieldTokens = { ask: t.ask, body: t.body, section: tokenize(t.doc.section), title: tokenize(t.doc.title) };
  const row: IndexRow = {
    id: t.doc.id,
    kind: t.doc.kind,
    terms: { ask: [], body: [], section: [], title: [] },
    lengths: { ask: 0, body: 0, section: 0, title: 0 },
    headingTerms: [...new Set(headingTermsOf(t, terms))],
    listsPlaces: listsPlaces(t),
  };
  for (const f of SEARCH_FIELDS) {
    row.lengths[f] = new Set(fieldTokens[f]).size;
    row.terms[f] = fieldTokens[f].flatMap((w) => terms(w));
  }
  return row;
}

/** termsOf with a decompounder, cached until the decompounder learns new words. */
export class CachedTerms {
  private cache = new Map<string, string[]>();

  constructor(readonly decompounder = new Decompounder()) {}

  learn(words: Iterable<string>): void {
    this.decompounder.learn(words);
    this.cache.clear();
  }

  readonly terms = (word: string): string[] => {
    let terms = this.cache.get(word);
    if (!terms) {
      terms = termsOf(word, this.decompounder);
      this.cache.set(word, terms);
    }
    return terms;
  };
}
