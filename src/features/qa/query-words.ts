import { DOMAIN_GROUPS, DOMAIN_TERMS, PLACE_TERMS, explainAbbreviation } from './dutch-text';
import { fold } from '../../shared/fold';

/** A question word as the ranking sees it: the index terms it may match and what kind of word it is. */
export interface QueryWord {
  terms: string[];
  /** Terms that only half answer for the word: the tail of a compound whose head is unknown. */
  partial: Set<string>;
  /** Parts of a compound: together they answer for most of it. */
  parts: Set<string>;
  /** The terms of each part of a compound, when it splits in two or three. */
  partTerms?: Set<string>[];
  weak: boolean;
  /** Terms of the word's paraphrases from the lexicon (lexicon-expansion.ts): they help, at a lower weight. */
  related?: string[];
  /** The word names what is asked (an amount, a date, how often). */
  focus: boolean;
  /** The word as asked, when it names a thing no document names in any form ("hond", "leaseauto"): see unknown-things.ts. */
  unknownThing?: string;
  /** The word as asked, when it names what the question asks for ("welke opzegtermijn"): see askedForThing. */
  askedFor?: string;
  /** The word as asked, when it names the subject or object of a question whether or who: see asksAboutNoun. */
  namedThing?: string;
  /** The terms an answer names a thing of someone's own by ("zijn kinderen": kinder, kind): its own words, no synonym. See asksAboutOwnThing. */
  ownTerms?: string[];
}

/**
 * Share of the question's words a hit answers. A word found exactly counts 1, through its
 * synonyms 0.9, through the parts of a compound or a lexicon paraphrase 0.75 (one part by its own word will do), only by a part's
 * synonym, typo tolerance, prefix or the tail of a compound 0.5. A missed word counts 0 and weighs double when the knowledge never mentions it
 * (it is likely what the question is really about), when it names what is asked ("kost",
 * "wanneer") or when it is a named body or concept ("BO", "Kerngroep Transformatie"). A missed word of the
 * question's `setup` (the sentences before the one that asks: "Wij zijn aanbieder en ons contract stopt. Wat kost
 * ...?") weighs half, and all of them together at most as much as the asking sentence's words: a text states the rule, not the
 * asker's circumstances.
 */
/** What a word found only through a lexicon paraphrase counts for (see coverageOf). */
const RELATED_HIT = 0.75;

/**
 * "Met welke partijen ...", "uit welke onderdelen ...", "op welke niveaus ...": a kind that says nothing of the topic. A text answers it by naming
 * the parties or parts ("met de provincies", "de BVO en het PM"), so a text without the word misses nothing asked.
 */
const GENERIC_KIND = /^(?:ding|dingen|partij|partijen|instantie|instanties|post|posten|onderdeel|onderdelen|soort|soorten|zaak|zaken|niveau|niveaus|categorie|categorieen|categorieën|aspect|aspecten|type|typen|types|dimensie|dimensies|kenmerk|kenmerken|invalshoek|invalshoeken)$/i;

/** What a missed word of a question's setup weighs (see coverageOf): it tells the situation, not what is asked. */
const MISSED_SETUP_WEIGHT = 0.5;

/** A long setup tells many details no rule repeats: together its missed words weigh at most what the asking sentence's words do. */
function missedSetupWeight(words: QueryWord[], isMissed: (w: QueryWord) => boolean, setup?: ReadonlySet<string>): number {
  if (!setup?.size) return MISSED_SETUP_WEIGHT;
  const missed = words.filter((w) => setup.has(w.terms[0]) && !isCaseFact(w) && isMissed(w)).length;
  const asking = words.filter((w) => !setup.has(w.terms[0])).length;
  return missed ? Math.min(MISSED_SETUP_WEIGHT, asking / missed) : MISSED_SETUP_WEIGHT;
}

/**
 * "In Raalte ...", "over 2027", "zo'n 25%": the asker's own gemeente or figure, told in the setup. A rule is stated for
 * every gemeente and in its own figures, so a text that does not repeat them misses nothing of what is asked.
 */
const isCaseFact = (w: QueryWord) => PLACE_TERMS.has(w.terms[0]) || /^\d/.test(w.terms[0]);

