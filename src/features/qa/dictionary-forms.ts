// Whether a word is Dutch by the dictionary: as listed, or an inflection of a listed word.
import { dutchWords } from './dutch-dictionary';
import { OPENS_SYLLABLE } from './spelling-edits';

// "laagste": a superlative is as Dutch as its base word, "leverde" a past tense as its stem; "leerlingen" is "leerling" + en.
const INFLECTIONS = ['heden', 'heid', 'ingen', 'ing', 'ers', 'ste', 'den', 'der', 'ten', 'de', 'te', 'en', 'er', 'es', 'st', 's', 'e', 't', 'd', 'n'];
export const basesOf = (word: string) => INFLECTIONS.filter((e) => word.endsWith(e)).map((e) => word.slice(0, -e.length)).filter((base) => !OPENS_SYLLABLE(base, word.slice(base.length)) && (word.length - base.length > 1 || !word.endsWith('n') || /[aeiouy]$/.test(base))); // "producties": "producti" + es, and "productie" + s; an -n only after a vowel ("ziekte|n", not "prioriteringn")
export const isDictionaryForm = (w: string) => dutchWords().has(w) || basesOf(w).some((base) => base.length >= 4 && dutchWords().has(base)); // or an inflection of one
/** A plural in -en or an adjective in -e spells an open syllable with one vowel ("personen", "hoge"): the dictionary's stem doubles it ("persoon", "hoog"). */
export const withClosedSyllable = (word: string, base: string): string => (/en?$/.test(word) ? base.replace(/([^aeiou])([aeou])([^aeiou])$/, '$1$2$2$3') : base);

/** A closed syllable with a short vowel ("lig", "pak"): before "-en" its consonant doubles ("liggen"). */
const SHORT_VOWEL_END = /(?:^|[^aeiou])[aeiou][^aeiouwj]$/;

/**
 * "pakt", "ligt", "taken", "honden", "hoge": a dictionary word with a verb, plural or adjective ending. Not "ligen": after a short
 * vowel the plural or infinitive doubles the consonant ("liggen").
 */
export function isShortInflection(word: string): boolean {
  const stem = word.replace(/[tdse]$/, '');
  if (stem !== word && stem.length >= 3 && (dutchWords().has(stem) || dutchWords().has(withClosedSyllable(word, stem)))) return true;
  const base = word.replace(/en$/, '');
  if (base === word || base.length < 2) return false;
  const longVowel = base.replace(/([aeiou])([^aeiou])$/, '$1$1$2');
  return (dutchWords().has(base) && !SHORT_VOWEL_END.test(base)) || (longVowel !== base && dutchWords().has(longVowel));
}

/** A word of the dictionary; `names` false: not one it lists only capitalized. */
export const isDictionaryWord = (word: string, names: boolean) => dutchWords().has(word) && (names || !dutchWords().isName(word));
