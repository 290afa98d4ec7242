import { tokenize } from './dutch-text';

/**
 * Whether one passage quotes the other: nearly every word of the shorter one also stands in the longer
 * one (a meeting report repeating a paragraph of the kadernota, whole or in part).
 */
export function overlaps(a: string, b: string): boolean {
  const [shorter, longer] = [[...new Set(tokenize(a))], [...new Set(tokenize(b))]].sort((x, y) => x.length - y.length);
  // Short passages share most of their words by chance.
  if (shorter.length < 8) return false;
  const words = new Set(longer);
  return shorter.filter((w) => words.has(w)).length / shorter.length >= 0.8;
}
