import type { IndexedText } from './knowledge-index-store';
import { SEARCH_FIELDS, SEARCH_RULES, type SearchField, type SearchHit } from './knowledge-search';

/** A query term, or an index term it reaches by prefix or typo, with MiniSearch's weight for that. */
export interface Expansion {
  source: string;
  derived: string;
  weight: number;
  boost: number;
}

/** MiniSearch's score of one document: per query term, per expansion, per field; summed in the same order. */
export function scoreDoc(
  doc: IndexedText,
  expansions: Expansion[][],
  frequencies: Map<string, Partial<Record<SearchField, number>>>,
  documents: number,
  averageLength: Record<SearchField, number>,
): SearchHit | undefined {
  const wanted = new Set(expansions.flat().map((e) => e.derived));
  const tf = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, countTerms(doc.text[f], wanted)])) as Record<SearchField, Map<string, number>>;
  let score = 0;
  const queryTerms: string[] = [];
  const match: Record<string, string[]> = {};
  for (const forTerm of expansions) {
    let termScore = 0;
    let matched = false;
    for (const e of forTerm) {
      for (const field of SEARCH_FIELDS) {
        const freq = tf[field].get(e.derived);
        const df = frequencies.get(e.derived)?.[field];
        if (!freq || !df) continue;
        termScore += e.weight * e.boost * SEARCH_RULES.boost[field] * bm25(freq, df, documents, doc.lengths[field], averageLength[field]);
        matched = true;
        if (!queryTerms.includes(e.source)) queryTerms.push(e.source);
        (match[e.derived] ??= []).push(field);
      }
    }
    if (matched) score += termScore;
  }
  if (queryTerms.length === 0) return undefined;
  return { id: doc.id, kind: doc.kind, score: score * queryTerms.length, queryTerms, match };
}

function countTerms(text: string, wanted: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  if (!text) return counts;
  for (const term of text.split(' ')) if (wanted.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

function bm25(termFreq: number, matching: number, total: number, fieldLength: number, averageLength: number): number {
  const { k, b, d } = SEARCH_RULES.bm25;
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / averageLength)));
}
