import { MONTH_NAMES } from '../../shared/dutch-date';

/**
 * "Welke thema's zijn er op 12 december 2030 op de regioagenda gezet?", "wat is er op 3 maart besloten?": what was done
 * on one day, which only a text that names that day reports. A planning row "Vaststelling: 12 december 2030" is
 * caught by its date; a lid about the procedure that never names the day reports nothing of it.
 */
const DONE_ON_DAY = new RegExp(String.raw`\bop\s+(\d{1,2}\s+(?:${MONTH_NAMES}))(?:\s+\d{4})?\b[^?]*\b(?!gemeente|geldt|gebied)ge\p{L}{2,}[dt]\b`, 'iu');

const spaced = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** Whether the answer (or its section) leaves out the day on which the question asks what was done. */
export function lacksDayOfDeed(question: string, answer: string, source = ''): boolean {
  const day = DONE_ON_DAY.exec(question)?.[1];
  return !!day && !spaced(`${answer}\n${source}`).includes(spaced(day));
}
