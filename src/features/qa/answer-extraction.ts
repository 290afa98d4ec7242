import { MAX_ANSWER_CHARS, type Passage } from './qa.domain';
import { countOf } from './number-words';
import { COUNTED_PLURAL, addCountedSentences } from './counted-sentences';
import { isConditional } from './sentence-conditions';
import { type SentenceWeight, type Unit, listAround, unitsOf } from './answer-units';
import { render } from './answer-render';
import { answerFirst } from './answer-order';
import { headedListAnchor, numberedStep, stepsAnchor } from './list-anchors';
import { OPENS_WITH_PERSON } from './asked-actor';
import { withOrdinalRun, withPickedOrdinalRun } from './ordinal-enumeration';
import { negatedAnchor } from './negated-asks';
import { nextGivesFigures } from './figure-sentences';
import { OWN_WORD_MATCH, addAntecedents, addSentenceContext } from './sentence-context';
import { addWhole, length, lidOf, lidOrSelf } from './unit-spans';
import { addParagraphHoles, addShortParagraph } from './paragraph-rest';
import { type ParagraphReach, addDecision, addElaboration, addKindGiven, addOpeningNaming } from './sentences-along';

/** An article with leden this short is answered whole. */
const SHORT_ARTICLE = 400;
/** A list or procedure the question asks for is shown whole up to this length, although longer than one answer. */
const MAX_LIST_CHARS = 1350;
/** A list item's sentence that is a bold label and nothing else: "1. **De sleutel is bevroren.**". */
const LABEL_ONLY = /^\s*(?:\d+[.)]|[-*•])?\s*\*\*[^*]+\*\*\s*$/;
/** A list of up to this many items comes whole with the item that answers. */
const SHORT_LIST = 4;

/** What else the question asks of the section's sentences, beside its words. */
export interface AlsoAsked {
  /** The kind of answer asked ("hoe snel": a length of time), which some chosen sentence should give. */
  givesKind?: (sentence: string) => boolean;
  /** The kind each of two asks wants ("hoe vaak ..., en wat kwam daaruit?": a number of times; "..., en wat is daarvoor begroot?": an amount). */
  askKinds?: ((sentence: string) => boolean)[];
  /** A sentence whose condition the asker's case meets ("minder dan 10 fte" for "wij hebben 7 fte"). */
  caseMet?: (sentence: string) => boolean;
  /** A sentence whose age or time condition the asker's case meets ("jonger dan zestien jaar" for "ik ben 15 jaar"). */
  timeCase?: (sentence: string) => boolean;
  /** How a sentence matches the second question of a sentence that asks two ("... en kan er eerder een BO komen?"). */
  secondAsk?: (sentence: string) => number[];
  /** The things asked for ("welke signalen") are what the section's heading names: its list gives them. */
  headingNamesList?: boolean;
  /** The number of the step asked ("wat is stap 3?", "wat moet er als eerste gebeuren?"). */
  step?: number;
  /** The same for the first question: the best sentence may answer only the second ("... en hoeveel mogen er maximaal?"). */
  firstAsk?: (sentence: string) => number[];
  /** One person is asked for ("wie is de …", "bij wie moet ik zijn …"). */
  onePerson?: boolean;
  /** A cause or a reply is asked ("waarom", "hoe komt dat", "wat vroeg ..."): the best one's paragraph may give it without referring back; every step of it for "wat is daarmee gedaan". */
  inParagraph?: ParagraphReach;
  /** The things asked for as a whole ("wat zijn de beperkingen") are what the heading names: an enumeration in prose comes whole. */
  wholeEnumeration?: boolean;
  /** The question asks what is not so ("welke gemeenten doen niet mee"): whether a sentence names the things it asks for. */
  negated?: (sentence: string) => boolean;
  /** What was decided is asked ("wat is er besloten over ..."): a decision paragraph chosen comes whole. */
  decision?: boolean;
  /** Whether a sentence names the party the question names ("Sallandse Heuvels"). */
  namesParty?: (sentence: string) => boolean;
  /** The question asks which one or who ("welke zorgaanbieder ..."): a paragraph's bold title, which names its subject, comes along. */
  namesAsked?: boolean;
  /** A result is asked ("wat kwam daaruit"): a sentence of the section that reports one ("Dat leidde tot ...") comes along. */
  resultAsked?: boolean;
  /** Who did something is asked ("wie stemde er tegen ..."): the paragraph's sentence that says the deed comes along. */
  doerAsked?: boolean;
  /** The things asked by "welke ..." ("knelpunten"): a sentence counting them brings the sentences that tell them. */
  thingsAsked?: string;
}

