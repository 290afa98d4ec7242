import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../shared/project-root';
import { familyRoot, stemWord } from './word-forms';
import { fold } from '../../shared/fold';
import vocabulary from './knowledge/vocabulary.json';

/**
 * Paraphrase groups of governance language (knowledge/paraphrases.txt): "ten hoogste" is "maximaal",
 * "aandragen" is "aanmelden", "opschuiven" is "verlengen". Like the hand-made synonym groups, each group is
 * an index term ("~~" + its name, or the hand-made group's token it extends) that every word and phrase of the group produces, on the text side at
 * index time and on the question side, so a question finds a text in other words at no extra cost per
 * question. A single word is known by its forms (see keysOf); a phrase by its exact words.
 */
const PARAPHRASE_FILE = path.join(projectRoot(), 'src', 'features', 'qa', 'knowledge', 'paraphrases.txt');

/** The prefix of a paraphrase group's token ("~" of the synonym groups, doubled); the store's full-text tokenizer keeps "~". */
const TOKEN_PREFIX = '~~';
/** A group named like a hand-made synonym group extends it: one token, so its words do not count twice. */
const HAND_GROUPS = new Set(Object.keys(vocabulary.synonyms));

interface Phrase {
  words: string[];
  tokens: string[];
}

interface ParaphraseTable {
  /** Stem or family root of a single word -> its groups' tokens. */
  byKey: Map<string, string[]>;
  /** A word known only as written ("=jongeren") -> its groups' tokens: not as a compound's first part ("jongerenadviesraad"). */
  byWholeWord: Map<string, string[]>;
  /** First word -> the phrases starting with it, longest first. */
  byFirstWord: Map<string, Phrase[]>;
}

const wordsOf = (entry: string) => fold(entry).split(/[^a-z0-9]+/).filter(Boolean);

const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) map.set(key, [...list, value]);
};

/** Letters compared without doubled letters and with z/s and v/f alike: "bezwaren" and the stem "bezwar" of "bezwaar". */
const plain = (s: string) => s.replace(/([a-z])\1/g, '$1').replace(/z/g, 's').replace(/v/g, 'f');
/** What an inflection adds to a stem: plural, verb endings, -ing. Not -heid, -lijk, -baar, -ig: they make another word. */
const INFLECTION = /^(?:e|en|ene|s|es|se|t|te|ten|d|de|den|n|ing|ingen)?$/;
const inflects = (word: string, key: string) => plain(word).startsWith(plain(key)) && INFLECTION.test(plain(word).slice(plain(key).length));

/**
 * The keys a word is known by: itself, its stem when the word is that stem inflected, and its family root when the
 * word is a participle or an inflection of it. The stemmer also strips -baar, -heid, -lijk ("openbaar" and "opent"
 * share "open", "verantwoordelijk" and "verantwoorden" share "verantwoord"): such words are known by themselves only.
 */
export function keysOf(word: string): string[] {
  const keys = [word];
  const stem = stemWord(word);
  if (inflects(word, stem)) keys.push(stem);
  const withoutT = /[^t]t$/.test(word) && word.length >= 5 ? stemWord(word.slice(0, -1)) : undefined;
  if (withoutT && inflects(word, withoutT)) keys.push(withoutT);
  const root = familyRoot(word);
  if (root && (!plain(word).startsWith(plain(root)) || inflects(word, root))) keys.push(root);
  return [...new Set(keys)];
}

