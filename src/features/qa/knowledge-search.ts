import type { Decompounder } from './decompounder';
import type { Speller } from './spelling';
import type { Fact, Passage } from './qa.domain';

/** The fields every searchable document has, in the order their boosts are applied. */
export const SEARCH_FIELDS = ['ask', 'body', 'section', 'title'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A curated fact or an ingested passage as search sees it: raw text per field. */
export interface SearchableDoc {
  id: string;
  kind: 'fact' | 'passage';
  /** Question variants and keywords (facts only): what people ask. */
  ask: string;
  body: string;
  section: string;
  title: string;
}

/** What a search returns for one document, shaped like a MiniSearch result. */
export interface SearchHit {
  id: string;
  kind: 'fact' | 'passage';
  score: number;
  /** The query terms that matched (before prefix or typo expansion). */
  queryTerms: string[];
  /** Index term -> the fields it matched in. */
  match: Record<string, string[]>;
}

export interface SearchOptions {
  boostTerm: (term: string) => number;
}

/**
 * The corpus as the Q&A ranking reads it: whichever backend serves it (MiniSearch in memory, or
 * SQLite full-text tables read from disk), the Dutch analysis and the scores are the same.
 */
export interface KnowledgeCorpus {
  readonly decompounder: Decompounder;
  /** Every index term. */
  readonly vocabulary: { has(term: string): boolean };
  /** Terms of titles, section headings and fact keywords. */
  readonly headingTerms: { has(term: string): boolean };
  /** Documents that list (nearly) all gemeenten. */
  readonly listsPlaces: { has(docId: string): boolean };
  readonly facts: { get(id: string): Fact | undefined; values(): Iterable<Fact>; readonly size: number };
  /** Passages by key (`p:<title>#<position>`), text read when asked for. */
  readonly passages: { get(key: string): Passage | undefined; readonly size: number };
  /** Corrects typos against the corpus' words. */
  readonly speller: Pick<Speller, 'correct'>;
  /** Per document title: 0 for the earliest ingested, 1 for the latest. */
  readonly documentAge: { get(title: string): number | undefined; keys(): Iterable<string> };
  /** termsOf() with this corpus' decompounder. */
  terms(word: string): string[];
  search(query: string, options: SearchOptions): SearchHit[];
}

export const passageKey = (p: { title: string; position: number }) => `p:${p.title}#${p.position}`;

export const factDoc = (f: Fact): SearchableDoc => ({
  id: `f:${f.id}`,
  kind: 'fact',
  ask: [...f.questions, ...f.keywords].join(' \n '),
  body: f.answer,
  section: f.source.section,
  title: f.source.title,
});

export const passageDoc = (p: Passage): SearchableDoc => ({
  id: passageKey(p),
  kind: 'passage',
  ask: '',
  body: p.text,
  // A section cited with the dated heading above it ("Vergadering van 14 maart 2027, 3. Begroting") holds its chapter already.
  section: p.chapter && !p.section.startsWith(`${p.chapter}, `) ? `${p.chapter} \n ${p.section}` : p.section,
  title: p.title,
});

/** 0 for the title ingested first, 1 for the last (ties in title order): later documents overrule earlier ones. */
export function documentAges(latestIngest: Iterable<[title: string, ingestedAt: string]>): Map<string, number> {
  const order = [...latestIngest].sort((a, b) => a[1].localeCompare(b[1]));
  return new Map(order.map(([title], i) => [title, order.length > 1 ? i / (order.length - 1) : 0]));
}

/** Field boosts and typo/prefix rules of the search; both backends apply them the same way. */
export const SEARCH_RULES = {
  boost: { ask: 3, body: 1, section: 1.2, title: 0.4 } as Record<SearchField, number>,
  fuzzy: (term: string) => (/^[#~]/.test(term) || term.length < 7 ? false : 0.2),
  prefix: (term: string) => !/^[#~]/.test(term) && term.length >= 7,
  weights: { fuzzy: 0.3, prefix: 0.4 },
  maxFuzzy: 6,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};
