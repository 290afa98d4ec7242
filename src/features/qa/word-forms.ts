import { PARTICLE_ALTERNATION } from './separable-particles';
import { ordinalWord } from './number-words';

type Stemmer = ReturnType<typeof import('snowball-stemmers').newStemmer>;
/** Loaded on the first word, not at start-up: the package is 870 KB of code for 24 languages. */
let stemmer: Stemmer | undefined;
const dutchStemmer = (): Stemmer => (stemmer ??= (require('snowball-stemmers') as typeof import('snowball-stemmers')).newStemmer('dutch'));
const stemCache = new Map<string, string>();

/** A plural in -ies of a noun in -ie ("commissies", "functies", "provincies"); "advies" and "precies" are no plurals. */
const PLURAL_IES = /^(?!\p{L}*(?:advies|precies)$)\p{L}{3,}ies$/u;

/**
 * Words for what every report names otherwise, as whole words only: "jongeren" are the "jeugdigen" by their family root (a
 * "jongerenwerk" is no youth care: compounds keep their parts). Their own stem is kept apart from "jonger" (younger), so a
 * row of "jongeren" beats one of "ouders" and "jonger dan zestien" names no jongeren.
 */
const SAME_THING: Record<string, string> = { jongeren: 'jeugdigen', jongere: 'jeugdige' };

/** Snowball stemming is slow (tens of microseconds a word) and texts repeat words: cached. */
export function stemWord(word: string): string {
  // "Het 4e kwartaal" is "het vierde kwartaal".
  const ordinal = ordinalWord(word);
  if (ordinal) return stemWord(ordinal);
  if (/\d/.test(word) || word.length <= 3) return word;
  // "Jongeren" would stem to "jonger" (younger): its own stem is the singular as written.
  if (SAME_THING[word]) return word.replace(/n$/, '');
  let stem = stemCache.get(word);
  if (stem === undefined) {
    // Snowball keeps the -s of a plural after a vowel: "commissies", "provincies" would not find "commissie".
    stem = dutchStemmer().stem(PLURAL_IES.test(word) ? word.slice(0, -1) : word);
    if (stemCache.size < 200_000) stemCache.set(word, stem);
  }
  return stem;
}

/**
 * A participle may start with a separable particle ("aangewezen", "samengesteld"); after one a stem of three letters is
 * one too ("aangevuld", "afgemeld"), without one it may be a noun ("gebied", "gezond").
 */
const PARTICIPLE = new RegExp(`^(?:(${PARTICLE_ALTERNATION})ge(.{3,})|ge(.{4,}))[dt]$`);
/** A participle without ge- ("verlengd", "behandeld", "bepaald"), as the verb's other forms: not "bestand", "verband". */
const PREFIXED_PARTICIPLE = /^(be|ver|ont|her|er)\p{L}{3,}(?<![aeioun])d$/u;

/** Strong verbs' participles by their infinitive ("besloten" besluiten, "afgeweken" afwijken, "opgenomen" opnemen). */
const STRONG: Record<string, string> = {
  weken: 'wijken', sloten: 'sluiten', sloot: 'sluiten', nomen: 'nemen', wezen: 'wijzen', kozen: 'kiezen', zonden: 'zenden', worpen: 'werpen',
  schreven: 'schrijven', bleken: 'blijken', sproken: 'spreken', broken: 'breken', bonden: 'binden', vonden: 'vinden',
  trokken: 'trekken', heven: 'heffen', geven: 'geven', dragen: 'dragen', komen: 'komen', houden: 'houden', roepen: 'roepen',
  vangen: 'vangen', laten: 'laten', gaan: 'gaan', staan: 'staan', zien: 'zien',
  stegen: 'stijgen', kregen: 'krijgen', bleven: 'blijven', streden: 'strijden', grepen: 'grijpen', keken: 'kijken', boden: 'bieden',
  schoven: 'schuiven', loren: 'liezen', volen: 'velen', holpen: 'helpen',
  // Irregular weak verbs: "gezocht" zoeken, "ingekocht" inkopen, "ondergebracht" onderbrengen, "bedacht" bedenken.
  zocht: 'zoeken', kocht: 'kopen', bracht: 'brengen', dacht: 'denken',
  // A stem ending in its own t: "gekost" kosten, "ingezet" inzetten.
  kost: 'kosten', zet: 'zetten',
  // "Overschreed", "overschreden": overschrijden, whose past has no ge- after its inseparable "over".
  schreed: 'schrijden', schreden: 'schrijden',
};
// "Onder" may be a verb's particle too ("ondergebracht": onderbrengen).
const STRONG_PARTICIPLE = new RegExp(`^(${PARTICLE_ALTERNATION}|onder)?(ge|be|ver|ont|her)(${Object.keys(STRONG).join('|')})$`);
/** An inseparable prefix takes no ge-: "onderzocht" onderzoeken, "overdacht" overdenken, "overschreed" overschrijden. */
const INSEPARABLE_PARTICIPLE = /^(onder|door|over)(zocht|dacht|schreed|schreden)$/;

/** The infinitive of a strong verb's participle, else undefined. */
function strongInfinitive(word: string): string | undefined {
  const inseparable = word.match(INSEPARABLE_PARTICIPLE);
  if (inseparable) return `${inseparable[1]}${STRONG[inseparable[2]]}`;
  const m = word.match(STRONG_PARTICIPLE);
  return m ? `${m[1] ?? ''}${m[2] === 'ge' ? '' : m[2]}${STRONG[m[3]]}` : undefined;
}

