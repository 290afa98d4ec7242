import type { Theme } from './regioagenda.domain';
import { fold } from '../../shared/fold';

// Loaded on the first theme compared, not at start-up (870 KB of code for 24 languages).
let dutch: { stem(word: string): string } | undefined;
const stems = new Map<string, string>();
/** Theme texts repeat the same words: memoise (bounded). */
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > 50_000) stems.clear();
    s = (dutch ??= (require('snowball-stemmers') as typeof import('snowball-stemmers')).newStemmer('dutch')).stem(word);
    stems.set(word, s);
  }
  return s;
}

/**
 * Words that say nothing about which theme this is. Besides Dutch function words, the words every
 * youth-care theme uses: sharing "wachten", "weken" or "regionaal" made "Wachtlijsten dyslexiezorg"
 * look like "Expertteam complexe scheidingen" (issue 13).
 */
const GENERIC = new Set(
  (
    'de het een en of van in op voor met te aan is dat die dit er om bij ook als niet naar door wat zijn we wij ons onze hun hij zij ze ' +
    'wordt worden word kan kunnen moet moeten wil willen heeft hebben had komt komen gaat gaan lopen loopt krijgen krijgt ' +
    'geen meer minder veel weinig te lang lange goed beter nieuwe alle elke per over tot uit dan maar nog zo na ' +
    'jeugd jeugdhulp jeugdzorg jeugdige jeugdigen zorg hulp kind kinderen jongere jongeren ouder ouders gezin gezinnen ' +
    'gemeente gemeenten regio regionaal regionale regiogemeenten lokaal lokale aanpak plan team teams expertteam ' +
    'wachten wacht wachtend wachtenden wachtlijst wachtlijsten wachttijd wachttijden weken maanden maand jaar ' +
    'terugdringen verminderen versterken verbeteren verkorten uitbreiden aanbod passend passende nodig ontbreekt ontbreken onvoldoende ' +
    'probleem problemen tekort tekorten toe neemt stijgen stijgt gezamenlijk gezamenlijke samen'
  ).split(' '),
);

export interface SimilarTheme {
  id: string;
  kenmerk: string;
  title: string;
  gemeente: string;
}

type ThemeText = Pick<Theme, 'title' | 'problem'>;
/** Stem -> weight: title words count double, they name the theme. */
type Profile = Map<string, number>;

const words = (text: string) =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w));

function profile(theme: ThemeText): Profile {
  const p: Profile = new Map();
  for (const w of words(theme.problem)) p.set(stem(w), Math.max(p.get(stem(w)) ?? 0, 1));
  for (const w of words(theme.title)) p.set(stem(w), 2);
  for (const key of [...p.keys()]) if (GENERIC.has(key)) p.delete(key);
  return p;
}

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Dutch compounds: "dyslexiezorg" and "dyslexieonderzoek" are about the same thing, "wachtlijst"
 * and "wachttijd" are not more alike than their generic first part. Six shared letters at the
 * start, or one stem ending the other, counts as the same word.
 */
const sameWord = (a: string, b: string) =>
  a === b || commonPrefix(a, b) >= 6 || (Math.min(a.length, b.length) >= 5 && (a.endsWith(b) || b.endsWith(a)));

function matchedWeight(from: Profile, to: Profile): number {
  let sum = 0;
  for (const [word, weight] of from) if ([...to.keys()].some((other) => sameWord(word, other))) sum += weight;
  return sum;
}

const total = (p: Profile) => [...p.values()].reduce((s, w) => s + w, 0);

/** Dice-like overlap of the weighted content words of two themes, 0 (nothing shared) to 1. */
export function themeSimilarity(a: ThemeText, b: ThemeText): number {
  return similarityOfProfiles(profile(a), profile(b));
}

function similarityOfProfiles(pa: Profile, pb: Profile): number {
  const size = total(pa) + total(pb);
  return size === 0 ? 0 : (matchedWeight(pa, pb) + matchedWeight(pb, pa)) / size;
}

/**
 * Below this score no "lijkt op" hint is shown. A wrong hint costs a gemeente time and trust, a
 * missed one only a later merge, so precision first: the threshold maximises F0.5 on the tuning
 * pairs (it sits just above their highest-scoring unrelated pair, 0.417). Measured on the frozen
 * evaluation pairs in tests/regioagenda/similar-themes.test.ts.
 */
export const SIMILARITY_THRESHOLD = 0.42;

/** Look-alike themes (best first) for the same round, by title and problem text. */
export function findSimilarThemes(candidate: Pick<Theme, 'id' | 'title' | 'problem'>, others: Theme[], max = 3): SimilarTheme[] {
  const mine = profile(candidate);
  if (mine.size === 0) return [];
  return others
    .filter((t) => t.id !== candidate.id)
    .map((t) => ({ t, score: similarityOfProfiles(mine, profile(t)) }))
    .filter((s) => s.score >= SIMILARITY_THRESHOLD)
    .sort((x, y) => y.score - x.score)
    .slice(0, max)
    .map(({ t }) => ({ id: t.id, kenmerk: t.kenmerk ?? t.id, title: t.title, gemeente: t.gemeente }));
}
