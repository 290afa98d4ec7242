import { capitalisedTerms } from './unknown-names';
import { FOCUS_GROUPS, PLACE_TERMS, WEAK_TERMS, compoundParts, joinedVerbTerms, termsOf, tokenGroups, tokenize } from './dutch-text';
import type { Decompounder } from './decompounder';
import type { QueryWord } from './query-words';
import { relatedTerms } from './lexicon-expansion';
import { lexiconKey } from './lexicon';
import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import { withoutIdioms } from './question-frames';
import { joinSplitInfinitives } from './question-rewrites';
import { infinitiveOf } from './separable-verbs';
import { pluralInS, stemWord } from './word-forms';
import { SEPARABLE_PARTICLES, isSeparableParticle } from './separable-particles';
import { askingSentences } from './question-setup';
import { splitSentences } from './passages';
import { askedForThing, asksAboutNoun, asksForInLastClause, asksAboutOwnThing, asksAboutThing, nounForms, thingOfAskedCase } from './unknown-things';

const STOP_WORDS = new Set(DUTCH_STOP_WORDS);

/** What analysing a question needs from the corpus. */
export interface AnalysisContext {
  terms(word: string): string[];
  decompounder: Decompounder;
  vocabulary: { has(term: string): boolean };
}

/** Before a word they make it a noun: "alle namen", "de stukken" (not "die", "dat": "de aanbieder die het overneemt"). */
const ARTICLES = new Set(['de', 'het', 'een', 'alle', 'welke', 'hun', 'onze', 'elke', 'iedere']);
const DETERMINERS = new Set(['de', 'het', 'een', 'welk', 'welke', 'hoeveel', 'hoelang', 'die', 'dat', 'deze', 'dit', 'zijn', 'haar', 'hun', 'mijn', 'jouw', 'uw', 'ons', 'onze', 'elk', 'elke', 'ieder', 'iedere', 'alle']);

/**
 * A word of how often is what is asked only in a question after a frequency: in "wanneer moet het jaarlijkse werkverslag
 * af zijn?" or "moet zo'n aanbieder ook elk kwartaal rapporteren?" it only tells which report.
 */
const FREQUENCY_GROUP = '~frequentie';
/** "Vanaf 2052", "sinds 1 januari": a frame of time that dates what is asked, no start asked (as "vanaf wanneer" is). */
const START_FRAME = /\b(vanaf|sinds)\s+(?:(?:19|20)\d\d\b|\d{1,2}\s+\p{L}+\s+(?:19|20)\d\d\b)/iu;
const ASKS_HOW_OFTEN = /\bhoe\s+(?:vaak|dikwijls|frequent)\b|\bom de hoeveel\b|\bhoeveel\s+(?:keer|maal)\b|\b(?:welke|de)\s+frequentie\b|\bhoe\s+regelmatig\b|\bvaak\b/i;

/**
 * "Uit welke twee organisaties is RSJ ontstaan?", "waaruit kwam het voort?": an origin asked, not when something
 * began. "Ontstaan" then is no word of the start group (which would let "RSJ bestaat sinds 2018" answer it).
 */
const START_GROUP = '~start';
const ORIGIN_ASKED = /\b(?:waaruit|uit\s+(?:welke|wat|wie|hoeveel))\b[^?.!]*\b(?:ontstaan|ontstond|ontstonden|voortgekomen|voort)\b/i;
const ORIGIN_VERB = /^(?:ontstaan|ontstond|ontstonden)$/i;

/** "En als twee aanbieders dezelfde score hebben ...": a count the asker supposes, no figure asked ("hoeveel" asks one). */
const SUPPOSED_COUNT = /^(?!.*\bhoeveel\b)(?:\s*en)?\s*(?:als|stel(?:\s+dat)?|indien|wanneer)\s+(twee|drie|vier|vijf)\s+\p{L}+/iu;

