import { givesPartAsked } from './shares-asked';
import { isShipped } from './builtin-documents';
import { asksYearOrDate, givesWhatIsAsked } from './asked-kind';
import type { Passage } from './qa.domain';
import type { RankedHit } from './ranked-hit';
import { splitSentences } from './passages';
import { MIN_COVERAGE } from './answer-gate';
import { asksWhetherDoneYet } from './current-holder';

export { namesFactSubject } from './fact-subject';

/** Hits whose coverage differs less than this are equally good answers; the score decides. */
export const COVERAGE_TIE = 0.12;
/** How much less of the question a curated fact may cover than the best passage and still win on score. */
const FACT_TIE = 0.06;
/**
 * How much more of the question one sentence of a passage must say than the best sentence of a curated fact
 * about another subject for the fact to yield: about one strong word (a weak word counts 0.3, a paraphrase 0.5).
 */
const SENTENCE_MARGIN = 0.75;
/** How much a passage of the user guide outranks others for a question about using the bot. */
const GUIDE_BOOST = 3;
/**
 * How much it ranks below them for any other question: "kan de deadline nog worden opgeschoven?" is about the
 * regulation's deadline, which the guide only mentions as the bot's own.
 */
const GUIDE_DISCOUNT = 0.5;

/**
 * "Hoe kan ik een thema indienen?", "Wat moet ik doen als ...", "Hoe werkt de assistent ...": a question about
 * what the asker does with the bot, not about what a body does. The user guide answers it; the curated facts,
 * written from the governance documents, do not.
 */
const ABOUT_USING_THE_BOT =
  /\b(hoe|waar|waarmee|wanneer) (kan|kun|moet|doe|zie|vind|krijg|voeg|stuur|koppel|plan|dien|maak|meld|zet|geef|wijzig|verwijder|open) (ik|je|jij)\b|\bwat moet ik doen\b|\b(de|deze|jouw|je) (assistent|bot|chatbot|app)\b/i;

export const asksAboutUsingTheBot = (question: string) => ABOUT_USING_THE_BOT.test(question);

/** Up to this long, a section of the user guide is shown whole. */
const GUIDE_SECTION_CHARS = 900;

/**
 * A question about using the bot gets a short section of the user guide whole: the sentences that share its
 * words are often not the ones that say which command or button to use.
 */
export function wholeGuideSection(question: string, section: Passage[], namesGuideSection = false): { text: string } | undefined {
  if (!(namesGuideSection || asksAboutUsingTheBot(question)) || !section.every(isShipped)) return undefined;
  const text = section.map((p) => p.text).join('\n');
  return text.length <= GUIDE_SECTION_CHARS ? { text } : undefined;
}

/** What ranking hits needs to know about the knowledge behind them. */
export interface RankingContext<H extends RankedHit> {
  /** Whether curated facts were written from this passage's document. */
  isFactSource(passageId: string): boolean;
  /** 0 for the earliest ingested document, 1 for the latest. */
  age(passageId: string): number;
  /** The age of the document a curated fact was written from. */
  factAge(factId: string): number;
  /** How much of the question a passage covers with what the curated facts do not already say. */
  addedCoverage(hit: H): number;
  /** Whether the passage is of the user guide shipped with the bot. */
  isGuide(passageId: string): boolean;
  /** Whether a hit may answer at all (a table row the question does not name may not). */
  mayAnswer(hitId: string): boolean;
  /** The text of a hit: a fact's answer or a passage's text. */
  text(hitId: string): string;
  /** Whether the question names what a curated fact is about (see fact-subject.ts). */
  namesSubject(factId: string): boolean;
  /** Per question word, how well a sentence says it (0 when it does not). */
  matches(sentence: string): number[];
  /** Whether the question names a section of the user guide (guide-headings.ts): it is about using the bot. */
  namesGuideSection?: boolean;
  /** Whether a passage is of the document the other ask of a two-ask question was answered from. */
  inOtherAsksDocument?(passageId: string): boolean;
}

/** The most of the question that one sentence of a text says. */
function bestSentence(text: string, matches: (sentence: string) => number[]): number {
  let best = 0;
  for (const line of text.split('\n')) for (const s of splitSentences(line)) best = Math.max(best, matches(s).reduce((a, b) => a + b, 0));
  return best;
}

/**
 * Whether a curated fact is about what was asked. One whose subject the question does not name, and which
 * only gathers the question's words from several of its sentences ("Daarin zitten de beleidsadviseurs ...",
 * "... volgt de voortgang van de projecten"), is about something else than a passage as good that says them
 * in one ("de lokale beleidsadviseur is lid van een projectteam").
 */
