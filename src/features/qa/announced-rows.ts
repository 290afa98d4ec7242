import type { Passage, QaResult } from './qa.domain';
import { COUNT_WORDS, countOf } from './number-words';
import { questionParts } from './question-setup';
import { isTotalRow } from './total-rows';
import { rowOf } from './tables';

/** "Welke segmenten onderscheiden jullie?": the things asked after "welke". */
const WHICH_THING = /\bwelke\s+(\p{L}[\p{L}-]+)/iu;
/** "vijf segmenten", "3 clusters": a count and the word after it. */
const COUNTED = new RegExp(String.raw`\b(\d{1,2}|${COUNT_WORDS})\s+(\p{L}[\p{L}-]+)`, 'giu');
/** A noun's singular candidates: "segmenten", "zones", "risico's", "gemeenten", "bronnen" and their singulars share one. */
const singulars = (word: string) => {
  const w = word.toLowerCase();
  return new Set([w, w.replace(/(?:'s|’s|s)$/, ''), w.replace(/en$/, ''), w.replace(/n$/, ''), w.replace(/([^aeiou])\1en$/, '$1')]);
};
/** Whether two words name the same thing, singular or plural ("Segment" and "segmenten"). */
export const sameNoun = (a: string, b: string, terms: (word: string) => string[]) => {
  const [x, y] = [terms(a.toLowerCase())[0], terms(b.toLowerCase())[0]];
  return [...singulars(a)].some((w) => singulars(b).has(w)) || (!!x && x === y) || (STEP.test(a.trim()) && STEP.test(b.trim()));
};
/** "Welke stappen kent de ladder?" of a table of "Trede", "Niveau" or "Fase": the steps of a ladder or a route are its rows. */
const STEP = /^(?:stap|stappen|trede|treden|niveau|niveaus|fase|fasen|fases)$/i;

/** Rows read at most, looking for the table of a document. */
const MAX_POSITIONS = 400;

/**
 * "Welke segmenten onderscheiden jullie?" answered by "we onderscheiden vijf segmenten, elk met een eigen inkoopvorm":
 * the sentence counts the things asked without naming them. A table of the same document whose first column is that
 * thing ("Segment") and has as many rows names them: its row labels follow the answer, with the heading they stand
 * under when that is another one.
 */
export function withAnnouncedRows(question: string, result: QaResult, passageAt: (title: string, position: number) => Passage | undefined, terms: (word: string) => string[]): QaResult {
  if (result.kind !== 'answer' || result.passageRef.kind !== 'passage' || result.missing || result.unanswered) return result;
  const thing = questionParts(question).asking.match(WHICH_THING)?.[1];
  if (!thing) return result;
  const count = [...result.answer.matchAll(COUNTED)].find((m) => sameNoun(m[2], thing, terms))?.[1];
  const n = count ? countOf(count) : 0;
  if (!n) return result;
  const title = result.source.title;
  // The tables of the document whose first column is the thing asked, each with its row labels (totals left out).
  const tables = new Map<string, { header: string; section: string; labels: string[] }>();
  for (let k = 0, p = passageAt(title, 0); p && k < MAX_POSITIONS; k++, p = passageAt(title, k)) {
    const row = rowOf(p.text);
    if (!row || !sameNoun(row.headers[0], thing, terms) || isTotalRow(row.cells)) continue;
    const key = `${p.section}|${row.headers.join('|')}`;
    const table = tables.get(key) ?? tables.set(key, { header: row.headers[0], section: p.section, labels: [] }).get(key)!;
    if (!table.labels.includes(row.cells[0])) table.labels.push(row.cells[0]);
  }
  // Tables of that many rows that name other things make it unclear which are meant: nothing follows then ("Verblijf
  // (incl. gezinshuizen)" and "Verblijf" name one thing).
  const fitting = [...tables.values()].filter((t) => t.labels.length === n);
  const { header, section, labels } = fitting[0] ?? { header: '', section: '', labels: [] };
  const named = (t: { labels: string[] }) => t.labels.map((l) => l.replace(/\s*\([^)]*\)/g, '').trim().toLowerCase()).join('|');
  if (!fitting.length || fitting.some((t) => named(t) !== named(fitting[0])) || labels.some((l) => result.answer.includes(l))) return result;
  // Said where the labels come from: the table may sit under another heading than the sentence that counts them.
  const also = section && section !== result.source.section ? [...(result.source.also ?? []), { title, section }] : result.source.also;
  const where = section && section !== result.source.section ? `De tabel onder "${section}" noemt ze. ` : '';
  return { ...result, answer: `${result.answer}\n\n${where}${header}: ${labels.join('; ')}.`, source: { ...result.source, also } };
}
