import { relatedTerms } from './lexicon-expansion';
import { FOCUS_GROUPS, PLACE_TERMS, termsOf, tokenize, tokenizeText } from './dutch-text';
import type { KnowledgeCorpus } from './knowledge-search';
import { withoutIdioms } from './question-frames';
import { isColumnTerm } from './table-column-words';
import { namesUnknown } from './unknown-names';
import { questionParts } from './question-setup';
import { looksBack } from './declines';
import { amountPaid, withAmountWord } from './figures-in-answer';
import { isSeparableParticle } from './separable-particles';
import { YEAR_TERM } from './number-words';
import type { QaResult } from './qa.domain';
import { type QueryWord, aboutTheKnowledge, compoundsFound, coverageOf } from './query-words';
import { pluralInS } from './word-forms';

type AnswerResult = Extract<QaResult, { kind: 'answer' }>;

/** Share of the question's content words a hit must cover to count as an answer. */
export const MIN_COVERAGE = 0.55;

/** The best hit as the gate sees it: its coverage and the index terms it matched. */
export interface GateHit {
  coverage: number;
  rank: number;
  matched: Set<string>;
  exact: Set<string>;
}

/** Coverage at which a hit answers even though it misses a thing the question names: most of the question is in it. */
const SURE_COVERAGE = 0.7;

/** How far a paraphrased question's best hit must outrank the next: two passages about as good mean its words point nowhere in particular. */
const MIN_MARGIN = 1.15;

/** A superlative asks which one ranks first ("de meeste klachten", "het hoogste bedrag"): a text without it does not rank. */
const SUPERLATIVE = /^(meest|minst|hoogst|laagst|grootst|kleinst|langst|kortst|duurst|goedkoopst|best|slechtst|vaakst|snelst)e?$/;

/**
 * Whether a hit says nothing of a question word: not its stem, a synonym, a part, nor a lexicon paraphrase. With
 * `wholeOnly`, the tail of a compound whose head is unknown does not say it either ("kosten" for "parkeerkosten").
 */
function misses(w: QueryWord, hit: GateHit, wholeOnly = false): boolean {
  const says = (t: string) => hit.matched.has(t) && !(wholeOnly && w.partial.has(t));
  const own = w.terms[0].startsWith('#') ? hit.matched.has(w.terms[0]) && hit.exact.has(w.terms[0]) : w.terms.some(says);
  return !own && !w.related?.some((t) => hit.matched.has(t) && hit.exact.has(t));
}

/** Concept tokens of the governance bodies and the organisation: who, not what. */
const BODIES_AND_ROLES = /^#(?:bo|pfo|ao|mo|rsj|kc|bestuurlijktrekker|gr)$/;

/** Words that say who, where, when or what kind of figure is asked: context, not the topic. */
export const isContext = (w: QueryWord) => w.focus || w.terms[0].startsWith('#') || PLACE_TERMS.has(w.terms[0]) || /^\d/.test(w.terms[0]);

/**
 * Whether the hit says a topic word of the question itself: its stem or its own synonym group, not a part, a
 * paraphrase or a shorter form ("regelt" read as "regel", "zorgt" as "zorg": a verb landing on a noun).
 */
export const saysTopic = (words: QueryWord[], hit: GateHit) =>
  words.some((w) => !isContext(w) && w.terms.some((t) => (t === w.terms[0] || (t.startsWith('~') && !w.partial.has(t) && !w.parts.has(t))) && hit.matched.has(t) && hit.exact.has(t)));

/**
 * Share of the question's words the hit covers when a missed word the documents never use counts once, not
 * twice: a question in plain words ("opschiet", "bij elkaar voegen") uses words no regulation does, for things
 * it states in its own. What is asked (a figure, how often) and a named body still count double.
 */
export const paraphraseCoverage = (words: QueryWord[], hit: GateHit) => coverageOf(words, hit.matched, hit.exact, { has: () => true });

/**
 * "Wat kostte de jeugdbescherming in Zwolle in 2054?": a text that says only the context (the place, the year, the kind of
 * figure) and none of the topic words is no answer, however much of the question it covers. (A table row may say its
 * topic by its column, "Bijdrage" for "betalen": not judged so.)
 */
