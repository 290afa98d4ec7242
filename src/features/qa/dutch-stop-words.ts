/**
 * The Dutch stop words of the `stopword` package (v3.1.5, MIT, its `nld` list), copied: the package is one
 * module with the lists of 62 languages, ~0.9 MB of heap for these 104 words. A test keeps the copy equal.
 */
export const DUTCH_STOP_WORDS: readonly string[] = [
  'aan', 'af', 'al', 'alles', 'als', 'altijd', 'andere', 'ben', 'bij', 'daar', 'dan', 'dat', 'de', 'der', 'deze', 'die',
  'dit', 'doch', 'doen', 'door', 'dus', 'een', 'eens', 'en', 'er', 'ge', 'geen', 'geweest', 'haar', 'had', 'heb',
  'hebben', 'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'iemand', 'iets', 'ik', 'in', 'is', 'ja', 'je', 'kan',
  'kon', 'kunnen', 'maar', 'me', 'meer', 'men', 'met', 'mij', 'mijn', 'moet', 'na', 'naar', 'niet', 'niets', 'nog',
  'nu', 'of', 'om', 'omdat', 'ons', 'ook', 'op', 'over', 'reeds', 'te', 'tegen', 'toch', 'toen', 'tot', 'u', 'uit',
  'uw', 'van', 'veel', 'voor', 'want', 'waren', 'was', 'wat', 'we', 'wel', 'werd', 'wezen', 'wie', 'wij', 'wil',
  'worden', 'zal', 'ze', 'zei', 'zelf', 'zich', 'zij', 'zijn', 'zo', 'zonder', 'zou',
];

/** Adverbs a question fills out with, which no document need say: a slip of one is that adverb ("eigelijk"), not a word of the documents. */
export const QUESTION_FILLERS: readonly string[] = ['eigenlijk', 'ongeveer', 'precies', 'natuurlijk', 'misschien', 'waarschijnlijk', 'allemaal', 'gewoon', 'trouwens', 'inmiddels', 'uiteindelijk'];

/** Abbreviations that only fill out a sentence ("toetsenbord e.d.", "o.a.", "d.w.z.", "ivm privacy"): no word of what is asked or said. */
export const ABBREVIATED_FILLERS = /(?<![\p{L}.])(?:(?:e\.\s?d|o\.\s?a|d\.\s?w\.\s?z|m\.\s?b\.\s?t|n\.\s?a\.\s?v|enz|etc|bijv)\.|i\.?\s?v\.?\s?m\.?|i\.?\s?p\.?\s?v\.?|t\.?\s?o\.?\s?v\.?|t\.\s?a\.\s?v\.?)(?!\p{L})/giu;
