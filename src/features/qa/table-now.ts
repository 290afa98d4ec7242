/**
 * "Hoeveel kinderen wachten er nu ...?" asks the state a table measured ("Nulmeting 1 juli 2054"), not a target set for it
 * ("Tussendoel 2055", "Streefwaarde 2056"), unless the question asks a target ("naar hoeveel wil de regio dat terugbrengen").
 */
const NOW_Q = /\b(?:nu|momenteel|op dit moment)\b/i;
const TARGET_Q = /\b(?:streef\p{L}*|doel\p{L}*|wil|willen|wilde|ambitie|beoogd\p{L}*|terug\s*brengen|terugbrengen)\b/iu;
const TARGET_H = /\b(?:streef\p{L}*|tussendoel|doel(?:stelling)?|ambitie|beoogd)\b/iu;

/** What a column's score gains for a question about now: 1 for a measured column of a table with targets, -2 for a target; else 0. */
export function nowScore(question: string, headers: string[], header: string): number {
  if (!NOW_Q.test(question) || TARGET_Q.test(question) || !headers.some((h) => TARGET_H.test(h))) return 0;
  return TARGET_H.test(header) ? -2 : 1;
}