export function saysOnlyContext(hit: GateHit, words: QueryWord[]): boolean {
  // Only a question set in a place or a year: "de verdeling tussen BO en PFO" is told by what each does, not in its words.
  if (!words.some((w) => PLACE_TERMS.has(w.terms[0]) || YEAR_TERM.test(w.terms[0]))) return false;
  // A named theme ("Aanpak wachttijden") is a topic; a body, a place, a figure or a year is context.
  const topic = words.filter((w) => !w.weak && (!isContext(w) || (w.terms[0].startsWith('#') && !BODIES_AND_ROLES.test(w.terms[0]))));
  return topic.length > 0 && topic.every((w) => misses(w, hit));
}

/**
 * Whether the best hit may answer the question. Above MIN_COVERAGE it may. Below it, a question in other
 * words than the text's is answered when its plain-word coverage reaches MIN_COVERAGE, the hit says one of
 * its topic words itself, outranks the next hit (`runnerUp`) by MIN_MARGIN, and misses no word that decides what is asked: a name ("Kompaan") or a
 * superlative ("de meeste"); `names` gives the terms of the question's capitalised words. A near miss ("een reiskostenvergoeding voor leden van het AO", "het weer
 * morgen in Zwolle") matches only who or where it is about, or misses the thing it names.
 */
export function passesGate(hit: GateHit, words: QueryWord[], names: () => Set<string>, runnerUp?: { rank: number }): boolean {
  if (hit.coverage >= MIN_COVERAGE) return true;
  if (paraphraseCoverage(words, hit) < MIN_COVERAGE || !saysTopic(words, hit)) return false;
  if (runnerUp && hit.rank < MIN_MARGIN * runnerUp.rank) return false;
  const named = names();
  return !words.some((w) => misses(w, hit) && (named.has(w.terms[0]) || SUPERLATIVE.test(w.terms[0])));
}

/**
 * "Binnen welke tijd moeten we de raad laten weten wat er met hun advies is gebeurd?": among the hits about as good
 * (`ranked`, best first), the one ranked first may cover too little of the question while the next covers enough
 * ("Binnen 4 weken na de besluitvorming ... laat RSJ de adviesraad weten ..."). The first that covers MIN_COVERAGE
 * then answers; the order is kept when the first covers enough itself.
 */
export function withGatePassedFirst<H extends { coverage: number }>(ranked: H[]): H[] {
  if (!ranked.length || ranked[0].coverage >= MIN_COVERAGE) return ranked;
  const enough = ranked.find((h) => h.coverage >= MIN_COVERAGE);
  return enough ? [enough, ...ranked.filter((h) => h !== enough)] : ranked;
}

/**
 * "Mag een wethouder zijn hond meenemen naar het BO?": the thing asked about is named by no document, and the hit
 * shares only the rest of the question (who, where, a common verb). Such an answer says what comes closest, and
 * that nothing was found about the thing. Returns the thing as asked; nothing when the hit covers most of the question and of its asking sentence, unless the thing is what it asks for.
 */
export function missingThing(hit: GateHit, words: QueryWord[], setup: ReadonlySet<string> = new Set()): string | undefined {
  // The setup's words say the asker's case, not what is asked: "most of the question" is judged on the asking sentence.
  const asking = words.filter((w) => !setup.has(w.terms[0]));
  const sure = hit.coverage >= SURE_COVERAGE && coverageOf(asking, hit.matched, hit.exact, { has: () => true }) >= SURE_COVERAGE;
  // What the question asks for is missed however much else of it the hit covers ("welke opzegtermijn geldt voor de contracten").
  // So is a thing of someone's own ("zijn secretaresse"): the rest is about the owner, and a typo-tolerant match ("secretaris") is another thing.
  const ownMissed = (w: QueryWord) => !!w.ownTerms && !w.terms.some((t) => hit.exact.has(t));
  // "Welke info ...": a kind of thing, which the text names by its instances, is no thing of its own.
  return words.find((w) => w.unknownThing && !WHOLE_KIND.test(w.unknownThing) && ((w.askedFor || !sure) && misses(w, hit, true) || ownMissed(w)))?.unknownThing;
}