export function coverageOf(words: QueryWord[], matched: Set<string>, exact: Set<string>, vocabulary: { has(term: string): boolean }, setup?: ReadonlySet<string>): number {
  let hit = 0;
  let total = 0;
  // A text word answers one question word: "Regeling" answers "Regeling", not also "geregeld" (both stem to "regel").
  const heads = new Set(words.map((w) => w.terms[0]).filter((t) => !t.startsWith('~')));
  const setupWeight = missedSetupWeight(words, (w) => !w.terms.some((t) => matched.has(t) && (t === w.terms[0] || !heads.has(t))), setup);
  for (const w of words) {
    const concept = w.terms[0].startsWith('#');
    const found = w.terms.filter((t) => matched.has(t) && exact.has(t) && (t === w.terms[0] || !heads.has(t)));
    // A named body or concept is answered by its own token only; its loose words do not say it.
    const missed = concept ? !found.includes(w.terms[0]) : !w.terms.some((t) => matched.has(t) && (t === w.terms[0] || !heads.has(t)));
    // A paraphrase from the lexicon says the word less surely than a hand-made synonym does.
    if (missed && w.related?.some((t) => matched.has(t) && exact.has(t))) {
      total += 1;
      hit += RELATED_HIT;
      continue;
    }
    if (missed && w.askedFor && GENERIC_KIND.test(w.askedFor)) continue;
    if (missed && setup?.has(w.terms[0])) {
      total += isCaseFact(w) ? 0 : setupWeight;
      continue;
    }
    if (missed) {
      total += w.focus || concept || !w.terms.some((t) => vocabulary.has(t)) ? 2 : 1;
      continue;
    }
    total += 1;
    // The word's own synonyms say it; a synonym of one of its parts only says that part.
    const own = (t: string) => !w.partial.has(t) && !w.parts.has(t);
    if (found.some((t) => t === w.terms[0] || (!t.startsWith('~') && own(t)))) hit += 1;
    else if (found.some((t) => t.startsWith('~') && own(t))) hit += 0.9;
    // A part named by its own word ("vast" of "vastgelegd" in "legt ... vast"); a part's synonym alone says little.
    else if (found.some((t) => w.parts.has(t) && !t.startsWith('~')) || w.partTerms?.every((part) => found.some((t) => part.has(t)))) hit += 0.75;
    else hit += 0.5;
  }
  return total ? hit / total : 0;
}

/**
 * How well a sentence says a question word whose term `hit` it holds: its own stem fully, a form or part 0.8, a synonym
 * group 0.6; a compound whose every part it says ("gunningsbeslissing" for "gunningsbesluit") 0.8 however it was found.
 * A weak word counts 0.3 of that.
 */
export function wordStrength(w: QueryWord, hit: number, has: (term: string) => boolean): number {
  const found = hit === 0 ? 1 : w.terms[hit].startsWith('~') ? 0.6 : 0.8;
  const whole = w.partTerms?.every((part) => [...part].some(has)) ? 0.8 : 0;
  return (w.weak ? 0.3 : 1) * Math.max(found, whole);
}

/** Search weight of a lexicon paraphrase: below a hand-made synonym group's 0.3. */
const RELATED_WEIGHT = 0.25;

/**
 * Search weight per index term: a word's own stem counts fully; its synonym group and compound parts only
 * help, lexicon paraphrases least. Words in `skip` (the words naming the document asked about) are not searched for.
 */
export function searchWeights(words: QueryWord[], skip: Set<string>, known: { has(term: string): boolean } = { has: () => true }): Map<string, number> {
  const weights = new Map<string, number>();
  for (const w of words.filter((x) => !skip.has(x.terms[0]))) {
    // "Het niet eens" is "oneens", a word no document uses: its group ("overeenstemming") is all that can find the text.
    const group = w.terms.some((t) => !t.startsWith('~') && known.has(t)) ? 0.3 : 1;
    w.terms.forEach((t, i) => weights.set(t, Math.max(weights.get(t) ?? 0, i === 0 ? 1 : t.startsWith('~') ? group : 0.5)));
    for (const t of w.related ?? []) weights.set(t, Math.max(weights.get(t) ?? 0, RELATED_WEIGHT));
  }
  return weights;
}

/** In a short question ("Waar staat PFO voor?") the abbreviation is spelled out if the answer does not do so already. */
export function withExpansions(answer: string, words: QueryWord[]): string {
  if (words.length > 2) return answer;
  const folded = fold(answer);
  const lines = words
    .map((w) => w.terms.find((t) => t.startsWith('#')))
    .map((t) => (t ? explainAbbreviation(t) : undefined))
    .filter((line): line is string => !!line && !folded.includes(fold(line.replace(/^.* staat voor /, '').replace(/\.$/, ''))));
  return lines.length ? `${lines.join(' ')} ${answer}` : answer;
}

/**
 * Whether a question is about the knowledge at all: a word of the domain, of a heading, or a longer word an
 * ingested document uses ("fietsenkelder"), unless it is a name. Only the domain's subject groups count among synonyms: "euro"
 * must not make a question about pizza prices a domain question.
 */
export function aboutTheKnowledge(words: QueryWord[], corpus: { headingTerms: { has(t: string): boolean }; vocabulary: { has(t: string): boolean } }, names: Set<string>): boolean {
  // A name ("weer in Zwolle") says where, not what about.
  const used = (w: QueryWord, t: string) => !w.weak && !w.focus && !names.has(w.terms[0]) && t.length >= 6 && corpus.vocabulary.has(t);
  const known = (w: QueryWord, t: string) => DOMAIN_TERMS.has(t) || corpus.headingTerms.has(t) || used(w, t);
  // A paraphrase group the documents use ("duurder worden" of their "stijgen") is their language, as a word of theirs is.
  return words.some((w) => w.terms.some((t) => (t.startsWith('~~') ? used(w, t) : t.startsWith('~') ? DOMAIN_GROUPS.has(t) : known(w, t))));
}

/**
 * "Hoeveel psychiaters" of a text that only says "jeugdpsychiaters": the compounds the question's reading found for the words
 * with these terms, nouns with the word as their last part ("bijdroeg" for "droeg" is a verb's particle, no kind of thing).
 */
export const compoundsFound = (analysed: QueryWord[], terms: string[]): string[] =>
  analysed.filter((w) => terms.includes(w.terms[0])).flatMap((w) => w.terms.slice(1).filter((t) => t.endsWith(w.terms[0]) && t.length >= w.terms[0].length + 4));
