import { ROUGH_AMOUNT, THRESHOLD } from './threshold-phrase';
import { OTHER_PLACE_TERMS, PLACE_TERMS } from './dutch-text';
import { splitSentences } from './passages';
import { ASKS_MEANING_OF_CASE } from './asked-elaboration';
import { type QueryWord, coverageOf } from './query-words';
import { YEAR_TERM } from './number-words';

const NONE: ReadonlySet<string> = new Set();

/** The part of a question that asks, and the sentences around it that tell the asker's situation. */
export interface QuestionParts {
  asking: string;
  setup: string;
}

/**
 * "Wij zijn een kleine aanbieder en ons contract wordt niet verlengd. Wat kost het om dit voor te leggen?": the last
 * sentence with a question mark asks; the other sentences are the setup. A question of one sentence has none.
 */
export function questionParts(question: string): QuestionParts {
  // "wat doet de kleine commissie? ik hoor er steeds over", "ik moet het AO iets toelichten. om welk bedrag ...", "ik zit in het
  // MO. hoeveel ...": a question mark or a full stop after a word (or a body's short name) ends a sentence, also before a
  // lower-case word typed in a chat (not "bijv. de"); so does a dash before a question word ("Hoe dik is de buffer – welke ratio ...?").
  const sentences = splitSentences(question).flatMap((s) => s.split(/(?<=\?|(?<!\b(?:bijv|enz|etc|resp|incl|excl|ca|vs|nr|art))(?:\p{L}{3,}|\b\p{Lu}{2})\.)\s+(?=\p{L})/u)).flatMap((s) => s.split(DASH_BEFORE_ASK));
  const supposed = sentences.length === 1 ? SUPPOSE.exec(question) ?? INTRODUCED.exec(question) ?? REPORTED.exec(question) ?? WANTS_TO_KNOW.exec(question) : null;
  if (supposed) return { asking: supposed[2], setup: supposed[1] };
  if (sentences.length < 2) return { asking: question, setup: '' };
  // After a question, a sentence typed without its mark asks on when it has a question word or opens with a verb ("...? welke
  // beslispunten liggen er", "...? Waar en wanneer", "...? en geldt er iets apart voor K1"); not "...? ik hoor er steeds over", "Graag het lijstje.".
  const marked = sentences.map((s) => s.includes('?')).lastIndexOf(true);
  const at = sentences.map((s, k) => s.includes('?') || (marked >= 0 && k > marked && QUESTION_WORD.test(s) && !ASKERS_PURPOSE.test(s))).lastIndexOf(true);
  const last = at >= 0 ? at : sentences.length - 1;
  // "Mag ik ...? En zo niet, wie kan dat wel?": a question that goes on from the one before asks together with it.
  const from = last > marked && marked >= 0 ? marked : last > 0 && GOES_ON.test(sentences[last]) && sentences[last - 1].includes('?') ? last - 1 : last;
  const asking = sentences.slice(from, last + 1).join(' ');
  return { asking, setup: sentences.filter((_, k) => k < from || k > last).join(' ') };
}

/**
 * "Stel het RSJ wil een lening afsluiten, mag dat?", "Bij een calamiteit die ... raakt, mag ...?", "Ik kon vrijdag niet bij
 * het pfo zijn, wie waren er nog meer afwezig?", "ik schuif volgende maand aan bij het MO, wat is onze rol?", "aanbieder belde me
 * net, wanneer ...": the case before the comma, the question after it.
 */
const SUPPOSE = /^\s*(?:stel\b(?:\s+(?:dat|je|jij|u|nou|eens|nu))*\s+|(?=bij\s+een\s|in\s+(?:het\s+)?geval\s|(?:als|indien)\s|(?:ik|wij|we)\s+[a-z]+\s|(?:een\s+|de\s+)?[a-z-]+\s+(?:belde|mailde|appte)\s+(?:me|mij|ons)\b))([^?,]+?),\s*((?:(?:op|in|aan|bij|met|om|tot|vanaf|per|sinds|binnen|door|voor|naar|over|uit|van)\s+(?=welke?\b|hoeveel\b))?(?:mag|mogen|kan|kunnen|moet|moeten|wat|wie|hoe|wanneer|waar|welke?|is|zijn|hoeveel|geldt|gelden|heeft|hebben|krijgt|krijgen)\b[^]*)$/i;

