import { answerFromTable, comparesRows } from './table-answer';
import { type TableAnswer, type TermsOf } from './table-cells';
import type { TableView } from './tables';
import { twoAsks } from './question-setup';

/** "..., en hoeveel kostte dat daar?": a second ask about the row the first one finds. */
const OF_THAT_ONE = /\b(?:dat|die|daar|daarvan|hun|zijn|haar)\b/i;

/**
 * "Welke gemeente heeft de meeste kinderen in zorg en hoeveel kostte dat daar?": the superlative belongs to the ask that
 * says it, so the rows are compared on that ask's column ("Jeugdigen"), not on the column the other ask names ("Kosten");
 * the second ask, about that row ("dat daar"), is then a cell of the row that came out on top. Any other question: the
 * table's usual answer.
 */
export function answerFromTableByAsk(question: string, table: TableView, row: number, terms: TermsOf): TableAnswer | undefined {
  const [first, other] = twoAsks(question) ?? [];
  if (!first || !other || !comparesRows(first) || comparesRows(other) || !OF_THAT_ONE.test(other)) return answerFromTable(question, table, row, terms);
  const compared = answerFromTable(first, table, row, terms);
  if (compared?.kind !== 'answer') return answerFromTable(question, table, row, terms);
  const top = table.rows.findIndex((cells) => cells[0] === compared.shown.rows[0]?.[0]);
  const ofTop = top >= 0 ? answerFromTable(other, table, top, terms) : undefined;
  return ofTop?.kind === 'answer' && ofTop.text !== compared.text ? { kind: 'answer', text: `${compared.text}\n${ofTop.text}`, shown: compared.shown } : compared;
}