/**
 * "Mag ik mijn kinderen meenemen naar het AO?" answered by "een voorstel meenemen naar hun colleges": the thing a question
 * whether or who asks about must be named by the answer's `text` (its sentences and section), or by the `known` terms
 * of a curated fact: by its own word, a synonym of it, a paraphrase, all its parts or its last part's own word ("de
 * stukken" for "vergaderstukken"); "leidt" does not name a "rondleiding". Returns the thing as asked, when it is not.
 */
export function unsaidThing(words: QueryWord[], text: string, terms: (word: string) => string[], known: Iterable<string>): string | undefined {
  // A thing no document names is missingThing's to judge.
  const asked = words.filter((w) => (w.namedThing || (w.askedFor && !KIND.test(w.askedFor))) && !w.unknownThing);
  if (asked.length === 0) return undefined;
  const tokens = tokenizeText(text).map((token) => ({ token, terms: terms(token) }));
  const facts = new Set(known);
  const said = new Set([...tokens.flatMap((t) => t.terms), ...facts]);
  // A word of the text itself, not a part of its compound: "vorming" says "vorm", "besluitvorming" does not.
  const saysWhole = (term: string) => facts.has(term) || tokens.some((t) => t.token.startsWith(term) && t.terms.includes(term));
  // "Rondleiding", "opleiding", "aanvraag": after a particle the compound names an act of its verb, not a kind of its tail.
  const tail = (w: QueryWord) => (w.partTerms && ![...w.partTerms[0]].some(isParticle) ? w.partTerms[w.partTerms.length - 1] : undefined);
  // A group the word is in itself ("bijeenkomst" an overleg) is its own, though a part has it too ("bijeen").
  const ownGroup = (w: QueryWord, t: string) => t.startsWith('~') && termsOf(w.namedThing ?? w.askedFor ?? '').includes(t);
  const names = (w: QueryWord) =>
    w.ownTerms
      ? w.ownTerms.some((own) => facts.has(own) || tokens.some((t) => t.terms[0]?.startsWith(own)))
      : w.terms.some((t) => said.has(t) && ((!w.partial.has(t) && !w.parts.has(t)) || ownGroup(w, t))) || !!w.related?.some(saysWhole) || amountPaid(w.terms, text) ||
        !!w.partTerms?.every((part) => [...part].some((t) => said.has(t))) || said.has([...(tail(w) ?? [])][0]);
  // A text that names the thing and nothing else the question asks ("het kind" for "zijn kinderen meenemen naar het BO") is about another thing of that name.
  // Not the word that says what is asked ("duurt", "kost"): whether the text gives that is missesWhatIsAsked's to judge.
  const others = (w: QueryWord) => words.filter((o) => o !== w && !o.weak && !o.focus);
  const says = (w: QueryWord) => names(w) && (others(w).length === 0 || others(w).some((o) => o.terms.some((t) => said.has(t))));
  const unsaid = asked.find((w) => !says(w));
  return unsaid && (unsaid.namedThing ?? unsaid.askedFor);
}

const isParticle = (term: string) => isSeparableParticle(term) || term === 'rond' || term === 'om';

