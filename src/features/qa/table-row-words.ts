import { isColumnTerm } from './table-answer';

/**
 * The question words a table row must cover: those a table does not answer from its columns. When
 * only such words are left ("Welke gemeente gaf het meest uit?"), the weak ones ("gemeente") say which table.
 */
export function rowWords<W extends { terms: string[] }>(counted: W[], all: W[]): W[] {
  const without = (words: W[]) => words.filter((w) => !isColumnTerm(w.terms[0]));
  if (!counted.some((w) => isColumnTerm(w.terms[0]))) return counted;
  return without(counted).length ? without(counted) : without(all);
}
