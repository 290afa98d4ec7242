import type { QaResult } from './qa.domain';
import type { TableSource } from './table-cells';

/** A note marker after a cell ("vr 6 jul²"): superscript figures, which running text does not use otherwise. */
const MARKERS = /[¹²³⁴⁵⁶⁷⁸⁹]/gu;
/** "² Vervroegd, omdat de meeste projectmanagers ... afwezig zijn.": a note under a table, by its marker, up to the next note or line. */
const NOTE = /(?:^|(?<=[.!?;:]\s+))([¹²³⁴⁵⁶⁷⁸⁹])\s*([^¹²³⁴⁵⁶⁷⁸⁹\n]+)/gmu;
/** Passages read around the table for its notes. */
const SECTION_REACH = 40;

/**
 * "Tot wanneer moeten de stukken voor het AO van augustus binnen? Lijkt vroeg, hoe komt dat": a cell with a note marker
 * ("vr 6 jul²") comes with the note under its table that says why ("² Vervroegd, omdat ... in het zomerreces afwezig zijn").
 */
export function withTableNotes(found: QaResult | undefined, source: Pick<TableSource, 'passageAt'>): QaResult | undefined {
  if (found?.kind !== 'answer' || found.passageRef.kind !== 'passage') return found;
  const markers = new Set(found.answer.match(MARKERS) ?? []);
  if (!markers.size) return found;
  const { title, position } = found.passageRef;
  const section = source.passageAt(title, position)?.section;
  const notes = new Map<string, string>();
  for (const step of [1, -1]) {
    for (let k = step === 1 ? position : position - 1, read = 0; read < SECTION_REACH; k += step, read++) {
      const passage = source.passageAt(title, k);
      if (!passage || passage.section !== section) break;
      for (const [, marker, note] of passage.text.matchAll(NOTE)) if (markers.has(marker) && !notes.has(marker)) notes.set(marker, `${marker} ${note.trim()}`);
    }
  }
  return notes.size ? { ...found, answer: `${found.answer}\n${[...notes.values()].join('\n')}` } : found;
}
