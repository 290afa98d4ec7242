import { NUMBERED, type Unit, listAround } from './answer-units';
import { OWN_WORD_MATCH } from './sentence-context';

/**
 * Where in a section the answer to a question about a list begins, when that is not the sentence sharing the most
 * question words: the list a heading names, the steps a question asks for, or the numbered step asked.
 */

/**
 * "Welke signalen horen bij code geel?" under a heading "Code geel: signaal": the section's list is the answer, though a
 * sentence beside it shares more of the question's words. The best-scoring list (its introduction, else its first item)
 * anchors the answer, unless the best sentence is in a list already or introduces one.
 */
export function headedListAnchor(units: Unit[], best: number, matches: (sentence: string) => number[], heading: string): number {
  const inList = (k: number) => units[k].marker !== undefined && listAround(units, k).filter((i) => units[i].marker).length >= 2;
  if (inList(best) || (/:$/.test(units[best].text) && units[best + 1] && inList(best + 1))) return best;
  const starts = [...new Set(units.flatMap((_, k) => (inList(k) ? [listAround(units, k)[0]] : [])))];
  const score = (k: number) => listAround(units, k).reduce((sum, i) => sum + units[i].score, 0);
  const first = starts.sort((a, b) => score(b) - score(a))[0];
  if (first === undefined || saysWhatListLacks(units, best, listAround(units, first), matches, heading)) return best;
  return first > 0 && /:$/.test(units[first - 1].text) ? first - 1 : first;
}

/** "...: R1, R4 en R6": a sentence that names things of its own after a colon. */
const ENUMERATES = /:\s*[^.;:]+?\s+en\s+[^.;:]+/;

/**
 * "Welke risico's worden als toprisico gezien?" under "De belangrijkste risico's": "Drie risico's gelden als toprisico: R1,
 * R4 en R6." names the things asked itself, with a question word by its own form that neither the heading nor any item of its
 * list says: it answers, not the list.
 */
function saysWhatListLacks(units: Unit[], best: number, list: number[], matches: (sentence: string) => number[], heading: string): boolean {
  if (!ENUMERATES.test(units[best].text)) return false;
  // Nor the document's title and heading: "bij code geel" beside the list under "Code geel: signaal" is what the list is of.
  const items = [heading, ...list.map((i) => units[i].text)].map(matches);
  return matches(units[best].text).some((v, w) => v >= OWN_WORD_MATCH && items.every((m) => !m[w]));
}

const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];
const STEP_NUMBER = /\bstap\s+(\d{1,2})\b/i;
/** "Als eerste" with a verb of doing asks for a step ("wat moet er als eerste gebeuren?"); "wie spreekt als eerste" does not. */
export const AS_STEP = new RegExp(`\\bals\\s+(${ORDINALS.join('|')})\\s+(?=(?:gebeuren|doen|gedaan|ondernemen)\\b)`, 'i');
const STEP_ORDINAL = new RegExp(`\\b(${ORDINALS.join('|')})\\s+stap\\b|${AS_STEP.source}`, 'i');

/** "Wat is stap 3?", "wat is de tweede stap?", "wat moet er als eerste gebeuren?": the number of the step asked. */
export function askedStep(question: string): number | undefined {
  const n = question.match(STEP_NUMBER)?.[1];
  if (n) return Number.parseInt(n, 10);
  const ordinal = question.match(STEP_ORDINAL);
  return ordinal ? ORDINALS.indexOf((ordinal[1] ?? ordinal[2]).toLowerCase()) + 1 : undefined;
}

/** A step named in its own text ("2. Stap 1: de secretaris ..."), whose list marker may be another number. */
const NAMED_STEP = /^(?:\d{1,2}[.)]\s+)?stap\s+(\d{1,2})\b/i;

/**
 * The first sentence of the item `step` of a section's steps: the one that says "Stap 3", else, when no item names its
 * step, the numbered item 3.
 */
export function numberedStep(units: Unit[], step: number | undefined): number | undefined {
  if (step === undefined) return undefined;
  const named = units.findIndex((u) => Number(u.text.match(NAMED_STEP)?.[1]) === step);
  if (named >= 0 || units.some((u) => NAMED_STEP.test(u.text))) return named < 0 ? undefined : named;
  const k = units.findIndex((u) => u.marker !== undefined && NUMBERED.test(u.marker) && Number.parseInt(u.marker, 10) === step);
  return k < 0 ? undefined : k;
}

/** Whether a passage holds the item of the step asked: "Stap 3: ..." or, without steps named so, "3. De gemeente belt ...". */
export const holdsStep = (text: string, step: number): boolean =>
  /(?:^|\n)\s*(?:\d{1,2}[.)]\s+)?stap\s+\d/i.test(text) ? new RegExp(`(?:^|\\n)\\s*(?:\\d{1,2}[.)]\\s+)?stap\\s+${step}\\b`, 'i').test(text) : new RegExp(`(?:^|\\n)\\s*${step}[.)]\\s`).test(text);

/** How much of the best sentence's score the introduction of a list of steps needs to answer a question asking for steps. */
const STEPS_SHARE = 0.5;

/**
 * "Welke stappen doorloopt een melding?": the steps numbered inside a lid are the list asked for, even when a lid
 * outside them shares more of the question's words ("... zonder de stappen 3 en 4 te doorlopen"). Returns the
 * introduction of the best such list when it says about as much as the best sentence, else the best sentence.
 */
export function stepsAnchor(units: Unit[], best: number, wantsList: boolean): number {
  if (!wantsList || units[best].step || units[best + 1]?.step) return best;
  const intros = units.flatMap((u, k) => (/:$/.test(u.text) && units[k + 1]?.step && units[k + 1].line !== u.line ? [k] : []));
  // "Kan een besluit niet wachten, dan ... Daarbij gelden de volgende stappen:": the best sentence's lid introduces the steps asked.
  const own = intros.find((k) => units[k].line === units[best].line);
  if (own !== undefined) return own;
  const intro = intros.sort((a, b) => units[b].score - units[a].score)[0];
  if (intro !== undefined && units[intro].score >= STEPS_SHARE * units[best].score) return intro;
  return intro === undefined ? listIntroAnchor(units, best) : best;
}

/**
 *  "Welke thema's zitten er in het concept?" best met by a paragraph after the list ("Het BO besluit over de regioagenda"):
 * the introduction of the section's one list ("Het voorgestelde pakket bestaat uit:"), when its paragraph answers half as well.
 */
function listIntroAnchor(units: Unit[], best: number): number {
  if (units[best].marker !== undefined || /:$/.test(units[best].text)) return best;
  const intros = units.flatMap((u, k) => (/:$/.test(u.text) && units[k + 1]?.marker !== undefined && units[k + 1].line !== u.line ? [k] : []));
  if (intros.length !== 1) return best;
  const paragraph = Math.max(...units.filter((u) => u.line === units[intros[0]].line).map((u) => u.score));
  return paragraph >= STEPS_SHARE * units[best].score ? intros[0] : best;
}
