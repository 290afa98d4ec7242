import { rememberedPerText } from '../../shared/text-memo';
import { questionParts } from './question-setup';
import type { Passage } from './qa.domain';
import { isDefinitionsSection } from './definitions';
import { moneyCaseMetBy } from './amount-thresholds';
import { askedChange, asksLevelEntry, headingNamesLevel, levelsOwnHeading, namedLevel, namesChange } from './levels';
import { askedStep, holdsStep } from './list-anchors';
import { asksCauseOnly } from './asked-elaboration';
import { asksPartyTask, namesParty } from './party-items';
import type { NamedInQuestion } from './asked-actor';
import { rowOf } from './tables';

/**
 * Whether a passage is of the kind the question asks for, beside sharing its words: an article about "ongevraagd
 * advies" does not answer a question about advice RSJ asks for, a list of definitions does not say when or under
 * which condition something happens, and the lid whose amount condition the asker's case meets ("meer dan € 250.000"
 * for "een geschil van 300.000 euro") speaks of that case, also when the question asks how long or who.
 */

/** How much a passage about the negation of a question word ranks below the others. */
const NEGATED_SUBJECT = 0.5;
/** How much a list of definitions ranks below a rule for a question after a moment or a condition. */
const DEFINITIONS_FOR_CONDITION = 0.5;
/**
 * How much a passage whose amount condition the asker's case meets ranks above others. For a question that asks no
 * length of time or frequency, situationSaid (asked-condition.ts) boosts it as well: measured, the two together rank
 * the right lid of the geschillen dev set first where either alone does not (3 answers fewer without this one).
 */
const AMOUNT_CASE = 2;

/**
 * "Ongevraagd", "onbetaald", "onvolledig", "onafhankelijk": "on-" before a participle or an adjective negates it.
 * Nouns ("onkosten", "ongeval"), words that only start with "on" ("ontvangen", "onderwerp") and words that negate nothing
 * ("ongeacht", "onmiddellijk", "ontvankelijk", "onverwijld", "onderling") do not match.
 */
const NEGATED_WORD = /\bon(?!geacht\b|middellijk\b|tvankelijk\b|verwijld\b|derling\b)((?:ge|be|ver)\p{L}{3,}[dt]|\p{L}{3,}(?:ig|baar|lijk|isch|zaam))\b/giu;
/** A question that negates itself ("zonder dat erom gevraagd is") may mean the negated word. */
const NEGATES = /\b(niet|geen|zonder|nooit)\b/i;

/**
 * The negated words of a passage whose positive the question says and whose negation it does not: for "als wij om
 * advies vragen", "ongevraagd" (its positive "gevraagd" shares the stem "vrag").
 */
export function negatedQuestionWords(question: string, text: string, terms: (word: string) => string[]): string[] {
  return negationsOf(question, terms)(text);
}

/** The question read once, for the passages of its hits: a function of a passage's text giving its negated question words. */
function negationsOf(question: string, terms: (word: string) => string[]): (text: string) => string[] {
  if (NEGATES.test(question)) return () => [];
  const asked = new Set(question.toLowerCase().match(/\p{L}+/gu)?.flatMap((w) => terms(w).filter((t) => !t.startsWith('~'))) ?? []);
  const inQuestion = new Set(question.toLowerCase().match(/\p{L}+/gu) ?? []);
  return (text) => negatedWordsIn(text).filter((word) => !inQuestion.has(word) && terms(word.slice(2)).some((t) => !t.startsWith('~') && asked.has(t)));
}

/** A text's negated words ("ongevraagd"), each once: the same passages come back with every question. */
const negatedWordsIn: (text: string) => readonly string[] = rememberedPerText(20_000, (text: string) => [...new Set([...text.matchAll(NEGATED_WORD)].map((m) => m[0].toLowerCase()))]);

/** "Wanneer ...", "in welke gevallen ...", "onder welke voorwaarden ...": a moment or a condition is asked. */
const ASKS_MOMENT_OR_CONDITION = /^\s*(?:\p{L}+\s+)?wanneer\b|\bin welk(?:e)? (?:gevallen|geval|situaties|situatie|omstandigheden)\b|\bonder welke (?:voorwaarden?|omstandigheden)\b/iu;

/** How much a passage under the heading of the one phase or level the question names ranks above others. */
const LEVEL_SECTION = 1.5;
/** How much a row of a table ranks below prose for a question that asks why (and no figure): a row gives no reason. */
const ROW_FOR_CAUSE = 0.3;
/** How much a list of what each party is to do ranks above others when it has an item of the party asked. */
const PARTY_ITEMS = 5;
/** How much a passage holding the numbered step asked ("wat is stap 3?") ranks above others. */
const STEP_PASSAGE = 2;
/** How much a passage naming the change of level asked ("van code rood naar code oranje") ranks above others. */
const LEVEL_CHANGE = 2;
/** As much for "wanneer gaat het naar rood?", whose only word is the level: its section is the answer. */
const LEVEL_ENTRY_SECTION = 10;
/**
 * "Welke signalen horen bij code geel?": the section headed "Niveau 1 – code geel" is about that level; another that
 * mentions it in passing ("terug naar code geel") is not. A question naming two levels (from one to the other) names none.
 */
