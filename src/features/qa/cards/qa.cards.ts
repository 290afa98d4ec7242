import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import type { PassageRef } from '../qa.domain';
import answerTemplate from './answer.card.json';
import noAnswerTemplate from './no-answer.card.json';
import passageTemplate from './passage.card.json';

export interface AnswerCardData {
  answer: string;
  /** The table rows the answer comes from: header first. */
  table?: { headers: string[]; rows: string[][] };
  sourceLine: string;
  sourceTitle: string;
  question: string;
  ref: PassageRef;
  showPassageButton: string;
  helpfulButton: string;
  notHelpfulButton: string;
}

export const renderAnswerCard = (data: AnswerCardData): AdaptiveCardJson => renderCard(answerTemplate, { ...data, table: tableData(data.table) });

/** A table as the template's Table element reads it: the header row bold; with few columns the row names get more room. */
function tableData(table: AnswerCardData['table']) {
  if (!table || table.headers.length === 0) return { columns: [], rows: [] };
  const row = (cells: string[], header: boolean) => ({ style: header ? 'accent' : 'default', cells: cells.map((text) => ({ text, weight: header ? 'Bolder' : 'Default' })) });
  return {
    columns: table.headers.map((_, k) => ({ width: k === 0 && table.headers.length <= 3 ? 2 : 1 })),
    rows: [row(table.headers, true), ...table.rows.map((cells) => row(cells, false))],
  };
}

export const renderNoAnswerCard = (data: { message: string; question: string; askExpertButton: string }): AdaptiveCardJson =>
  renderCard(noAnswerTemplate, data);

/** A passage, or for a table row the whole table it belongs to. */
export const renderPassageCard = (data: { title: string; section: string; text: string; table?: AnswerCardData['table'] }): AdaptiveCardJson =>
  renderCard(passageTemplate, { ...data, table: tableData(data.table) });
