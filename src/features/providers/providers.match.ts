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

export const similarity = (a: string, b: string) => 1 - levenshtein(a, b) / Math.max(a.length, b.length, 1);

interface Key {
  provider: Provider;
  text: string;
  /** Without spaces: "delinde" also finds "De Linde". */
  compact: string;
  grams: Set<string>;
  tokens: string[];
}

export interface Mention {
  provider: Provider;
  /** 1 for an exact name or alias, lower for a typo. */
  score: number;
  /** Token span in the normalized text, so callers can ignore those words. */
  start: number;
  end: number;
}

/** Finds providers by name, alias or a near miss (typo) in free text. */
export class NameMatcher {
  private readonly keys: Key[] = [];

  constructor(providers: Provider[]) {
    for (const p of providers) {
      const names = [p.naam, ...p.aliassen, p.id].map(normalize);
      const stripped = normalize(p.naam).replace(LEGAL_FORMS, ' ').replace(/\s+/g, ' ').trim();
      if (stripped.length >= 4) names.push(stripped);
      // "met de Kraanvogl" should find "De Kraanvogel": also keep each name without articles.
      for (const n of [...names]) names.push(n.split(' ').filter((t) => !ARTICLES.has(t)).join(' '));
      for (const text of new Set(names.filter(Boolean))) this.keys.push({ provider: p, text, compact: text.replace(/ /g, ''), grams: bigrams(text.replace(/ /g, '')), tokens: text.split(' ') });
    }
  }

  /** The best provider mention in a text: exact matches first, then near misses of longer names (1-2 typos). */
  find(text: string): Mention | undefined {
    const tokens = normalize(text).split(' ').filter(Boolean);
    type Window = { text: string; compact: string; grams?: Set<string>; start: number };
    // Per window size, the windows grouped by compact length: a key only looks at lengths it can match.
    const windows = new Map<number, Map<number, Window[]>>();
    const windowsOf = (size: number) => {
      if (!windows.has(size)) {
        const byLength = new Map<number, Window[]>();
        for (let start = 0; start + size <= tokens.length; start++) {
          const text = tokens.slice(start, start + size).join(' ');
          const compact = text.replace(/ /g, '');
          const bucket = byLength.get(compact.length) ?? [];
          if (bucket.length === 0) byLength.set(compact.length, bucket);
          bucket.push({ text, compact, start });
        }
        windows.set(size, byLength);
      }
      return windows.get(size)!;
    };
    const near = function* (size: number, length: number, spread: number) {
      const byLength = windowsOf(size);
      for (let l = length - spread; l <= length + spread; l++) yield* byLength.get(l) ?? [];
    };
    let best: Mention | undefined;
    for (const key of this.keys) {
      const n = key.tokens.length;
      // Short names match exactly only; articles do not count ("Het Veer" must not catch "het weer").
      const fuzzy = key.tokens.filter((t) => !ARTICLES.has(t)).join('').length >= 8;
      const maxDistance = key.text.length < 12 ? 1 : 2;
      for (let size = Math.max(1, n - 1); size <= n + 1; size++) {
        for (const w of near(size, key.compact.length, fuzzy ? maxDistance : 0)) {
          let score: number;
          if (w.text === key.text) score = 1 + key.text.length / 1000;
          else if (!fuzzy || Math.abs(w.compact.length - key.compact.length) > maxDistance) continue;
          else if (!mayBeWithin((w.grams ??= bigrams(w.compact)), key.grams, maxDistance)) continue;
          else {
            const distance = Math.min(levenshtein(w.compact, key.compact, maxDistance), levenshtein(w.text, key.text, maxDistance));
            if (distance > maxDistance) continue;
            score = 1 - distance / Math.max(w.text.length, key.text.length);
            if (score < 0.8) continue;
          }
          const m = { provider: key.provider, score, start: w.start, end: w.start + size };
          if (!best || m.score > best.score || (m.score === best.score && m.end - m.start > best.end - best.start)) best = m;
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
