import { dutchWords, scheduleDutchWords } from './dutch-dictionary';
import { basesOf, isDictionaryForm, isDictionaryWord, isShortInflection, withClosedSyllable } from './dictionary-forms';
import { SEPARABLE_PARTICLES } from './separable-particles';
import { fold } from '../../shared/fold';
import { DIMINUTIVE, deletes, distance, doublesConsonant, editsOne, sameLetterSlips, soundAlike, withHimSpelledOut, withSilentH } from './spelling-edits';
import { DUTCH_STOP_WORDS, QUESTION_FILLERS } from './dutch-stop-words';

const STOP_WORDS = new Set(DUTCH_STOP_WORDS);

/** Largest typo distance corrected. */
const MAX_DISTANCE = 2;
/**
 * Deletes of corpus words indexed: one. A typo is found when the question word's deletes (up to
 * MAX_DISTANCE) meet a corpus word's (up to one); that covers all single typos and two-letter typos
 * except two substitutions or two missing letters within the first PREFIX letters. Indexing two
 * deletes would find those as well at three times the memory.
 */
const INDEX_DISTANCE = 1;
/** Deletes are taken from a word's first PREFIX letters only (SymSpell's prefix trick): fewer keys, same candidates after checking. */
const PREFIX = 6;

/** A word (or a compound's tail) shorter than the least is not repaired from the dictionary (short words have many neighbours), nor one longer than the most (a tail is one word; each length tried costs a few hundred look-ups). */
const [MIN_DICTIONARY_REPAIR, MAX_DICTIONARY_REPAIR] = [7, 14];
/** In a compound of three parts, a misspelt part shorter than this has too many neighbours ("verd": "werd"). */
const MIN_REPAIRED_PART = 8;

/**
 * Corrects typos in questions against the words of the indexed documents, also inside compounds
 * ("aanbiedersoverlg" -> "aanbiedersoverleg"). A word that is Dutch (in the corpus, in the
 * dictionary, or two dictionary words joined) is left alone: "vergoeding" must not become "vergadering".
 * Candidates come from a symmetric-delete index (SymSpell) kept current as words are learned, so a
 * question never scans the corpus' vocabulary: a lookup costs the same at 300 or 300,000 words.
 */
export class Speller {
  private readonly corpus = new Set<string>();
  /** Word prefix -> the corpus words that start with it. */
  private readonly byPrefix = new Map<string, string[]>();
  /** A delete of a prefix -> the prefix it comes from, or several. */
  private readonly byDelete = new Map<string, string | string[]>();
  private readonly cache = new Map<string, string>();

  constructor(corpusWords: Iterable<string>) {
    scheduleDutchWords();
    this.learn(corpusWords);
  }

  /** Words of documents added later (an index kept current instead of rebuilt). */
  learn(corpusWords: Iterable<string>): void {
    for (const w of corpusWords) {
      if (w.length < 4 || /\d/.test(w) || this.corpus.has(w)) continue;
      this.corpus.add(w);
      const prefix = w.slice(0, PREFIX);
      const words = this.byPrefix.get(prefix);
      if (words) {
        words.push(w);
        continue;
      }
      this.byPrefix.set(prefix, [w]);
      for (const d of deletes(prefix, INDEX_DISTANCE)) {
        const prefixes = this.byDelete.get(d);
        if (prefixes === undefined) this.byDelete.set(d, prefix);
        else if (typeof prefixes === 'string') this.byDelete.set(d, [prefixes, prefix]);
        else prefixes.push(prefix);
      }
    }
    this.cache.clear();
  }

