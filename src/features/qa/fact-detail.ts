import { sentencesOf } from './current-holder';
import type { Fact, Passage } from './qa.domain';

/** Figures as a text writes them ("1", "15.000", "3%"): what a reader checks an answer by. */
const FIGURE = /\d+(?:[.,]\d+)*/g;

/** A sentence answers along with a fact when at least this many question words are its own (not weak, not a synonym). */
const MIN_OWN_WORDS = 2;
/** The per-word match of a word a sentence says itself (see sentenceMatches). */
const OWN = 0.8;

/**
 * A curated fact sums up its source in its own words ("het vertrek van één medewerker"); a question after a detail
 * ("met hoeveel vertrekkende medewerkers") may need the figure as the source states it ("verloop van 1 medewerker").
 * The sentence of the fact's source section (`passageAt` reads its document) that says most of the question and holds a figure the fact does not is quoted after it.
 */
export function withSourceFigure(fact: Fact, passageAt: (position: number) => Passage | undefined, matches: (sentence: string) => number[]): string {
  const own = new Set(fact.answer.match(FIGURE) ?? []);
  let best: { sentence: string; score: number } | undefined;
  for (let k = 0, passage = passageAt(0); passage; passage = passageAt(++k)) {
    if (passage.section !== fact.source.section) continue;
    for (const sentence of sentencesOf(passage.text)) {
      if (!(sentence.match(FIGURE) ?? []).some((f) => !own.has(f))) continue;
      const scores = matches(sentence);
      if (scores.filter((v) => v >= OWN).length < MIN_OWN_WORDS) continue;
      const score = scores.reduce((a, b) => a + b, 0);
      if (!best || score > best.score) best = { sentence, score };
    }
  }
  return best ? `${fact.answer}\n\n${best.sentence}` : fact.answer;
}
