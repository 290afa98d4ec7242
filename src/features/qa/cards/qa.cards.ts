import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import { cardText, documentCardText } from '../../../shared/card-text';
import type { PassageView } from '../qa.domain';
import answerTemplate from './answer.card.json';
import noAnswerTemplate from './no-answer.card.json';
import passageTemplate from './passage.card.json';

type CardTable = PassageView['table'];

export interface AnswerCardData {
  answer: string;
  /** The table rows the answer comes from: header first. */
  table?: CardTable;
  sourceLine: string;
  sourceTitle: string;
  question: string;
  /** The passage behind the answer, folded out under "Toon volledige passage" in the same card when it says more than the answer. */
  passage?: PassageView;
  showPassageButton: string;
  /** Under a passage table cut to its first rows. */
  passageRowsCut: (shown: number, total: number) => string;
  helpfulButton: string;
  notHelpfulButton: string;
}

/** A card stays well under Teams' size limit: a long table in the folded-out passage shows its first rows. */
export const PASSAGE_TABLE_ROWS = 20;

/** Document text is escaped here, once: card data (question, source) goes back to the bot unchanged. */
export const renderAnswerCard = ({ passageRowsCut, ...data }: AnswerCardData): AdaptiveCardJson =>
  renderCard(answerTemplate, {
    ...data,
    answer: documentCardText(data.answer),
    sourceLine: documentCardText(data.sourceLine),
    table: tableData(data.table),
    passage: foldedPassage(data.passage, data.answer, passageRowsCut),
  });

/** Text as read, not as laid out: list markers, emphasis and line breaks do not count. */
const normalised = (text: string) => text.replace(/^\s*(\d+[.)]|[-•])\s+/gm, ' ').replace(/[\s*_]+/g, ' ').trim().toLowerCase();

/** Shown only when the passage holds more than the answer already says. */
function foldedPassage(passage: PassageView | undefined, answer: string, passageRowsCut: AnswerCardData['passageRowsCut']) {
  const shown = !!passage && (!!passage.table?.headers.length || !normalised(answer).includes(normalised(passage.text)));
  if (!passage || !shown) return { shown: false, title: '', section: '', text: '', more: '', table: tableData(undefined) };
  const rows = passage.table?.rows ?? [];
  const cut = rows.length > PASSAGE_TABLE_ROWS;
  return {
    shown,
    title: documentCardText(passage.title),
    section: documentCardText(passage.section),
    text: documentCardText(passage.text),
    table: tableData(passage.table && { headers: passage.table.headers, rows: rows.slice(0, PASSAGE_TABLE_ROWS) }),
    more: cut ? passageRowsCut(PASSAGE_TABLE_ROWS, rows.length) : '',
  };
}

/** A table as the template's Table element reads it: the header row bold; with few columns the row names get more room. */
function tableData(table: CardTable) {
  if (!table || table.headers.length === 0) return { columns: [], rows: [] };
  const row = (cells: string[], header: boolean) => ({ style: header ? 'accent' : 'default', cells: cells.map((text) => ({ text: documentCardText(text), weight: header ? 'Bolder' : 'Default' })) });
  return {
    columns: table.headers.map((_, k) => ({ width: k === 0 && table.headers.length <= 3 ? 2 : 1 })),
    rows: [row(table.headers, true), ...table.rows.map((cells) => row(cells, false))],
  };
}

/** `asked`: the question as the user typed it, above the message (the confirmation of "Vraag het aan RSJ" keeps it in view). */
export const renderNoAnswerCard = (data: { message: string; question: string; askExpertButton: string; asked?: string }): AdaptiveCardJson =>
  renderCard(noAnswerTemplate, { ...data, asked: data.asked ? cardText(data.asked) : '' });

/** A passage on its own: the reply to "Toon volledige passage" on answer cards sent before it folded out in the card. */
export const renderPassageCard = (data: PassageView): AdaptiveCardJson =>
  renderCard(passageTemplate, { title: documentCardText(data.title), section: documentCardText(data.section), text: documentCardText(data.text), table: tableData(data.table) });
