import { type AskedQuantity, askedQuantity, fitsQuantity } from './quantity-thresholds';
import { splitSentences } from './passages';

/**
 * Amounts compared with thresholds: "wie tekent een overeenkomst van 150.000 euro?" is answered by the lid
 * that says "van meer dan EUR 100.000", not by one that repeats the figure. A question's amount is a value
 * to place among a document's ranges, never a word that must be in the answer.
 */

/** An amount of money: a euro mark before or after, or thousands separators ("EUR 50.000", "€ 1,2 miljoen", "30.000 euro"). */
const MONEY = String.raw`(?:(?:€|eur|euro)\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(miljoen|mln|duizend))?(?:\s*(?:euro|eur)\b)?`;
const AMOUNT_IN_QUESTION = new RegExp(String.raw`(?:€|\beur\b|\beuro\b)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(miljoen|mln|duizend))?|(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(miljoen|mln|duizend))?\s*(?:euro|eur)\b|\b(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?\b`, 'i');

const value = (whole: string, fraction: string | undefined, scale: string | undefined): number => {
  const n = Number.parseFloat(`${whole.replace(/\./g, '')}${fraction ? `.${fraction}` : ''}`);
  return /miljoen|mln/i.test(scale ?? '') ? n * 1_000_000 : /duizend/i.test(scale ?? '') ? n * 1000 : n;
};

/** A condition on an amount: lower and upper bounds, each inclusive or not. */
interface Range {
  from: number;
  fromIncl: boolean;
  to: number;
  toIncl: boolean;
}

/** The amount a question gives to compare ("een opdracht van 150.000 euro", "onder de € 50.000"), with how it is bounded. */
export interface AskedAmount {
  amount: number;
  /** The figure as the question's terms carry it ("150000"). */
  term: string;
  /** An age or a number of hours instead of money ("een deelnemer van 15 jaar", "een overleg van twee uur"). */
  quantity?: AskedQuantity;
}

/** The amount of money a question states, if any (a plain number of 1,000 or more only with thousands separators). */
export function askedAmount(question: string): AskedAmount | undefined {
  const m = question.match(AMOUNT_IN_QUESTION);
  const quantity = askedQuantity(question);
  if (!m) return quantity ? { amount: quantity.amount, term: '', quantity } : undefined;
  const [whole, fraction, scale] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[5], m[6]] : [m[7], m[8], undefined];
  let amount = value(whole, fraction, scale);
  if (amount < 100) return undefined;
  // "Onder de 50.000" is a value just below it, "meer dan 100.000" one just above.
  const before = question.slice(0, m.index).toLowerCase();
  // "Is de 110.000 euro voor de wachttijden nodig?": a figure named as a known one is a word to find, no value to place.
  if (DEFINITE.test(before) && !COMPARED.test(before)) return undefined;
  if (/\b(onder|minder dan|lager dan|beneden|tot)\s+(de\s+)?$/.test(before)) amount -= 1;
  else if (/\b(boven|meer dan|hoger dan|over)\s+(de\s+)?$/.test(before)) amount += 1;
  return { amount, term: whole.replace(/\./g, '') };
}

const DEFINITE = /\b(?:de|deze|het)\s+(?:€\s*|eur\s+)?$/;
const COMPARED = /\b(?:onder|boven|meer dan|minder dan|lager dan|hoger dan|beneden|tot|over|van|vanaf)\s+(?:de|die|deze|dat|het)\s+(?:€\s*|eur\s+)?$/;