/** The table of a paraphrase file's text ("name: word, =word, phrase ..." per line, "#" comments; "=" marks a form known only as written). */
export function parseParaphrases(text: string, handGroups: Set<string> = HAND_GROUPS): ParaphraseTable {
  const byKey = new Map<string, string[]>();
  const byWholeWord = new Map<string, string[]>();
  const phrases = new Map<string, Phrase>();
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-z]+):(.*)$/);
    if (!m) continue;
    const token = handGroups.has(m[1]) ? `~${m[1]}` : `${TOKEN_PREFIX}${m[1]}`;
    for (const entry of m[2].split(',').map((e) => e.trim())) {
      const words = wordsOf(entry);
      if (words.length === 0) continue;
      if (words.length === 1) {
        // "=indienen": this form only; its stem is another word's too ("indien" is "if").
        if (entry.startsWith('=')) add(byWholeWord, words[0], token);
        else for (const key of keysOf(words[0])) add(byKey, key, token);
        continue;
      }
      const id = words.join(' ');
      const phrase = phrases.get(id) ?? { words, tokens: [] };
      if (!phrase.tokens.includes(token)) phrase.tokens.push(token);
      phrases.set(id, phrase);
    }
  }
  const byFirstWord = new Map<string, Phrase[]>();
  for (const phrase of [...phrases.values()].sort((a, b) => b.words.length - a.words.length)) add(byFirstWord, phrase.words[0], phrase);
  return { byKey, byWholeWord, byFirstWord };
}

let shared: ParaphraseTable | undefined;
const table = () => (shared ??= parseParaphrases(readFileSync(PARAPHRASE_FILE, 'utf8')));

const groupCache = new Map<string, readonly string[]>();
const partGroupCache = new Map<string, readonly string[]>();

/** The paraphrase groups of a single (folded) word. Cached: every term of every question and passage asks, through stemming. */
export function paraphraseGroups(word: string): readonly string[] {
  return cached(groupCache, word, () => {
    const whole = table().byWholeWord.get(word) ?? [];
    return [...new Set([...groupsByForm(word), ...whole])];
  });
}

/** The paraphrase groups of a word by its forms, without the words known only as written ("=jongeren"). */
export function groupsByForm(part: string): readonly string[] {
  return cached(partGroupCache, part, () => [...new Set(keysOf(part).flatMap((key) => table().byKey.get(key) ?? []))]);
}

function cached(cache: Map<string, readonly string[]>, word: string, groups: () => readonly string[]): readonly string[] {
  let out = cache.get(word);
  if (out === undefined) {
    out = groups();
    if (cache.size < 200_000) cache.set(word, out);
  }
  return out;
}

/**
 * The longest phrase of a paraphrase group at position i of a text's folded words, with its groups' tokens, or
 * undefined: "een keer per jaar" is yearly, not the "een keer" of once.
 */
export function paraphraseAt(words: string[], i: number): { length: number; tokens: string[] } | undefined {
  const candidates = table().byFirstWord.get(words[i]);
  if (!candidates) return undefined;
  // After its first word (the verb, put first or second in a Dutch clause), a phrase may have its middle field.
  let gap = 0;
  while (gap < MAX_MIDDLE_FIELD && MIDDLE_FIELD.has(words[i + 1 + gap])) gap++;
  const spanOf = (p: Phrase): number | undefined => {
    for (let g = 0; g <= gap; g++) if (p.words.every((w, k) => words[i + k + (k > 0 ? g : 0)] === w)) return g;
    return undefined;
  };
  const found = candidates.map((p) => ({ p, g: spanOf(p) })).filter((f) => f.g !== undefined);
  if (found.length === 0) return undefined;
  const length = found[0].p.words.length;
  const longest = found.filter((f) => f.p.words.length === length);
  return { length: length + longest[0].g!, tokens: [...new Set(longest.flatMap((f) => f.p.tokens))] };
}

/**
 * "Trekt er dan aan de bel", "slaat hij alarm": words of a clause's middle field (pronouns, "er", adverbs such as
 * "dan", "nu", "ook") that Dutch puts between a verb moved to the front and the rest of its phrase.
 */
const MIDDLE_FIELD = new Set(['er', 'dan', 'nu', 'ook', 'wel', 'toch', 'al', 'nog', 'dus', 'even', 'het', 'hij', 'zij', 'ze', 'we', 'wij', 'je', 'jij', 'u', 'ik', 'men', 'jullie']);
const MAX_MIDDLE_FIELD = 3;

/** Whether an index term is a paraphrase group's (not a hand-made synonym group's) token. */
export const isParaphraseGroup = (term: string) => term.startsWith(TOKEN_PREFIX);
