/**
 * "- Via de Toegang van een gemeente: 97" over "- Met hulp van de vertrouwenspersoon: 31": a bulleted list whose every
 * item is a label and a figure is a table in prose. Written as a table of two columns, so "via welk kanaal kwamen de
 * meeste binnen?" compares its rows as it compares any table's.
 */

/** An item: a bullet, a label without a figure of its own, a colon, and one figure (a count, a share or an amount). */
const COUNT_ITEM = /^\s*[-•*▪]\s+([^\d:|]{2,90}?)\s*:\s*(€\s*)?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(%|procent)?\s*[.;]?\s*$/iu;
/** How many items make a list a table. */
const MIN_ITEMS = 3;

/** The column header of the figures: a share, an amount or a count. */
const figureHeader = (items: RegExpExecArray[]) => (items.every((m) => m[4]) ? 'Aandeel' : items.every((m) => m[2]) ? 'Bedrag' : 'Aantal');

/** The lines with each such list written as a table ("| Omschrijving | Aantal |"); other lines as they are. */
export function countListsAsTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const items: RegExpExecArray[] = [];
    for (let m = COUNT_ITEM.exec(lines[i + items.length] ?? ''); m; m = COUNT_ITEM.exec(lines[i + items.length] ?? '')) items.push(m);
    // Figures of one kind only: "- Budget: € 40.000" beside "- Deelnemers: 12" is a list of facts, no table.
    const oneKind = new Set(items.map((m) => `${!!m[2]}${!!m[4]}`)).size === 1;
    if (items.length < MIN_ITEMS || !oneKind) {
      out.push(lines[i]);
      i += 1;
      continue;
    }
    out.push(`| Omschrijving | ${figureHeader(items)} |`, '| --- | --- |', ...items.map((m) => `| ${m[1].trim()} | ${m[2] ? '€ ' : ''}${m[3]}${m[4] ? '%' : ''} |`));
    i += items.length;
  }
  return out;
}
