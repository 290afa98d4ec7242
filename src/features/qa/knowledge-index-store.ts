import type { Passage } from './qa.domain';
import type { SearchField } from './knowledge-search';

/** One document as the index keeps it: the Dutch analysis already applied. */
export interface IndexRow {
  id: string;
  kind: 'fact' | 'passage';
  /** Index terms per field in text order (a term's count is its frequency). */
  terms: Record<SearchField, string[]>;
  /** Distinct tokens per field: the field length BM25 normalises by. */
  lengths: Record<SearchField, number>;
  headingTerms: string[];
  listsPlaces: boolean;
}

/** A candidate document read back for scoring. */
export interface IndexedText {
  rowid: number;
  id: string;
  kind: 'fact' | 'passage';
  listsPlaces: boolean;
  lengths: Record<SearchField, number>;
  /** The field's index terms, space-separated. */
  text: Record<SearchField, string>;
}

/** Writes to the knowledge since the index was last brought up to date. */
export interface PendingChanges {
  from: number;
  upto: number;
  /** Titles of documents written or removed. */
  titles: string[];
  facts: boolean;
}

/** Known words (for compound splitting), index terms and heading terms added after `seq`. */
export interface Lexicon {
  seq: number;
  words: string[];
  terms: string[];
  headings: string[];
}

/**
 * A persistent, incrementally maintained search index (SQLite FTS5 in the embedded store). The
 * Q&A feature analyses; the store keeps terms, counts and the change log, and reads passages on demand.
 */
export interface KnowledgeIndexStore {
  /**
   * Where the index is a local copy of a shared store (Cosmos): brings the copy up to date with it,
   * so the change log below holds every instance's writes. Absent when the store is the index's own.
   */
  pull?(): Promise<void>;
  /** Sequence number of the last write to the knowledge or facts: a cheap poll. */
  lastChange(): number;
  /** Goes up with every update of the index: what was read at the same generation is still right. */
  generation(): number;
  /** The change the index is up to date with. */
  indexedUpto(): number;
  /** What was written after change `since`. */
  changes(since: number): PendingChanges;
  passagesOf(title: string): Passage[];
  /** Replaces the rows of the changed documents; false when another process indexed them first. */
  apply(
    changes: PendingChanges & { documents: { title: string; rows: IndexRow[]; ingestedAt?: string }[]; factRows?: IndexRow[]; factsFingerprint?: string },
    newWords: string[],
  ): boolean;
  lexiconSince(seq: number): Lexicon;
  stats(): { documents: number; averageLength: Record<SearchField, number> };
  passageCount(): number;
  /** Every indexed document title with when it was last ingested, in title order. */
  titles(): [title: string, ingestedAt: string][];
  /** Per term, the number of documents that have it in each field. */
  documentFrequencies(terms: string[]): Map<string, Partial<Record<SearchField, number>>>;
  /** The best `limit` documents with any (or all) of the terms, by a coarse BM25, with their index text. */
  candidates(terms: string[], limit: number, match?: 'any' | 'all'): IndexedText[];
  /** Whether any indexed document has the term. */
  hasTerm(term: string): boolean;
  /** Every curated fact with its index text: few, and always scored. */
  factTexts(): IndexedText[];
  listsPlaces(docId: string): boolean;
  passage(title: string, position: number): Passage | undefined;
  factsFingerprint(): string | undefined;
}