/** "Ik ben nieuw als financieel adviseur bij Raalte: hoe vaak maken wij ons voorschot over?": who asks before the colon. */
const INTRODUCED = /^\s*([^?:]{12,}?):\s*((?:mag|mogen|kan|kunnen|moet|moeten|wat|wie|hoe|hoeveel|hoelang|wanneer|waar|waarom|welke?|is|zijn|geldt|gelden|heeft|hebben|krijgt|krijgen)\b[^]*)$/i;

/**
 * "Een collega van de raad vraagt wie de beschikkingen afgeeft": who wants to know, then the question itself, asked
 * indirectly. Not "ik vraag me af of ..." (no one else's case).
 */
const REPORTED = /^\s*((?!\s*ik\b)[^?:]{6,}?\b(?:vraagt|vroeg|vragen|vroegen|wil(?:len)?\s+weten|wilde\s+weten)(?:\s+(?:me|mij|ons|zich\s+af))?)\s+((?:wie|wat|hoe|hoeveel|hoelang|wanneer|waar|waarom|welke?|of)\b[^]*)$/i;

/** "Ik zit morgen in het PFO en wil even paraat hebben welke thema's ...": the asker's case and wish, then the question asked indirectly. */
const WANTS_TO_KNOW = /^\s*((?:ik|wij|we)\b[^?:]{0,80}?\b(?:wil|willen|moet|moeten)\s+(?:\p{L}+\s+){0,3}?(?:weten|hebben|checken|nagaan|horen|opzoeken|uitzoeken))\s+((?:wie|wat|hoe|hoeveel|hoelang|wanneer|waar|waarom|welke?)\b[^]*)$/iu;

const DASH_BEFORE_ASK = /\s+[–—-]\s+(?=(?:wie|wat|welke?|hoe|hoeveel|waar\p{L}*|wanneer|waarom)\b)/iu;

/** "...? moet het in een memo voor de jurist zetten": what the asker will do with the answer, no question of its own. */
const ASKERS_PURPOSE = /^\s*(?:ik\s+|we\s+|wij\s+)?(?:moet|moeten|wil|willen|ga|gaan)\s+(?:het|dat|dit|ze|die)\s+(?:\p{L}+\s+){0,4}?(?:in|voor|naar)\s+(?:een|de|het|mijn|m'n|ons|onze)\s+(?:memo|notitie|mail|e-?mail|presentatie|verslag|stuk|raadsvoorstel|raadsinformatiebrief|nieuwsbrief|overzicht|collega'?s?|wethouder|jurist)\b/iu;

const QUESTION_WORD = /\b(?:wie|wat|welke?|hoe|hoeveel|waar\p{L}*|wanneer|waarom)\b|^\s*(?:en\s+|of\s+)?(?:geldt|gelden|is|zijn|kan|kunnen|mag|mogen|moet|moeten|heeft|hebben|krijgt|krijgen|wordt|worden|komt|gaat)\b/iu;

/** "En zo niet, ...", "zo ja, ...", "anders ...", "En waar ...?": the question goes on from the one before. */
const GOES_ON = /^\s*(?:(?:en\s+|of\s+)?(?:zo\s+(?:niet|ja|nee)|anders|indien\s+niet|als\s+dat\s+niet\s+mag)|en|of)\b/i;

/**
 * The terms of a question's setup that the asking sentence does not use. They describe the asker's case; the text
 * that answers states the rule in its own words, so missing them counts less (coverageOf).
 */
