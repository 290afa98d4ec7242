import { DAY_AND_MONTH, MONTH_NAMES } from '../../shared/dutch-date';
import { currentStatePhrase } from './declines';
import { asksWhoHoldsItNow, namesNoHolder } from './current-holder';
import { splitSentences } from './passages';
import type { QaResult } from './qa.domain';

/**
 * "Op dit moment beheert RSJ 134 contracten", "de huidige contracten lopen tot ...": a document that says the state of its
 * own day (minutes that date their next meeting: next-meeting.ts).
 */
const NOW_IN_TEXT = /\b(?:op\s+dit\s+moment|momenteel|thans|op\s+dit\s+ogenblik|tot\s+nu\s+toe|huidige?|nu(?!\s+(?:er|we|wij|nog|dat)\b))\b/iu;
/** "**Status escalatie: open, fase oranje.**": a line that labels how a matter stands on the document's day. */
const STATUS_LABEL = /(?:^|[.!?]\s+)\W*(?:status|stand\s+van\s+zaken)\b[^:.]{0,40}:/i;
/** "RSJ beheert 137 contracten": a count or amount (not a year, a date or a time) the text states in the present, its document's state. */
const COUNTS_NOW = new RegExp(String.raw`\b(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?!(?:${MONTH_NAMES}|uur)\b)\p{L}{3,}`, 'iu');
/** "Per wanneer", "vanaf wanneer ... ingevuld": a moment something takes effect, which a decision sets with a date. */
const MOMENT_SET_ASKED = /\b(?:per|vanaf|met\s+ingang\s+van)\s+wanneer\b/i;
const WHEN_OR_WHERE = /\b(?:wanneer|waar|hoe\s+laat|welke\s+(?:datum|dag))\b/i;
/** "waren 29 aanbieders", "had 12 plaatsen": a state of the past. */
const PAST = /\b(?:was|waren|had|hadden|werd|werden)\b/i;
/** "straks 20 aanbieders", "vanaf 2032", "willen we": a plan or a wish, no state. */
const PLANNED = /\b(?:straks|vanaf\s+(?:19|20)\d\d|willen|wil|zullen|zal|gaan|gaat|nieuwe?)\b/i;

/**
 * A question about the state of today (`early` holds its decline) is answered by a passage (or a fact) that tells the state of its
 * document's day in those words or with a figure in the present ("RSJ beheert 137 contracten"), in a sentence that says all the
 * question asks, or by a row of its table: the answer is marked as the document's state. Else it is declined: no document knows
 * today ("hoeveel aanbieders hebben zich inmiddels ingeschreven" is not said by "op dit moment 29 aanbieders met een contract").
 */
export function stateOfTheDocument(early: QaResult | undefined, result: QaResult, saysAll: (sentence: string) => boolean, question = ''): QaResult {
  if (!early) return result;
  if (result.kind !== 'answer' || result.missing || result.unanswered) return early;
  // "Wie is op dit moment voorzitter?" answered by the holder the document names: said as the document's word (qa.routes).
  if (asksWhoHoldsItNow(question) && !namesNoHolder(question, result.answer)) return result;
  // A row of a report's table is the state of its period ("1e halfjaar 2037"); so is a text that speaks of the time asked in its
  // own words ("doorgeschoven naar de volgende vergadering"), unless asked when or where ("wanneer is de volgende vergadering?").
  const phrase = WHEN_OR_WHERE.test(question) ? undefined : currentStatePhrase(question);
  const saysPhrase = (s: string) => !!phrase && s.toLowerCase().includes(phrase) && saysAll(s);
  // A status line speaks of its section's matter ("6. Escalatie zorgaanbieder Oosterhaven": "Status escalatie: open").
  const says = (s: string) => saysPhrase(s) || (STATUS_LABEL.test(s) && saysAll(`${result.source.section ?? ''}: ${s}`)) || ((NOW_IN_TEXT.test(s) || COUNTS_NOW.test(s)) && !PLANNED.test(s) && !PAST.test(s) && saysAll(`${result.source.title} ${result.source.section ?? ''}: ${s}`));
  // "Per wanneer wordt de extra fte nu ingevuld?": the moment a decision set ("pas per 1 juli 2050 ingevuld"), said with the rest of the answer.
  const setMoment = MOMENT_SET_ASKED.test(question) && DAY_AND_MONTH.test(result.answer) && saysAll(`${result.source.section ?? ''}: ${result.answer.replace(/\n/g, ' ')}`);
  return result.table || setMoment || result.answer.split('\n').flatMap(splitSentences).some(says) ? { ...result, asOfDocument: true } : early;
}
