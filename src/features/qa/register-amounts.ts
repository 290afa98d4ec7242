import { amountRanges, askedAmount, euros, moneyIn } from './amount-thresholds';
import { type ShownTable, label, pick } from './table-cells';
import type { Passage } from './qa.domain';
import { type TableView, rowOf } from './tables';
import { rowLabel } from './action-lists';
import { splitSentences } from './passages';

/**
 * "Ik wil een opdracht van 80.000 euro geven voor juridisch advies, wie moet tekenen?": a register gives per row a
 * limit ("limiet per verplichting: € 50.000") and thresholds ("tweede handtekening vanaf: € 25.000"). The amount asked
 * is placed against them: within or above the limit, at or past each threshold, next to who holds the row. The lid that
 * says what happens above a limit, or from a threshold, names who signs then; it comes after the row.
 */

/** A column of upper limits: "limiet per verplichting", "mandaat tot", "maximaal bedrag". */
const LIMIT_H = /\b(?:limiet|grens|maximum|maximaal|max|bevoegd\s+tot|tot\s+en\s+met|t\/m)\b|\btot\b\s*$/i;
/** A column of thresholds from which something applies: "tweede handtekening vanaf", "drempel". */
const FROM_H = /\b(?:vanaf|drempel)\b/i;
/** A column of who holds the row: "budgethouder", "gemandateerde", "bevoegd functionaris", "Besluit door", "Wie". */
const HOLDER_H = /(?:houder|gemandateerde|bevoegde?|functionaris|ondertekenaar|verantwoordelijke?)\b|\bdoor\s*$|^\s*wie\s*$/i;
/** A sentence that says what happens above a limit. */
const ABOVE = /\bte\s+boven\b|\bboven\s+(?:de|het|zijn|haar|die)\b|\boverschrijd\p{L}*|\bhoger\s+dan\s+(?:de|het)\b/iu;
/** A sentence that says what applies from a threshold, or points at the register's column. */
const FROM_S = /\b(?:vanaf|drempel|kolom)\b/i;
/** Words of a header that only say how a figure applies ("vanaf", "per"), not what it is about. */
const HOW = /\b(?:vanaf|per|tot|en|met|t\/m|max|maximaal|bedrag)\b/gi;

/** How many passages of a document are read for the lid that explains a column. */
const DOCUMENT_SPAN = 400;

export interface AmountPlaced {
  text: string;
  shown: ShownTable;
}

/** The row with the amount asked placed against its limit and thresholds; undefined when the question gives no amount or the row has neither. */
export function amountPlaced(question: string, table: TableView, row: number, passage: Passage, passageAt: (title: string, position: number) => Passage | undefined): AmountPlaced | undefined {
  const asked = askedAmount(question);
  const cells = table.rows[row];
  if (!asked || asked.quantity || !cells) return undefined;
  // Only sums of money are placed: "€ 1,2 miljoen" is 1.200.000, "4 jaar" is no limit of an amount.
  // A band ("€ 40 tot € 200") is no limit: the row whose band holds the amount is the answer (withRowForAmount).
  const money = (k: number) => (amountRanges(cells[k] ?? '').some((r) => Number.isFinite(r.from) && Number.isFinite(r.to)) ? undefined : moneyIn(cells[k] ?? ''));
  const limits = table.headers.flatMap((h, k) => (k > 0 && LIMIT_H.test(h) && !FROM_H.test(h) && money(k) !== undefined ? [k] : []));
  const froms = table.headers.flatMap((h, k) => (k > 0 && FROM_H.test(h) && money(k) !== undefined ? [k] : []));
  if (!limits.length && !froms.length) return undefined;
  const amount = euros(asked.amount);
  const over = limits.filter((k) => asked.amount > money(k)!);
  const past = froms.filter((k) => asked.amount >= money(k)!);
  const holders = table.headers.flatMap((h, k) => (k > 0 && HOLDER_H.test(h) && cells[k]?.trim() && money(k) === undefined ? [k] : [])).slice(0, 1);
  const said = [...holders, ...limits, ...froms].map((k) => `${label(table.headers[k])}: ${cells[k]}`).join('; ');
  const placed = [
    ...limits.map((k) => `${amount} ligt ${over.includes(k) ? 'boven' : 'binnen'} de ${label(table.headers[k]).toLowerCase()} (${cells[k]})`),
    ...froms.map((k) => `${past.includes(k) ? 'valt onder' : 'blijft onder'} "${label(table.headers[k]).toLowerCase()} ${cells[k]}"`),
  ].join(' en ');
  const lines = [`${rowLabel(table, cells)}: ${said}.`, `${placed}.`];
  // The lids that say who signs above the limit and from the threshold.
  const sentences = documentSentences(passage, passageAt);
  for (const k of over) lines.push(...explaining(sentences, table.headers[k], (s) => ABOVE.test(s)));
  for (const k of past) lines.push(...explaining(sentences, table.headers[k], (s) => FROM_S.test(s)));
  return { text: [...new Set(lines)].join('\n'), shown: pick(table, [0, 1, ...holders, ...limits, ...froms].filter((k, i, all) => all.indexOf(k) === i).sort((a, b) => a - b), [row]) };
}

/** The first sentence of the document that names what a column is about ("limiet per verplichting", "tweede handtekening") and passes `also`. */
function explaining(sentences: string[], header: string, also: (sentence: string) => boolean): string[] {
  const about = label(header).replace(HOW, ' ').toLowerCase().split(/\s+/).filter((w) => w.length >= 4);
  if (!about.length) return [];
  // Every word of the header, also inside a longer word ("verplichting", "verplichtingen"); not a definition of the term.
  const found = sentences.find((s) => about.every((w) => s.toLowerCase().includes(w)) && also(s) && !/^[^:]{1,40}:\s/.test(s));
  return found ? [found] : [];
}

/** The sentences of a document outside its tables, without lid numbers. */
function documentSentences(passage: Passage, passageAt: (title: string, position: number) => Passage | undefined): string[] {
  const out: string[] = [];
  for (let k = 0, misses = 0; misses < 3 && k < DOCUMENT_SPAN; k++) {
    const p = passageAt(passage.title, k);
    misses = p ? 0 : misses + 1;
    if (p && !rowOf(p.text)) out.push(...p.text.split('\n').flatMap((line) => splitSentences(line.replace(/^\s*(?:\d+[.)]|[a-z][.)])\s+/, ''))));
  }
  return out;
}