const A = MONEY;
/** "van EUR 50.000 tot (en met) EUR 221.000", "meer dan EUR 100.000 tot en met EUR 750.000", "tussen ... en ...". */
const BETWEEN = new RegExp(String.raw`\b(van|vanaf|meer dan|boven|tussen)\s+${A}\s+(tot en met|t/m|tot|en)\s+${A}`, 'gi');
/** A band as a table cell gives it: "€ 50 tot € 150" (the first amount in euros, no word before it). */
const BAND = new RegExp(String.raw`(?<![A-Za-zÀ-ÿ\d.,]\s?)()(?=€)${A}\s+(tot en met|t/m|tot)\s+${A}`, 'gi');
const LOWER = new RegExp(String.raw`\b(vanaf|van ten minste|ten minste|minimaal|meer dan|boven|hoger dan|groter dan)\s+${A}`, 'gi');
const UPPER = new RegExp(String.raw`\b(tot en met|t/m|ten hoogste|maximaal|hooguit|tot|onder|minder dan|lager dan|beneden|kleiner dan)\s+${A}`, 'gi');

/** Only figures that are money ("EUR 100.000", "50.000 euro", "100.000"), not "tien weken" or "2026". */
const isMoney = (text: string) => /€|\beur\b|\beuro\b|\d\.\d{3}|miljoen/i.test(text);

/** A sum of money as the documents write it: "€ 150.000". */
export const euros = (n: number) => `€ ${n.toLocaleString('nl-NL')}`;

/** The sum of money a text (a table cell) gives: "€ 50.000", "€ 1,2 miljoen"; undefined for "4 jaar" or no figure. */
export function moneyIn(text: string): number | undefined {
  const m = new RegExp(MONEY, 'i').exec(text);
  return m && isMoney(text) ? value(m[1], m[2], m[3]) : undefined;
}

/** The ranges of amounts a sentence sets conditions on. */
export function amountRanges(sentence: string): Range[] {
  const ranges: Range[] = [];
  const between = (all: string, kind: string, w1: string, f1: string, s1: string, upto: string, w2: string, f2: string, s2: string) => {
    if (!isMoney(all)) return all;
    const open = /meer dan|boven/i.test(kind);
    ranges.push({ from: value(w1, f1, s1), fromIncl: !open, to: value(w2, f2, s2), toIncl: /met|t\/m|en$/i.test(upto) });
    return ' ';
  };
  let rest = sentence.replace(BETWEEN, between).replace(BAND, between);
  rest = rest.replace(LOWER, (all, kind: string, w: string, f: string, s: string) => {
    if (!isMoney(all)) return all;
    ranges.push({ from: value(w, f, s), fromIncl: !/meer|boven|hoger|groter/i.test(kind), to: Infinity, toIncl: false });
    return ' ';
  });
  rest.replace(UPPER, (all, kind: string, w: string, f: string, s: string) => {
    if (isMoney(all)) ranges.push({ from: -Infinity, fromIncl: false, to: value(w, f, s), toIncl: /met|t\/m|hoogste|maximaal|hooguit/i.test(kind) });
    return ' ';
  });
  return ranges;
}

const holds = (r: Range, x: number) => (r.fromIncl ? x >= r.from : x > r.from) && (r.toIncl ? x <= r.to : x < r.to);

/** 1 when a sentence sets a condition the amount meets, -1 when it only sets conditions it does not meet, 0 without conditions. */
export function fitsAmount(sentence: string, asked: AskedAmount): number {
  if (asked.quantity) return fitsQuantity(sentence, asked.quantity);
  // The threshold the question repeats ("boven 50.000 euro" for "meer dan € 50.000") is the one it is about.
  if (sentence.replace(/(\d)\.(?=\d{3})/g, '$1').match(/\d+/g)?.includes(asked.term)) return 1;
  const ranges = amountRanges(sentence);
  if (ranges.length === 0) return 0;
  return ranges.some((r) => holds(r, asked.amount)) ? 1 : -1;
}

/** The question without the amount it compares: the figure is not a word to find ("een contract van 150.000 euro" finds "contract"). */
export function withoutAskedAmount(question: string): string {
  const asked = askedAmount(question);
  if (!asked) return question;
  // "Een deelnemer van 15 jaar" is a deelnemer; "een 15-jarige" a jongere.
  if (asked.quantity) return question.replace(asked.quantity.phrase, /jarig/i.test(asked.quantity.phrase) ? 'jongere' : ' ');
  return withoutMoney(question);
}