function levelHeading(question: string): ((section: string) => boolean) | undefined {
  const level = namedLevel(question);
  if (level === undefined) return undefined;
  // "Wanneer gaat het naar rood?" asks what the level's own section says: its triggers.
  return asksLevelEntry(question) ? (section) => levelsOwnHeading(section, level) : (section) => headingNamesLevel(section, level);
}
/** "Wat is er besloten over ...?", "wat hebben ze afgesproken": the content of a decision is asked, not whether there was one. */
const ASKS_DECISION = /\bwat\s+(?:is|zijn|werd|werden|heeft|hebben)\b.*\b(?:besloten|afgesproken|beslist)\b/i;
/** Minutes that record that nothing was decided ("hierover is nog niets besloten", "geen besluit"), and no decision beside it. */
const NOTHING_DECIDED = /\b(?:niets|niks|nog\s+niet|niet)\s+(?:besloten|beslist)\b|\bgeen\s+(?:besluit|beslissing|keuze)\b/i;
const DECISION_LABEL = /\bbesluit(?:en)?\s*:/i;
export const asksDecision = (question: string): boolean => ASKS_DECISION.test(questionParts(question).asking);
/** A passage that reports a decision taken ("Het BO heeft het volgende besloten:", "besloot"), not one still to take. */
const DECISION_TAKEN = /\b(?:heeft|hebben)\s+(?:(?!niet\b|nog\b|geen\b)[\p{L}-]+\s+){0,6}(?:besloten|beslist)\b|\bbesloot\b|\bbesloten\s*:|\bbesluit(?:en)?\s*:/iu;
/** How much such a passage ranks above others for a question that asks what was decided. */
const DECIDED = 3;

/** How well a passage fits what the question asks, as a factor on its rank (1: nothing against it). */
export function passageFit(question: string, passage: Pick<Passage, 'section' | 'text'>, terms: (word: string) => string[], named: NamedInQuestion = () => false): number {
  return fitReader(question, terms, named)(passage);
}

/** The question read once: a function of a passage giving its fit. */
function fitReader(question: string, terms: (word: string) => string[], named: NamedInQuestion): (passage: Pick<Passage, 'section' | 'text'>) => number {
  const negations = negationsOf(question, terms);
  const asksCondition = ASKS_MOMENT_OR_CONDITION.test(questionParts(question).asking);
  const moneyCaseMet = moneyCaseMetBy(question);
  const underLevel = levelHeading(question);
  const entry = asksLevelEntry(question);
  const step = askedStep(question);
  const change = askedChange(question);
  const asksDecision = ASKS_DECISION.test(questionParts(question).asking);
  const causeOnly = asksCauseOnly(question);
  const asksParty = asksPartyTask(question);
  return (passage) => {
    const level = underLevel?.(passage.section) ? (entry ? LEVEL_ENTRY_SECTION : LEVEL_SECTION) : 1;
    const undecided = asksDecision && NOTHING_DECIDED.test(passage.text) && !DECISION_LABEL.test(passage.text);
    const decided = asksDecision && !undecided && DECISION_TAKEN.test(passage.text) ? DECIDED : 1;
    const negated = undecided || negations(`${passage.section}\n${passage.text}`).length ? NEGATED_SUBJECT : 1;
    const definitions = asksCondition && isDefinitionsSection(passage) ? DEFINITIONS_FOR_CONDITION : 1;
    const stepHeld = step !== undefined && holdsStep(passage.text, step) ? STEP_PASSAGE : 1;
    const changeNamed = change && namesChange(passage.text, change) ? LEVEL_CHANGE : 1;
    const row = causeOnly && rowOf(passage.text) ? ROW_FOR_CAUSE : 1;
    // A label the question names, by the same test the answer's extraction uses (party-items.ts).
    const partyItem = asksParty && namesParty(passage, named) ? PARTY_ITEMS : 1;
    return decided * partyItem * row * changeNamed * stepHeld * level * negated * definitions * (moneyCaseMet?.(passage.text) ? AMOUNT_CASE : 1);
  };
}

/** The hits with each passage's rank weighed by how well it fits what the question asks. */
export function withPassageFit<H extends { id: string; kind: string; rank: number }>(hits: H[], question: string, passage: (id: string) => Passage | undefined, terms: (word: string) => string[], named: NamedInQuestion): H[] {
  const fitOf = fitReader(question, terms, named);
  return hits.map((h) => {
    const p = h.kind === 'passage' ? passage(h.id) : undefined;
    const fit = p ? fitOf(p) : 1;
    return fit === 1 ? h : { ...h, rank: h.rank * fit };
  });
}