  /** The question with each misspelt word replaced by the corpus word it most likely meant. */
  correct(question: string): string {
    return this.joinedCompounds(withHimSpelledOut(question)).replace(/\p{L}{4,}/gu, (word) => {
      if (word === word.toUpperCase()) return word;
      const folded = fold(word);
      // Written in lower case, a word the dictionary lists only as a name ("Klene", "Lenne") is no word: likely a slip.
      const names = word[0] !== word[0].toLowerCase();
      const key = names ? `^${folded}` : folded;
      let fixed = this.cache.get(key);
      if (fixed === undefined) {
        fixed = this.fix(folded, names);
        if (this.cache.size < 20_000) this.cache.set(key, fixed);
      }
      // A sentence's first word keeps its capital: the question is split into sentences after this.
      return fixed === folded ? word : names ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
    });
  }

  /**
   * "het calamiteiten nummer", "de vice-voorzitter": two words whose join is a word of the documents are that compound written apart. Not
   * after or before a word of grammar ("voor overleg" is no "vooroverleg").
   */
  private joinedCompounds(question: string): string {
    // Words and what stands between them, so a word before a question mark is a word too ("het storings nummer?").
    const parts = question.split(/([^\p{L}]+)/u);
    for (let i = 0; i + 2 < parts.length; i += 2) {
      const [head, tail] = [parts[i], parts[i + 2]];
      // A capitalised second word is a name's ("Regio Twente"), no compound's tail.
      if (!/^(?:\s+|-)$/.test(parts[i + 1]) || !/^\p{Ll}/u.test(tail) || !/^\p{L}{4,}$/u.test(head) || !/^\p{L}{4,}$/u.test(tail) || STOP_WORDS.has(fold(head)) || STOP_WORDS.has(fold(tail))) continue;
      // "standstil termijn": a join one slip from a word of the documents ("standstilltermijn") is that compound too.
      if (!this.corpus.has(fold(head + tail)) && !(head.length + tail.length >= 10 && this.closest(fold(head + tail), 1))) continue;
      parts.splice(i, 3, head + tail.toLowerCase());
    }
    return parts.join('');
  }

  /** The corpus word a folded question word most likely meant, or the word itself. */
  private fix(word: string, names: boolean): string {
    if (word.length < 6) return this.shortWord(word, names);
    // "klagten" (seemingly of "klagen"): the same sound as the one corpus word spelled so ("klachten").
    const heard = this.corpus.has(word) || dutchWords().has(word) ? undefined : soundAlike(word, (w) => this.corpus.has(w));
    if (heard) return heard;
    // Two Dutch words joined may still be a typo of one corpus word ("regiomanger" is "regio" + "manger"): one edit from it, it is meant.
    if (this.known(word, names)) return this.likelyCorpusTypo(word) ?? word;
    // "aandragen" is "aan" + "dragen", a verb of its own, not a slip of the corpus' "aanvragen".
    if (this.separableVerb(word)) return word;
    if (this.joinsTwo(word, 3)) return this.closest(word, 1) ?? word;
    // Three known words may still be a slip in a compound of two the corpus has ("portefeuille|ouders|overleg").
    if (this.joinsThree(word)) return this.closest(word, 1) ?? this.repairCompound(word) ?? word;
    // "eigelijk" is the "eigenlijk" of a question, one slip away, before "degelijk" of the documents, two slips away.
    return this.closest(word, 1) ?? QUESTION_FILLERS.find((f) => distance(word, f, 1) === 1) ?? this.closest(word, word.length >= 8 ? 2 : 1) ?? this.repairCompound(word) ?? this.repairCompoundOfThree(word) ?? this.dictionaryRepair(word, names) ?? word;
  }