/** The question without its amounts of money: "een klus van € 30.000 in twee opdrachten van € 15.000" has two values to place. */
function withoutMoney(question: string): string {
  const m = question.match(AMOUNT_IN_QUESTION);
  const [whole, fraction, scale] = m ? (m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[5], m[6]] : [m[7], m[8], undefined]) : [];
  if (!m || !whole || value(whole, fraction, scale) < 100) return question;
  // The comparison goes with the figure: "boven", "onder de", "meer dan" say nothing to find either.
  const before = question.slice(0, m.index).replace(/\b(?:boven|onder|meer dan|minder dan|hoger dan|lager dan|vanaf|tot(?: en met)?)\s+(?:de\s+)?$/i, '');
  // So do the words for what the figure is: "ter waarde van", "euro waard", "een bedrag van".
  return withoutMoney(`${before} ${question.slice(m.index! + m[0].length)}`.replace(/\b(?:ter |met een )?(?:waarde|waard|bedrag)\b(?: van)?/gi, ' '));
}

/** The search weights with the question's amount as a literal term: a text that repeats the threshold is likely about it. */
export function withAmountWeight(weights: Map<string, number>, question: string): Map<string, number> {
  const asked = askedAmount(question);
  return asked?.term ? new Map([...weights, [asked.term, 1]]) : weights;
}

/**
 * "Een kleine aanbieder die ongeveer 180.000 euro per jaar omzet": whether a text has a sentence whose amount condition
 * the case meets ("met een jaaromzet van minder dan € 250.000") or that repeats the amount; undefined when the question
 * states no amount of money.
 */
export function moneyCaseMetBy(question: string): ((text: string) => boolean) | undefined {
  const asked = askedAmount(question);
  if (!asked || asked.quantity) return undefined;
  return (text) => text.split('\n').some((line) => splitSentences(line).some((sentence) => fitsAmount(sentence, asked) > 0));
}

/** Whether a sentence sets a condition the asker's case meets, when the question states it by a quantity ("wij hebben 7 fte"). */
export function caseMetBy(question: string): ((sentence: string) => boolean) | undefined {
  const asked = askedAmount(question);
  return asked?.quantity ? (sentence) => fitsAmount(sentence, asked) > 0 : undefined;
}

/**
 * "Wat betalen we voor een geschil over 18.000 euro?": the row found may be the one with the words ("vanaf € 25.000"),
 * while the amount falls in another row's range ("tot € 25.000"). The row whose first cell holds the amount answers.
 */
export function withRowForAmount<T extends { table: { rows: string[][] }; row: number }>(question: string, found: T | undefined): T | undefined {
  const asked = askedAmount(question);
  if (!found || !asked || asked.quantity) return found;
  // The first cell, else the one cell that sets a band ("Relatiegeschenk | € 50 tot € 150 | Melden ...").
  const bandCell = (cells: string[]) => (amountRanges(cells[0] ?? '').length ? cells[0] : cells.find((c) => amountRanges(c).length) ?? '');
  const fits = (row: number) => fitsAmount(bandCell(found.table.rows[row] ?? []), asked);
  if (fits(found.row) >= 0) return found;
  const other = found.table.rows.findIndex((_, row) => fits(row) > 0);
  return other >= 0 ? { ...found, row: other } : found;
}

/** "Een cadeau van zo'n 120 euro, wat moet ik daarmee?": rows that set amount bands, as good as the text found, answer by the band holding it (withRowForAmount). */
export function bandRowsAsGood<H extends { coverage: number }>(question: string, hits: H[], best: H | undefined, rowText: (hit: H) => string | undefined): H[] {
  const asked = askedAmount(question);
  return asked && !asked.quantity && best ? hits.filter((h) => h.coverage >= best.coverage && amountRanges(rowText(h) ?? '').length > 0) : [];
}
