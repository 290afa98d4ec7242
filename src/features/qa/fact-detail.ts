import { OWN_WORD_MATCH } from './answer-extraction';
import { splitSentences } from './passages';
import type { Fact, Passage } from './qa.domain';

/** Figures as a text writes them ("1", "15.000", "3,5"), not years: what a reader checks an answer by. */
const FIGURE = /\d+(?:[.,]\d+)*/g;
const YEAR = /^(19|20)\d\d$/;
/** A text's figures, thousands separators dropped ("15.000" and "15000" are one figure). */
const figuresIn = (text: string) => (text.match(FIGURE) ?? []).map((f) => f.replace(/\.(?=\d{3}\b)/g, '')).filter((f) => !YEAR.test(f));

/** A sentence answers along with a fact when at least this many question words are its own (not weak, not a synonym). */
const MIN_OWN_WORDS = 2;

/**
 * A curated fact sums up its source in its own words ("het vertrek van één medewerker"); a question after a detail
 * ("met hoeveel vertrekkende medewerkers") may need the figure as the source states it ("verloop van 1 medewerker").
 * The sentence of the fact's source section (`passageAt` reads its document) that says most of the question and holds a
 * figure (not a year) the fact does not write in digits is quoted after it: the source's own words, with its source.
 */
export function withSourceFigure(fact: Fact, passageAt: (position: number) => Passage | undefined, matches: (sentence: string) => number[]): string {
  const own = new Set(figuresIn(fact.answer));
  let best: { sentence: string; score: number } | undefined;
  for (let k = 0, passage = passageAt(0); passage; passage = passageAt(++k)) {
    if (passage.section !== fact.source.section) continue;
    for (const sentence of splitSentences(passage.text)) {
      if (!figuresIn(sentence).some((f) => !own.has(f))) continue;
      const scores = matches(sentence);
      if (scores.filter((v) => v >= OWN_WORD_MATCH).length < MIN_OWN_WORDS) continue;
      const score = scores.reduce((a, b) => a + b, 0);
      if (!best || score > best.score) best = { sentence, score };
    }
  }
  return best ? `${fact.answer}\n\n${best.sentence}` : fact.answer;
}