export function setupTerms(question: string, analyse: (text: string) => QueryWord[]): ReadonlySet<string> {
  const { asking, setup } = questionParts(question);
  if (!setup) return ruleSubject(question, analyse);
  // "Er wordt gesproken over een herbezinning. Waar gaat die over?": an ask of pronouns only asks about the setup's thing.
  // "Stel dat er subsidies komen. Wat betekent dat voor de bijdrage?": the consequence of the case, stated with the case.
  if (ASKS_WHAT_IT_IS.test(asking) || ASKS_MEANING_OF_CASE.test(asking)) return NONE;
  const askingWords = analyse(asking);
  // "Zijn er aanbieders met financiële problemen gemeld? Wat is daarmee gedaan?": a question before an ask with no word of
  // its own is what is asked about, no case told.
  if (/\?\s*$/.test(setup) && POINTS_AT_SETUP_THING.test(asking) && askingWords.every((w) => w.weak)) return NONE;
  const asked = new Set(askingWords.map((w) => w.terms[0]));
  // "Hoe lang duurt het daarna nog?": "daarna" is the moment the setup tells, a word of the case too.
  const back = analyse((asking.match(POINTS_BACK) ?? []).join(' ')).map((w) => w.terms[0]);
  return new Set([...analyse(setup).map((w) => w.terms[0]).filter((t) => !asked.has(t)), ...back]);
}

/** "Waar gaat die over?", "wat houdt dat in?", "wat is dat precies?": what the thing the setup names is, asked with a pronoun only. */
const ASKS_WHAT_IT_IS = /^\s*(?:waar\s+(?:gaat|gaan|ging)\s+(?:die|dat|dit|deze|het)\s+(?:\p{L}+\s+)?over|wat\s+(?:houdt|houden)\s+(?:die|dat|dit|deze|het)\s+(?:\p{L}+\s+)?in|wat\s+(?:is|zijn)\s+(?:die|dat|dit|deze)(?:\s+(?:precies|eigenlijk|dan))?)\s*\??\s*$/iu;

/** "Daarmee", "hiervan", "waarvoor": an ask's pointer at the thing its setup names; not "Wat gebeurt er dan?", which asks what follows. */
const POINTS_AT_SETUP_THING = /\b(?:(?:daar|hier|er)(?:mee|aan|over|van)|waarvoor)\b/i;

