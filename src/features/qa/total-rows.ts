/** The first cell of a row that sums or averages the others, which comparisons leave out. */
const TOTAL_ROW = /^(totaal|total|subtotaal|som|gemiddeld|gemiddelde|regio|ijsselland|alle gemeenten)\b/i;
/** "| | **Totaal** | 12.975 |": a row whose first cell (a code) is left empty, named by its next cell. */
export const firstCellEmpty = (cells: string[]) => !cells[0]?.replace(/\*/g, '').trim();

/** A row that sums or averages the others, named in its first cell, or in the next when a column of codes leaves that empty ("| | **Totaal** |"). */
export const isTotalRow = (row: string[]) => {
  const [first, next] = row.map((c) => c.replace(/\*/g, '').trim());
  // An empty first cell leaves a grouped row's name to the next cell too ("| | Regio IJsselland |"): only "Totaal" sums there.
  return first ? TOTAL_ROW.test(first) : /^(?:totaal|total|subtotaal)\b/i.test(next ?? '');
};
