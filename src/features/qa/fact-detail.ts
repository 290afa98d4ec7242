import { OWN_WORD_MATCH } from './sentence-context';
import { splitSentences } from './passages';
import type { Fact, Passage } from './qa.domain';
import { YEAR_TERM } from './number-words';

/** Figures as a text writes them ("1", "15.000", "3,5"), not years: what a reader checks an answer by. */
const FIGURE = /\d+(?:[.,]\d+)*/g;
/** A text's figures, thousands separators dropped ("15.000" and "15000" are one figure). */
const figuresIn = (text: string) => (text.match(FIGURE) ?? []).map((f) => f.replace(/\.(?=\d{3}\b)/g, '')).filter((f) => !YEAR_TERM.test(f));

/** A sentence with a figure the fact lacks answers along with it when at least this many question words are its own (not weak, not a synonym). */
const MIN_OWN_WORDS = 2;
/** A sentence without such a figure, when at least this many are: it says in the source's words what the fact sums up. */
const MIN_OWN_WORDS_IN_WORDS = 3;
/** A sentence that opens by pointing at the one before it. */
const LEANS_BACK = /^(?:dit|dat|deze|hierdoor|daardoor|hiermee|daarmee)\b/i;
const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/**
 * A curated fact sums up its source in its own words ("het vertrek van één medewerker"); a question after a detail
 * ("met hoeveel vertrekkende medewerkers") may need the figure as the source states it ("verloop van 1 medewerker").
 * The sentence of the fact's source `section` (its passages, see sectionReader) that says most of the question and holds a
 * figure (not a year) the fact does not write in digits, or says three of the question's own words ("de kerngroep is geen
 * uitvoerend orgaan" for "voert de kerngroep zelf dingen uit?"), is quoted after it: the source's own words, with its source.
 */
export function withSourceSentence(fact: Fact, section: readonly Passage[], matches: (sentence: string) => number[]): string {
  const own = new Set(figuresIn(fact.answer));
  // A fact that quotes a sentence of its source needs it not twice.
  const sayings = new Set(splitSentences(fact.answer).map(plain));
  let best: { sentence: string; score: number } | undefined;
  for (const passage of section) {
    const sentences = splitSentences(passage.text);
    for (const [k, sentence] of sentences.entries()) {
      const scores = matches(sentence);
      const ownWords = scores.filter((v) => v >= OWN_WORD_MATCH).length;
      const addsFigure = figuresIn(sentence).some((f) => !own.has(f));
      if (ownWords < (addsFigure ? MIN_OWN_WORDS : MIN_OWN_WORDS_IN_WORDS) || sayings.has(plain(sentence))) continue;
      const score = scores.reduce((a, b) => a + b, 0);
      // "Dit heeft mogelijk gevolgen voor ...": a sentence that speaks of the one before it comes with that one.
      const before = k > 0 && LEANS_BACK.test(sentence) && !sayings.has(plain(sentences[k - 1])) ? `${sentences[k - 1]} ` : '';
      if (!best || score > best.score) best = { sentence: `${before}${sentence}`, score };
    }
  }
  return best ? `${fact.answer}\n\n${best.sentence}` : fact.answer;
}

/**
 * The passages of a document's section, by title and section name: a curated fact's source. The document is read
 * through once per section and version (its first passage's ingest time), then only the section's positions are read.
 */
export function sectionReader(passageAt: (title: string, position: number) => Passage | undefined): (title: string, section: string) => Passage[] {
  const positions = new Map<string, number[]>();
  return (title, section) => {
    const first = passageAt(title, 0);
    if (!first) return [];
    const key = `${title}@${first.ingestedAt}#${section}`;
    let found = positions.get(key);
    if (!found) {
      found = [];
      for (let k = 0, p: Passage | undefined = first; p; p = passageAt(title, ++k)) if (p.section === section) found.push(k);
      if (positions.size >= MAX_SECTIONS) positions.clear();
      positions.set(key, found);
    }
    return found.map((k) => passageAt(title, k)).filter((p): p is Passage => !!p);
  };
}
/** Sections remembered: far more than the curated facts cite. */
const MAX_SECTIONS = 1_000;
