import { stemWord } from './word-forms';

/**
 * Question words a table answers from its columns rather than from the row's words: comparisons
 * ("hoogste" -> the column's maximum), spending and paying verbs ("gaf … uit", "besteed", "betaalt" -> an actual,
 * budget or contribution column; not "betalen", whose stem is the noun's: "betalingen") and change verbs ("groeide", "daalde" -> a column of changes).
 */
const COLUMN_WORD_LIST = [
  ...['hoogste', 'laagste', 'grootste', 'kleinste', 'meeste', 'minste', 'meest', 'minst', 'duurste', 'goedkoopste', 'langste', 'kortste', 'sterkst', 'sterkste', 'snelst', 'hardst'],
  ...['slechtst', 'slechtste', 'zwakst', 'zwakste', 'zwaarst', 'zwaarste', 'beste', 'scoort', 'scoorde', 'scoorden', 'scoren', 'gescoord'],
  ...['gaf', 'gaven', 'uitgegeven', 'uitgeven', 'uitgave', 'uitgaven', 'besteed', 'besteedde', 'besteden', 'kostte', 'kostten', 'gekost', 'betaalt', 'betaalde', 'betaalden', 'betaald', 'binnengekomen'],
  ...['groeide', 'groeiden', 'gegroeid', 'daalde', 'daalden', 'gedaald', 'steeg', 'stegen', 'gestegen', 'stijging', 'daling', 'stijgt', 'daalt', 'toename', 'afname'],
  ...['tekort', 'tekorten', 'overschot', 'overschrijding', 'overschrijdingen', 'overschreden', 'boven', 'gebleven', 'bleef', 'bleven'],
  // "Het verst boven", "langer dan de norm", "de norm gehaald": a column compared, whatever its header says.
  ...['verst', 'verste', 'langer', 'korter', 'hoger', 'lager', 'gehaald', 'behaald', 'haalt', 'halen'],
];
const COLUMN_WORDS = new Set(COLUMN_WORD_LIST.map(stemWord));
/**
 * Nouns of a change that ask a column as the tail of a compound too ("kostenstijging", "budgetoverschrijding"), stemmed as
 * such a tail, where the stemmer cuts deeper ("kostenstijg"); not a verb's form, which ends other words ("aanbesteding").
 */
const COLUMN_TAILS = ['stijging', 'daling', 'overschrijding', 'tekort', 'overschot'].map((w) => stemWord(`kosten${w}`).slice('kosten'.length));
export const isColumnTerm = (term: string) => COLUMN_WORDS.has(term);
/** "Kostenstijging": a compound whose tail names a change asks that column. */
export const endsInColumnTerm = (term: string) => COLUMN_TAILS.some((c) => term.length >= c.length + 3 && term.endsWith(c));
