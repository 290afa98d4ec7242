import { foldName } from '../../region';
import type { Provider } from './providers.domain';

/** Lower-case, no accents, punctuation to spaces: "Stichting De-Linde B.V." -> "stichting de linde b v". */
export const normalize = (s: string) =>
  foldName(s)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// Legal forms say nothing about which provider is meant.
const LEGAL_FORMS = /\b(stichting|bv|b v|nv|n v|vof|v o f|ua|u a|cooperatie)\b/g;
const ARTICLES = new Set(['de', 'het', 't']);

/** Edit distance; with `max`, stops early and returns max + 1 once the distance must exceed it. */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Uint16Array(b.length + 1).map((_, i) => i);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, sub);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Character bigrams, for a cheap lower bound before the edit distance. */
const bigrams = (s: string) => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
};

/**
 * q-gram lemma: one edit changes at most two bigrams, so strings within `max` edits share at least
 * (bigrams of the longer) - 2 * max of them. Rejects nearly every window without the quadratic
 * edit-distance table, which keeps a long message cheap.
 */
function mayBeWithin(a: Set<string>, b: Set<string>, max: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared >= large.size - 2 * max;
}

/** Normalized names hold only a-z and 0-9: a bigram is a number below 36 * 36. */
const SYMBOL = (c: number) => (c >= 97 ? c - 97 : c - 48 + 26);
const bigramCodes = (s: string) => {
  const out = new Set<number>();
  for (let i = 0; i + 1 < s.length; i++) out.add(SYMBOL(s.charCodeAt(i)) * 36 + SYMBOL(s.charCodeAt(i + 1)));
  return Uint16Array.from(out);
};

export const similarity = (a: string, b: string) => 1 - levenshtein(a, b) / Math.max(a.length, b.length, 1);

interface Key {
  provider: Provider;
  text: string;
  /** Without spaces: "delinde" also finds "De Linde". */
  compact: string;
  grams: Set<string>;
  /** The same bigrams as numbers, for the test against a whole text. */
  gramCodes: Uint16Array;
  tokens: string[];
  /** Short names match exactly only; articles do not count ("Het Veer" must not catch "het weer"). */
  fuzzy: boolean;
  maxDistance: number;
}

/** A run of `size` words of the asked text, as a key would be compared with it. */
interface Window {
  text: string;
  compact: string;
  grams?: Set<string>;
  start: number;
}

/** The windows of one size, grouped by compact length and by text. */
interface Windows {
  byLength: Map<number, Window[]>;
  byText: Map<string, Window[]>;
}

export interface Mention {
  provider: Provider;
  /** 1 for an exact name or alias, lower for a typo. */
  score: number;
  /** Token span in the normalized text, so callers can ignore those words. */
  start: number;
  end: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Finds providers by name, alias or a near miss (typo) in free text. */
export class NameMatcher {
  private readonly keys: Key[] = [];
  /** Bigram code -> the positions in `keys` of the fuzzy keys that have it: a text visits only its own bigrams' keys. */
  private readonly keysWithGram = new Map<number, number[]>();
  /** Exact-only keys by their text, and their longest word count. */
  private readonly exactKeys = new Map<string, number[]>();
  private maxExactWords = 0;

  constructor(providers: Provider[]) {
    for (const p of providers) {
      const names = [p.naam, ...p.aliassen, p.id].map(normalize);
      const stripped = normalize(p.naam).replace(LEGAL_FORMS, ' ').replace(/\s+/g, ' ').trim();
      if (stripped.length >= 4) names.push(stripped);
      // "met de Kraanvogl" should find "De Kraanvogel": also keep each name without articles.
      for (const n of [...names]) names.push(n.split(' ').filter((t) => !ARTICLES.has(t)).join(' '));
      for (const text of new Set(names.filter(Boolean))) {
        const tokens = text.split(' ');
        const fuzzy = tokens.filter((t) => !ARTICLES.has(t)).join('').length >= 8;
        const key: Key = { provider: p, text, compact: text.replace(/ /g, ''), grams: bigrams(text.replace(/ /g, '')), gramCodes: bigramCodes(text.replace(/ /g, '')), tokens, fuzzy, maxDistance: text.length < 12 ? 1 : 2 };
        const at = this.keys.push(key) - 1;
        if (fuzzy) for (const g of key.gramCodes) push(this.keysWithGram, g, at);
        else {
          push(this.exactKeys, text, at);
          this.maxExactWords = Math.max(this.maxExactWords, tokens.length);
        }
      }
    }
  }