export interface Extract {
  text: string;
  /** "lid 3" when the answer is one numbered lid of an article. */
  lid?: string;
}

/**
 * The answer to show from a section: the sentence that answers most of the question, the other
 * sentences that answer it as well, and a list in full when the answer introduces one or the
 * question asks for steps, even when the list runs over several passages. Never more than MAX_ANSWER_CHARS.
 */
export function extractAnswer(
  section: Passage[],
  matches: (sentence: string) => number[],
  wantsList: boolean,
  wantsConsequence = false,
  weight?: SentenceWeight,
  elaborates?: (sentence: string) => boolean,
  also: AlsoAsked = {},
): Extract {
  const units = unitsOf(section, matches, weight);
  if (!units.length) return { text: '' };
  // "Wat is stap 3?": that step, all of it and alone.
  const step = numberedStep(units, also.step);
  if (step !== undefined) return { text: clip(render(units, units.flatMap((u, k) => (u.line === units[step].line ? [k] : []))), MAX_ANSWER_CHARS) };
  const top = stepsAnchor(units, units.reduce((b, u, i) => (u.score > units[b].score ? i : b), 0), wantsList);
  const best = also.headingNamesList ? headedListAnchor(units, top, matches, `${section[0]?.title ?? ''}: ${section[0]?.section ?? ''}`) : also.negated ? negatedAnchor(units, top, also.negated) : top;
  const chosen = new Set<number>([best]);
  let limit = MAX_ANSWER_CHARS;
  const isItem = (k: number) => k < units.length && units.find((u) => u.line === units[k].line)!.marker !== undefined;
  const introduces = (k: number) => (/:$/.test(units[k].text) || announcesList(units, k, wantsList)) && isItem(k + 1) && units[k + 1].line !== units[k].line;
  const addList = (k: number, required: boolean) => void (limit = withList(units, chosen, best, k, required, limit));
  const intro = (wantsList || ANNOUNCES.test(units[best].text)) && !isItem(best) ? withLaterIntroduction(units, chosen, best, introduces) : best;
  if (introduces(intro)) addList(intro + 1, true);
  else if (wantsList && isItem(best)) addList(best, true);
  else if (units[best].intro !== undefined || bulletOfItsOwn(units, best)) addItemContext(units, chosen, best, !!also.onePerson, () => addList(best, false));
  if (also.wholeEnumeration) limit = withOrdinalRun(units, chosen, best, limit, MAX_LIST_CHARS);
  addLidContext(units, chosen, best, wantsConsequence);
  if (elaborates) addElaboration(units, chosen, best, elaborates, also.inParagraph);
  addAlsoAsked(section, units, chosen, best, also, weight);
  // Other sentences that answer as much, nearby first; a list they introduce comes along.
  for (const i of asGood(units, chosen, best)) {
    if (chosen.has(i) || length(units, [...chosen, i]) > MAX_ANSWER_CHARS) continue;
    chosen.add(i);
    if (introduces(i)) addList(i + 1, false);
    // An item says what it is one of by its introduction ("Voor de volgende besluiten bestaat geen mandaat:").
    if (units[i].intro !== undefined && length(units, [...chosen, units[i].intro!]) <= MAX_ANSWER_CHARS) chosen.add(units[i].intro!);
    // Its lid comes along as the best one's does: "Reiskosten worden vergoed op basis van het openbaar vervoer."
    // is followed by what a member who comes by car gets.
    addWhole(units, chosen, lidOf(units, i));
  }
  limit = withPickedOrdinalRun(units, chosen, best, limit, MAX_ANSWER_CHARS);
  addSentenceContext(units, chosen, best, matches, (ks) => length(units, [...chosen, ...ks]) <= MAX_ANSWER_CHARS, { which: also.namesAsked, result: also.resultAsked, who: also.doerAsked });
  addCountedSentences(units, chosen, best, { things: also.thingsAsked, causes: also.inParagraph === 'every reason', steps: wantsList });
  addFiguresOfShare(units, chosen);
  // A lone short sentence reads better with the next one of its paragraph.
  if (chosen.size === 1 && units[best].text.length < 160 && units[best + 1]?.line === units[best].line && length(units, [best, best + 1]) <= MAX_ANSWER_CHARS) chosen.add(best + 1);
  // A sentence that ends in "als volgt:" never comes without the list it introduces (or the item of it that answers).
  for (const k of [...chosen]) {
    if (!introduces(k) || chosen.has(k + 1) || [...chosen].some((i) => units[i].intro === k)) continue;
    addList(k + 1, wantsList);
    // Without its list (too long to show) the introduction is a dangling colon.
    if (!chosen.has(k + 1) && k !== best) chosen.delete(k);
  }
  addParagraphHoles(units, chosen);
  addShortParagraph(units, chosen, best, wantsList);
  const picked = [...chosen].sort((a, b) => a - b);
  return { text: clip(render(units, answerFirst(units, picked, best, wantsList)), limit), lid: lidName(units, picked, best) };
}

