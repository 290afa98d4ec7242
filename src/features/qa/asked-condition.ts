/**
 * Questions about a situation name it in their own words ("ik kan niet naar het overleg", "er komen te weinig
 * mensen opdagen", "de stemmen zijn gelijk"); a regulation names it in its own ("een lid dat een vergadering niet
 * kan bijwonen", "als ten minste zes leden aanwezig zijn", "staken de stemmen"), often in an article that shares
 * few other words with the question. A passage that speaks of the situation asked about ranks up.
 */
import { askedQuantity, fitsQuantity } from './quantity-thresholds';
import { moneyCaseMetBy } from './amount-thresholds';
import { splitSentences } from './passages';

interface Situation {
  /** The question speaks of it. */
  asked: RegExp;
  /** A sentence of a regulation speaks of it. */
  said: RegExp;
}

const SITUATIONS: Situation[] = [
  // Someone cannot come, or stayed away.
  {
    asked: /\b(afwezig\p{L}*|verhinderd|er niet (?:is|zijn|was|waren)|ziek\p{L}*|afmeld\p{L}*|af te melden|niet (?:kan|kunnen|kunt|kon|konden) (?:komen|bijwonen|deelnemen|aanwezig)|(?:kan|kun|kunt|kunnen)(?: (?:ik|je|jij|hij|zij|ze|we|wij|u))? niet (?:naar|bij|komen|aanwezig)|niet (?:komt|komen|kwam|kwamen) opdagen|niet (?:naar|bij) (?:de|het|een) [\p{L}-]+ (?:kan|kunnen|komt|komen|is|zijn|gaat|gaan))\b/iu,
    said: /\b(afwezig\p{L}*|verhinder\p{L}*|ontstentenis|niet (?:kan|kunnen) (?:komen|bijwonen|deelnemen|aanwezig zijn)|niet vertegenwoordigd|gemist|afmeld\p{L}*|afgemeld|plaatsvervang\p{L}*|laten vervangen|laat zich vervangen)\b/iu,
  },
  // Too few present to decide.
  {
    // "Er zijn maar 5 gemeenten aanwezig": a small number present is the same case.
    asked: /\b(te weinig|niet genoeg|onvoldoende)\b[^?]*\b(aanwezig\p{L}*|komen|opdagen|zijn|is)\b|\bquorum\b|\b(?:maar|slechts|pas)\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:\p{L}+\s+)?(?:aanwezig|gekomen|komen opdagen|kwamen opdagen)\b/iu,
    said: /\bquorum\b|\balleen\b[^.;]*\b(?:als|indien|wanneer)\b[^.;]*\b(?:aanwezig|vertegenwoordigd)\b|\baantal\b[^.;]*\bniet\b[^.;]*\b(?:bereikt|aanwezig|gehaald)\b|\b(?:helft|meerderheid) van de \p{L}+\b[^.;]*\baanwezig\b/iu,
  },
  // What a power or a rule leaves out: "welke besluiten vallen buiten het mandaat?" is answered by "omvat in geen
  // geval:", not by the grant whose item carves out one case ("met uitzondering van ...").
  {
    asked: /\b(?:vall?(?:en|t)|lig(?:gen|t)|blijf(?:t|ven))\s+buiten\b|\bbuiten (?:het|de|zijn|haar) (?:mandaat|bevoegdheid|bevoegdheden|regeling|reikwijdte|taken)\b|\bniet onder (?:het|de) (?:mandaat|bevoegdheid|regeling)\b|\buitgezonderd\b|\buitgesloten\b/iu,
    said: /\bin geen geval\b|\buitgezonderd\b|\buitgesloten\b|\bniet van toepassing\b|\bgeen gebruik (?:gemaakt|maken)\b|\bvall?(?:en|t) niet onder\b/iu,
  },
  // A tie.
  {
    asked: /\b(stemmen (?:staken|gelijk)|staken de stemmen|gelijk aantal stemmen|evenveel stemmen|gelijke stemmen)\b/iu,
    said: /\b(staken|staking|gelijke stemmen|stemmen gelijk)\b/iu,
  },
];

/** How much a passage that speaks of the situation asked about ranks above one that only shares words. */
const SITUATION_BOOST = 2;

/** A line of a list of definitions ("b. plaatsvervanger: de medewerker die ... bij verhindering vervangt"): it names, it does not rule. */
const DEFINITION_LINE = /^(?:[a-z][.)]\s+|[-•]\s+)?[\p{L} -]{2,40}:\s/u;

/**
 * "Ik ben 15 jaar, ...", "over iets van twee jaar geleden": a line with an age or time condition the case meets
 * ("jonger dan zestien jaar", "meer dan een jaar voor het indienen") speaks of it; so does one with an amount the case meets (moneyCaseMetBy).
 */
function fitsCase(question: string): ((line: string) => boolean) | undefined {
  const fits = askersTimeCase(question);
  return fits ? (line) => splitSentences(line).some(fits) : moneyCaseMetBy(question);
}

/** "Ik ben 15 jaar", "twee jaar geleden": whether a sentence's age or time condition is one the asker's case meets. */
export function askersTimeCase(question: string): ((sentence: string) => boolean) | undefined {
  const asked = askedQuantity(question);
  return asked?.unit === 'age' || asked?.unit === 'elapsed' ? (s) => fitsQuantity(s, asked) > 0 : undefined;
}

/** The situation a question speaks of, as a test on a passage's text and a rank boost; undefined for other questions. */
export function situationSaid(question: string): { terms: string[]; says: (text: string, heading?: string) => boolean; boost: number; situation: true; joinsTie: true } | undefined {
  const asked = SITUATIONS.filter((s) => s.asked.test(question));
  const fits = fitsCase(question);
  if (asked.length === 0 && !fits) return undefined;
  // A list under the heading "Afwezig met kennisgeving" speaks of it by its heading (its own section's, not the title).
  const says = (text: string, heading = '') =>
    [...text.split('\n'), heading.split('\n').at(-1) ?? ''].some((line) => !DEFINITION_LINE.test(line) && (asked.some((s) => s.said.test(line)) || !!fits?.(line)));
  return { terms: [], says, boost: SITUATION_BOOST, situation: true, joinsTie: true };
}
