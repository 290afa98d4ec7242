import { tokenize } from './dutch-text';
import { paraphraseAt } from './paraphrases';

/** A text's index terms, a paraphrase phrase by its group's token in place of its words ("waar komt dat geld vandaan": the dekking, no money). */
export function termsIn(text: string, terms: (word: string) => string[]): string[] {
  const words = [...tokenize(text)];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = paraphraseAt(words, i);
    if (phrase && phrase.length > 1) {
      out.push(...phrase.tokens);
      i += phrase.length - 1;
    } else out.push(...terms(words[i]));
  }
  return out;
}