/** "Dat budget", "zo'n stop", "wat heeft het bestuur dan", "daarvoor": words of an ask that point back at the case. */
const REFERS_TO_CASE = /\b(?:dat|die|deze|dit|zo['’]n|zulke?)\s+\p{L}{3,}|\b(?:dan|daar\p{L}*|hier(?:voor|bij|over|mee))\b/iu;

/** An ask with a question word ("hoe lang mag ...", "tot wanneer ...", "bij wie ..."), not a yes/no question. */
const ASKS_WHAT = /^\W*(?:\p{L}+\s+){0,2}(?:hoe|hoelang|hoeveel|wat|wie|wanneer|waar|welke?)\b/iu;

/** The terms of the words the ask itself uses, not only the case. */
const askedTerms = (words: { terms: string[] }[], setup: ReadonlySet<string>) => new Set(words.filter((w) => !setup.has(w.terms[0])).flatMap((w) => w.terms));

/** How much a word of the asker's case weighs in the search, against a word of what is asked. */
const SETUP_WEIGHT = 0.5;

/**
 * "We willen een zorgaanbieder een toelichting laten geven in het PFO. Hoe lang mag hun presentatie duren?": the text
 * that answers is about the presentation, whatever it calls the guest. The case's words find passages less than the
 * words of the ask, so a passage that merely shares the case does not crowd out the one that answers.
 */
export function withSetupWeights(weights: Map<string, number>, words: { terms: string[] }[], setup: ReadonlySet<string>, question: string): Map<string, number> {
  // "... hoe het opleidingsgeld is bepaald. Hoe hoog is dat budget?": an ask that points back is about the case's thing.
  // "Kan ik me aanmelden?" after the case: the rule that answers is about the case. A first question is no case either.
  const parts = questionParts(question);
  if (!setup.size || !ASKS_WHAT.test(parts.asking) || parts.setup.includes('?') || REFERS_TO_CASE.test(parts.asking)) return weights;
  const asked = askedTerms(words, setup);
  const out = new Map(weights);
  for (const w of words.filter((x) => setup.has(x.terms[0]))) for (const t of w.terms) if (out.has(t) && !asked.has(t)) out.set(t, out.get(t)! * SETUP_WEIGHT);
  return out;
}

/** How many search hits are weighed; with a case told, how many more of the ask's own words are added to them. */
const SEARCHED = 25;
const ASKED_ONLY = 8;

/**
 * The search hits of a question and, with a case told, those its ask's own words find (none of the case's terms that the
 * ask does not use too), which the words of a long case may push out of the first ones.
 */
export function searchedWithAsk<H extends { id: string }>(search: (weights: Map<string, number>, count: number) => H[], weights: Map<string, number>, words: { terms: string[] }[], setup: ReadonlySet<string>): H[] {
  const hits = search(weights, SEARCHED);
  if (!setup.size) return hits;
  const asked = askedTerms(words, setup);
  const more = search(new Map([...weights].filter(([t]) => asked.has(t))), ASKED_ONLY);
  return [...hits, ...more.filter((m) => !hits.some((h) => h.id === m.id))];
}

/** A yes/no question about a rule opens with a modal verb: "mag ...", "kan ...", "moeten ...". */
const MODAL_OPENING = String.raw`^\s*(?:kan|kunnen|mag|mogen|moet|moeten|hoeft|hoeven)\b`;
const YES_NO_RULE = new RegExp(MODAL_OPENING, 'i');
/** "Kan Kampen zelf uitstel krijgen?", "mag gemeente Zwolle ...": a rule asked for one gemeente, stated for every gemeente. */
const RULE_FOR_PLACE = new RegExp(String.raw`${MODAL_OPENING}\s+(?:(?:wij|we|ik)\s+als\s+)?(?:de\s+)?(?:gemeente\s+)?(\p{L}+(?:-\p{L}+)?)\b`, 'iu');
/** "Deventer, Raalte en Olst-Wijhe willen ...": the words before the first modal verb, which may be gemeenten who act. */
const PLACES_ACT = /^\s*((?:\p{L}+(?:-\p{L}+)?(?:,\s*|\s+)){1,12}?)(?:wil|willen|mag|mogen|kan|kunnen|moet|moeten|dient|dienen)\b/iu;
const CASE_NUMBER = /^(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)$/;
/** "Als twee thema's evenveel punten halen, welke gaat voor?": a case told in a clause before the question. */
const CASE_CLAUSE = /^\s*(?:als|indien|stel\s+dat|stel)\s+([^,?]+),/i;

/**
 * The asker's case in a question of one sentence: the gemeente a rule is asked for, the figures and gemeenten of a clause
 * that tells the case. A text that answers states the rule for every gemeente and in its own figures.
 */
function ruleSubject(question: string, analyse: (text: string) => QueryWord[]): ReadonlySet<string> {
  const firstTerms = (text: string) => analyse(text).map((w) => w.terms[0]);
  // "Mag Raalte vier thema's indienen?": the figure asked about is the asker's; the rule states its own ("ten hoogste drie").
  const figures = YES_NO_RULE.test(question) ? firstTerms(question).filter((t) => CASE_NUMBER.test(t) || /^\d{1,3}$/.test(t)) : [];
  const facts = [...firstTerms(caseTold(question, firstTerms)).filter((t) => PLACE_TERMS.has(t) || /^\d/.test(t) || CASE_NUMBER.test(t)), ...figures];
  return facts.length ? new Set(facts) : NONE;
}

/** The words of a one-sentence question that tell the asker's case (see ruleSubject); '' when none do. `firstTerms` reads a text's words (not its stop words). */
export function caseTold(question: string, firstTerms: (text: string) => string[]): string {
  const place = question.match(RULE_FOR_PLACE)?.[1];
  // "Deventer, Raalte en Olst-Wijhe willen samen een thema indienen, telt dat mee?": gemeenten who act in the case.
  const actors = question.match(PLACES_ACT)?.[1];
  const acting = actors && firstTerms(actors).every((t) => PLACE_TERMS.has(t)) ? actors : undefined;
  return [place, acting, question.match(CASE_CLAUSE)?.[1]].filter(Boolean).join(' ');
}

/** A case that moves between gemeenten: "verhuist", "verhuizing", "van Kampen naar Dalfsen". */
const MOVES = /\bverhui\p{L}*|\bvan\s+\p{Lu}\p{L}+\s+naar\s+\p{Lu}/u;

/**
 * A year, a number, a gemeente or a named body in the question must be in the answer: the figures of 2025 do not answer
 * for 2023, the BO's meetings not for the PFO's. Not so for what only the asker's case tells ("wij zijn een aanbieder met
 * 7 fte.": a rule does not repeat its figures), nor for gemeenten a case plays out between ("een gezin verhuist van
 * Kampen naar Dalfsen. Tot wanneer betaalt Kampen?"): the rule that answers names them by their part, "de oude gemeente".
 */
export function requiredTerms(question: string, words: QueryWord[], setup: ReadonlySet<string>, analyse: (text: string) => QueryWord[]): string[] {
  const told = questionParts(question).setup;
  const places = MOVES.test(told) ? new Set(analyse(told).map((w) => w.terms[0]).filter((t) => PLACE_TERMS.has(t))) : NONE;
  const between = places.size >= 2 ? places : NONE;
  const named = words.filter((w) => /^\d/.test(w.terms[0]) || PLACE_TERMS.has(w.terms[0]) || OTHER_PLACE_TERMS.has(w.terms[0]) || w.terms[0].startsWith('#')).map((w) => w.terms[0]);
  // "Gestegen tussen 2024 en 2026": each year is in a row of its own, so no passage need say both.
  const years = named.filter((t) => YEAR_TERM.test(t));
  const dating = new Set([...question.matchAll(DATING_YEAR)].map((m) => m[1]));
  const alternative = OTHER_OPTION.exec(question)?.[0];
  const optional = alternative ? new Set(analyse(alternative).map((w) => w.terms[0]).filter((t) => PLACE_TERMS.has(t))) : NONE;
  // "Langer dan 5 weken", "rond de € 110.000": a bound the text's figures are compared with, not a figure it must say.
  const bound = THRESHOLD.exec(question)?.[0] ?? ROUGH_AMOUNT.exec(question)?.[0];
  const bounds = bound ? new Set(analyse(bound).map((w) => w.terms[0])) : NONE;
  // "Hoeveel is dat totaal over 3 jaar": the years a total spans, which a table says by its columns, not by the count.
  const span = YEARS_SPANNED.exec(question)?.[1];
  return named.filter((t) => !setup.has(t) && !between.has(t) && !(years.length >= 2 && years.includes(t)) && !dating.has(t) && !optional.has(t) && !bounds.has(t) && t !== span);
}

const YEARS_SPANNED = /\b(?:over|in|gedurende)\s+(?:de|die|alle)?\s*(\d)\s+(?:jaar|jaren|jr)\b/i;

/** "Heeft het RSJ een eigen treasurystatuut, of valt het onder dat van Zwolle?": the option the text may not name. */
const OTHER_OPTION = /\bof\s+(?:valt|vallen|hoort|horen|gaat|gaan|loopt|lopen|ligt|liggen)\s+(?:het|dat|die|dit|ze|zij|hij)\b[^?]*\??\s*$/i;

/** "Volgens de bouwstenen uit 2017", "het persbericht van 2018": the year dates the document, which its passages need not repeat. */
const DATING_YEAR = /\b(?:bouwstenen|notitie|nota|brief|rapport|rapportage|verslag|persbericht|stuk|document|memo|evaluatie|kadernota|jaarverslag)\s+(?:uit|van)\s+((?:19|20)\d\d)\b/gi;

/** Words of an asking sentence that point back at the moment its setup tells. */
const POINTS_BACK = /\b(?:daarna|hierna|nadien|vervolgens|daarop|intussen|inmiddels)\b/gi;

/**
 * How much a hit's search rank counts after a setup: once more the share of the asking sentence's words it says. The
 * setup's words point at the passage about the asker's case ("Een aanbieder krijgt een signaal voorgelegd."), the
 * asking sentence's at the one that answers ("Hoeveel tijd heeft hij om daarop te antwoorden?"). 1 without a setup.
 */
export function askingRankFactor(words: QueryWord[], setup: ReadonlySet<string>, matched: Set<string>, exact: Set<string>, vocabulary: { has(term: string): boolean }): number {
  if (setup.size === 0) return 1;
  return 1 + coverageOf(words.filter((w) => !setup.has(w.terms[0])), matched, exact, vocabulary);
}

/** A figure of the asker's own case ("8% gekort") is no word of the rule that answers: "binnen 8 weken" says another 8. */
export const withoutSetupFigures = (words: QueryWord[], setup: ReadonlySet<string>): QueryWord[] => words.filter((w) => !(/^\d/.test(w.terms[0]) && setup.has(w.terms[0])));

/** "..., en kan er eerder een BO komen?", "..., of hangt dat ergens van af?", "... en van wanneer is die?", "... en tegen wat voor tarief?": the second question of an asking sentence that asks two. */
const secondQuestion = (afterPreposition: string) => new RegExp(String.raw`^.{12,}?(?:,?\s+en|,\s+of(?=\s+(?:kan|kunnen|mag|mogen|moet|moeten|hangt|hangen)\b))\s+(?:(?:zo\s+(?:niet|ja|nee)|anders),?\s+)?((?:(?:uiterlijk|ook|eigenlijk|dan|vervolgens)\s+)?(?:kan|kunnen|mag|mogen|moet|moeten|hangt|hangen|wie|wat|hoe|hoelang|hoeveel|waarop|waaraan|waarmee|waarvoor|waaruit|waarom|waardoor|tot wanneer|vanaf wanneer|wanneer|waar|welke?|(?:op|in|aan|bij|met|om|tot|vanaf|per|sinds|binnen|via|naar|door|van|voor|uit|over|onder|tegen) (?:${afterPreposition}|wat\s+voor)|komt|komen|krijgt|krijgen|wordt|worden|geldt|gelden)\b(?:[^?]{8,}|\s+(?:is|was|zijn|waren)\s+(?:die|dat|deze|dit))\??)\s*$`, 'i');
const SECOND_QUESTION = secondQuestion('welke?|wie|wanneer');
/**
 * "... en met hoeveel gemeenten is Twente?" asks a second question too, but the answer's sentences are still chosen
 * with the words of both ("en binnen hoeveel tijd moet dat plaatsvinden?": "dat" is what the first ask names). Split
 * there only to answer each ask on its own (answer-per-ask.ts).
 */
const SECOND_COUNT_QUESTION = secondQuestion('welke?|wie|wanneer|hoeveel');

/** A question word that opens an ask. */
const ASKING_WORD = String.raw`(?:wie|wat|welke?|hoe|hoeveel|hoelang|waar|wanneer|waarom|(?:op|in|aan|bij|met|om|tot|vanaf|per|sinds|binnen|door|voor|naar) (?:welke?|wie|wanneer|hoeveel))\b`;
/**
 * "Wie behandelt zo'n verzoek, welke mensen zitten daarin?": two questions put side by side with a comma. Only when both
 * open with a question word: "Als de voorzitter er niet is, wie leidt dan?" asks one, after its condition.
 */
const COMMA_QUESTIONS = new RegExp(String.raw`^${ASKING_WORD}.{8,}?,\s+(${ASKING_WORD}[^?,]{8,}\??)\s*$`, 'i');

/** A question that can stand on its own opens with a question word or a verb ("Was er ...?"), not "Van hoeveel naar hoeveel weken?". */
const OPENS_AS_QUESTION = /^(?:wie|wat|welke?|hoe|hoeveel|hoelang|waar\p{L}*|wanneer|waarom|is|was|zijn|waren|kan|kun|kunnen|mag|mogen|moet|moeten|heeft|hebben|had|hadden|komt|komen|gaat|gaan|wordt|worden|werd|werden|krijgt|krijgen|geldt|gelden|staat|staan|zit|zitten)\b/iu;

/**
 * "Hoe vaak heeft het BO vergaderd? Was er ook nog een spoedoverleg?": a question whose setup is one question of its own
 * asks two, the setup's and the last one; undefined otherwise.
 */
export function questionsInRow(question: string): [string, string] | undefined {
  const { asking, setup } = questionParts(question);
  return /^[^?]{12,}\?$/.test(setup.trim()) && OPENS_AS_QUESTION.test(asking.trim()) && asking.trim().endsWith('?') ? [setup.trim().replace(/\?$/, ''), asking.trim()] : undefined;
}

/** The two questions of an asking sentence that asks two ("Hoeveel ... ingekocht en wat kost ...?"), with 'also counts' also before "en met hoeveel ..."; undefined otherwise. */
export function twoAsks(question: string, splitAt: 'questions' | 'also counts' = 'questions'): [string, string] | undefined {
  const { asking } = questionParts(question);
  const second = asking.match(splitAt === 'also counts' ? SECOND_COUNT_QUESTION : SECOND_QUESTION)?.[1] ?? asking.match(COMMA_QUESTIONS)?.[1];
  return second ? [asking.slice(0, asking.lastIndexOf(second)).replace(/(?:[\s,;]+en)?[\s,;]*$/i, ''), second] : undefined;
}

/** "Wat kost X per jaar vergeleken met Y?": the thing compared with, after the words that compare. */
const COMPARED_WITH = /^(.{12,}?)\s+(?:vergeleken\s+(?:met|bij)|in\s+vergelijking\s+met|ten\s+opzichte\s+van|afgezet\s+tegen)\s+([^?]{4,})\??\s*$/i;

/** The two sides of a comparison asked ("Wat kost X vergeleken met Y?"): X's ask and Y; undefined otherwise. */
function comparedAsks(question: string): [string, string] | undefined {
  const m = questionParts(question).asking.match(COMPARED_WITH);
  return m ? [m[1], m[2]] : undefined;
}

/** "Wat is er begroot voor de werving en voor arbo en verzuim?": one ask of two things, each after the same preposition. */
const PARALLEL_OBJECTS = /^(.{12,}?\b(voor|over|van|bij|aan|naar|met|tot)\s+[^?]{4,}?)\s+en\s+(?:ook\s+)?\2\s+([^?]{4,})\??\s*$/i;

/** The two things one ask names after a repeated preposition: the ask with the first, and the second; undefined otherwise. */
function parallelAsks(question: string): [string, string] | undefined {
  const m = questionParts(question).asking.trim().match(PARALLEL_OBJECTS);
  return m ? [m[1], m[3]] : undefined;
}

/**
 * How a sentence matches the second (or, with `which` 0, the first) question of the asking sentence, when it asks two;
 * a comparison asks both sides, and a repeated preposition two things, each of which another sentence may give.
 * Undefined otherwise.
 */
export function secondAskMatcher(question: string, analyse: (text: string) => QueryWord[], matches: (sentence: string, words: QueryWord[]) => number[], which: 0 | 1 = 1): ((sentence: string) => number[]) | undefined {
  const ask = (twoAsks(question) ?? comparedAsks(question) ?? parallelAsks(question))?.[which];
  if (!ask) return undefined;
  const words = analyse(ask);
  return (sentence) => matches(sentence, words);
}

/** The sentences of a question that ask (end in "?"), without the asker's case; the whole question when none does. */
export const askingSentences = (question: string) => splitSentences(question).filter((s) => s.includes('?')).join(' ') || question;