/**
 * A weak participle after a separable particle whose verb stem ends in its d or t ("aangemeld" aanmelden, "afgerond"
 * afronden, "opgericht" oprichten): the -d/-t is the stem's, which the family root drops ("aangevuld" is aanvullen).
 * Not a plain ge- participle: "gehaald" and "gelegd" add their -d, and "gebied" is no participle.
 */
export function participleVerbStem(word: string): string | undefined {
  const m = strongInfinitive(word) ? null : word.match(PARTICIPLE);
  return m?.[1] ? stemWord(`${m[1]}${m[2]}${word.slice(-1)}`) : undefined;
}

const rootCache = new Map<string, string>();

/**
 * The root a word shares with its family where the stemmer keeps them apart: a participle and its
 * verb ("geëvalueerd", "evalueren"), a noun in -ing and its verb ("stemming", "stemmen", "gestemd"),
 * a verb form with a doubled vowel ("evalueert", "evalueren"). Undefined when the stem already is it.
 */
export function familyRoot(word: string): string | undefined {
  const same = SAME_THING[word];
  if (same) return stemWord(same);
  if (word.length < 6 || /\d/.test(word)) return undefined;
  // Five patterns and two stemmings a word, asked for every term of every question: cached like the stems ('' for none).
  let root = rootCache.get(word);
  if (root === undefined) {
    root = uncachedFamilyRoot(word) ?? '';
    if (rootCache.size < 200_000) rootCache.set(word, root);
  }
  return root || undefined;
}

/** The verb of a noun in -dracht: "overdracht" is "overdragen", "opdrachten" "opdragen". */
const nounInDracht = (word: string): string | undefined => word.match(/^(\p{L}{2,})dracht(?:en)?$/u)?.[1].concat('dragen');

/** The verb of a noun in -name: "overname" is "overnemen", "deelname" "deelnemen". */
const nounInName = (word: string): string | undefined => word.match(/^(\p{L}{2,})names?$/u)?.[1].concat('nemen');

/**
 * The one of a governance role in -schap: "trekkerschap" is the "trekker", "voorzitterschap" the "voorzitter". Not every
 * -schap: "opdrachtgeverschap" is a way of working, and "het projectleiderschap" (fte) says no one who leads.
 */
const roleInSchap = (word: string): string | undefined => word.match(/^(\p{L}*(?:trekker|voorzitter|penvoerder|secretaris))schap(?:pen)?$/u)?.[1];

/** The past tense of a verb in -eren: "adviseerde" is "adviseren", "reageerden" "reageren", "financierde" "financieren". */
const pastOfEren = (word: string): string | undefined => word.match(/^(.{3,}(?:ee|ie)r)(?:de|den)$/)?.[1];

/** The verb stem of a noun in -ing, its final t kept: "korting" is "korten", "verwachting" "verwachten". */
function nounInIng(word: string): string | undefined {
  const m = word.match(/^(.{4,})(ingen|ing)$/);
  return m?.[1];
}

/**
 * The verb of a noun in -atie: "presentatie" is "presenteren", "prestaties" "presteren", "registratie" "registreren".
 * Not a noun that names a thing of its own more than the act: an "organisatie" is a body, the "formatie" the staff, the
 * "transformatie" the region's programme.
 */
const NOUNS_OF_THEIR_OWN = /^(?:\p{L}*organisatie|situatie|relatie|locatie|formatie|informatie|\p{L}*transformatie|administratie|combinatie)s?$/u;
function nounInAtie(word: string): string | undefined {
  const m = NOUNS_OF_THEIR_OWN.test(word) ? null : word.match(/^(.{4,})aties?$/);
  return m ? `${m[1]}eren` : undefined;
}

function uncachedFamilyRoot(word: string): string | undefined {
  const participle = word.match(PARTICIPLE);
  const strong = strongInfinitive(word);
  const base = strong
    ? strong
    : participle
    ? `${participle[1] ?? ''}${participle[2] ?? participle[3]}`
    : PREFIXED_PARTICIPLE.test(word)
      ? word.slice(0, -1)
      : pastOfEren(word) ?? nounInIng(word) ?? nounInAtie(word) ?? nounInDracht(word) ?? nounInName(word) ?? roleInSchap(word) ?? word.replace(/(?<=[^t])t$/, '');
  const root = stemWord(base)
    .replace(/([aeou])\1([^aeiou]*)$/, '$1$2')
    .replace(/([^aeiou])\1$/, '$1')
    .replace(/v$/, 'f')
    .replace(/z$/, 's');
  return root === stemWord(word) || ROOTS_OF_OTHER_WORDS.has(root) ? undefined : root;
}
/** Roots that are a word of another meaning: "missen" (to miss) is no "mis" (gone wrong, "wat ging er mis"). */
const ROOTS_OF_OTHER_WORDS = new Set(['mis']);

/**
 * A verb with "mee" does the verb along with others ("meebetaald", "meebeslissen", "meetellen"): the verb itself, else
 * undefined. Only when what follows starts as a word does ("meerjarig", "meetkunde" are no verbs with "mee").
 */
const ALONG_VERB = /^mee(?!r[^aeiou])((?:[aeiouy]|(?:sch|st|sp|pr|br|tr|gr|kr|dr|bl|kl|pl|fl|vl|zw|sl|sn|wr|[bdfghjklmnpstvwz])[aeiouy])\p{L}{3,})$/u;
export const verbDoneAlong = (word: string): string | undefined => word.match(ALONG_VERB)?.[1];

/** "fases" "fase", "rondes" "ronde", "periodes" "periode": a plural in -s the stemmer keeps apart from its singular. */
export const pluralInS = (word: string): string | undefined => (/^\p{L}{2,}[^aeiou\s]es$/u.test(word) ? word.slice(0, -1) : undefined);
