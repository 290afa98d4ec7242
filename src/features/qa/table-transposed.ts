import { PLACE_TERMS, termsOf, tokenize } from './dutch-text';

/**
 * Tables with the gemeenten as columns ("Onderdeel | Dalfsen | Deventer | …"): each row is one
 * figure for every gemeente. "Welke gemeente heeft het grootste budget?" compares across that row,
 * so the table is read turned a quarter: one row per gemeente, one column per figure.
 */

interface Grid {
  caption: string;
  headers: string[];
  rows: string[][];
}

export const isPlace = (header: string) => tokenize(header).some((t) => PLACE_TERMS.has(termsOf(t)[0] ?? ''));

/** Whether most column headers (the first aside) are gemeenten: at least three, and two thirds of them. */
export function hasPlaceColumns(headers: string[]): boolean {
  const columns = headers.slice(1);
  const places = columns.filter(isPlace).length;
  return places >= 3 && places >= (columns.length * 2) / 3;
}

/** The table turned: a row per gemeente column (other columns, such as "Totaal", left out), a column per row. */
export function placesAsRows<T extends Grid>(table: T): T {
  const columns = table.headers.map((_, k) => k).filter((k) => k > 0 && isPlace(table.headers[k]));
  return {
    ...table,
    headers: ['Gemeente', ...table.rows.map((r) => r[0] ?? '')],
    rows: columns.map((k) => [table.headers[k], ...table.rows.map((r) => r[k] ?? '')]),
  };
}

/** "Welke gemeente ...?" compared over rows that are mostly gemeenten: only those ("Niet toe te rekenen" is none). */
export function placeRowsAsked<T extends Grid>(question: string, table: T, rows: number[]): number[] {
  if (!/\bwelke\s+gemeenten?\b/i.test(question)) return rows;
  const places = rows.filter((r) => isPlace(table.rows[r][0] ?? ''));
  return places.length >= 3 && places.length >= (rows.length * 2) / 3 ? places : rows;
}
