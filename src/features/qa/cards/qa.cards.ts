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
  /** What the answer was found for: the question, or a follow-up read with the one before it. "Toon volledige passage" asks it again. */
  asked: string;
  /** The passage behind the answer: offered with a button when it says more than the answer; shown under the answer when `expanded`. */
  passage?: PassageView;
  expanded?: boolean;
  /** What a click on 👍/👎 did, shown on the card (empty before a vote). */
  vote?: string;
  /** The clicker's vote now: that button is drawn as chosen. */
  voted?: boolean;
  showPassageButton: string;
  hidePassageButton: string;
  /** Under a passage table cut to its first rows. */
  passageRowsCut: (shown: number, total: number) => string;
  helpfulButton: string;
  notHelpfulButton: string;
}

/** A card stays well under Teams' size limit: a long table in the shown passage gives its first rows. */
export const PASSAGE_TABLE_ROWS = 20;

/** Document text is escaped here, once: card data (question, source) goes back to the bot unchanged. */
export const renderAnswerCard = ({ passageRowsCut, showPassageButton, hidePassageButton, expanded, voted, ...data }: AnswerCardData): AdaptiveCardJson =>
  renderCard(answerTemplate, {
    ...data,
    vote: data.vote ?? '',
    helpfulStyle: voted === true ? 'positive' : 'default',
    notHelpfulStyle: voted === false ? 'positive' : 'default',
    answer: documentCardText(data.answer),
    sourceLine: documentCardText(data.sourceLine),
    table: tableData(data.table),
    passage: passageData(data.passage, data.answer, { expanded: !!expanded, passageRowsCut, showPassageButton, hidePassageButton }),
  });

/** Text as read, not as laid out: list markers, emphasis and line breaks do not count. */
const normalised = (text: string) => text.replace(/^\s*(\d+[.)]|[-•])\s+/gm, ' ').replace(/[\s*_]+/g, ' ').trim().toLowerCase();

type PassageLabels = Pick<AnswerCardData, 'passageRowsCut' | 'showPassageButton' | 'hidePassageButton'> & { expanded: boolean };

/** The button (when the passage says more than the answer) and, expanded, the passage itself. */
function passageData(passage: PassageView | undefined, answer: string, labels: PassageLabels) {
  const offered = !!passage && (!!passage.table?.headers.length || !normalised(answer).includes(normalised(passage.text)));
  const expanded = offered && labels.expanded;
  const rows = passage?.table?.rows ?? [];
  return {
    offered,
    expanded,
    button: expanded ? labels.hidePassageButton : labels.showPassageButton,
    expand: expanded ? 'false' : 'true',
    shownNow: expanded ? 'true' : 'false',
    title: expanded ? documentCardText(passage!.title) : '',
    section: expanded ? documentCardText(passage!.section) : '',
    text: expanded ? documentCardText(passage!.text) : '',
    table: tableData(expanded && passage!.table ? { headers: passage!.table.headers, rows: rows.slice(0, PASSAGE_TABLE_ROWS) } : undefined),
    more: expanded && rows.length > PASSAGE_TABLE_ROWS ? labels.passageRowsCut(PASSAGE_TABLE_ROWS, rows.length) : '',
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