  /**
   * A word the documents lack, one slip from one Dutch word ("critrium": "criterium"), alone or as a compound's tail: that
   * word is meant, its synonyms find the documents' "criteria". Not a diminutive ("trein|kaartjes": the dictionary has "kaart").
   */
  private dictionaryRepair(word: string, names: boolean): string | undefined {
    const whole = (h: string) => h.length >= 4 && (this.corpus.has(h) || isDictionaryWord(h, false));
    for (let i = Math.max(0, word.length - MAX_DICTIONARY_REPAIR); !names && i <= word.length - MIN_DICTIONARY_REPAIR; i++) {
      const part = word.slice(i), head = word.slice(0, i);
      const ok = !dutchWords().has(part.replace(DIMINUTIVE, '')) && (i === 0 || whole(head) || whole(head.replace(/s$/, '')));
      const found = ok ? [...editsOne(part)].filter((w) => isDictionaryWord(w, false)) : [];
      if (found.length === 1) return word.slice(0, i) + found[0];
    }
    return undefined;
  }

  /**
   * A short word has many neighbours one edit away ("ligen": "liggen", "eigen", "lagen"): it is corrected only when
   * it is no word of the dictionary or the corpus and one neighbour stands out: the one with the same letters, a
   * letter doubled or undoubled ("liggen", the commonest Dutch slip) or two swapped ("gled": "geld", not "goed"), or
   * else the only corpus word one edit away. Without a corpus word near, the one Dutch word with its letters will do
   * ("lenne": "lenen"): a question may use a word no document does.
   */
  private shortWord(word: string, names: boolean): string {
    if (this.corpus.has(word) || isDictionaryWord(word, names) || isShortInflection(word)) return word;
    const near = this.within(word, 1);
    // "tema's": the h Dutch speakers leave out of a loanword ("thema"), before a swap of two letters ("team").
    const silentH = near.filter((c) => withSilentH(word).includes(c));
    if (silentH.length === 1) return silentH[0];
    const slips = new Set(sameLetterSlips(word));
    const sameLetters = near.filter((c) => slips.has(c));
    if (sameLetters.length === 1) return sameLetters[0];
    if (near.length === 1) return near[0];
    const dutch = near.length ? [] : [...slips].filter((w) => isDictionaryWord(w, false));
    return dutch.length === 1 ? dutch[0] : word;
  }

  /** Documents have typos too ("regiomanger" in a seed): a corpus word that is no Dutch word, nor an inflection or two joined, one edit from a
   * corpus word that is Dutch, is taken for that word. Known only as an inflection ("instel|ingen"), a word the corpus has with a consonant doubled ("instellingen") is meant. */
  private likelyCorpusTypo(word: string): string | undefined {
    if (!this.corpus.has(word)) return dutchWords().has(word) ? undefined : sameLetterSlips(word).find((slip) => doublesConsonant(word, slip) && [slip, ...basesOf(slip)].some((w) => this.corpus.has(w)));
    if (this.dutch(word)) return undefined;
    return this.closest(word, 1, (candidate) => candidate !== word && this.dutch(candidate));
  }

  /** A word of the Dutch dictionary, an inflection of one, or two of them joined. */
  private dutch(word: string): boolean {
    if (isDictionaryForm(word)) return true;
    for (let i = 3; i <= word.length - 3; i++) {
      const head = word.slice(0, i);
      if ((dutchWords().has(head) || dutchWords().has(head.replace(/s$/, ''))) && isDictionaryForm(word.slice(i))) return true;
    }
    return false;
  }

  private known(word: string, names = true): boolean {
    if (this.corpus.has(word) || isDictionaryWord(word, names)) return true;
    return basesOf(word).some((base) => base.length >= 4 && (this.corpus.has(base) || dutchWords().has(base) || dutchWords().has(withClosedSyllable(word, base))));
  }

  /** A known word, or one before a linking s ("portefeuillehouder-s-overleg"): the head of a compound. */
  private knownHead(head: string): boolean {
    return this.known(head) || (head.endsWith('s') && this.known(head.slice(0, -1)));
  }

  /** A particle before a known infinitive or plural ("aan|dragen", "mee|praten"): a separable verb written whole. */
  private separableVerb(word: string): boolean {
    const particle = SEPARABLE_PARTICLES.find((p) => word.startsWith(p) && word.length - p.length >= 5);
    const rest = particle ? word.slice(particle.length) : '';
    return rest.endsWith('en') && isDictionaryWord(rest, false);
  }

