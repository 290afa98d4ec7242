import type { QaResult } from './qa.domain';
import { MONTH_NAMES } from '../../shared/dutch-date';

/** "Wanneer zijn de pfo-vergaderingen in 2037?": a moment asked within a year ("in", "tijdens", "voor heel" that year). */
const WHEN_IN_YEAR = /\b(?:wanneer|welke\s+(?:data|datums|datum|dagen|dag|momenten)|op\s+welke\s+dagen)\b[^?]*?\b(?:in|tijdens|gedurende)\s+((?:19|20)\d\d)\b/i;
const FULL_DATE = new RegExp(String.raw`\b\d{1,2}\s+(?:${MONTH_NAMES})\s+((?:19|20)\d\d)\b`, 'gi');

/**
 * An answer to "wanneer ... in 2037" whose dates all fall in another year (a schedule of 2036 whose agenda items name 2037)
 * tells the moments of that other year: the year asked is not in the documents. Not when its source is about the year asked.
 */
export function datesOfOtherYear(question: string, answer: string, source = ''): boolean {
  const year = WHEN_IN_YEAR.exec(question)?.[1];
  if (!year || source.includes(year)) return false;
  const years = [...answer.matchAll(FULL_DATE)].map((m) => m[1]);
  return years.length > 0 && !years.includes(year);
}

/** A table's answer with dates of another year than asked: declined, as a text answer is (asked-body.ts). */
export const withoutOtherYearDates = (question: string, result: QaResult): QaResult =>
  result.kind === 'answer' && datesOfOtherYear(question, result.answer, `${result.source.title} ${result.source.section}`) ? { kind: 'none', reason: 'low-score' } : result;
