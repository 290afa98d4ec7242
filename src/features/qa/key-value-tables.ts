import { SEPARATOR, cellsOf, isPipeLine } from './tables';

/**
 * A document's head set as a two-column table without a header row of its own: an empty header row ("| | |" over
 * "| **Aan** | Bestuurlijk Overleg |") or its first field in the header's place ("| Aan | Bestuurlijk Overleg |" over
 * "| Van | ... |"). Each row is a field, a label and its value, not a row under column headers: written as a head's
 * fields are ("**Aan:** Bestuurlijk Overleg"), so the head is read as a letter's head is (letter-head.ts).
 */

/** The labels of a document's head: of a letter, a proposal or the minutes of a meeting. */
const HEAD_LABEL = /^(?:aan|van|datum|(?:ons |uw )?kenmerk|zaaknummer|onderwerp|betreft|portefeuillehouders?|bijlagen?|voorzitter|tijd|aanvang|locatie|plaats|verslag|verslaglegging|notulist|secretaris|opsteller|steller|auteur|contactpersoon|afdeling|status|versie|vergadering|vergaderdatum|agendapunt)$/i;

const label = (cell: string) => cell.replace(/^(\*\*|__)(.*)\1$/, '$2').replace(/:$/, '').trim();
/** A cell that is a label: a few words, no sentence. */
const isLabel = (cell: string) => /^\p{L}[\p{L} /-]{0,40}$/u.test(label(cell)) && label(cell).split(' ').length <= 4;

/** The fields of a pipe block read as a key-value head, or undefined when it is a table with column headers. */
function fieldsOf(block: string[]): [string, string][] | undefined {
  const [header, ...rest] = block;
  if (!rest.length || !SEPARATOR.test(rest[0])) return undefined;
  const rows = [header, ...rest.slice(1)].map(cellsOf);
  if (!rows.every((r) => r.length === 2)) return undefined;
  const emptyHeader = rows[0].every((c) => !c);
  const fields = emptyHeader ? rows.slice(1) : rows;
  if (fields.length < 2 || !fields.every(([key]) => isLabel(key))) return undefined;
  // A header row that is itself a field: its label and most others are a head's ("Fase | Periode" is a table's).
  const heads = fields.filter(([key]) => HEAD_LABEL.test(label(key))).length;
  if (!emptyHeader && !(HEAD_LABEL.test(label(rows[0][0])) && heads >= 3 && heads * 2 >= fields.length)) return undefined;
  // Without a header row too, most labels are a head's: "| Zwolle | € 1.200.000 |" rows are a table's, read by column.
  if (emptyHeader && !(heads >= 2 && heads * 2 >= fields.length)) return undefined;
  return fields.filter(([, value]) => value).map(([key, value]) => [label(key), value]);
}

/** The lines with each key-value head table written as its fields, one "**Label:** value" line each. */
export function keyValueTablesAsFields(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isPipeLine(lines[i]) || isPipeLine(lines[i - 1] ?? '')) {
      out.push(lines[i]);
      continue;
    }
    let end = i;
    while (end < lines.length && isPipeLine(lines[end])) end++;
    const fields = fieldsOf(lines.slice(i, end).map((l) => l.trim()));
    if (!fields) {
      out.push(lines[i]);
      continue;
    }
    out.push(...fields.map(([key, value]) => `**${key}:** ${value}`));
    i = end - 1;
  }
  return out;
}
