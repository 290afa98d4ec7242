import { PLACE_TERMS, termsOf, tokenize } from './dutch-text';
import type { QaResult } from './qa.domain';
import { splitSentences } from './passages';

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

/** A bullet that names more gemeenten than this goes through them (all eleven, a ranking), saying nothing of one. */
const FEW_PLACES = 3;
const BULLET = /^\s*[-•*]\s/;

/**
 * "Voor Hardenberg geldt een bijzonderheid. Door de dubbele declaraties ...", "- Ilse Nijhof, accounthouder voor Hardenberg,
 * Ommen en Dalfsen" in a passage that goes through the gemeenten: a sentence that names the gemeente asked alone, or a bullet of one
 * sentence that names it among few with more of what is asked (`saysMore`: "accounthouder"), says something of it, though the
 * passage lists many. "Drie adviseurs (uit Deventer, Hardenberg en Steenwijkerland) leidden gesprekken" tells no figure of Hardenberg,
 * nor does a numbered signal that compares what Deventer and Zwartewaterland use and pay.
 */
export function namesPlaceAmongFew(text: string, question: string, saysMore: (sentence: string) => boolean): boolean {
  const asked = placesIn(question);
  const namesAsked = (named: Set<string>) => [...asked].some((p) => named.has(p));
  return asked.size > 0 && text.split('\n').some((line) => {
    const sentences = splitSentences(line), named = placesIn(line);
    if (BULLET.test(line) && sentences.length === 1 && namesAsked(named) && named.size <= FEW_PLACES) return saysMore(line);
    return sentences.some((s) => {
      const inSentence = placesIn(s);
      return inSentence.size === 1 && namesAsked(inSentence);
    });
  });
}