/**
 * An item answers with what introduces it (none under its own heading), with its list when short (not a whole list of definitions; of contact
 * persons only the one asked) and with the rest of its item: "- **Extra BO van 29 april:** de bijdrage voor De Vlonder. Het BO kende € 386.500 toe."
 */
function addItemContext(units: Unit[], chosen: Set<number>, best: number, onePerson: boolean, addShortList: () => void): void {
  if (units[best].intro !== undefined) chosen.add(units[best].intro!);
  const items = listAround(units, best).filter((i) => units[i].marker);
  // "Wie was trekker van het thema doorstroom?" of a list naming a trekker in every item: the item asked, not the other people.
  const eachNamesOne = items.every((i) => NAMES_PERSON.test(units[i].text));
  if (items.length <= SHORT_LIST && !(onePerson && (OPENS_WITH_PERSON.test(units[best].text) || eachNamesOne))) addShortList();
  const rest = units.flatMap((u, i) => (i > best && u.line === units[best].line ? [i] : []));
  if (rest.length && rest.length <= 2 && length(units, [...chosen, ...rest]) <= MAX_ANSWER_CHARS) rest.forEach((i) => chosen.add(i));
}

/** A person's name in a sentence: two capitalised words, maybe joined by "van", "de" ("wethouder Marit Oosterveld", "Jan van Dam"). */
const NAMES_PERSON = /\b\p{Lu}\p{Ll}+\s+(?:(?:van|de|der|den|ten|ter)\s+)*\p{Lu}\p{Ll}+\b/u;

