import { askedAmount, fitsAmount } from './amount-thresholds';
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** A moment or a deadline: a date, a year, "uiterlijk", "binnen vijf werkdagen", "voor de vergadering". */
const MOMENT = new RegExp(`\\b(\\d{1,2}\\s+(${MONTHS})|(19|20)\\d\\d|uiterlijk|binnen|vóór|voor(af)?\\s+(de|het|aanvang)|na\\s+(afloop|ontvangst)|jaarlijks|elk(e)?\\s+(jaar|kwartaal|maand))\\b`, 'i');
/** How often: "zes keer per jaar", "eens per vier weken", "elk kwartaal", "om de twee jaar", "wekelijks". */
const FREQUENCY = /\b(keer|maal|eens)\s+(per|in|het)\b|\b(per|elk(e)?|ieder(e)?)\s+(jaar|kwartaal|maand|week|halfjaar)\b|\bom de\b|\b(jaarlijks|halfjaarlijks|maandelijks|wekelijks|dagelijks)\b/i;

/** A figure: digits or a number word ("binnen een jaar" too), not "geen" or "enkele". */
const FIGURE = /\d|\b(één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig|veertig|vijftig|zestig|honderd|duizend|miljoen|helft|half|anderhalf)\b|\been\s+(jaar|halfjaar|kwartaal|maand|week|dag|werkdag)\b/i;

/**
 * What the question word asks for, as a test on a sentence: "wanneer" a moment, "hoe vaak" a frequency,
 * "hoeveel"/"hoe lang"/"hoe snel" a figure. Undefined for other questions.
 */
export function askedKind(question: string): ((sentence: string) => boolean) | undefined {
  if (/\bhoe\s+vaak\b/i.test(question)) return (s) => FREQUENCY.test(s);
  if (/\b(hoeveel|hoe\s+(lang|snel|groot|hoog))\b/i.test(question)) return (s) => FIGURE.test(s);
  // "Wanneer kan ... ?" asks for the conditions as often as for a moment: only "tot/per/vanaf wanneer" and "wanneer moet".
  if (/\b(tot|per|vanaf)\s+wanneer\b|\bwanneer\s+(moet|moeten|krijgt|krijgen|begint|start)\b/i.test(question)) return (s) => MOMENT.test(s);
  return undefined;
}

/**
 * The question word counts as a word of the question for picking sentences: among the sentences that
 * answer something of the question, the one with the moment, frequency or figure asked for wins ("De
 * gemeenten leveren hun thema's uiterlijk op 1 april aan" over the sentence that only names the round).
 */
export function withAskedKind(question: string, matches: (sentence: string) => number[]): (sentence: string) => number[] {
  const kind = askedKind(question);
  const amount = askedAmount(question);
  if (!kind && !amount) return matches;
  return (sentence) => {
    const hits = matches(sentence);
    const answers = hits.some((v) => v > 0);
    // An amount asked about: the sentence whose condition it meets ("meer dan EUR 100.000" for 150.000) answers.
    return [...hits, ...(kind ? [answers && kind(sentence) ? 1 : 0] : []), ...(amount ? [answers && fitsAmount(sentence, amount) > 0 ? 1.5 : 0] : [])];
  };
}
