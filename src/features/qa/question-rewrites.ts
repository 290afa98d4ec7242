import { PARTICLE_ALTERNATION } from './separable-particles';

/**
 * A separable verb in a te-infinitive is written apart: "dreigt om te vallen" is "omvallen", "op te
 * heffen" is "opheffen". Joined when the index knows the joined verb, so the question meets the texts
 * that use it (or its synonyms: "omvallen" is a "faillissement"). "Om te" as "in order to" stays as it
 * is, because "om" plus that verb is no word the index knows.
 */
const TE_INFINITIVE = new RegExp(`\\b(om|${PARTICLE_ALTERNATION})\\s+te\\s+(\\p{L}{3,})\\b`, 'giu');

export function joinSplitInfinitives(question: string, known: (word: string) => boolean): string {
  return question.replace(TE_INFINITIVE, (whole, particle: string, verb: string) => {
    const joined = `${particle}${verb}`.toLowerCase();
    return known(joined) ? joined : whole;
  });
}

/**
 * "Hoe wordt vastgelegd hoeveel voorschot elke gemeente betaalt?", "wie gaat erover hoeveel personeel er wordt ingezet?":
 * a "hoeveel" inside the clause of another question word, after a verb of deciding or recording, asks how or who, not
 * the amount ("welke gemeente betaalt hoeveel?" asks it). Dropped, so no reader asks
 * the answer for a figure. After "en", a comma or a preposition ("en hoeveel ...", "met hoeveel ...") it asks one.
 */
const INDIRECT_HOEVEEL = /((?:^|[.?!]\s+)(?:hoe|wie|wat|waar\p{L}*|wanneer|waarom|welke?)\s[^.?!,;:]*?\b(?:bepaalt|bepaald|bepalen|vastgelegd|vastgesteld|beslist|beslissen|besluit|afgesproken|geregeld|gaat\s+(?:er)?over|erover|weet|weten)\b[^.?!,;:]*?)(?<!\b(?:en|of|maar|met|uit|op|van|binnen|in|over|voor|na|tot|aan|bij|door|om|per|tussen|vanaf|hoe)\s)\bhoeveel\s+/giu;

export const withoutIndirectAmount = (question: string): string => question.replace(INDIRECT_HOEVEEL, '$1');

/**
 * "Wij lezen het persbericht terug en vragen ons af hoe groot het team was.": without a question mark, the indirect
 * question after "vragen ons af", "willen weten" or "zijn benieuwd" is what is asked, the clause before it the setup.
 */
const INDIRECT_ASK = /[,;]?\s+(?:en\s+)?(?:(?:ik|wij|we|hij|zij|ze)\s+)?(?:(?:vraag|vragen|vroeg|vroegen)\s+(?:me|mij|ons|zich)\s+af|(?:wil|willen|wilde|wilden)\s+(?:(?:graag|even|eens|nog)\s+)*weten|(?:ben|zijn)\s+(?:erg\s+)?benieuwd)\s*,?\s+(?=(?:hoe|wie|wat|waar\p{L}*|wanneer|waarom|welke?|hoeveel|of)\b)/iu;

export function withIndirectAskSplit(question: string): string {
  if (question.includes('?')) return question;
  const m = INDIRECT_ASK.exec(question);
  // "Ik wil weten hoe ...": no setup before it to tell apart.
  if (!m || question.slice(0, m.index).split(/\s+/).length < 3) return question;
  // "... vragen ons af of de termijn nog geldt": a yes/no question, asked without its "of".
  const rest = question.slice(m.index + m[0].length).replace(/[.!\s]*$/, '').replace(/^of\s+/i, '');
  return `${question.slice(0, m.index)}. ${rest.charAt(0).toUpperCase()}${rest.slice(1)}?`;
}
