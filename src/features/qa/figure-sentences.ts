import { tokenize } from './dutch-text';

/**
 * Figures that sit in running text. "Hoeveel jeugdigen moesten naar een andere plek?" is answered by
 * the sentence about the new places, while the count ("verblijf voor 38 jeugdigen") is one sentence
 * earlier in the same section: when the answer counts no such thing, the section's sentence that does
 * goes in front of it.
 */

const HOW_MANY = /\bhoeveel\b/i;
const NUMBER_WORD =
  /^(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend)$/i;
/** A count: digits that are not a year, or a number word. */
const isCount = (word: string) => (/^\d[\d.,]*$/.test(word) && !/^(19|20)\d{2}$/.test(word)) || NUMBER_WORD.test(word);

/** How far after the figure the counted thing may come: "38 jeugdigen", "38 nieuwe jeugdigen uit de regio". */
const REACH = 2;

/** Whether a sentence gives a figure right before a word for the thing counted. */
function counts(sentence: string, counted: Set<string>, terms: (word: string) => string[]): boolean {
  const words = sentence.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
  return words.some((w, k) => isCount(w) && words.slice(k + 1, k + 1 + REACH).some((next) => tokenize(next).some((t) => terms(t).some((x) => counted.has(x)))));
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?;:])\s+|\n+/).map((s) => s.trim()).filter(Boolean);

/**
 * The answer to "hoeveel <thing> …", with the sentence of its section that counts that thing in front
 * when the answer itself does not count it. `counted` are the terms of the thing (its stem and synonyms).
 */
export function withCountingSentence(question: string, answer: string, sectionTexts: string[], counted: string[], terms: (word: string) => string[]): string {
  if (!HOW_MANY.test(question)) return answer;
  const thing = new Set(counted);
  if (counted.length === 0 || sentencesOf(answer).some((s) => counts(s, thing, terms))) return withTotal(answer, sectionTexts);
  const sentence = sectionTexts.flatMap(sentencesOf).find((s) => counts(s, thing, terms) && !answer.includes(s));
  return sentence ? `${withoutListOpening(sentence)} ${answer}` : answer;
}

/** "in totaal 34 interviews", "samen 120 plaatsen": a sentence that gives a total (not "werken samen met 3 scholen"). */
const TOTAL = /\b(?:(?:in\s+totaal|totaal\s+van|alles\s+bij\s+elkaar|bij\s+elkaar\s+opgeteld|opgeteld)\s+(?:\p{L}+\s+)?|samen\s+)\d/iu;
const countsIn = (sentence: string) => sentence.split(/\s+/).filter((w) => isCount(w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))).length;

/**
 * "Met hoeveel mensen is gesproken?" answered by a breakdown ("12 ouders, 5 jongeren, 2 huisartsen ...") asks the total
 * too: the sentence right before the breakdown that gives it ("In totaal zijn 34 interviews afgenomen.") goes in front.
 */
function withTotal(answer: string, sectionTexts: string[]): string {
  const first = sentencesOf(answer)[0];
  if (!first || countsIn(first) < 3 || TOTAL.test(first)) return answer;
  const sentences = sectionTexts.flatMap(sentencesOf);
  const before = sentences[sentences.indexOf(first) - 1];
  return before && TOTAL.test(before) && !answer.includes(before) ? `${withoutListOpening(before)} ${answer}` : answer;
}

/**
 * "... 19 logeerbedden ingekocht, als volgt verdeeld:" without its list ends where the count does: a colon before
 * another sentence would promise a list that does not come. A list opener before it ("als volgt", "namelijk") goes with it.
 */
export function withoutListOpening(sentence: string): string {
  if (!sentence.endsWith(':')) return sentence;
  return `${sentence.replace(/,?\s*(?:als volgt(?: verdeeld| samengesteld| opgebouwd)?|namelijk|te weten|als hieronder|hieronder)\s*:$/iu, '').replace(/:$/, '')}.`;
}

/** "Dat betekent een daling van 612 naar 490": the next sentence puts a share in figures. */
const SHARE = /\d\s*(?:%|procent\b)/i;
const IN_FIGURES = /^(?:dat|dit)\s+(?:betekent|komt\s+neer\s+op|houdt\s+in)\b[^.]*\d/i;
/** "De schoolgang verbeterde", "het aantal nam toe": a change said without its figures, which the next sentence may give. */
const CHANGED = /\b(?:verbeterde|verbeterden|verslechterde|verslechterden|steeg|stegen|daalde|daalden|groeide|groeiden|toenam|toenamen|afnam|afnamen|(?:nam|namen)\s+(?:toe|af)|(?:is|zijn)\s+(?:verbeterd|verslechterd|gestegen|gedaald|gegroeid|toegenomen|afgenomen))\b/i;
const figures = (text: string) => text.match(/\d+(?:[.,]\d+)*/g)?.length ?? 0;

/** Whether the next sentence gives the figures of a sentence: those of its share, or the two of a change it names without any. */
export function nextGivesFigures(sentence: string, next: string): boolean {
  return (SHARE.test(sentence) && IN_FIGURES.test(next)) || (CHANGED.test(sentence) && !figures(sentence) && figures(next) >= 2);
}
