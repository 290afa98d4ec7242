import { endsInColumnTerm, isColumnTerm } from './table-column-words';
import { AVERAGE_Q } from './table-average';
import { stemWord } from './word-forms';
import { DATE_ORDER_Q } from './table-date-order';

/** "Wat betalen de gemeenten?": the verb asks a column as "betaalt" does, but its stem is the noun's ("betalingen"): told by the form asked. */
const PAYING_VERB = /\bbetalen\b/i;
const PAYING_STEM = stemWord('betalen');
/** "Boven het gemiddelde", "meer ... dan gemiddeld": the average is the rows' own, said by no row. */
const AVERAGE_STEM = stemWord('gemiddeld');
/** "De grootste stijging van het aantal meldingen": a table of counts says "aantal" in every cell, not in a row's name. */
const COUNT_STEM = stemWord('aantal');
/** "Als laatste", "het eerst": an order in time, read from a column of dates (table-date-order.ts). */
const ORDER_STEMS = new Set(['laatste', 'eerste', 'vroegst'].map(stemWord));

/**
 * The question words a table row must cover: those a table does not answer from its columns. When
 * only such words are left ("Welke gemeente gaf het meest uit?"), the weak ones ("gemeente") say which table.
 */
export function rowWords<W extends { terms: string[] }>(counted: W[], all: W[], question = ''): W[] {
  const isColumn = (term: string) => isColumnTerm(term) || endsInColumnTerm(term) || (term === PAYING_STEM && PAYING_VERB.test(question)) || (term === AVERAGE_STEM && AVERAGE_Q.test(question)) || term === COUNT_STEM || (ORDER_STEMS.has(term) && DATE_ORDER_Q.test(question));
  // A word's own stem, also behind the token of a phrase group it starts ("langer": "~~langdurig", "langer").
  // A compound whose last part asks a column: "eindejaarsuitgave" is an "uitgave".
  const head = (w: W) => w.terms[w.terms.length - 1];
  const asksColumn = (w: W) => isColumn(w.terms[0]) || (w.terms[0].startsWith('~') && isColumn(w.terms[1] ?? '')) || (w.terms.length > 1 && w.terms[0].endsWith(head(w)) && isColumn(head(w)));
  const without = (words: W[]) => words.filter((w) => !asksColumn(w));
  if (!counted.some(asksColumn)) return counted;
  return without(counted).length ? without(counted) : without(all);
}
