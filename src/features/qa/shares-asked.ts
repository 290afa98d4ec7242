import { stemWord } from './word-forms';

// Shares asked and given: a percentage must stand with the thing asked; a share of an amount gives its height.

/**
 * "Hoe hoog is de leegstandsvergoeding?": "65% van het etmaaltarief" is its height, a share of an amount the text sets
 * elsewhere (not when the question asks for euros); so is "tot maximaal 10% boven het vergelijkbare IJssellandse tarief".
 */
const SHARE_OF_AN_AMOUNT = /(?:\d+(?:,\d+)?\s*(?:%|procent)|\bde helft|\been kwart)\s+(?:van|boven|bovenop|onder)\s+(?:het|de|dat|die)\s+(?:\p{L}+\s+){0,2}\p{L}*(?:tarief|bedrag|prijs|budget|vergoeding|kosten|loon|salaris|subsidie|bijdrage|waarde|begroting)\b/iu;
export const shareOfAnAmount = (question: string, answer: string) => !/\beuro\b/i.test(question) && SHARE_OF_AN_AMOUNT.test(answer);

/** How long a word must be to name a compound asked about as its tail ("budget" for "jaarbudget"). */
const MIN_TAIL = 5;

/** How many words from "procent" the thing it is a share of may stand. */
const SHARE_REACH = 8;

/**
 * "Hoeveel procent van de inkoop ...": a percentage answers only when it stands with that thing; "ten
 * hoogste 10 procent van de oorspronkelijke opdrachtwaarde" is a share of something else.
 */
export function lacksShareOf(question: string, answer: string, terms?: (word: string) => string[]): boolean {
  const asked = question.match(/\b(?:hoeveel procent|welk percentage|welk deel|welk aandeel|hoeveel) van (?:de |het |alle )?(\p{L}{4,})(?:\s+(?:boven|onder)\s+(?:de |het |een )?(\p{L}{4,}))?/iu);
  // "Bij hoeveel procent van de zaken", "van de gevallen": how often, of whatever the text counts ("95% van de maatregelen").
  if (!asked || (!asked[2] && GENERIC_CASES.test(asked[1]))) return false;
  // "Welk deel van de overschrijding boven de drempel" is "75 procent van het bedrag boven de drempel": the thing, or what it is of.
  const stems = asked.slice(1).filter((w): w is string => !!w).map((w) => stemWord(w.toLowerCase()));
  const words = answer.toLowerCase().replace(/%/g, ' procent ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const shares = words.flatMap((w, i) => (w === 'procent' || w === 'percentage' ? [i] : []));
  // "het budget" names the "jaarbudget" asked about: the tail of a compound is the thing itself.
  // "Hoeveel van de kinderen ...": "31,5% van de jeugdigen" names them by a word of their synonym group.
  const groups = new Set(asked.slice(1).flatMap((w) => (w && terms ? terms(w.toLowerCase()).filter((t) => t.startsWith('~')) : [])));
  const names = (w: string) => stems.some((stem) => stemWord(w).includes(stem) || (w.length >= MIN_TAIL && stem.endsWith(stemWord(w)))) || (!!terms && terms(w).some((t) => groups.has(t)));
  // "Het aandeel dossiers dat binnen de norm werd afgerond steeg van 71,8% naar 76,4%": the sentence names whose share it gives.
  const namesShareOf = answer.split(/(?<=[.!?;])\s+|\n+/).some((sentence) => /\d\s*(?:%|procent)/i.test(sentence) && [...sentence.matchAll(SHARE_NAMED), ...sentence.matchAll(SHARE_OPENING)].some((m) => names(m[1].toLowerCase())));
  // "In 2050 werden slechts 9 van de 17 zaken binnen tien weken afgerond": a share in counts of the thing asked.
  const countsShareOf = [...answer.matchAll(SHARE_IN_COUNTS)].some((m) => names(m[1].toLowerCase()));
  // "Welk deel van de kosten draagt Zwolle?": a share of the costs is a share of what the gemeenten contribute ("dragen bij").
  // A row of a division of costs ("Staphorst: Aandeel: 2,8%; 2056: 37.500; ...") gives each gemeente's share with its amounts.
  const contributes = COSTS.test(asked[1]) && (words.some((w) => CONTRIBUTION.test(w)) || SHARE_ROW_WITH_AMOUNTS.test(answer));
  return shares.length > 0 && !namesShareOf && !countsShareOf && !contributes && !shares.some((i) => words.slice(Math.max(0, i - SHARE_REACH), i + SHARE_REACH + 1).some(names));
}

const COSTS = /^(?:kosten|uitgaven|lasten)$/i;
const CONTRIBUTION = /^(?:bijdrage|bijdragen|dragen|draagt|verdeelsleutel|kostenverdeling)$/;

const SHARE_ROW_WITH_AMOUNTS = /\baandeel:\s*\d+(?:,\d+)?\s*%[^\n]*?\b\d{1,3}(?:\.\d{3})+/i;

const GENERIC_CASES = /^(?:zaken|gevallen|keren)$/i;
const SHARE_IN_COUNTS = /\b\d+\s+van\s+de\s+\d+\s+(\p{L}{4,})/giu;
/** "Het aandeel dossiers", "het percentage jeugdigen", "het deel van de aanbieders": the thing a sentence's share is of. */
const SHARE_NAMED = /\b(?:aandeel|percentage|deel)\s+(?:van\s+)?(?:de\s+|het\s+|alle\s+)?(\p{L}{4,})/giu;

/** "Van de jeugdigen bij wie een traject eindigde, had 16,8% ...": a sentence that opens with what its share is of. */
const SHARE_OPENING = /^\W*van\s+(?:de|het|alle)\s+(\p{L}{4,})/giu;

const PART_ASKED = /\bwelk\s+(?:deel|gedeelte)\s+van\s+(?:de|het)\s+(\p{L}{4,})/iu;
const PART_GIVEN = /(?:€\s?[\d.,]+(?:\s*(?:miljoen|mln))?|\d+(?:,\d+)?\s*(?:%|procent))\s+van\s+(?:de|het)\s+(\p{L}{4,})/giu;
/**
 * "Welk deel van de overschrijding komt door ...?": a text that gives an amount or a share "van de overschrijding" (of the
 * "jaarbudget" also "van het budget", its tail); else undefined.
 */
export function givesPartAsked(question: string): ((text: string) => boolean) | undefined {
  const whole = PART_ASKED.exec(question)?.[1].toLowerCase();
  const names = (word: string) => word === whole || (word.length >= MIN_TAIL && whole!.endsWith(word));
  return whole ? (text) => [...text.matchAll(PART_GIVEN)].some((m) => names(m[1].toLowerCase())) : undefined;
}
