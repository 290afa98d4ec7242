import { MAX_ANSWER_CHARS } from './qa.domain';
import { COUNT_WORDS, countOf } from './number-words';
import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import type { Unit } from './answer-units';
import { length } from './unit-spans';

/** "vijf principes", "3 subregio's": a count and a plural. */
export const COUNTED_PLURAL = new RegExp(`\\b(${COUNT_WORDS}|\\d{1,2})\\s+(?:\\p{L}+e\\s+)?\\p{L}{3,}(?:en|s|['’]s)\\b`, 'giu');

/** A sentence that opens with a name ("Kampen vroeg ...", "Zorggroep Hoogeland meldde ..."), not with a word of every text. */
const opensWithName = (text: string) => /^\p{Lu}[\p{L}-]+\s/u.test(text) && !OPENER.has(text.split(/\s/)[0].toLowerCase());
const OPENER = new Set([...DUTCH_STOP_WORDS, 'daarnaast', 'verder', 'bovendien', 'daarom', 'vervolgens', 'tenslotte', 'ten', 'tot', 'wel', 'toch', 'eerst', 'daarna', 'ook', 'zo']);
/**
 * "... hebben drie gemeenten een thema ingediend. Kampen vroeg ... Hardenberg signaleerde ... Deventer wees ...": a sentence
 * that counts things comes with the sentences after it that each open with one's name, as many as it counts: they say which.
 */
function addCountedNames(units: Unit[], chosen: Set<number>): void {
  for (const k of [...chosen]) {
    const n = Math.max(0, ...[...units[k].text.matchAll(COUNTED_PLURAL)].map((m) => countOf(m[1])));
    const next = Array.from({ length: n }, (_, j) => k + 1 + j);
    if (n < 2 || n > 6 || !next.every((i) => units[i]?.line === units[k].line && opensWithName(units[i].text))) continue;
    if (length(units, [...chosen, ...next]) <= MAX_ANSWER_CHARS) next.forEach((i) => chosen.add(i));
  }
}

/** "vier treden", "drie fasen": a count of the steps of a procedure. */
const COUNTED_STEPS = new RegExp(`\\b(${COUNT_WORDS}|\\d)\\s+(?:stappen|treden|fasen|fases|niveaus|stadia|rondes)\\b`, 'iu');
const FIRST_STEP = /^(?:eerst|allereerst|als eerste|de eerste|om te beginnen|in de eerste)\b/iu;
const LAST_STEP = /^(?:de laatste|tot slot|ten slotte|tenslotte|als laatste|in de laatste)\b/iu;

/**
 * "Een escalatie doorloopt vier treden. Eerst ... Blijft verbetering uit, dan volgt ... Daarna ... De laatste trede is ...":
 * a sentence that counts the steps of a procedure told in prose comes with the sentences that tell them, from the one
 * that opens with the first to the one that opens with the last.
 */
function addCountedSteps(units: Unit[], chosen: Set<number>, wantsList: boolean): void {
  // Only when the steps are asked ("welke stappen ..."): else they crowd out the sentence that answers.
  if (!wantsList) return;
  for (const k of [...chosen]) {
    const n = countOf(units[k].text.match(COUNTED_STEPS)?.[1] ?? '');
    if (!(n >= 2 && n <= 6) || !FIRST_STEP.test(units[k + 1]?.text ?? '')) continue;
    const told = [];
    for (let i = k + 1; units[i]?.line === units[k].line && told.length <= n; i++) {
      told.push(i);
      if (LAST_STEP.test(units[i].text)) break;
    }
    const closed = LAST_STEP.test(units[told[told.length - 1]].text) || told.length === n;
    if (closed && told.length >= n - 1 && told.length <= n + 1 && length(units, [...chosen, ...told]) <= MAX_ANSWER_CHARS) told.forEach((i) => chosen.add(i));
  }
}

/**
 * "Welke knelpunten kwamen uit de evaluatie?" of "... wijst de evaluatie op vier knelpunten. Het productenboek telt ... De
 * wachttijd liep op ... Ten slotte ...": a chosen sentence that counts the things asked comes with as many sentences of its
 * paragraph after it, whatever they open with: they tell them.
 */
function addCountedAsked(units: Unit[], chosen: Set<number>, thing: string | undefined): void {
  if (!thing || thing.length < 5) return;
  const stem = thing.toLowerCase().slice(0, Math.max(5, thing.length - 3));
  for (const k of [...chosen]) {
    const counted = [...units[k].text.matchAll(COUNTED_PLURAL)].find((m) => m[0].toLowerCase().split(/\s+/).at(-1)!.startsWith(stem));
    const n = counted ? countOf(counted[1]) : 0;
    const next = Array.from({ length: n }, (_, j) => k + 1 + j);
    if (n < 2 || n > 6 || !next.every((i) => units[i]?.line === units[k].line && units[i].marker === undefined)) continue;
    if (length(units, [...chosen, ...next]) <= MAX_ANSWER_CHARS) next.forEach((i) => chosen.add(i));
  }
}

/** "Er speelden drie dingen tegelijk.", "Daar zijn twee redenen voor.": a sentence that counts the causes the sentences after it tell. */
const COUNTED_CAUSES = new RegExp(`\\b(${COUNT_WORDS}|\\d)\\s+(?:\\p{L}+e\\s+)?(?:dingen|oorzaken|redenen|factoren|zaken|ontwikkelingen|problemen|tegenvallers)\\b`, 'iu');

/**
 * "Waarom liep de doorlooptijd zo uit de hand?" answered by one sentence of "Er speelden drie dingen tegelijk. In juni ... In juli
 * ... En in augustus ...": the sentence of the best one's paragraph that counts the causes comes with the sentences that tell them.
 */
function addCountedCauses(units: Unit[], chosen: Set<number>, best: number, causeAsked: boolean): void {
  if (!causeAsked) return;
  const k = units.findIndex((u, i) => i <= best && u.line === units[best].line && u.marker === undefined && COUNTED_CAUSES.test(u.text));
  const n = k < 0 ? 0 : countOf(units[k].text.match(COUNTED_CAUSES)![1]);
  const told = Array.from({ length: n + 1 }, (_, j) => k + j);
  if (n < 2 || n > 5 || !told.every((i) => units[i]?.line === units[k].line && units[i].marker === undefined)) return;
  if (length(units, [...chosen, ...told]) <= MAX_ANSWER_CHARS) told.forEach((i) => chosen.add(i));
}

/** The sentences a chosen sentence that counts things brings along: the names, the things or causes asked, the steps of a procedure asked. */
export function addCountedSentences(units: Unit[], chosen: Set<number>, best: number, asked: { things?: string; causes: boolean; steps: boolean }): void {
  addCountedNames(units, chosen);
  addCountedAsked(units, chosen, asked.things);
  addCountedCauses(units, chosen, best, asked.causes);
  addCountedSteps(units, chosen, asked.steps);
}