  /** A known head (before a linking letter) and a known tail, each at least `shortest` letters. */
  private joinsTwo(word: string, shortest: number): boolean {
    for (let i = shortest; i <= word.length - shortest; i++) if (this.knownHead(word.slice(0, i)) && this.known(word.slice(i))) return true;
    return false;
  }

  private joinsThree(word: string): boolean {
    for (let i = 3; i <= word.length - 8; i++) if (this.knownHead(word.slice(0, i)) && this.joinsTwo(word.slice(i), 4)) return true;
    return false;
  }

  /** The corpus word nearest to `word` within `max` edits; equally near, the alphabetically first (every instance corrects alike). */
  private closest(word: string, max: number, accept: (candidate: string) => boolean = () => true): string | undefined {
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of this.candidates(word, max)) {
      if (!accept(candidate)) continue;
      const d = distance(word, candidate, Math.min(max, bestDistance));
      if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) [best, bestDistance] = [candidate, d];
    }
    return best;
  }

  /** Every corpus word within `max` edits of `word`. */
  private within(word: string, max: number): string[] {
    return [...this.candidates(word, max)].filter((c) => distance(word, c, max) <= max);
  }

  /** Corpus words whose prefix is within `max` deletes of the word's: the candidates to measure. */
  private *candidates(word: string, max: number): Generator<string> {
    const prefixes = new Set<string>();
    for (const d of deletes(word.slice(0, PREFIX), max)) {
      const found = this.byDelete.get(d);
      if (typeof found === 'string') prefixes.add(found);
      else for (const p of found ?? []) prefixes.add(p);
    }
    for (const prefix of prefixes) yield* this.byPrefix.get(prefix) ?? [];
  }

  /** A known head with a misspelt tail, or the other way round; the misspelt part at least `shortest` letters. */
  private repairCompound(word: string, shortest = 4): string | undefined {
    for (let i = 4; i <= word.length - 4; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (tail.length >= shortest && this.knownHead(head)) {
        const fixed = this.closest(tail, 1);
        if (fixed) return head + fixed;
      }
      if (head.length >= shortest && this.known(tail)) {
        const fixed = this.closestHead(head);
        if (fixed) return fixed + tail;
      }
    }
    return undefined;
  }

  /** The corpus word one edit from a compound's head, or from the head before its linking s ("portefeuilehouder-s"). */
  private closestHead(head: string): string | undefined {
    const fixed = this.closest(head, 1);
    if (fixed || head.length < 6 || !head.endsWith('s')) return fixed;
    // Only a sure repair: "beled-s" is as near to "beeld" as to "beleid".
    const beforeLink = this.within(head.slice(0, -1), 1);
    return beforeLink.length === 1 && !beforeLink[0].endsWith('s') ? `${beforeLink[0]}s` : undefined;
  }

  /**
   * A compound of three parts with one misspelt ("zorg|continuteits|risico", "portefeuile|houders|overleg"): a known
   * head before a misspelt compound of two, or a misspelt compound of two before a known tail.
   */
  private repairCompoundOfThree(word: string): string | undefined {
    for (let i = 4; i <= word.length - 8; i++) {
      const head = word.slice(0, i);
      const fixed = this.knownHead(head) ? this.repairCompound(word.slice(i), MIN_REPAIRED_PART) : undefined;
      if (fixed) return head + fixed;
    }
    for (let i = word.length - 4; i >= 8; i--) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (!this.known(tail)) continue;
      const fixed = this.repairCompound(head, MIN_REPAIRED_PART) ?? (head.endsWith('s') ? this.repairCompound(head.slice(0, -1), MIN_REPAIRED_PART)?.concat('s') : undefined);
      if (fixed) return fixed + tail;
    }
    return undefined;
  }
}