/** "De belangrijkste lessen", "de voornaamste knelpunten": which of a list, asked of the list itself, no thing of its own. */
const LIST_QUALIFIER = /\b(belangrijkste|voornaamste|opvallendste)\s+\p{L}{3,}(?:en|s|['’]s)\b/iu;

/** Question words, each with the index terms it may match. The question comes with its typos corrected already. */
export function analyseQuestion(question: string, corpus: AnalysisContext): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  // "Om te vallen" is "omvallen" when the index knows that verb or its synonyms.
  const text = joinSplitInfinitives(withoutIdioms(question), (w) => corpus.terms(w).some((t) => t.startsWith('~') || corpus.vocabulary.has(t)));
  // A name no document uses ("wachttijd bij Karakter") has no paraphrases: it is not the Dutch word it looks like.
  const names = capitalisedTerms(question, corpus.terms);
  const unknownName = (terms: string[]) => names.has(terms[0]) && !terms.some((t) => corpus.vocabulary.has(t));
  const known = (t: string) => t.startsWith('~') || corpus.vocabulary.has(t);
  const askedFor = askedForThing(text);
  // Read in the sentences that ask: "Een lid is vaak afwezig. Moet hij elk kwartaal komen?" asks no frequency.
  const asksHowOften = ASKS_HOW_OFTEN.test(askingSentences(text));
  const framing = START_FRAME.exec(text)?.[1].toLowerCase();
  const supposed = SUPPOSED_COUNT.exec(text)?.[1].toLowerCase();
  const listQualifier = LIST_QUALIFIER.exec(text)?.[1].toLowerCase();
  const asksOrigin = ORIGIN_ASKED.test(askingSentences(text));
  for (const group of tokenGroups(text)) {
    const own = [...new Set(group.flatMap((t) => corpus.terms(t)))];
    // "Een groepje oprichten" asks for a "groep" when the documents never say "groepje".
    const base = group.length === 1 && !own.some(known) ? diminutiveBases(group[0]).find((b) => corpus.terms(b).some(known)) : undefined;
    const singular = group.length === 1 ? pluralInS(group[0]) : undefined;
    // "Welke verzekeraar" where the documents only say "zorgverzekeraar": a compound is a kind of its tail; "dyslexie"
    // where they only say "dyslexiezorg": its head names what the compound is for.
    const compounds = group.length === 1 && !base && own.length && !own.some(known) ? [...corpus.decompounder.compoundsEndingIn(group[0]), ...corpus.decompounder.compoundsBeginningWith(group[0])].map((c) => corpus.terms(c)[0]) : [];
    const origin = asksOrigin && group.length === 1 && ORIGIN_VERB.test(group[0]);
    const terms = [...new Set([...own, ...(base ? corpus.terms(base) : []), ...(singular ? corpus.terms(singular).slice(0, 1).filter(known) : []), ...compounds])].filter((t) => !origin || t !== START_GROUP);
    if (terms.length === 0 || seen.has(terms[0])) continue;
    seen.add(terms[0]);
    const parts = group.length === 1 ? withKnownHead(group[0], compoundParts(group[0], corpus.decompounder), corpus) : [];
    // A phrase is answered by its concept token; its single words only hint at it.
    const phraseWords = group.length > 1 ? group.slice(1).flatMap((t) => corpus.terms(t)) : [];
    const partial = new Set([...(parts.length === 1 ? termsOf(parts[0]) : []), ...phraseWords]);
    const partTerms = parts.length > 1 ? parts.map((p) => new Set(termsOf(p))) : undefined;
    const whole = new Set(partTerms?.flatMap((p) => [...p]));
    const weak = WEAK_TERMS.has(terms[0]) || group[0] === framing || group[0] === supposed || group[0] === listQualifier;
    // A phrase is the kind of answer asked by its token or its head, not by a word that qualifies it ("financiële problemen" asks no money).
    const focus = !weak && !origin && [...new Set([group[0], group[group.length - 1]])].some((t) => termsOf(t).some((g) => FOCUS_GROUPS.has(g) && (g !== FREQUENCY_GROUP || asksHowOften)));
    const related = group.length === 1 && !weak && !focus && !unknownName(terms) ? relatedTerms(group[0], terms, corpus.vocabulary) : [];
    // A tail the documents use does not make the compound known: "parkeerkosten" is no "kosten" of a regulation.
    const unknown = group.length === 1 && !weak && !focus && !related.length && !names.has(terms[0]) && ![...terms, ...whole].some((t) => !partial.has(t) && corpus.vocabulary.has(t));
    const isAskedFor = group.length === 1 && !weak && !focus && (askedFor === group[0] || asksForInLastClause(text, group[0]));
    const unknownThing = unknown && (isAskedFor || asksAboutThing(text, group[0]) || thingOfAskedCase(text, group[0]));
    const namedThing = group.length === 1 && !weak && !focus && asksAboutNoun(text, group[0]);
    const ownTerms = namedThing && asksAboutOwnThing(text, group[0]) ? [...new Set([terms[0], ...nounForms(group[0]).flatMap((f) => corpus.terms(f).slice(0, 1))])] : undefined;
    words.push({ terms, partial, parts: whole, partTerms, weak, focus, ...(related.length ? { related } : {}), ...(unknownThing ? { unknownThing: group[0] } : {}), ...(isAskedFor ? { askedFor: group[0] } : {}), ...(namedThing ? { namedThing: group[0] } : {}), ...(ownTerms ? { ownTerms } : {}) });
  }
  // A particle joins a verb of its own sentence: "We willen iets gaan uitvragen. Heeft de FG tijd om daar over te ..." is no "overgaan".
  const joinedParticles = new Set(splitSentences(text).flatMap((sentence) => [...joinParticles(tokenize(sentence), words, seen, corpus)]));
  // A particle that joined its verb ("vast te stellen" -> "vaststellen") is not a question word of its own.
  return words.filter((w) => !joinedParticles.has(w.terms[0]));
}

/**
 * "Opzegtermijn" in a corpus that says "opgezegd" or "beëindigen" and "termijn": the decompounder splits off only a tail
 * it knows, and the head left ("opzeg") is a part too when the corpus says it by its own stem or a synonym of it. Not a
 * particle ("rondleiding"), nor a paraphrase of it: those name an act, not the thing the compound is.
 */
function withKnownHead(word: string, parts: string[], corpus: AnalysisContext): string[] {
  if (parts.length !== 1 || !word.endsWith(parts[0])) return parts;
  const head = word.slice(0, -parts[0].length);
  if (head.length < 4 || isSeparableParticle(head) || STOP_WORDS.has(head)) return parts;
  const known = corpus.terms(head).some((t, i) => (i === 0 || /^~[^~]/.test(t)) && corpus.vocabulary.has(t));
  return known ? [head, parts[0]] : parts;
}

/** "groepje" "groep", "lijstjes" "lijst", "boompje" "boom", "vergaderingetje" "vergadering": the base words a diminutive may have. */
function diminutiveBases(word: string): string[] {
  const singular = word.replace(/(je)s$/, '$1');
  return ['je', 'tje', 'pje', 'etje'].filter((end) => singular.endsWith(end) && singular.length - end.length >= 3).map((end) => singular.slice(0, -end.length));
}

/**
 * Separable verbs split in the question: each particle joins the NEAREST word before it that makes a verb the
 * corpus knows ("in de knel komt, wie pakt dat op" is "oppakken", not the "opkomen" of the farther "komt"), and a
 * verb takes one particle ("geeft ... uit aan opleiding" is "uitgeven", not also "aangeven"). A verb too common to
 * ask by itself ("neemt", "zit") becomes the joined verb ("overnemen", "voorzitten"); a word asked by itself
 * ("voeg ... toe") also asks for the joined one ("toevoegen"), with its synonyms ("vast te stellen": "besluiten").
 * Returns the particles that joined a verb.
 */
const ASKING_WORDS = new Set(['welke', 'welk', 'hoeveel']);

function joinParticles(tokens: readonly string[], words: QueryWord[], seen: Set<string>, corpus: AnalysisContext): Set<string> {
  const joined = new Set<string>();
  const usedVerbs = new Set<number>();
  // A particle before an article, a noun phrase or "hoe lang" is a preposition ("het besluit over de regioagenda",
  // "voor hoe lang"), not the end of a verb; one before "te" belongs to the infinitive after it ("daar een advies
  // over te geven" is no "overgaan" of an earlier "gaan"), which joinSplitInfinitives joined when the index knows it.
  // One before a figure is a preposition too: "komt het PFO in 2028 bijeen" is no "inkomen".
  // And one before a body's short name or a place: "alle verzoeken aan RSJ" is no "aankunnen", "komt er in Raalte ... bij" no "inkomen";
  // or before "welke" or "hoeveel": "een analyse maken in de RIJM, op welke dimensies" is no "opmaken" ("houdt bij wanneer" is "bijhouden").
  // "Met welke adviseur samen": "samen" after "met" says together with, no end of a verb; "gaan ... samen per jaar kosten" is in total,
  // "gaat er ... samen naar jeugdhulp" is together too (no "samengaan").
  const togetherNoParticle = (i: number) => tokens[i] === 'samen' && (tokens.slice(Math.max(0, i - 5), i).includes('met') || tokens[i + 1] === 'per' || tokens[i + 1] === 'naar');
  const particleAt = tokens.flatMap((t, i) => (isSeparableParticle(t) && !DETERMINERS.has(tokens[i + 1]) && tokens[i + 1] !== 'te' && !/^(?:\d|#)/.test(tokens[i + 1] ?? '') && !PLACE_TERMS.has(termsOf(tokens[i + 1] ?? '')[0] ?? '') && !ASKING_WORDS.has(tokens[i + 1]) && !beforeJoinedInfinitive(tokens, i) && !beforeBareNoun(tokens, i) && !togetherNoParticle(i) ? [i] : []));
  for (const at of particleAt) {
    const p = tokens[at];
    for (let i = at - 1; i >= 0; i--) {
      const verb = tokens[i];
      // A stop word is no verb: "wie pakt dat op" is not "opdat".
      // "Alle namen van de leden, ook wie er in of uit ging": after a determiner it is a noun ("namen"), no verb.
      if (usedVerbs.has(i) || isSeparableParticle(verb) || STOP_WORDS.has(verb) || ARTICLES.has(tokens[i - 1])) continue;
      // "Namen ... aan" is "aannemen": a past form joins as its infinitive, which the text's "aangenomen" shares a stem with.
      const own = [...new Set([verb, infinitiveOf(verb) ?? verb].flatMap((v) => joinedVerbTerms(`${p}${v}`)))].filter((t) => t.startsWith('~') || corpus.vocabulary.has(t));
      if (corpus.terms(verb).length === 0 ? joinBareVerb(p, verb, own, words, seen, corpus) : joinAskedVerb(p, verb, own, words, corpus)) {
        // The particle's own word ("samen", term "sam") is no question word of its own either.
        for (const t of [p, ...corpus.terms(p).slice(0, 1)]) joined.add(t);
        usedVerbs.add(i);
        break;
      }
    }
  }
  return joined;
}

/** "Waar kan ik daar op inzoomen?": a particle before a verb that has its own particle is that verb's preposition ("inzoomen op"). */
const beforeJoinedInfinitive = (tokens: readonly string[], i: number) =>
  /en$/.test(tokens[i + 1] ?? '') && SEPARABLE_PARTICLES.some((p) => tokens[i + 1].startsWith(p) && tokens[i + 1].length >= p.length + 5);

/** "Voor" or "over" before a content word is a preposition ("zit het verst boven de begroting voor jeugdhulp"), no "voorzitten". */
const PREPOSITION_PARTICLES = new Set(['voor', 'over']);
/** Words that open a clause after a particle that ends its verb: "wie schiet de kosten voor zolang ...". */
const CLAUSE_OPENERS = new Set(['zolang', 'totdat', 'wanneer', 'zodra', 'nadat', 'voordat', 'terwijl', 'omdat', 'zodat', 'indien', 'tenzij', 'mits', 'hoewel']);
const beforeBareNoun = (tokens: readonly string[], i: number) =>
  PREPOSITION_PARTICLES.has(tokens[i]) && tokens[i + 1] !== undefined && !STOP_WORDS.has(tokens[i + 1]) && !CLAUSE_OPENERS.has(tokens[i + 1]) && !isSeparableParticle(tokens[i + 1]);

/** "Neemt ... over" is the question word "overnemen" (or a paraphrase the corpus has, for "houdt ... op": "eindigt"). */
function joinBareVerb(p: string, verb: string, own: string[], words: QueryWord[], seen: Set<string>, corpus: AnalysisContext): boolean {
  // Not a stop word after a preposition ("voor me"): that is no verb.
  const related = own.length || STOP_WORDS.has(verb) ? [] : relatedTerms(`${p}${verb}`, [lexiconKey(`${p}${verb}`)], corpus.vocabulary);
  const terms = own.length || !related.length ? own : [lexiconKey(`${p}${verb}`)];
  if (terms.length === 0 || seen.has(terms[0])) return false;
  seen.add(terms[0]);
  words.push({ terms, partial: new Set(), parts: new Set(), weak: false, focus: false, ...(related.length ? { related } : {}) });
  return true;
}

/** "Voeg ... toe" also asks for "toevoegen", and "pakt ... op" for "oppakken" with its group ("behandelen"). */
function joinAskedVerb(p: string, verb: string, own: string[], words: QueryWord[], corpus: AnalysisContext): boolean {
  const word = words.find((w) => w.terms[0] === corpus.terms(verb)[0]);
  if (!word || own.length === 0) return false;
  const stem = stemWord(`${p}${word.terms[0]}`);
  const known = corpus.vocabulary.has(stem) ? [stem, ...termsOf(stem).filter((t) => t.startsWith('~'))] : [];
  const added = [...new Set([...known, ...own])].filter((t) => !word.terms.includes(t));
  word.terms.push(...added);
  // "Koppelt ... terug" is terugkoppelen: the bare verb's lexicon relations ("verbinden") are no paraphrase of it.
  delete word.related;
  return true;
}
