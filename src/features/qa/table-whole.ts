import { ASKS_TOTAL, rowName, rowNamedBy } from './row-names';
import { comparesRows } from './table-answer';
import { isTotalRow } from './total-rows';
import type { TableSource } from './table-cells';
import { rowOf } from './tables';

/** A first column of gemeenten or districts. */
const PLACES_H = /gemeente|district|regio|kern/i;

/** Coverage at which a total row says every counted word of the question (through its table's headers). */
const FULL = 0.999;

/**
 * "Hoeveel fte heeft het serviceteam in 2043?": a figure asked of the whole, naming no row of a table whose total row
 * says every word of the question, at least as well as the best hit does. The total is the whole's figure, so the
 * question is read as asking it ("... in totaal"); otherwise it is returned as it was. Not when a row is named, nor when
 * rows are compared: a word of the question that no row says (a gemeente) keeps the total row's coverage below full.
 */
export function withWholeAsked(question: string, hits: { id: string; coverage: number }[], best: { coverage: number } | undefined, source: TableSource, asksFigure: boolean): string {
  if (!asksFigure || !best || ASKS_TOTAL.test(question) || comparesRows(question)) return question;
  const rowAt = (h: { id: string }) => rowOf(source.passage(h.id)?.text ?? '');
  const rows = hits.filter((h) => rowAt(h));
  // The total of a table per gemeente is the region's, no figure of the organisation asked about ("wat kostte het serviceteam zelf").
  const total = rows.some((h) => isTotalRow(rowAt(h)!.cells) && !PLACES_H.test(rowAt(h)!.headers[0] ?? '') && h.coverage >= FULL && h.coverage >= best.coverage);
  if (!total) return question;
  const named = rows.some((h) => rowNamedBy(question, rowName(rowAt(h)!, question), source.terms, source.passage(h.id)?.title).length > 0);
  return named ? question : `${question.replace(/[\s?]+$/, '')} in totaal?`;
}
