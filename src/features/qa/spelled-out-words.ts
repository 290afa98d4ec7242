import { MONTH_NAMES } from '../../shared/dutch-date';
import { ABBREVIATED_FILLERS } from './dutch-stop-words';

// Not \b: it is ASCII-only, so it finds no word start before "één".
const FREQUENCY = /(?<![\p{L}\d])(om de (\p{L}+ )?|(?:eens|één keer|een keer) in de (\p{L}+ )?|(elk|elke|ieder|iedere) (twee |drie |vier )?)(jaar|jaren|kwartaal|kwartalen|maand|maanden|week|weken)\b/giu;

/** "Van 8 januari tot en met 29 maart 2044", "van maart tot juni", "beslaat 1 januari 2056 tot en met 30 juni 2057": a span of dates. */
const DAY = String.raw`(?:\d{1,2}\s+)?(?:${MONTH_NAMES})(?:\s+(?:19|20)\d\d)?`;
const FULL_DAY = String.raw`\d{1,2}\s+(?:${MONTH_NAMES})(?:\s+(?:19|20)\d\d)?`;
const DATE_SPAN = new RegExp(
  String.raw`\b(?:(?:van|vanaf)\s+${DAY}\s+(?:tot\s+en\s+met|tot|t/m)\s+${DAY}|${FULL_DAY}\s+(?:tot\s+en\s+met|t/m)\s+${FULL_DAY})\b`,
  'giu',
);

const YEARLY = /\b(?:(?:ieder|iedere|elk|elke) jaar|jaarlijks)\s+(?:(?:een|het|haar|zijn|hun)\s+)?(?:\p{L}+\s+)?(verslag|plan)(?:en)?\b/giu;

const ROMAN = { I: 'eerste', II: 'tweede', III: 'derde', IV: 'vierde' } as const;
/** A Roman number after a capitalised word, before a year, a capital or the end: "Bestuursrapportage I 2056", "Fase II". */
const ROMAN_AFTER_TITLE = /(?<=\p{Lu}\p{Ll}{2,}\s)(IV|III|II|I)(?=\s+(?:(?:19|20)\d\d\b|\p{Lu})|\s*[:;,|]|\s*$)/gmu;

const SHORT_UNIT_WORDS: Record<string, string> = { mln: 'miljoen', mld: 'miljard', mrd: 'miljard', jr: 'jaar', mnd: 'maanden' };
const SHORT_UNITS = /(?<![\p{L}\p{N}])(?:mln|mld|mrd|jr|mnd)(?![\p{L}\p{N}])/giu;

/**
 * A text rewritten before it is split into words, so that what it says in a turn of phrase is found by the word a
 * question uses ("elk kwartaal": how often; "K4": the fourth quarter; "treedt op 1 maart in werking": the date it takes effect).
 */
export function withWordsSpelledOut(text: string): string {
  // "Stelt ieder jaar een verslag op" is a jaarverslag, "jaarlijks een plan" a jaarplan: the compound finds them.
  text = text.replace(YEARLY, '$& jaar$1');
  // "Zijn zij het niet eens" is disagreeing: "oneens" finds it.
  text = text.replace(/\bniet (?:met elkaar |onderling )?eens\b/giu, '$& oneens');
  // "Om de twee jaar", "elk kwartaal" say how often, as "keer per jaar" does: "hoe vaak" finds them.
  text = text.replace(FREQUENCY, '$& keer');
  // "In ieder geval" is "at least", not a case: "in welke gevallen" must not find it.
  text = text.replace(/\bin (?:ieder|elk) geval\b/giu, 'minstens');
  // "Zo'n", "z'n", "m'n" are "zo een", "zijn", "mijn": no stray "n" to look for.
  text = text.replace(/\b(zo|z|m)['’]n\b/giu, (_, w: string) => ({ zo: 'zo een', z: 'zijn', m: 'mijn' })[w.toLowerCase() as 'zo' | 'z' | 'm']);
  // "E.d.", "o.a.", "t.o.v." say nothing; then a lone "t" is "het" ("waar gaat 't om"; not the "t" of "t/m").
  text = text.replace(ABBREVIATED_FILLERS, ' ').replace(/(?<![\p{L}\p{N}/])['’]?t(?![\p{L}\p{N}/])/giu, 'het');
  // A value names its kind: "meldpunt@gemeente.nl" is an e-mailadres, "op dinsdag" a dag, so "wat is het mailadres" and
  // "op welke dagen" find them.
  text = text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '$& e-mailadres').replace(/\b(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en)?\b/giu, '$& dag');
  // "Treedt op 1 maart in werking": the phrase "treedt in werking" with its date inside, put together so the phrase finds it.
  text = text.replace(/\b(treedt|treden|trad|traden)((?:\s+[^\s.;:!?]+){1,6}?)\s+in\s+werking\b/giu, '$1 in werking$2');
  // "K4" and "Kw4" head a quarter's column as "Q4" does: "het vierde kwartaal" finds them.
  text = text.replace(/\b(?:K|Kw|KW)([1-4])\b/g, 'Q$1');
  // "Bestuursrapportage II 2056": the second one, as "de tweede bestuursrapportage" asks; a Roman number after a title word.
  text = text.replace(ROMAN_AFTER_TITLE, (_, n: keyof typeof ROMAN) => ROMAN[n]);
  // "Stand 31 december 2043" is the state at the end of the year: "eind 2043" finds it.
  text = text.replace(/\b31\s+december\b/giu, '$& eind');
  // "Het veldwerk liep van 8 januari tot en met 29 maart": a span of dates is a period, which "in welke periode" asks.
  text = text.replace(DATE_SPAN, '$& periode');
  // "€ 50.000" and "EUR 50.000" are euros: "welk bedrag" and "hoeveel euro" find them.
  text = text.replace(/€|\bEUR\b/g, ' euro ');
  // "(€ mln)", "3 jr", "4 mnd": the short forms of tables and chat are the words a question or a text writes out.
  text = text.replace(SHORT_UNITS, (unit: string) => SHORT_UNIT_WORDS[unit.toLowerCase()]);
  // "1x per jaar", "2x": how many times, as "een keer per jaar" says it.
  text = text.replace(/(?<![\p{L}\p{N}.,])(\d{1,2})\s?x(?![\p{L}\p{N}])/gu, (_, n: string) => (n === '1' ? 'een keer' : `${n} keer`));
  return text;
}
