import { PLACE_TERMS, termsOf, tokenize } from './dutch-text';
import type { QaResult } from './qa.domain';

const placesIn = (text: string) => new Set(tokenize(text).map((t) => termsOf(t)[0]).filter((t) => t && PLACE_TERMS.has(t)));

/**
 * "Hoeveel jeugdigen uit Ommen zitten bij De Vlonder?" answered by a row "Hardenberg, Ommen en Staphorst samen: 12": the
 * table gives no figure for that gemeente alone, so the answer says so before the row (the row is what comes closest).
 */
export function withPlaceOnlyTogether(question: string, result: QaResult): QaResult {
  if (result.kind !== 'answer' || !result.table || result.missing) return result;
  const asked = placesIn(question);
  if (asked.size !== 1) return result;
  const label = result.answer.split('\n')[0].split(':')[0];
  const named = placesIn(label);
  const [place] = asked;
  if (!named.has(place) || named.size < 2) return result;
  const written = question.match(new RegExp(`\\b${place}\\p{L}*`, 'iu'))?.[0] ?? place;
  return { ...result, missing: `${written.charAt(0).toUpperCase()}${written.slice(1)} apart` };
}