/** "... ingestemd met de volgende uitgangspunten. Ze zijn leidend ...": a paragraph that announces the list after it, without a colon. */
// A plural after "de volgende" (not "de volgende vergadering", the next one).
const ANNOUNCES = /\b(?:de|het)\s+volgende\s+\p{L}{3,}(?:en|s|['’]s)\b|\bals\s+volgt\b/iu;
// A list asked for is also announced by a paragraph that counts its items ("hanteren vijf principes"), though not for a count asked.
const announcesList = (units: Unit[], k: number, wantsList: boolean) => units.some((u) => u.line === units[k].line && (ANNOUNCES.test(u.text) || (wantsList && countsItsList(units, k, u.text))));

/** "... hanteren vijf principes." over a list of five items: a paragraph that counts the things of the list after it announces it. */
function countsItsList(units: Unit[], k: number, text: string): boolean {
  const next = units.findIndex((u) => u.line > units[k].line);
  // The paragraph itself is no item, and the list starts right after it ("binnen vijf werkdagen" in step 4 counts no steps).
  if (next < 0 || units[next].marker === undefined || units.some((u) => u.line === units[k].line && u.marker !== undefined) || listAround(units, next)[0] !== next) return false;
  const items = new Set(listAround(units, next).filter((i) => units[i].marker !== undefined).map((i) => units[i].line)).size;
  return items >= 2 && [...text.matchAll(COUNTED_PLURAL)].some((m) => countOf(m[1]) === items);
}

/**
 * "Wie zitten er allemaal in het team?": "Het team bestaat uit een voorzitter en vijf leden. Voorzitter is ... De leden
 * zijn:" and its list. The sentence of the best one's paragraph, one or two further, that introduces a list comes along with
 * those between; the one that introduces the list (the best when none does).
 */
function withLaterIntroduction(units: Unit[], chosen: Set<number>, best: number, introduces: (k: number) => boolean): number {
  const later = introduces(best) ? undefined : [best + 1, best + 2].find((k) => units[k]?.line === units[best].line && introduces(k));
  for (let k = best + 1; later !== undefined && k <= later; k++) chosen.add(k);
  return later ?? best;
}

/** What else is asked: the kind of answer, the asker's case, a second (or first) ask of the asking sentence. */
function addAlsoAsked(section: Passage[], units: Unit[], chosen: Set<number>, best: number, also: AlsoAsked, weight?: SentenceWeight): void {
  const { givesKind, askKinds = [], caseMet, secondAsk, firstAsk } = also;
  for (const kind of [givesKind, ...askKinds]) if (kind) addKindGiven(units, chosen, best, kind, also.inParagraph === 'every reason');
  // A table row's figure holds unless another lid modifies it for the asker's case: "voor aanbieders met minder dan
  // 10 fte wordt de kostenbijdrage gehalveerd" comes along for "wij zijn een aanbieder met 7 fte".
  if (caseMet && isRow(units[best])) addWhole(units, chosen, units.flatMap((u, i) => (caseMet(u.text) && !isRow(u) ? lidOrSelf(units, i) : [])));
  // "Ik ben 15 jaar, wat heb ik nodig om lid te worden?": the lid whose condition the asker's age meets ("jonger dan zestien jaar").
  if (also.timeCase) for (const [i, u] of units.entries()) if (also.timeCase(u.text) && !isRow(u)) addWhole(units, chosen, lidOrSelf(units, i));
  if (secondAsk) addSecondAnswer(section, units, chosen, secondAsk, weight);
  if (firstAsk) addSecondAnswer(section, units, chosen, firstAsk, weight, true);
  if (also.decision) addDecision(units, chosen, best);
  if (also.namesParty) addOpeningNaming(units, chosen, also.namesParty);
}

/** Adds the list around unit `k` to the chosen units (whole, or by first sentences when too long and `required`); returns the new length limit. */
function withList(units: Unit[], chosen: Set<number>, best: number, k: number, required: boolean, limit: number): number {
  const list = listAround(units, k);
  if (list.filter((i) => units[i].marker).length < 2) return limit;
  const whole = length(units, [...chosen, ...list]);
  if (whole > MAX_ANSWER_CHARS && !(required && whole <= MAX_LIST_CHARS)) {
    if (!required) return limit;
    // Too long to show whole: every item by its first sentence (and the answer's whole), else the
    // items nearest the answer, so the answer itself is never cut off.
    const firstSentences = list.filter((i) => i === best || units[i].line !== units[i - 1]?.line);
    if (length(units, [...chosen, ...firstSentences]) <= MAX_ANSWER_CHARS) {
      for (const i of firstSentences) chosen.add(i);
      // An item that opens with a bold label only ("**De sleutel is bevroren.**") says what it means in its next sentence.
      for (const i of firstSentences) if (LABEL_ONLY.test(units[i].text) && units[i + 1]?.line === units[i].line && length(units, [...chosen, i + 1]) <= MAX_LIST_CHARS) chosen.add(i + 1);
      return Math.min(MAX_LIST_CHARS, Math.max(limit, length(units, [...chosen])));
    }
    for (const i of [...list].sort((a, b) => Math.abs(a - best) - Math.abs(b - best))) {
      if (length(units, [...chosen, i]) <= MAX_ANSWER_CHARS) chosen.add(i);
    }
    return limit;
  }
  for (const i of list) chosen.add(i);
  // The sentence that introduces the list belongs to it, and so does the one it leans on ("Daarbij gelden de volgende stappen:").
  if (list[0] > 0 && /:$/.test(units[list[0] - 1].text)) {
    chosen.add(list[0] - 1);
    addAntecedents(units, chosen, (ks) => length(units, [...chosen, ...ks]) <= MAX_LIST_CHARS);
  }
  return Math.min(MAX_LIST_CHARS, Math.max(limit, length(units, [...chosen])));
}

/**
 * A chosen sentence that gives a share ("20 procent minder dan in 2025") comes with the next one that puts it in figures,
 * one that says a thing changed without a figure ("de schoolgang verbeterde") with the next one that gives it from and to.
 */
function addFiguresOfShare(units: Unit[], chosen: Set<number>): void {
  for (const k of [...chosen]) if (units[k + 1]?.line === units[k].line && !chosen.has(k + 1) && nextGivesFigures(units[k].text, units[k + 1].text)) addWhole(units, chosen, [k + 1]);
}

/** The other sentences that answer about as much as the best, by their own words (not those of their list's introduction), best and nearest first. */
function asGood(units: Unit[], chosen: Set<number>, best: number): number[] {
  const bestScore = units[best].own ?? 0;
  return units
    .map((u, i) => ({ own: u.own ?? 0, i }))
    .filter(({ own, i }) => !chosen.has(i) && bestScore > 0 && own >= bestScore * 0.75)
    .sort((a, b) => b.own - a.own || Math.abs(a.i - best) - Math.abs(b.i - best))
    .map(({ i }) => i);
}

/** "lid 3" when every sentence picked belongs to the lid of the best one. */
function lidName(units: Unit[], picked: number[], best: number): string | undefined {
  const lidLine = units[best].lid;
  if (lidLine === undefined || !picked.every((k) => units[k].lid === lidLine)) return undefined;
  return `lid ${(units.find((u) => u.line === lidLine)?.marker ?? '').replace(/\D/g, '')}`;
}

/**
 * The lid around the answer: the whole lid (its second sentence or the line closing its list is often
 * the point), a short article whole, and for "wat gebeurt er als ..." the next lid when it says what
 * follows when the condition is not met.
 */
function addLidContext(units: Unit[], chosen: Set<number>, best: number, wantsConsequence: boolean): void {
  addWhole(units, chosen, lidOf(units, best));
  // Its few leden answer together ("meldt het" and "stemt niet mee").
  if (units.some((u) => u.lid !== undefined) && length(units, units.map((_, i) => i)) <= SHORT_ARTICLE) units.forEach((_, i) => chosen.add(i));
  if (!wantsConsequence) return;
  // The next lid when it states a consequence, else a later one that does and shares the question's words.
  const later = [...new Set(units.flatMap((u, i) => (i > best && u.lid !== undefined && u.lid !== units[best].lid ? [u.lid] : [])))];
  const consequence = later.find((lid, n) => {
    const ks = units.flatMap((u, i) => (u.lid === lid ? [i] : []));
    return ks.some((k) => isConditional(units[k].text)) && (n === 0 || ks.some((k) => units[k].score > 0));
  });
  if (consequence !== undefined) addWhole(units, chosen, lidOf(units, units.findIndex((u) => u.lid === consequence)));
}

/**
 * "Hoe snel moet de kleine commissie ingelicht worden en kan er eerder een BO komen?": the sentence that answers the
 * second question best comes along with its lid, when it says one of that question's own words (not only a weak one).
 */
function addSecondAnswer(section: Passage[], units: Unit[], chosen: Set<number>, secondAsk: (sentence: string) => number[], weight?: SentenceWeight, unlessAnswered = false): void {
  const second = unitsOf(section, secondAsk, weight);
  const best = second.reduce((b, u, i) => (u.score > second[b].score ? i : b), 0);
  if (second.length !== units.length || chosen.has(best) || !secondAsk(second[best].text).some((v) => v >= OWN_WORD_MATCH)) return;
  // The first question is what the best sentence was chosen by: only a sentence that says more of it than those chosen adds to them.
  if (unlessAnswered && [...chosen].some((k) => second[k].score >= second[best].score)) return;
  addWhole(units, chosen, lidOrSelf(units, best));
}

/** A table row: a row passage, or a pipe line in running text ("| Intrekking van een vergunning | € 600 |"). */
const isRow = (u: Unit) => u.row || u.text.startsWith('|');
/** A bullet of a list under its own heading ("Afwezig met kennisgeving"), not a lid, a step or a table row. */
const bulletOfItsOwn = (units: Unit[], k: number) => {
  const first = units.find((u) => u.line === units[k].line)!;
  return !!first.marker && /^[-•*▪●]$/.test(first.marker) && !isRow(first);
};

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')} …` : text;
}
