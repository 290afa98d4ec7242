import { PLACE_TERMS, tokenize } from './dutch-text';
import { caseTold } from './question-setup';

/**
 * "Moet Raalte een bijdrage betalen?" is not answered by "Kampen betaalt een bijdrage van € 20.000": a gemeente told as the
 * asker's case need not be named by a rule for every gemeente, but an answer that names gemeenten must name one of those asked.
 */
export function answersForOtherPlace(question: string, answer: string, terms: (word: string) => string[]): boolean {
  const firstTerms = (text: string) => tokenize(text).filter((t) => t !== 'en').map((t) => terms(t)[0] ?? t);
  const placesOf = (text: string) => firstTerms(text).filter((t) => PLACE_TERMS.has(t));
  const asked = new Set(placesOf(caseTold(question, firstTerms)));
  if (asked.size === 0) return false;
  const named = placesOf(answer);
  return named.length > 0 && !named.some((t) => asked.has(t));
}

/** Other youth care regions than IJsselland, by name or adjective ("de twentse rekenkamers", "regio Achterhoek"). */
const OTHER_REGION = /\b(twent(?:e|se)|achterhoek(?:se)?|drent(?:he|se)|fries(?:land|e)|groning(?:en|se)|flevoland(?:se)?|haaglanden|rijnmond|veluwe|utrecht(?:se)?|limburg(?:se)?|zeeland|zeeuwse|brabant(?:se)?)\b/iu;
/** "Hoe hoog was de respons bij de twentse rekenkamers?" answered from a text of IJsselland (by its words or its document's title) that names no Twente: not the region asked. */
export function answersForOtherRegion(question: string, answer: string, source = ''): boolean {
  // Of the asking sentence: "Een aanbieder zit bij ons én in Twente in de problemen. Welke regio ...?" tells a case first.
  const region = OTHER_REGION.exec(question.split(/(?<=[.!?])\s+(?=\S)/).at(-1) ?? '')?.[1];
  const said = `${source}\n${answer}`, names = new RegExp(String.raw`\b${region?.slice(0, 5)}`, 'iu');
  if (region && countedOfRegion(question, answer, names)) return true;
  return !!region && !names.test(said) && /\bijsselland/i.test(said);
}

/**
 * "Hoeveel gemeenten doen mee in de twentse samenwerking?" is not answered by "Het RSJ werkt voor elf gemeenten in de regio IJsselland.
 * Met het OZJT (Regio Twente) werken we samen": a count of the other region is given by a sentence that names it, or follows one that does.
 */
function countedOfRegion(question: string, answer: string, names: RegExp): boolean {
  if (!/\bhoeveel\b/i.test(question)) return false;
  // "IJsselland en Twente hebben samen het RET. In 2057 heeft het RET negen casussen behandeld.": or the sentence before it.
  const sentences = answer.split(/(?<=[.;!?])\s+|\n+/), counting = sentences.map((s, i) => [s, sentences[i - 1] ?? '']).filter(([s]) => COUNT_IN.test(s.replace(/\b(?:19|20)\d\d\b/g, '')));
  return counting.length > 0 && !counting.some(([s, before]) => names.test(s) || names.test(before));
}
const COUNT_IN = /\d|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig)\b/i;

/** "Welke gemeente had de grootste stijging?", "in welke gemeente het minst": one gemeente compared with the others. */
const PLACE_COMPARED = /\bwelke\s+gemeenten?\b.*\b(?:hoogste?|grootste?|meeste?|laagste?|kleinste?|minste?|sterkste?|snelste?|slechtste?|beste)\b/iu;

/** A gemeente asked by comparison, answered without naming any: the answer is about the region, not the one asked. */
export function lacksPlaceCompared(question: string, answer: string, terms: (word: string) => string[]): boolean {
  if (!PLACE_COMPARED.test(question)) return false;
  return !tokenize(answer.split(/\n?Bron:/)[0]).some((t) => PLACE_TERMS.has(terms(t)[0] ?? t));
}
