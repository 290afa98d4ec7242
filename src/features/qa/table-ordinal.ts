import type { Passage } from './qa.domain';
import { rowOf } from './tables';

/**
 * "Wanneer is de tweede bestuurlijke bijeenkomst in 2053?": an ordinal of the things a table lists in order (a calendar
 * with a meeting twice). Not an ordinal that names a period or a part ("het tweede kwartaal", "het derde lid").
 */
const ORDINAL = /\b(eerste|tweede|derde|vierde|vijfde|zesde|laatste)\s+(?!(?:kwartaal|halfjaar|helft|lid|jaar|week|maand|tranche|fase|ronde|perceel|deel)\b)/i;
const NTH: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6 };

/** A row's cells without the ones that tell rows of one thing apart by when: what the row is, not its date. */
const whatRowIs = (passage: Passage) => (rowOf(passage.text)?.cells ?? []).filter((cell) => !/\b(?:19|20)\d\d\b|\d{1,2}[-/]\d{1,2}/.test(cell)).join('|').toLowerCase();

/**
 * The row the ordinal asks for among the rows of the chosen row's table that are the same thing and match as well
 * (the same coverage), in the table's order; the chosen row when the question asks no ordinal or there is one such row.
 */
export function nthRowAsked<H extends { id: string; kind: string; coverage: number }>(question: string, chosen: H | undefined, hits: H[], passage: (id: string) => Passage | undefined): H | undefined {
  const ordinal = ORDINAL.exec(question)?.[1].toLowerCase();
  const own = chosen && passage(chosen.id);
  if (!ordinal || !own || !rowOf(own.text)) return chosen;
  const ownIs = whatRowIs(own);
  const same = hits
    .filter((h) => h.kind === 'passage' && h.coverage === chosen.coverage)
    .map((h) => ({ h, p: passage(h.id) }))
    .filter((x): x is { h: H; p: Passage } => !!x.p && x.p.title === own.title && x.p.section === own.section && !!rowOf(x.p.text) && whatRowIs(x.p) === ownIs)
    .sort((a, b) => a.p.position - b.p.position);
  if (same.length < 2) return chosen;
  const n = ordinal === 'laatste' ? same.length : NTH[ordinal];
  return same[n - 1]?.h ?? chosen;
}
