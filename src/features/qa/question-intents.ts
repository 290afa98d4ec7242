import { roleHolderIntent } from './holder-sentence';

/**
 * What a question asks besides its words, as a test on the sentences of an article: "wie wordt er meestal
 * trekker?" asks for the rule of thumb ("bij voorkeur de portefeuillehouder"), "kan de deadline nog worden
 * opgeschoven?" for the lid that allows an extension, not for the lid that states the deadline. Words like
 * "meestal" are stop words for the search; here they choose the lid within the article found.
 */
interface Intent {
  /** The question asks for it. */
  asks: RegExp;
  /** A sentence says it. */
  says: RegExp | ((sentence: string) => boolean);
  /** How much saying it counts, against a question word's 1: an exception or an extension is the point of the question. */
  weight: number;
}

const LIMIT = /\b(niet|geen|nooit|alleen|uitsluitend|slechts|mits|tenzij|toegestaan|verboden)\b/gi;
/** A clause that states a condition or who it is about ("wie zich niet laat vervangen, ..."): its "niet" is no limit. */
const CONDITION_OPENS = /\b(wie|als|indien|wanneer|zolang|zodra)\b[^,;:]*$/i;

/** Whether a sentence sets a limit ("neemt geen besluiten", "niet tot lid kan worden benoemd"), not in a condition. */
function statesLimit(sentence: string): boolean {
  return [...sentence.matchAll(LIMIT)].some((m) => !CONDITION_OPENS.test(sentence.slice(0, m.index)));
}

/**
 * What a person in a situation does: "Een deelnemer die niet kan komen, meldt dit ...", "Wie verhinderd is, laat
 * zich vervangen", "... moet / dient ...".
 */
const SAYS_WHAT_TO_DO = /^(?:een|ieder(?:e)?|elk(?:e)?|de)\s+\p{L}+\s+(?:die|dat)\b[^,]+,\s*\p{L}+|^wie\b[^,]+,\s*\p{L}+|\b(?:moet|moeten|dient|dienen)\b/iu;

const INTENTS: Intent[] = [
  // "Wat moet ik doen?": the sentence that says what the person in that situation does.
  { asks: /\bwat (?:moet|moeten|kan|kun|kunnen|doe|doen) (?:ik|je|jij|we|wij)\b/i, says: SAYS_WHAT_TO_DO, weight: 1 },
  // "Wat doen we met het overschot?", "wat gebeurt er met het restant?": where it goes, what it is used for.
  {
    asks: /\bwat\s+(?:doen|doet|deden|gebeurt|gebeurde)\s+(?:ik|je|we|wij|jullie|ze|zij|er|het\s+\p{L}+)?\s*met\b/iu,
    says: /\b(?:gaat|gaan|ging|gingen)\b[^.;]*\bnaar\b|\b(?:bestemd|bestemming|toegevoegd|terugbetaald|teruggestort|uitgekeerd|gestort|verrekend|ingezet|besteed)\b/i,
    weight: 1.5,
  },
  // What usually happens: the rule with its room for exceptions.
  {
    asks: /\b(meestal|meestentijds|gewoonlijk|doorgaans|normaal(?:\s+gesproken)?|normaliter|in de regel|over het algemeen|in principe|standaard)\b/i,
    says: /\b(in de regel|als regel|bij voorkeur|doorgaans|gewoonlijk|meestal|in principe|normaal gesproken|normaliter|over het algemeen|in beginsel)\b/i,
    weight: 1,
  },
  // Moving a deadline or a term: the lid that extends, postpones or suspends it.
  {
    asks: /\b(op(?:ge)?schoven|opschuiven|uit(?:ge)?stel(?:d|len)|verleng(?:d|en)?|verschuiven|verschoven|verzet(?:ten)?|meer tijd|extra tijd|langer de tijd)\b/i,
    says: /\b(verleng\p{L}*|uitstel|uit(?:ge)?stel\p{L}*|opschort\p{L}*|opgeschort|verdaag\p{L}*|verdaagd|verschuiv\p{L}*|verschoven)\b/iu,
    weight: 1.5,
  },
  // An exception to a rule: the lid with "tenzij", "behalve", "in afwijking van".
  {
    asks: /\b(uitzondering(?:en)?|behalve|afwijk(?:en|ing)|afgeweken|vrijstelling|ontheffing)\b/i,
    says: /\b(tenzij|behalve|uitgezonderd|met uitzondering van|uitzondering|in afwijking|afwijk\p{L}*|afgeweken|vrijstelling|ontheffing)\b/iu,
    weight: 1.5,
  },
  // "Hoe liep het amendement af?", "wat was de uitslag?": the outcome of a vote or a proposal, not how it was introduced.
  {
    asks: /\bhoe\s+(?:liep|liepen|loopt|is|zijn|was|waren)\b[^?]*\baf(?:gelopen)?\b|\b(?:uitkomst|uitslag|afloop)\b/i,
    says: /\b(?:aangenomen|verworpen|ingestemd|afgewezen|unaniem|stemmen\s+(?:voor|tegen))\b/i,
    weight: 1.5,
  },
  // "Mag/kan X ...?": a regulation answers with its limits ("geen", "niet", "alleen", "mits"), seldom a plain yes.
  {
    asks: /^\s*(mag|mogen|kan|kun|kunt|kunnen|moet|moeten|hoeft|hoeven)\b[^?]*\?\s*$/i,
    says: statesLimit,
    weight: 1,
  },
];

/** "... vergeleken met de begroting?", "... ten opzichte van 2025?": what a figure is compared with. */
const COMPARED_WITH = /\b(?:vergeleken met|ten opzichte van|in vergelijking met|tegenover|afgezet tegen)\s+(?:de|het|een)?\s*(\p{L}{4,}|\d{4})/iu;

/** What the question asks besides its words, each as the weight a sentence that says it earns (0: it does not); none for most questions. */
export function askedIntents(question: string): ((sentence: string) => number)[] {
  // A comparison wants the figure it compares with too: the sentence that gives a figure for that.
  const compared = question.match(COMPARED_WITH)?.[1].toLowerCase().slice(0, 6);
  const comparison = compared ? [(sentence: string) => (sentence.toLowerCase().includes(compared) && /\d/.test(sentence.replace(compared, '')) ? 1 : 0)] : [];
  const holder = roleHolderIntent(question);
  return [...comparison, ...(holder ? [holder] : []), ...INTENTS.filter((i) => i.asks.test(question)).map((i) => (sentence: string) => ((typeof i.says === 'function' ? i.says(sentence) : i.says.test(sentence)) ? i.weight : 0))];
}
