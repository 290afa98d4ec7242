// The edits the speller measures and generates: distances, deletes (its index) and slips that keep a word's letters.

/** The words one slip from `word` that keep its letters: two neighbours swapped, a letter doubled or undoubled. */
export function sameLetterSlips(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    if (i + 1 < word.length && word[i] !== word[i + 1]) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    out.add(word.slice(0, i + 1) + word.slice(i));
    if (word[i] === word[i + 1]) out.add(word.slice(0, i) + word.slice(i + 1));
  }
  return [...out];
}

/**
 * Whether `slip` is `word` with the consonant after a short vowel doubled before a vowel, as Dutch spells it ("instelingen":
 * "instellingen"); not a vowel ("acties": "actiees"), nor a consonant before another ("slechtst": "slechtsst").
 */
export function doublesConsonant(word: string, slip: string): boolean {
  if (slip.length !== word.length + 1) return false;
  let i = 0;
  while (i < word.length && slip[i] === word[i]) i++;
  const vowel = (c?: string) => !!c && /[aeiouy]/.test(c);
  return i > 1 && slip[i] === slip[i - 1] && slip.slice(i + 1) === word.slice(i) && !vowel(slip[i]) && vowel(slip[i - 2]) && !vowel(slip[i - 3]) && vowel(slip[i + 1]);
}

/** The one word `known` has that sounds as `word` in the spellings Dutch writers swap: "klagten" is "klachten", "rijs" "reis". */
export function soundAlike(word: string, known: (w: string) => boolean): string | undefined {
  const out = new Set<string>();
  for (const [a, b] of SAME_SOUNDS) for (const m of word.matchAll(new RegExp(a, 'g'))) out.add(`${word.slice(0, m.index)}${b}${word.slice(m.index! + a.length)}`);
  const heard = [...out].filter((w) => w !== word && known(w));
  return heard.length === 1 ? heard[0] : undefined;
}
const SAME_SOUNDS: [string, string][] = [['g', 'ch'], ['ch', 'g'], ['ei', 'ij'], ['ij', 'ei'], ['au', 'ou'], ['ou', 'au']];

/** The word with the silent h of a loanword put back after a t ("tema": "thema", "metode": "methode"). */
export const withSilentH = (word: string): string[] => [...word.matchAll(/t(?!h)/g)].map((m) => `${word.slice(0, m.index! + 1)}h${word.slice(m.index! + 1)}`);

/** Optimal string alignment distance, giving up above max. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Every string made by deleting up to `max` letters from `word`, the word itself included. */
export function deletes(word: string, max: number): Set<string> {
  const out = new Set([word]);
  let frontier = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      if (w.length <= 1) continue;
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Every string one edit from `word`: a letter deleted, inserted, replaced, or two neighbours swapped (a few hundred). */
export function editsOne(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      out.add(head + c + tail);
      if (tail) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/** A diminutive's ending ("kaart|jes", "lamp|je", "bloem|etje"), which the dictionary does not list with its word. */
export const DIMINUTIVE = /(?:et|p)?(?:tjes|tje|jes|je)$/;

/** A long vowel before one consonant is spelt single before an ending that opens with a vowel ("groot": "grote"): "gemeete" inflects no "gemeet". */
export const OPENS_SYLLABLE = (base: string, ending: string) => /^[aeiou]/.test(ending) && /(aa|ee|oo|uu)[^aeiouwj]$/.test(base);

/** "Wie heeft 'm geschreven?", "wie heeft m getekend": chat shorthand for "hem", not a metre after a figure ("5 m"). */
export const withHimSpelledOut = (question: string) => question.replace(/(?<![\d,.]\s)(?<=\s)['’]?m(?=\s|[?!.,]|$)/g, 'hem');
