import { rememberedPerText } from '../../shared/text-memo';
import { withJoinedVerbs } from './separable-verbs';
import { isSeparableParticle } from './separable-particles';
import { STOP_WORDS } from './vocabulary-words';
import type { Decompounder } from './decompounder';
import { withWordsSpelledOut } from './spelled-out-words';
import vocabulary from './knowledge/vocabulary.json';
import { familyRoot, participleVerbStem, stemWord, verbDoneAlong } from './word-forms';
import { fold } from '../../shared/fold';
import { groupsByForm, paraphraseAt, paraphraseGroups } from './paraphrases';

/**
 * Dutch text analysis shared by indexing and querying, so both sides produce the same terms:
 * accent folding, lower case, stop words, snowball stemming, word families, abbreviations (both
 * ways, as one concept token), synonym groups (as a shared group token) and compound splitting.
 */


interface Abbreviation {
  abbr: string;
  /** The concept token both the abbreviation and its expansion produce. */
  token: string;
  phrase: string[];
  caseSensitive: boolean;
}

const ABBREVIATIONS: Abbreviation[] = [
  ...vocabulary.abbreviations.map((a) => ({
    abbr: fold(a.abbr),
    token: `#${fold(a.abbr).replace(/[^a-z0-9]/g, '')}`,
    phrase: wordsOf(a.phrase),
    caseSensitive: a.caseSensitive ?? false,
  })),
  // Multi-word names without an abbreviation still count as one concept ("Kerngroep Transformatie").
  // "Bestuurlijke trekker" and "bestuurlijk trekker" are one concept: an inflected adjective's "-e" is left out of the token.
  ...vocabulary.concepts.map((c) => ({ abbr: '', token: `#${wordsOf(c).map((w, k, all) => (k < all.length - 1 ? w.replace(/e$/, '') : w)).join('')}`, phrase: wordsOf(c), caseSensitive: false })),
];

const groupBy = (key: (a: Abbreviation) => string) => {
  const map = new Map<string, Abbreviation[]>();
  for (const a of ABBREVIATIONS) map.set(key(a), [...(map.get(key(a)) ?? []), a]);
  return map;
};
const BY_ABBR = groupBy((a) => a.abbr);
const BY_FIRST_WORD = groupBy((a) => a.phrase[0]);

/** "Verantwoordelijk", "betaalbaar": a word derived by -lijk or -baar, whose stem its base word has too ("verantwoord"). */
const DERIVED = /(?:lijks?|baar)(?:e|er|ere|st|ste|heid|heden)?$/;
const isDerived = (word: string) => DERIVED.test(word);

/**
 * Stem -> group tokens, e.g. "wethouder" -> "~bestuur", each with whether its word was derived. Looked up by a word's
 * own stem only, never by a stem derived from it ("geldt" is not "geld"); a derived word's group only for a word derived
 * alike: "verantwoording" shares the stem of "verantwoordelijk" (a taak) but is no taak ("bestuurlijk" stays a bestuur word).
 */
const SYNONYMS = new Map<string, { group: string; derived: boolean }[]>();
for (const [group, words] of Object.entries(vocabulary.synonyms)) {
  for (const w of words) {
    const stem = stemWord(fold(w));
    SYNONYMS.set(stem, [...(SYNONYMS.get(stem) ?? []), { group: `~${group}`, derived: isDerived(fold(w)) }]);
  }
}
const synonymGroups = (word: string, stem: string) => (SYNONYMS.get(stem) ?? []).filter((g) => !g.derived || isDerived(word)).map((g) => g.group);

/** "Bestuurlijke trekkers" are bestuurlijke trekkers, and "bestuurlijk trekkerschap" is theirs: a name's last word in its plural ("-s", "-en", "schillen") or as its office ("-schap"). */
const isFormOf = (word: string | undefined, singular: string) =>
  !!word && word.length > singular.length && [`${singular}s`, `${singular}en`, `${singular}${singular.slice(-1)}en`, `${singular}schap`].includes(word);

function wordsOf(text: string): string[] {
  return fold(text).split(/[^a-z0-9&]+/).filter(Boolean);
}

/**
 * Splits raw text into word groups: a single word, or a phrase with its abbreviation's concept
 * token ("bestuurlijk overleg" -> [#bo, bestuurlijk, overleg]), so a query counts a phrase once.
 * Numbers keep their decimal commas and lose thousands dots ("50.000" -> "50000").
 */
