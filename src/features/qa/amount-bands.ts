import { amountRanges, askedAmount, euros, fitsAmount } from './amount-thresholds';
import { hasFigure } from './figure-asked';

/**
 * "Hoeveel offertes bij een opdracht van 90 mille?": a list of amount bands ("tot € 25.000: één offerte", "vanaf € 25.000
 * tot € 120.000: drie offertes", ...) is answered by the band the amount falls in, after the line that opens the list,
 * with a line that says which amount was placed. Unchanged when no amount is asked, not exactly one band holds it, or
 * "hoeveel" is asked and that band gives no figure beyond its bounds ("vanaf € 120.000: nationaal openbaar").
 */
export function withBandOfAmount(question: string, answer: string): string {
  const asked = askedAmount(question);
  if (!asked || asked.quantity) return answer;
  const lines = answer.split('\n');
  const bands = lines.map((line, at) => ({ at, fit: amountRanges(line).length ? fitsAmount(line, asked) : 0 })).filter((b) => b.fit !== 0);
  const holding = bands.filter((b) => b.fit > 0);
  if (bands.length < 3 || holding.length !== 1) return answer;
  const rule = lines[holding[0].at].replace(/^[^:]*€[^:]*:/, '');
  if (/\bhoeveel\b/i.test(question) && !hasFigure(rule)) return answer;
  const opening = lines.slice(0, bands[0].at).filter((line) => /:\s*$/.test(line));
  return [...opening, lines[holding[0].at], `Een bedrag van ${euros(Number(asked.term) || asked.amount)} valt in deze categorie.`].join('\n');
}
