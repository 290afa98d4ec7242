import { DAY_AND_MONTH } from '../../shared/dutch-date';
/** Figures Dutch regulations write in words, shared by the tests for "does this sentence give the figure asked". */

/** Small counts written as a word ("vier maanden", "drie offertes"). */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = { een: 1, één: 1, eén: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12 };
/** The words of a count of two or more, inside a regular expression ("een" is mostly an article). */
export const COUNT_WORDS = Object.keys(SMALL_NUMBERS).filter((w) => SMALL_NUMBERS[w] > 1).join('|');
/** The count a word or digits say ("vier", "4"); NaN for anything else. */
export const countOf = (text: string) => SMALL_NUMBERS[text.toLowerCase()] ?? Number.parseInt(text, 10);

/** "vijfentwintig", "tweeëndertig": numbers written as one word. */
export const COMPOUND_NUMBER = String.raw`\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b`;

/**
 * A share or a majority that answers "hoeveel stemmen/leden" although no number stands next to the noun: "een vijfde
 * van de deelnemers", "twee derde van de uitgebrachte stemmen", "een gewone meerderheid", "unaniem".
 */
export const SHARE = String.raw`\b(?:een|twee|drie|vier)\s*(?:derde|vierde|vijfde|zesde|kwart)\b|\bdriekwart\b|\bmeerderheid\b|\bunaniem\b|\balgemene stemmen\b`;

/** "4e", "2de", "1ste": an ordinal in digits is the ordinal word ("het 4e kwartaal" is "het vierde kwartaal"). */
const ORDINAL_DIGITS = /^(1[0-2]|[1-9])(?:e|de|ste)$/;
const ORDINAL_WORDS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde', 'twaalfde'];
export const ordinalWord = (word: string): string | undefined => {
  const m = ORDINAL_DIGITS.exec(word);
  return m ? ORDINAL_WORDS[Number(m[1]) - 1] : undefined;
};

/** "**Extra BO van 29 april 2055:** ... (B55-08)": a day or a code, which counts nothing a "hoeveel" asks. */
const DATE_OR_CODE = new RegExp(String.raw`(?:${DAY_AND_MONTH.source})(?:\s+\d{4})?|\b\p{Lu}+-?\d+(?:[-.]\d+)*\b`, 'gu');
export const withoutDatesAndCodes = (s: string) => s.replace(DATE_OR_CODE, '');

/** A term that is a year ("2055"), which dates a figure or a column rather than counting anything. */
export const YEAR_TERM = /^(?:19|20)\d\d$/;
