// Derives the Q&A's compact Dutch lexicon from Open Dutch WordNet (CC BY-SA 4.0): its synonyms.tsv
// (one lemma a line, then its synonyms over all senses, tab-separated).
// Usage: npx tsx scripts/build-lexicon.ts [path to synonyms.tsv | bare git dir of the ODWN repository]
// Writes src/features/qa/knowledge/odwn-lexicon.tsv: "key<TAB>related words" per line, sorted by key (the
// runtime binary-searches the one string), and keeps odwn-lexicon.LICENSE.md beside it.
//
// Filters, because ODWN lists the synonyms of every sense of a word and the bot reads governance texts:
// - single words only, lower case in the source (capitalised lemmas are names), 4 to 20 letters;
// - no stop words and no light verbs ("maken", "doen", "komen": listed as synonyms of half the verbs);
// - no hubs: a word with more than MAX_SENSE_WORDS synonyms has too many senses to expand to or from;
// - at most MAX_RELATED per entry, two-way entries first, then the words with the fewest synonyms (fewest senses).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DUTCH_STOP_WORDS } from '../src/features/qa/dutch-stop-words';
import { lexiconKey } from '../src/features/qa/lexicon';

const MIRROR = '/work/.mirror/cltl+OpenDutchWordnet/repo';
const OUT = path.join(__dirname, '../src/features/qa/knowledge/odwn-lexicon.tsv');
const MAX_RELATED = 12;
const MAX_SENSE_WORDS = 14;
/** Verbs too light to mean anything alone; ODWN lists them among the synonyms of many verbs. */
const LIGHT_VERBS = ['maken', 'doen', 'komen', 'gaan', 'worden', 'zijn', 'hebben', 'raken', 'geraken', 'houden', 'zetten', 'stellen', 'leggen', 'brengen', 'nemen', 'geven', 'krijgen', 'laten', 'staan', 'liggen', 'zitten', 'lopen', 'vallen', 'trekken', 'halen', 'voeren'];

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const EXCLUDED = new Set([...DUTCH_STOP_WORDS, ...LIGHT_VERBS].map(fold));

function readSource(arg = MIRROR): string {
  if (existsSync(arg) && statSync(arg).isFile()) return readFileSync(arg, 'utf8');
  return execFileSync('git', ['-C', arg, 'show', 'HEAD:synonyms.tsv'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

const usable = (w: string) => /^[a-zà-ÿ]{4,20}$/.test(w) && !EXCLUDED.has(fold(w));

/** Lemma -> its synonyms, as listed (one direction). */
function parse(text: string): Map<string, Set<string>> {
  const listed = new Map<string, Set<string>>();
  for (const line of text.split('\n').slice(1)) {
    const [lemma, ...synonyms] = line.split('\t').map((s) => s.trim());
    if (!lemma) continue;
    const set = listed.get(lemma) ?? new Set<string>();
    for (const s of synonyms) if (s && s !== lemma) set.add(s);
    listed.set(lemma, set);
  }
  return listed;
}

/** Key -> related words: both directions of every listed pair between usable, non-hub words. */
function relate(listed: Map<string, Set<string>>): Map<string, string[]> {
  const senseWords = (w: string) => listed.get(w)?.size ?? 0;
  /** Key -> related word -> how often the pair is listed (2: from both sides). */
  const candidates = new Map<string, Map<string, number>>();
  const link = (a: string, b: string) => {
    const key = lexiconKey(fold(a));
    const map = candidates.get(key) ?? new Map<string, number>();
    map.set(b, (map.get(b) ?? 0) + 1);
    candidates.set(key, map);
  };
  for (const [lemma, synonyms] of listed) {
    if (!usable(lemma) || senseWords(lemma) > MAX_SENSE_WORDS) continue;
    for (const s of synonyms) {
      if (!usable(s) || senseWords(s) > MAX_SENSE_WORDS) continue;
      link(lemma, s);
      link(s, lemma);
    }
  }
  const out = new Map<string, string[]>();
  for (const [key, map] of candidates) {
    // Two-way entries (listed from both sides) first, then the words with the fewest senses.
    const ranked = [...map].sort((a, b) => b[1] - a[1] || senseWords(a[0]) - senseWords(b[0]) || a[0].localeCompare(b[0]));
    const words = [...new Set(ranked.map(([w]) => fold(w)))].filter((w) => lexiconKey(w) !== key);
    if (words.length) out.set(key, words.slice(0, MAX_RELATED));
  }
  return out;
}

function main() {
  const related = relate(parse(readSource(process.argv[2])));
  const keys = [...related.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = keys.map((k) => `${k}\t${related.get(k)!.join(' ')}`);
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  console.log(`${OUT}: ${lines.length} entries, ${Buffer.byteLength(lines.join('\n'))} bytes`);
}

main();
