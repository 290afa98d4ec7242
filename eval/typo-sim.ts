// How the speller does on typos in long words (compounds), for a before/after comparison of a speller change:
// npx tsx eval/typo-sim.ts eval/dev/reglement-van-orde.md eval/dev/klachtenregeling-2026.md ...  (dev documents)
// Each long corpus word no dictionary lists is taken out of the corpus (with the words it starts), as a question's
// compound the documents never use; then it is asked as written (it must stay) and with one typo (a letter missing,
// two swapped or one doubled; it must come back). Counts: right, missed (left as typed), wrong (another word; a form
// of the same word, "projectmanager" for "projectmanagers", counts as right), and correct words changed.
import { dutchWords } from '../src/features/qa/dutch-dictionary';
import { Speller } from '../src/features/qa/spelling';
import { seededRandom } from '../bench/seeded-random';
import { seedIndexer } from './seed-index';

const WORDS_PER_DOCUMENT = 150;
const sameWord = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

function typo(word: string, rnd: () => number): string {
  const i = 2 + Math.floor(rnd() * (word.length - 4));
  switch (Math.floor(rnd() * 3)) {
    case 0: return word.slice(0, i) + word.slice(i + 1);
    case 1: return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default: return word.slice(0, i) + word[i] + word.slice(i);
  }
}

async function main() {
  const indexWith = await seedIndexer();
  const rnd = seededRandom(7);
  const count = { right: 0, missed: 0, wrong: 0, kept: 0, changed: 0 };
  const wrong: string[] = [];
  const changed: string[] = [];
  for (const doc of process.argv.slice(2)) {
    // The speller's own word list (private: read as the probe it is).
    const index = (await indexWith(doc)) as unknown as { search: { speller: { corpus: Set<string> } } };
    const corpus = [...index.search.speller.corpus];
    const long = corpus.filter((w) => w.length >= 13 && /^[a-z]+$/.test(w) && !dutchWords().has(w)).slice(0, WORDS_PER_DOCUMENT);
    const known = new Set(corpus);
    for (const word of long) {
      const speller = new Speller(corpus.filter((c) => !c.startsWith(word)));
      const asWritten = speller.correct(word);
      if (sameWord(asWritten, word)) count.kept++;
      else (count.changed++, changed.push(`${word} -> ${asWritten}`));
      const misspelt = typo(word, rnd);
      if (misspelt === word || known.has(misspelt)) continue;
      const fixed = speller.correct(misspelt);
      if (fixed === misspelt) count.missed++;
      else if (sameWord(fixed, word)) count.right++;
      else (count.wrong++, wrong.push(`${misspelt} -> ${fixed} (${word})`));
    }
  }
  console.log(count);
  console.log(`wrong:\n  ${wrong.join('\n  ')}\nchanged:\n  ${changed.join('\n  ')}`);
}
void main();