export function tokenGroups(text: string): string[][] {
  text = withWordsSpelledOut(text);
  // "AO/IC" is one term, not the Ambtelijk overleg.
  // "82%" says "82 procent".
  // "Baken&Brug" is two words, as "Baken & Brug"; "P&C" stays one term.
  const raw = text.replace(/\b([A-Z]{2,})\/([A-Z]{2,})\b/g, '$1$2').replace(/(\p{L}{3,})&(?=\p{L}{3,})/gu, '$1 & ').replace(/%/g, ' procent ').match(/[\p{L}\p{N}&]+(?:[.,'’][\p{N}]+)*/gu) ?? [];
  const words = raw.map((w) => (/^\d[\d.]*$/.test(w) ? w.replace(/\./g, '') : fold(w)));
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const abbr = BY_ABBR.get(words[i])?.find((a) => !a.caseSensitive || raw[i] === raw[i].toUpperCase());
    if (abbr) {
      out.push([abbr.token]);
      continue;
    }
    const phrase = BY_FIRST_WORD.get(words[i])?.find((a) => a.phrase.every((p, k) => words[i + k] === p || (k === a.phrase.length - 1 && k > 0 && isFormOf(words[i + k], p))));
    if (phrase) {
      out.push([phrase.token, ...phrase.phrase.map((p) => p.replace(/&/g, '')).filter(Boolean)]);
      i += phrase.phrase.length - 1;
      continue;
    }
    // A paraphrase phrase ("ten hoogste", "bij elkaar voegen") is one word: its groups' tokens, then its own words.
    const paraphrase = paraphraseAt(words, i);
    if (paraphrase) {
      out.push([...paraphrase.tokens, ...words.slice(i, i + paraphrase.length).map((p) => p.replace(/&/g, '')).filter(Boolean)]);
      i += paraphrase.length - 1;
      continue;
    }
    const word = words[i].replace(/&/g, '');
    if (word) out.push([word]);
  }
  return out;
}

/** Tokens of a text, remembered: the same answers, clauses and fact keywords come back with every question. */
export const tokenize: (text: string) => readonly string[] = rememberedPerText(20_000, (text) => tokenGroups(text).flat());
/** A document's text: split verbs also as their joined infinitive ("houdt ... bij" is "bijhouden"). */
export const tokenizeText = (text: string): string[] => tokenGroups(withJoinedVerbs(text)).flat();


/** Verb forms whose stem without the -t is a noun of another meaning: money, a council. */
const VERB_FORMS_OF_OTHER_NOUNS = new Set(['geldt', 'raadt']);
const ADVERBS_OF_NOUNS = new Set(['deels']); // "deels gegrond" is partly, no "deel" (a member, ~lid)

/**
 * Word -> index terms: its stem, synonym group tokens and the stems of its compound parts.
 * Returns [] for stop words.
 */
/** The plural of a noun whose singular ends in a consonant and -s ("plaatsen", "kansen"). */
const PLURAL_OF_S_NOUN = /^\p{L}{2,}[^aeiouyjs]sen$/u;

export function termsOf(word: string, decompounder?: Decompounder): string[] {
  // A concept token ("#bo") or a paraphrase phrase's group token ("~~maximaal") is its own term.
  if (/^[#~]/.test(word)) return [word];
  if (STOP_WORDS.has(word)) return [];
  const stem = stemWord(word);
  const terms = new Set([stem, ...(ADVERBS_OF_NOUNS.has(word) ? [] : synonymGroups(word, stem))]);
  // The Dutch snowball stemmer keeps the -t of a verb ("presteert" vs "presteren"): add the stem without it,
  // unless that is a noun of another meaning ("geldt" is no "geld", "raadt" no "raad").
  if (word.length >= 5 && /[^t]t$/.test(word) && !/\d/.test(word) && !VERB_FORMS_OF_OTHER_NOUNS.has(word)) terms.add(stemWord(word.slice(0, -1)));
  // It takes the -s of a singular noun for an ending ("plaats" -> "plat", "mens" -> "men") but keeps it in the plural
  // ("plaatsen" -> "plaats"): the plural gets the singular's stem as well.
  if (PLURAL_OF_S_NOUN.test(word) && /[^aeiouyjs]s$/.test(stem)) terms.add(stemWord(stem));
  // A word's family shares the plain stem of its simplest form ("lening" also counts as "lenen"), a verb done along its verb ("meebetaald").
  for (const related of [familyRoot(word), participleVerbStem(word)]) if (related) terms.add(related);
  const along = verbDoneAlong(word);
  if (along) for (const t of termsOf(along, decompounder)) terms.add(t);
  for (const g of paraphraseGroups(word)) terms.add(g);
  const parts = compoundParts(word, decompounder);
  // The one who does it meets the verb: "Projectondersteuner" answers "wie ondersteunt".
  for (const doer of [word, parts.at(-1)].map((w) => w && decompounder?.doerOf(w))) if (doer) terms.add(stemWord(doer));
  for (const [i, part] of parts.entries()) {
    if (STOP_WORDS.has(part)) continue;
    const partStem = stemWord(part);
    terms.add(partStem);
    // "Binnen|gekomen" came in: a verb's particle says it, not the synonyms of its own ("binnen" no term of time).
    if (i === 0 && parts.length > 1 && (isSeparableParticle(part) || part === 'binnen')) continue;
    // Only a full split carries synonyms: a lone tail may be a false split ("trans|formatie"). A compound is a kind
    // of its last part: a word known only as written counts there ("raadszitting" is a zitting), not before it
    // (a "jongerenadviesraad" is an adviesraad, no group of jongeren).
    if (parts.length > 1) for (const g of [...synonymGroups(part, partStem), ...(i === parts.length - 1 ? paraphraseGroups(part) : groupsByForm(part))]) terms.add(g);
  }
  return [...terms];
}

/**
 * A separable verb joined from its parts ("neemt ... over" -> "overneemt", "zit ... voor" -> "voorzit"):
 * its stems with and without the -t of the verb form, their synonym groups (a joined verb is a verb,
 * so "-t" is an ending here, not part of a noun), and the one who does it ("voorzitter").
 */
export function joinedVerbTerms(joined: string): string[] {
  const base = joined.replace(/(?<=[^t])t$/, '');
  const out = new Set<string>();
  for (const stem of [stemWord(joined), stemWord(base)]) {
    out.add(stem);
    for (const g of synonymGroups(joined, stem)) out.add(g);
  }
  for (const g of [...paraphraseGroups(joined), ...paraphraseGroups(base)]) out.add(g);
  for (const agent of [`${joined}ter`, `${base}ter`]) out.add(stemWord(agent));
  return [...out];
}

export function compoundParts(word: string, decompounder?: Decompounder): string[] {
  if (!decompounder || /^[#~]/.test(word)) return [];
  const parts = decompounder.split(word);
  return parts.length ? parts : decompounder.split(stemWord(word));
}

// Only a word's own stem counts, not its synonym group: "euro" must not make a pizza question a domain question.
const termsOfWords = (words: string[]) => new Set(words.flatMap((w) => tokenize(w).map((t) => termsOf(t)[0]).filter(Boolean)));

/** Domain terms: a question must contain one of these to be answered at all. */
/** The last word of a concept of several words without an abbreviation ("#bestuurlijktrekker": "trekker"), by which a text that named it goes on. */
export const conceptHead = (token: string): string | undefined => ABBREVIATIONS.find((a) => !a.abbr && a.token === token && a.phrase.length > 1)?.phrase.at(-1);
export const DOMAIN_TERMS = new Set([...termsOfWords(vocabulary.domainWords), ...ABBREVIATIONS.map((a) => a.token)]);

/**
 * Synonym groups of the domain's own subjects ("overeenkomst" is a "contract"): a question using one of
 * their words is about the domain. Not the groups naming what is asked (an amount, a date): "euro" or
 * "wanneer" alone say nothing about the subject.
 */
export const DOMAIN_GROUPS = new Set(
  Object.entries(vocabulary.synonyms)
    .filter(([group, words]) => !vocabulary.focusGroups.includes(group) && words.some((w) => DOMAIN_TERMS.has(termsOf(fold(w))[0])))
    .map(([group]) => `~${group}`),
);

/** Words that say little about what is asked (most texts have them); they never count against coverage. */
export const WEAK_TERMS = termsOfWords(vocabulary.weakWords);

/** Gemeente names: matched inside a list of all of them, they say nothing about one gemeente. */
export const PLACE_TERMS = termsOfWords(vocabulary.placeNames);
/** Gemeenten outside the region (Twente, the neighbours, the large cities): a question that names one asks about that gemeente, which a text must name. */
export const OTHER_PLACE_TERMS = termsOfWords(vocabulary.otherPlaceNames);

/** "PFO staat voor portefeuillehoudersoverleg." for a concept token, when the abbreviation has a plain expansion. */
export function explainAbbreviation(token: string): string | undefined {
  const entry = vocabulary.abbreviations.find((a) => `#${fold(a.abbr).replace(/[^a-z0-9]/g, '')}` === token && a.explain !== false);
  return entry ? `${entry.abbr} staat voor ${entry.phrase}.` : undefined;
}

/** Synonym groups that name what is asked (an amount, a date, how often): a hit that misses them does not answer. */
export const FOCUS_GROUPS = new Set(vocabulary.focusGroups.map((g) => `~${g}`));
