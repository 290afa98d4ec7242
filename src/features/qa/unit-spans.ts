// Spans of an answer's sentences: a lid, and adding sentences while the answer stays short enough.
import { MAX_ANSWER_CHARS } from './qa.domain';
import type { Unit } from './answer-units';
import { render } from './answer-render';

/** The sentences of the lid of sentence k, or k alone outside a lid. */
export const lidOrSelf = (units: Unit[], k: number) => (units[k].lid === undefined ? [k] : lidOf(units, k));

/** The sentences of the lid of sentence k (none outside a lid). */
export const lidOf = (units: Unit[], k: number) => (units[k].lid === undefined ? [] : units.flatMap((u, i) => (u.lid === units[k].lid ? [i] : [])));

/** Adds sentences together, when the answer stays within MAX_ANSWER_CHARS. */
export function addWhole(units: Unit[], chosen: Set<number>, ks: number[]): void {
  if (ks.length && length(units, [...chosen, ...ks]) <= MAX_ANSWER_CHARS) for (const i of ks) chosen.add(i);
}

/** The length of the answer the picked sentences make. */
export function length(units: Unit[], picked: number[]): number {
  return render(units, [...picked].sort((a, b) => a - b)).length;
}
