import { MONTH_NAMES } from '../../shared/dutch-date';
import { COMPOUND_NUMBER, SHARE } from './number-words';
import { statesAmount, statesNoCost } from './figures-in-answer';
import { stemWord } from './word-forms';

// Whether a question asks a figure (a count, an average, a duration, an amount spent) and whether a text gives one.

/** "Wat is de gemiddelde wachttijd": an average of the thing after it. */
const AVERAGE_Q = /\bwat\s+(?:is|was|zijn|waren)\s+(?:de|het)\s+gemiddelde\s+(\p{L}+)/iu;

/** "Hoeveel …", "welk bedrag …", "wat is de gemiddelde wachttijd": only a figure answers these. */
export const COUNT_Q = new RegExp(String.raw`\b(hoeveel(?!\s+(keer|maal)\b)|hoe\s+hoog|welk\s+(bedrag|percentage))\b|${AVERAGE_Q.source}`, 'iu');

/**
 * "Wat is de gemiddelde opkomst?" is not answered by "meer dan de helft van de leden aanwezig": a clause giving a
 * figure must name the thing averaged (its stem, also inside a compound: "wachttijden", "de gemiddelde wachttijd").
 */
function averageOfOtherThing(question: string, answer: string): boolean {
  const thing = AVERAGE_Q.exec(question)?.[1];
  if (!thing) return false;
  const stem = stemWord(thing.toLowerCase());
  const giving = answer.split(/(?<=[.;:!?])\s+|\n+/).filter((c) => hasFigure(c.replace(NOT_COUNTS, '')));
  return giving.length > 0 && !giving.some((c) => (c.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => stemWord(w).includes(stem)));
}

/** Whether a table answer names the thing a "wat is de gemiddelde …" asks in the headers it quotes (true for other questions). */
export function namesAveragedThing(question: string, answer: string): boolean {
  const thing = AVERAGE_Q.exec(question)?.[1];
  const stem = thing && stemWord(thing.toLowerCase());
  return !stem || (answer.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => stemWord(w).includes(stem));
}

/** "Hoe lang …": a duration or a date answers (a year too: "tot en met 2029"). */
const DURATION_Q = /\bhoe\s+lang\b/i;

/** "Hoeveel gaf Zwolle uit …", "wat betaalt Kampen …": only an amount of money answers these. Not "hoeveel gaven de voorkeur aan …". */
const AMOUNT_Q = /\b(hoeveel|hoe\s+duur)\b.*\b((?:gaf|gaven)\b.*\buit\b|uitgegeven|uitgeven|besteed|besteedde|besteedden|kostte|kostten|betaalde|betaalden|omzet)\b|\bwat\s+(betaalt|betaalde|betalen|kost|kostte|kostten)\b/i;

/** "Perceel 1", "Nr: 3", "Percelen 1 t/m 3": the number a table gives a lot, an item or a step by (or a run of them), no count. */
const NUMBERED_CELL = String.raw`\b(?:perce(?:el|len)|nr|nummer|code|artikel(?:en)?|lid|leden|stap(?:pen)?|fasen?|deelgebied(?:en)?)\s*:?\s*\d{1,2}[a-z]?(?:\s*(?:t\/m|tot en met|-|–|en)\s*\d{1,2}[a-z]?)?\b`;
/** A date ("vóór 1 april", "31 december 2026"), a time ("12.00 uur"), the number of a lid ("2. Dat verslag ...") or a lot's ("Perceel 1") counts nothing. */
export const NOT_COUNTS = new RegExp(String.raw`\b\d{1,2}\s+(${MONTH_NAMES})\b|^\s*\d{1,2}[.)]\s|\b\d{1,2}[.:]\d{2}(?:\s*(?:tot|-|–|en)\s*\d{1,2}[.:]\d{2})?\s*uur\b|${NUMBERED_CELL}`, 'gim');

/** "Tot het heronderzoek klaar is", "totdat de inspectie ...": how long, told by the event it lasts until. */
export const UNTIL_EVENT = /\btotdat\b|\btot\s+(?:het|de)\s+[^.;]{3,60}?\s+(?:klaar|afgerond|gereed|voltooid)\s+(?:is|zijn)\b/i;

/**
 * A text answer to "hoeveel …" without any figure (a year or a date at most), to "hoe lang …" without a number or the
 * event it lasts until, or to what was spent without an amount does not answer it.
 */
export const lacksFigureAsked = (question: string, answer: string) =>
  (COUNT_Q.test(question) && !hasFigure(answer.replace(NOT_COUNTS, ''))) || averageOfOtherThing(question, answer) || (DURATION_Q.test(question) && !/\d/.test(answer) && !hasFigure(answer) && !UNTIL_EVENT.test(answer)) || (AMOUNT_Q.test(question) && !statesAmount(answer) && !statesNoCost(question, answer));

/** A figure in a sentence: digits that are not a year, or a number word. */
const FIGURE_IN_TEXT = new RegExp(
  String.raw`\b(?!(19|20)\d\d\b)\d|\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|miljard)(maal|de|ste|tal)?\b|\b(één|eén|eenmaal|helft|kwart|half|anderhalf|enkele|geen)\b|${COMPOUND_NUMBER}|${SHARE}`,
  'i',
);
export const hasFigure = (text: string) => FIGURE_IN_TEXT.test(text);

/**
 * "Van wanneer tot wanneer ...", "sinds wanneer ...": a time, which an answer gives by a year, a month or a date. Not "tot
 * wanneer kan ik ... aanmelden": "zeven werkdagen voor de vergadering" answers that.
 */
const TIME_ASKED = /\bvan\s+wanneer\s+tot\s+wanneer\b|\bsinds\s+wanneer\b/i;
const GIVES_TIME = new RegExp(String.raw`\b(?:19|20)\d\d\b|\b(?:${MONTH_NAMES})\b|\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b`, 'i');
/** "Wanneer is die raadsconferentie?", "waar en wanneer is de volgende bijeenkomst": the day of one meeting, not how often there is one. */
const MEETING_WHEN = /\bwanneer\s+(?:is|was|wordt|werd|vindt|vond|komt)\s+(?:in\s+(?:19|20)\d\d\s+)?(?:die|deze|de|het)\s+(?:\p{L}+\s+){0,2}\p{L}*(?:conferentie|vergadering|bijeenkomst|overleg|avond|sessie|ontbijt|werkdag)\b/iu;
/**
 * "Tot wanneer is de termijn opgerekt?": an end, a date or a moment ("tot de vaststelling", "totdat het plan klaar is", "uiterlijk
 * vijftien werkdagen voor de vergadering").
 */
const UNTIL_ASKED = /\btot\s+wanneer\b/i;
const GIVES_END = /\btot\s+(?:en\s+met\s+)?(?:het|de)\s+\p{L}+|\b(?:uiterlijk|voorafgaand|voordat|vóór|nadat)\b|\b(?:werkdagen|dagen|weken|maanden|uur)\b/iu;
export const lacksTimeAsked = (question: string, answer: string) =>
  ((TIME_ASKED.test(question) || MEETING_WHEN.test(question)) && !GIVES_TIME.test(answer)) || (UNTIL_ASKED.test(question) && !GIVES_TIME.test(answer) && !GIVES_END.test(answer) && !UNTIL_EVENT.test(answer));
/** A time or a length of time asked, which a passage nearly as good as the best may give where the best does not. */
export const asksTimeOrLength = (question: string) => TIME_ASKED.test(question) || MEETING_WHEN.test(question) || UNTIL_ASKED.test(question) || DURATION_Q.test(question);
export const asksLength = (question: string) => DURATION_Q.test(question);