function aboutWhatIsAsked<H extends RankedHit>(equals: H[], ctx: RankingContext<H>): (fact: H) => boolean {
  let passageBest: number | undefined;
  return (fact) => {
    if (ctx.namesSubject(fact.id)) return true;
    passageBest ??= Math.max(0, ...equals.filter((h) => h.kind === 'passage' && !ctx.isGuide(h.id) && ctx.mayAnswer(h.id)).map((h) => bestSentence(ctx.text(h.id), ctx.matches)));
    return bestSentence(ctx.text(fact.id), ctx.matches) + SENTENCE_MARGIN > passageBest;
  };
}

/** "Welke ... allemaal", "noem alle ...": every item of a list is asked. */
const ASKS_ALL = /\ballemaal\b|\b(?:noem|geef)\s+(?:me\s+|mij\s+)?alle\b/i;
/** A lid that introduces a list ("Het indieningsformulier bevat ten minste:") followed by its items ("a. ...", "1. ...", "- "). */
const saysHalf = (matches: number[]) => matches.filter((v) => v > 0).length * 2 >= matches.length;

/** "Het vaakst", "het meest": a superlative said of what is done, not of a thing ("het hoogste escalatieniveau"). */
const SUPERLATIVE_ASKED = /\bhet\s+(meest|vaakst|minst|hoogst|laagst|langst|kortst)\b/i;
const TOTAL_ASKED = /\btotale\b/i;
/** "De totale begroting komt uit op € 2.455.000": the total's amount, not by how much it changed ("neemt toe met € 7,4 miljoen"). */
const TOTAL_AMOUNT = /\btotale?\b(?:(?!\bmet\b)[^.!?])*€\s?\d/i;
/** A list item's head and what follows it: "- **Kleine commissie**: wethouders ...", "2. Bestuurlijk overleg: ...". */
const ENTRY_HEAD = /^\s*(?:[-•*]|\d+[.)])\s+(?:\*\*)?([\p{L} ]{3,60}?)(?:\*\*)?\s*:(.*)$/gmu;
/** "Ruben Oldenkamp", "Ilse Wolbers-ten Have": a person named in an entry. */
const PERSON_NAME = /\b\p{Lu}\p{Ll}+\s+(?:(?:van|de|der|den|ten|ter|el)\s+)*\p{Lu}\p{Ll}+/u;
const WHO_Q = /^\s*wie\b/i;
/** A table header with a column of who does each row ("| Aanbeveling | Eigenaar | Uiterlijk |"). */
const OWNER_COLUMN = /^\|.*\|\s*(?:eigenaar|wie|verantwoordelijke?|trekker|actiehouder|uitvoerder)\s*\|/i;
const DEFINITIONS = /\bverstaan\s+onder\b|\bbegrip(?:pen|sbepalingen)\b/i;
const ASKS_WHAT_IS_NEW = /\b(?:nieuwe?|straks|binnenkort|toekomstige?)\b/i;
const LIST_INTRODUCED = /([^\n]*):\s*\n\s*(?:[a-z]\.|\d+[.)]|[-•])\s/;

/**
 * The hits that may answer, best first. Those that answer (nearly) most of the question compete on score;
 * a curated fact only when it answers as fully as the best passage, when no newer document overrules it,
 * when it is about what was asked (aboutWhatIsAsked), and, for a question about using the
 * bot, when the user guide has no answer as good.
 */