/** "Welke taken", "welk cijfer", "welke stukken", "met welke partijen": a kind of thing, which a text answers by naming its instances. */
const KIND = /(?:^(?:ding|dingen|partij|partijen|instantie|instanties|post|posten)|stuk|stukken|taak|taken|onderdeel|onderdelen|punt|punten|cijfer|cijfers|tijd|verdeling|zaak|zaken|gegeven|gegevens|info|informatie|stap|stappen|eis|eisen|onderwerp|onderwerpen|thema|thema's|vraag|vragen|regel|regels|afspraak|afspraken|soort|soorten|vorm|vormen|manier|wijze|rol|rollen|niveau|niveaus|categorie|categorieen|categorieën|aspect|aspecten|type|typen|types|dimensie|dimensies|kenmerk|kenmerken|invalshoek|invalshoeken)$/;
/** A kind of thing as a word of its own ("info", "gegevens"), not the end of a compound ("huisregels", "reistijd"). */
const WHOLE_KIND = new RegExp(`^${KIND.source.replace('^', '')}`);
/** Whether a question word names a kind of thing as a whole ("soorten", "info"), which a text answers by its instances. */
export const namesWholeKind = (word: string) => WHOLE_KIND.test(word);

/**
 * The answer with the thing asked about that it does not say: `missing` when no document names it (missingThing),
 * `unanswered` when its text does not (unsaidThing). A curated fact (only the best hit can be one) names what its keywords do.
 */
export function withThingNotSaid(result: AnswerResult, best: GateHit, words: QueryWord[], setup: ReadonlySet<string>, terms: (word: string) => string[]): AnswerResult {
  const missing = missingThing(best, words, setup);
  if (missing) return { ...result, missing };
  const unanswered = unsaidThing(words, withAmountWord(`${result.source.section} ${result.answer}`), terms, result.passageRef.kind === 'fact' ? best.matched : []);
  return unanswered ? { ...result, unanswered } : result;
}

/** "Wat is het verschil tussen A en B?": the frame asks how A and B differ; a text about both answers it in its own words. */
const DIFFERENCE = /\bverschil(?:len)?\s+tussen\b[^?]*\ben\b/i;
/** A reflexive pronoun ("uit zichzelf", "voor zichzelf") says who, not what: no text needs to say it. */
const REFLEXIVE = ['zichzelf', 'mezelf', 'jezelf', 'onszelf', 'uzelf', 'hemzelf', 'haarzelf', 'hunzelf'];

/**
 * "Wat moet ik doen / regelen als ...": the verb asks for an action, which the text names in its own verbs
 * ("meldt", "zorgt dat de plaatsvervanger aanwezig is"); "regelen" would otherwise find "de gemeenschappelijke regeling".
 */
const ACTION_ASKED = /\bwat (?:moet|moeten|kan|kun|kunt|kunnen|mag|mogen|dien|dient) (?:ik|je|jij|u|we|wij|men|hij|zij|ze)(?: dan| nu| daarna| eerst| precies| allemaal)* (doen|regelen|ondernemen|organiseren)\b/i;
/** "Aan welke eisen moet het plan voldoen?": the requirements are asked, which a text lists without these words. */
const REQUIREMENTS_ASKED = /\b(?:aan )?welke (eisen|criteria|normen)\b[^?]*\b(voldoen|voldoet)\b/i;

/**
 * "Wie zorgt voor de agenda?" asks who is responsible for it: a text says so in its own words ("is verantwoordelijk
 * voor", "stelt ... op"), and a sentence that "zorgt voor" something else says nothing of the agenda.
 */
const WHO_SEES_TO = /\bwie (zorgt|zorgen)(?: er)? voor\b/i;

/**
 * A "wie zorgt voor" question is searched as "wie is verantwoordelijk voor": not for "zorgt", which a text that
 * "zorgt voor" something else shares ("zorgt voor een goede orde ... de agenda").
 */
export function withFrameWeights(weights: Map<string, number>, question: string, terms: (word: string) => string[]): Map<string, number> {
  const verb = WHO_SEES_TO.exec(question)?.[1];
  if (!verb) return weights;
  const out = new Map(weights);
  for (const t of terms(verb)) out.delete(t);
  for (const t of terms('verantwoordelijk').slice(0, 1)) out.set(t, 1);
  return out;
}

/**
 * "Ik moet de wethouder uitleggen hoe ...", "een moeder mailt ons dat ...", "ik hoorde dat ...": in the setup, a verb of
 * telling or noticing before the clause it introduces says how the case reached the asker; no text needs to say it.
 * Not "te laat" (late), nor before "of" (also "or": "ik zie de begroting of de jaarrekening niet"), save "laat weten of".
 */
const TELLING = /\b(uitleggen|leg|legt|vertellen|vertel|vertelt|vertelde|zeggen|zegt|zei|mailen|mail|mailt|mailde|mailden|bellen|belt|belde|belden|schrijft|schreef|horen|hoor|hoort|hoorde|hoorden|lezen|lees|leest|las|zien|zie|ziet|zag|zagen|merken|merk|merkt|merkte|merkten|(?<!\bte\s)laat|laten|liet|lieten)(?=(?:\s+\p{L}+){0,4}?\s+(?:(?:uit\s+|weten\s+)?(?:dat|hoe|wat|wie|waarom|wanneer|welke|welk)|weten\s+of)\b)/giu;

/** "Korter of langer geworden?", "gestegen of gedaald": which way a figure went, which a text gives in figures. */
const DIRECTION_ASKED = /\b(korter|langer|hoger|lager|meer|minder|beter|slechter|groter|kleiner|gestegen|gedaald)\s+of\s+(korter|langer|hoger|lager|meer|minder|beter|slechter|groter|kleiner|gestegen|gedaald)(?:\s+(geworden|gegaan))?\b/i;
/** "Wie heeft het sterker teruggedrongen, A of B?": a choice between two by a comparative, which a text answers with their figures. */
const CHOICE_COMPARED = /\b(?:wie|welke?|wat)\b[^?]*?\b(sterker|meer|minder|hoger|lager|groter|kleiner|beter|slechter|sneller|vaker|langer|korter|duurder|goedkoper)\b[^?]*\bof\b/i;
const WEEKDAY_WORD = /\b(?:maan|dins|woens|donder|vrij|zater|zon)dag\b/gi;

/** Terms of the question's words that frame it rather than name its topic: they do not count toward coverage. */
export function frameTerms(question: string, terms: (word: string) => string[]): Set<string> {
  const frame = [
    ...REFLEXIVE,
    ...(DIFFERENCE.test(question) ? ['verschil', 'verschillen', 'tussen'] : []),
    // "Hoeveel tijd krijgt ...?" asks a duration, which a text gives in days or weeks, not "tijd" ("na schooltijd").
    ...(/\b(?:hoeveel|welke|genoeg)\s+tijd\b/i.test(question) ? ['tijd'] : []),
    // "Welk deel van de personeelskosten": a share asked, which a text gives as "3%", not "deel" (nor a "lid").
    ...(/\bwelk\s+(?:deel|gedeelte)\s+van\b/i.test(question) ? ['deel'] : []),
    ...(ACTION_ASKED.exec(question)?.slice(1) ?? []),
    ...(REQUIREMENTS_ASKED.exec(question)?.slice(1) ?? []),
    ...(WHO_SEES_TO.exec(question)?.slice(1) ?? []),
    ...(DIRECTION_ASKED.exec(question)?.slice(1).filter(Boolean) ?? []),
    ...(CHOICE_COMPARED.exec(question)?.slice(1) ?? []),
    // "Welke stappen zet de regio om de wachttijden omlaag te krijgen?": steps taken to lower them, which a text lists as its measures.
    ...(/\bstappen\s+(zet|zetten|gezet)\b/i.exec(question)?.slice(1) ?? []),
    ...(/\b(omlaag|omhoog)\s+(?:te\s+)?(?:krijgen|brengen)\b/i.exec(question)?.slice(1) ?? []),
    ...(questionParts(question).setup.match(TELLING) ?? []).map((verb) => verb.toLowerCase()),
    // "Ik kon vrijdag niet bij het pfo zijn, ...": the day of the asker's case, which a text gives as a date.
    ...(questionParts(question).setup.match(WEEKDAY_WORD) ?? []).flatMap((day) => [day.toLowerCase(), 'dag']),
  ];
  return new Set(frame.map((w) => terms(w)[0]).filter(Boolean));
}

/**
 * "Wat is het weer morgen in Zwolle?", "hoe laat begint de wedstrijd van PEC?": nothing found, and the words that say
 * what it is about (not the place, not what kind of answer is asked) name nothing of the domain: the question is
 * outside the subject, not a gap in the documents. A question that names a place is judged by its other words;
 * one without needs words the documents never use at all.
 */
export function outsideTheDomain(words: QueryWord[], corpus: Parameters<typeof aboutTheKnowledge>[1], names: Set<string>): boolean {
  // A phrase that says what kind of answer is asked and also a subject ("boven budget": money, and an overschrijding) is topic.
  const topic = words.filter((w) => !w.weak && (!w.focus || w.terms.some((t) => t.startsWith('~') && !FOCUS_GROUPS.has(t))) && !PLACE_TERMS.has(w.terms[0]));
  if (topic.length === 0 || aboutTheKnowledge(topic, corpus, names)) return false;
  return words.some((w) => PLACE_TERMS.has(w.terms[0])) || !topic.some((w) => w.terms.some((t) => corpus.vocabulary.has(t)));
}

/**
 * "Vanaf welke leeftijd", "welke leeftijdsgrens": a text states the age itself ("vanaf 16 jaar"), not the word; "hoeveel
 * duurder" the rise ("stijgen met € 912.400"). Not other kinds of figure: "welke omvang heeft de begroting" would get a
 * sentence about the begroting without one.
 */
const FIGURE_KIND = /^(?:leeftijd(?:en|sgrens|sgrenzen)?|duurder|goedkoper|hoger|lager|langer|korter|groter|kleiner|meer|minder)$/;

/**
 * "Mogen we ...", "moet hij ...": the asking sentence asks what a rule allows or demands. So does "wie betaalt ...", "wie
 * staat hem te woord?": who acts in a case, which a rule says by role. Not "wie is ...": who holds a post.
 */
const ASKS_RULE = /\b(?:mag|mogen|moet|moeten|kan|kun|kunt|kunnen|dient|dienen|hoeft|hoeven)\b|^\s*wie\s+(?!(?:is|zijn|was|waren|heeft|hebben|had|hadden|werd|werden)\b)\p{L}+/iu;

/**
 * "Aanbieder De Brug heeft de cijfers niet ingeleverd. Mogen we dan geld inhouden?": a name in the asker's own case,
 * with a rule asked about it, is whom the rule is applied to; the rule answers for any provider. A name in the asking
 * sentence, or a look back ("Wat was hun omzet?"), still asks about that one.
 */
function withoutCaseNames(question: string): string {
  const { asking, setup } = questionParts(question);
  return setup && ASKS_RULE.test(asking) && !looksBack(asking) ? asking : question;
}

/**
 * "Hoeveel vergoeding ...?", "Welke subsidies ...?": the thing asked for right after the question word
 * is never mentioned in the knowledge (not the word, its family, a synonym or its parts), so no
 * passage can answer, however many other words it shares. The question comes with its typos corrected.
 */
export function asksForUnknown(question: string, corpus: Pick<KnowledgeCorpus, 'terms' | 'vocabulary'>, analysed: QueryWord[] = []): boolean {
  if (namesUnknown(withoutCaseNames(question), (w) => corpus.terms(w), (t) => corpus.vocabulary.has(t))) return true;
  const asked = withoutIdioms(question).match(/\b(?:hoeveel|welke|welk)\s+(\p{L}+)/iu)?.[1];
  if (!asked) return false;
  // "Vanaf welke leeftijd …": the kind of figure asked, which a text gives in its own unit ("vanaf 12 jaar"); "welke info …"
  // a kind of thing, which a text names by its instances.
  if (FIGURE_KIND.test(asked.toLowerCase()) || WHOLE_KIND.test(asked.toLowerCase())) return false;
  // "Welke periodes": a plural in -s the stemmer keeps apart from its singular ("periode") is known by that singular.
  const singular = pluralInS(asked.toLowerCase());
  const terms = [asked, ...(singular ? [singular] : [])].flatMap((form) => tokenize(form).flatMap((t) => corpus.terms(t)));
  // "Hoeveel gaf …", "hoeveel besteedde …": a verb a table answers from its columns, not an unknown thing. "Welk instrument"
  // is known when the lexicon gives a word the documents use for it ("hulpmiddel").
  return terms.length > 0 && ![...terms, ...compoundsFound(analysed, terms)].some((t) => corpus.vocabulary.has(t) || isColumnTerm(t)) && !relatedTerms(asked.toLowerCase(), terms, corpus.vocabulary).length;
}
