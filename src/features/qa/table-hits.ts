import { tokenize } from './dutch-text';
import type { Passage, QaResult } from './qa.domain';
import { answerFromTable, comparesRows, tableOf } from './table-answer';
import { rowOf } from './tables';

/** A search hit as the ranking scores it. */
export interface TableHit {
  id: string;
  kind: string;
  coverage: number;
  /** Coverage without the words a table answers from its columns ("het hoogst", "gaf uit"), for a table row. */
  rowCoverage: number;
  rank: number;
}

/** What the table answer reads from the index. */
export interface TableSource {
  passage(id: string): Passage | undefined;
  passageAt(title: string, position: number): Passage | undefined;
  terms(word: string): string[];
}

export const termsIn = (text: string, terms: (word: string) => string[]) => tokenize(text).flatMap(terms);

/** How much less of the question a table row may cover than the best hit and still answer a comparison. */
const TABLE_TIE = 0.15;

/**
 * A table row that answers: the best hit when it is a row, or for a question that compares rows
 * ("welke gemeente het hoogst") or asks what was spent ("gaf … uit") the best row nearly as good as
 * the best hit. Undefined when no table answers, so the text answers as usual.
 */
export function answerFromTableHits(question: string, hits: TableHit[], best: TableHit | undefined, columnWords: boolean, minCoverage: number, source: TableSource): QaResult | undefined {
  const rowAt = (h: TableHit) => (h.kind === 'passage' ? rowOf(source.passage(h.id)?.text ?? '') : undefined);
  let hit = best && rowAt(best) ? best : undefined;
  if (!hit && (columnWords || comparesRows(question))) {
    // "Welke gemeente …" is answered by a table whose rows are gemeenten, also when a text covers more words.
    const subject = termsIn(question.match(/\bwelke?\s+(\p{L}+(?:\s+\p{L}+)?)/iu)?.[1] ?? '', source.terms);
    const floor = (h: TableHit) => (termsIn(rowAt(h)!.headers[0], source.terms).some((t) => subject.includes(t)) ? minCoverage : Math.max(minCoverage, (best?.coverage ?? 0) - TABLE_TIE));
    hit = hits.filter((h) => rowAt(h) && h.rowCoverage >= floor(h)).sort((a, b) => b.rowCoverage - a.rowCoverage || b.rank - a.rank)[0];
  }
  if (!hit || hit.rowCoverage < minCoverage) return undefined;
  const passage = source.passage(hit.id)!;
  const found = tableOf(passage, (position) => source.passageAt(passage.title, position));
  const answer = found && answerFromTable(question, found.table, found.row, (text) => new Set(termsIn(text, source.terms)));
  if (!answer) return undefined;
  if (answer.kind === 'decline') return { kind: 'none', reason: 'low-score' };
  return {
    kind: 'answer',
    answer: answer.text,
    source: { title: passage.title, section: passage.section },
    passageRef: { kind: 'passage', title: passage.title, position: passage.position },
    confidence: hit.rowCoverage,
    table: answer.shown,
  };
}