export function rankAnswers<H extends RankedHit>(hits: H[], question: string, ctx: RankingContext<H>): H[] {
  const aboutBot = !!ctx.namesGuideSection || asksAboutUsingTheBot(question);
  const rank = (h: H) => h.rank * (h.kind === 'passage' && ctx.isGuide(h.id) ? (aboutBot ? GUIDE_BOOST : GUIDE_DISCOUNT) : 1);
  // A hit that may not answer (a table row the question does not name) sets no bar for those that may.
  const eligible = hits.filter((h) => ctx.mayAnswer(h.id));
  const top = Math.max(0, ...eligible.map((h) => h.coverage));
  const topPassage = Math.max(0, ...eligible.filter((h) => h.kind === 'passage').map((h) => h.coverage));
  const guideAnswers = aboutBot && hits.some((h) => h.kind === 'passage' && ctx.isGuide(h.id) && h.coverage >= top - COVERAGE_TIE);
  // A document the curated facts were not written from, ingested after the one this fact was, overrules
  // the fact when what it adds to the curated knowledge answers as fully: a new reglement's "vier keer"
  // beats the Kadernota's "twee keer"; a later report repeating a source paragraph is no newer evidence.
  // (Passages of the facts' own sources do not: the facts are the curated reading of those.)
  const overrules = (h: H, fact: H) =>
    h.kind === 'passage' && h.coverage >= fact.coverage - FACT_TIE && !ctx.isFactSource(h.id) && ctx.age(h.id) > ctx.factAge(fact.id) && ctx.addedCoverage(h) >= fact.coverage - FACT_TIE;
  const isAbout = aboutWhatIsAsked(hits.filter((h) => h.coverage >= top - COVERAGE_TIE), ctx);
  const factMayWin = (fact: H) => !guideAnswers && fact.coverage >= topPassage - FACT_TIE && !hits.some((h) => overrules(h, fact)) && isAbout(fact);
  // "Welk voorbeeld ...", "vanaf welke datum ...": among answers as good, those that give examples (a date) come first.
  // "Welk deel van de overschrijding ...": of answers as good, one that gives an amount "van de overschrijding".
  const gives = givesWhatIsAsked(question) ?? givesPartAsked(question);
  // A year is given by a sentence that says half the question's words ("in oktober 2023 ... te coördineren"), not any sentence.
  const givesIn = gives && asksYearOrDate(question) ? (text: string) => splitSentences(text).some((s) => gives(s) && saysHalf(ctx.matches(s))) : gives;
  const givesAsked = givesIn ? (h: H) => (givesIn(ctx.text(h.id)) ? 1 : 0) : () => 0;
  const tied = eligible.filter((h) => h.coverage >= top - COVERAGE_TIE && (h.kind !== 'fact' || factMayWin(h)));
  const latest = asksWhetherDoneYet(question) || FINALLY_ASKED.test(question) ? latestOfItsDocument(tied) : () => 0;
  // "Welke onderdelen moet ik allemaal invullen?": of the document that answers best, an article that holds a list comes first.
  const givesList = ASKS_ALL.test(question) ? listOfBestDocument(tied, rank, (id) => ctx.text(id), ctx.matches) : () => 0;
  // Among answers as good, those that speak of the situation asked about ("bij afwezigheid van ...") come first.
  const newer = newerEdition(tied);
  // "Hoeveel werkplekken komen er op de nieuwe locatie?": of documents as good, one added later than the curated facts'
  // sources tells what is new, the latest first (the facts and their sources keep their order).
  const recent = ASKS_WHAT_IS_NEW.test(question) ? (h: H) => (h.kind === 'passage' && !ctx.isFactSource(h.id) ? ctx.age(h.id) : 0) : () => 0;
  // "Waar klagen ouders het vaakst over?": of answers as good, one that says "het vaakst" ranks them.
  // So is a total amount asked ("het totale budget"): "de totale exploitatiebegroting ... € 2.455.000" over a theme's budget.
  const superlative = question.match(SUPERLATIVE_ASKED)?.[1].toLowerCase();
  const saidSuperlative = superlative ? new RegExp(`\\b${superlative}\\b`, 'i') : TOTAL_ASKED.test(question) ? TOTAL_AMOUNT : undefined;
  const saysSuperlative = saidSuperlative ? (h: H) => (saidSuperlative.test(ctx.text(h.id)) ? 1 : 0) : () => 0;
  // "Wie zitten er in de kleine commissie?": of answers as good, a list item headed by the body asked ("**Kleine commissie**:
  // wethouders ...") is the text's own entry on who it is; a list of definitions says what a word means, not who.
  const sameDocument = (h: H) => Number(!!ctx.inOtherAsksDocument?.(h.id));
  const asked = ` ${question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const entry = WHO_Q.test(question) ? (h: H) => (!DEFINITIONS.test(ctx.text(h.id)) && [...ctx.text(h.id).matchAll(ENTRY_HEAD)].some((m) => asked.includes(` ${m[1].trim().toLowerCase()} `) && PERSON_NAME.test(m[2])) ? 1 : 0) : () => 0;
  // "Wie moet zorgen voor één registratie?": of the answers that cover most, a row of a table that names each row's owner,
  // when the row itself says half of what is asked (not only its header's "Eigenaar").
  const ownerRow = (lines: string[]) => OWNER_COLUMN.test(lines[0]) && saysHalf(ctx.matches(lines[lines.length - 1]));
  const owned = WHO_Q.test(question) ? (h: H) => (h.coverage >= top && ownerRow(ctx.text(h.id).split('\n')) ? 1 : 0) : () => 0;
  return tied.sort((a, b) => givesAsked(b) - givesAsked(a) || saysSuperlative(b) - saysSuperlative(a) || entry(b) - entry(a) || owned(b) - owned(a) || givesList(b) - givesList(a) || Number(!!b.situation) - Number(!!a.situation) || latest(b) - latest(a) || newer(b) - newer(a) || recent(b) - recent(a) || sameDocument(b) - sameDocument(a) || rank(b) - rank(a));
}

/**
 * 1 for a passage of the document of the best-ranked hit that holds a list introduced by a question word ("... op het
 * indieningsformulier": "Het indieningsformulier bevat:"), 0 for any other hit: not a list of definitions or powers
 * whose opening says nothing of what is asked ("noem alle leden" of a commission).
 */
function listOfBestDocument<H extends RankedHit>(hits: H[], rank: (h: H) => number, text: (id: string) => string, matches: (sentence: string) => number[]): (hit: H) => number {
  const documentOf = (h: H) => h.id.match(/^p:(.*)#\d+$/)?.[1];
  const best = hits.reduce<H | undefined>((b, h) => (!b || rank(h) > rank(b) ? h : b), undefined);
  const document = best && documentOf(best);
  const introducedByAsked = (id: string) => {
    const opening = LIST_INTRODUCED.exec(text(id))?.[1];
    return !!opening && matches(opening).some((m) => m > 0);
  };
  return (hit) => (document && documentOf(hit) === document && introducedByAsked(hit.id) ? 1 : 0);
}

/**
 * "Kadernota Jeugdhulp IJsselland 2040" overrules "Kadernota 2025" where both answer as well: 1 for a passage of a
 * document whose title names a later year than another tied document's and holds every word of that title ("Voorstel
 * aan het PFO: Wachttijden (2029)" is no edition of "Voorstel aan het BO: Inkoop (2017)"); else 0.
 */
function newerEdition(hits: RankedHit[]): (hit: RankedHit) => number {
  const edition = (h: RankedHit) => {
    const title = h.id.match(/^p:(.*)#\d+$/)?.[1] ?? '';
    const year = Math.max(0, ...(title.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number));
    return { title, words: title.toLowerCase().match(/\p{L}+/gu) ?? ([] as string[]), year };
  };
  const editions = hits.map(edition).filter((e) => e.year > 0);
  return (hit) => {
    const own = edition(hit);
    return own.year > 0 && editions.some((e) => e.title !== own.title && e.year < own.year && e.words.every((w) => own.words.includes(w))) ? 1 : 0;
  };
}

/** "Wat is er uiteindelijk met de opslag gebeurd?": what became of a thing, which the latest passage about it tells. */
const FINALLY_ASKED = /\buiteindelijk\s+(?:mee\s+)?(?:gebeurd|geworden)\b/i;

/**
 * "Heeft de aanbieder al iets terugbetaald?", "wat is er uiteindelijk met de opslag gebeurd?": of the passages of one
 * document as good, the last says how far things got (a later meeting in minutes, a later stage in a report), so it
 * comes first: 1 for it, 0 for any other hit.
 */
function latestOfItsDocument(hits: RankedHit[]): (hit: RankedHit) => number {
  const at = (h: RankedHit) => h.id.match(/^p:(.*)#(\d+)$/);
  const positions = new Map<string, number[]>();
  for (const m of hits.map(at)) if (m) positions.set(m[1], [...(positions.get(m[1]) ?? []), Number(m[2])]);
  return (hit) => {
    const m = at(hit);
    const own = m ? positions.get(m[1]) ?? [] : [];
    return m && own.length >= 2 && Number(m[2]) === Math.max(...own) ? 1 : 0;
  };
}

/**
 * A passage that speaks of the situation asked about ("wie leidt het overleg als de projectmanager er niet is?": "Bij
 * afwezigheid van de projectmanager neemt ... het voorzitterschap over"), or gives the length of time asked for with
 * the question's other words, answers it though it shares fewer of them: when it covers enough to answer at all, it
 * competes with the hits that cover the most (`joinsTie`, see askedKindWord). Enough is MIN_COVERAGE, or the hit's own
 * `tieFloor` (one ask of two answered in full, see asked-amount.ts).
 */
export function withSituationsTied<H extends { coverage: number; joinsTie: boolean; tieFloor?: number }>(hits: H[]): H[] {
  const edge = Math.max(0, ...hits.map((h) => h.coverage)) - COVERAGE_TIE;
  return hits.map((h) => (h.joinsTie && h.coverage < edge && h.coverage >= (h.tieFloor ?? MIN_COVERAGE) ? { ...h, coverage: edge } : h));
}
