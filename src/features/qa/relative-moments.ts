import { questionWordsShared } from './figures-in-answer';

/** Ordinals a regulation counts days with ("de tiende werkdag", "de laatste dag van de maand"). */
const ORDINAL = String.raw`(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|vijftiende|twintigste|laatste|\d{1,2}e)`;
const COUNT = String.raw`(?:\d{1,3}|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig)`;
const UNIT = String.raw`(?:werk)?(?:dag|dagen)|weken|week|maanden|maand|kalendermaanden`;

/**
 * A moment a rule sets relative to something else, which answers "op welke datum/dag moet ..." as a date does:
 * "uiterlijk de tiende werkdag van april", "op de laatste werkdag van het kwartaal", "binnen vier weken na afloop van
 * het kwartaal", "twee weken vóór de vergadering".
 */
export const RELATIVE_MOMENT = new RegExp(
  // Not \b before COUNT: in JavaScript it is ASCII only, so no boundary stands before "één".
  String.raw`\b(?:de|het)\s+${ORDINAL}\s+(?:werk)?dag\b|(?<![\p{L}\d])${COUNT}\s+(?:${UNIT})\s+(?:na|vóór|voor|voorafgaand aan)\s+(?:de|het|afloop|ontvangst|einde|aanvang|start)\b`,
  'iu',
);

/** Words that frame a question after a date, not what it is about; and the parties most rules name ("de gemeente"). */
const DATE_FRAME = /^(welke|datum|moet|moeten|uiterlijk|worden|wordt|zijn|hebben|gemeente|gemeenten|gemeentes)$/;

/**
 * "Op welke datum moet de bijdrage betaald zijn?" is answered by "de eerste termijn moet uiterlijk op de tiende werkdag
 * van april zijn betaald", a moment a rule sets, when the sentence giving it shares a word of the question (by stem;
 * not the secretary's "binnen vier weken na de vergadering"). An event in the past ("op welke dag was ...") happened
 * on a date of the calendar: the caller leaves those out.
 */
export function relativeMomentGiven(question: string, answer: string, month?: string): boolean {
  return answer.split(/(?<=[.;!?])\s+|\n+/).some((s) => RELATIVE_MOMENT.test(s) && (!month || s.toLowerCase().includes(month)) && questionWordsShared(question, s, DATE_FRAME) > 0);
}