  /**
   * Which keys may match somewhere in the text: a fuzzy key sharing enough bigrams with the whole text (every
   * window's bigrams are the text's, so a key sharing too few with the text shares too few with any window),
   * an exact key that is some run of the text's words.
   */
  private candidates(tokens: string[]): Uint8Array {
    const shared = new Uint16Array(this.keys.length);
    for (const g of bigramCodes(tokens.join(''))) for (const at of this.keysWithGram.get(g) ?? []) shared[at]++;
    const out = new Uint8Array(this.keys.length);
    this.keys.forEach((key, at) => {
      if (key.fuzzy) out[at] = shared[at] >= key.gramCodes.length - 2 * key.maxDistance ? 1 : 0;
    });
    for (let size = 1; size <= this.maxExactWords; size++) {
      for (let start = 0; start + size <= tokens.length; start++) for (const at of this.exactKeys.get(tokens.slice(start, start + size).join(' ')) ?? []) out[at] = 1;
    }
    return out;
  }

  /** The best provider mention in a text: exact matches first, then near misses of longer names (1-2 typos). */
  find(text: string): Mention | undefined {
    const tokens = normalize(text).split(' ').filter(Boolean);
    // Per window size, built on first use: a key only looks at the lengths it can match.
    const windows = new Map<number, Windows>();
    const windowsOf = (size: number): Windows => {
      let sized = windows.get(size);
      if (!sized) {
        sized = { byLength: new Map(), byText: new Map() };
        for (let start = 0; start + size <= tokens.length; start++) {
          const text = tokens.slice(start, start + size).join(' ');
          const w: Window = { text, compact: text.replace(/ /g, ''), start };
          push(sized.byLength, w.compact.length, w);
          push(sized.byText, text, w);
        }
        windows.set(size, sized);
      }
      return sized;
    };
    const candidate = this.candidates(tokens);
    let best: Mention | undefined;
    const consider = (key: Key, w: Window, size: number, score: number) => {
      const m = { provider: key.provider, score, start: w.start, end: w.start + size };
      if (!best || m.score > best.score || (m.score === best.score && m.end - m.start > best.end - best.start)) best = m;
    };
    for (let at = 0; at < this.keys.length; at++) {
      if (!candidate[at]) continue;
      const key = this.keys[at];
      const n = key.tokens.length;
      const { fuzzy, maxDistance } = key;
      for (let size = Math.max(1, n - 1); size <= n + 1; size++) {
        const sized = windowsOf(size);
        if (!fuzzy) {
          for (const w of sized.byText.get(key.text) ?? []) consider(key, w, size, 1 + key.text.length / 1000);
          continue;
        }
        // Lengths in order, windows in order within a length: equally good mentions keep their old precedence.
        for (let l = key.compact.length - maxDistance; l <= key.compact.length + maxDistance; l++) {
          for (const w of sized.byLength.get(l) ?? []) {
            if (w.text === key.text) {
              consider(key, w, size, 1 + key.text.length / 1000);
              continue;
            }
            if (!mayBeWithin((w.grams ??= bigrams(w.compact)), key.grams, maxDistance)) continue;
            const distance = Math.min(levenshtein(w.compact, key.compact, maxDistance), levenshtein(w.text, key.text, maxDistance));
            if (distance > maxDistance) continue;
            const score = 1 - distance / Math.max(w.text.length, key.text.length);
            if (score >= 0.8) consider(key, w, size, score);
          }
        }
      }
    }
    return best;
  }

  /** Closest names to a phrase that matched nothing, for "did you mean". */
  suggest(phrase: string, count = 3): Provider[] {
    const p = normalize(phrase);
    const scored = new Map<Provider, number>();
    for (const key of this.keys) {
      const overlap = key.tokens.filter((t) => t.length > 2 && p.split(' ').some((w) => similarity(w, t) >= 0.75)).length / key.tokens.length;
      const score = Math.max(similarity(p, key.text), overlap * 0.9);
      scored.set(key.provider, Math.max(scored.get(key.provider) ?? 0, score));
    }
    return [...scored.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].naam.localeCompare(b[0].naam))
      .slice(0, count)
      .map(([provider]) => provider);
  }
}
