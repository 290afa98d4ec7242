import { STOP_WORDS, SYNONYM_WORDS } from './vocabulary-words';
import { isSeparableParticle } from './separable-particles';

/** The shortest word a compound is looked up by as its tail ("verzekeraar" in "zorgverzekeraar"). */
const MIN_TAIL = 6;
/** The shortest word a compound is looked up by as its head ("dyslexie" in "dyslexiezorg"). */
const MIN_HEAD = 6;
const DETERMINER_TAILS = new Set(['ieder', 'iedere', 'elke', 'welke', 'zulke', 'ander', 'andere', 'enige', 'eigen', 'beide', 'zelfde']); // "aanb|ieder" ends no compound
/** A compound splitter backed by the words of the indexed corpus ("jeugdhulpaanbieder" -> jeugdhulp + aanbieder). */
export class Decompounder {
  private readonly known = new Set<string>();

  /** The synonym groups' words are known from the start: "maximumbedrag" is "maximum" + "bedrag" though no document says "maximum". */
  constructor() {
    this.learn(SYNONYM_WORDS);
  }

  learn(words: Iterable<string>): void {
    for (const w of words) {
      if (w.length < 4 || STOP_WORDS.has(w) || /^[#~]/.test(w) || this.known.has(w)) continue;
      this.known.add(w);
      const ending = w.length >= MIN_TAIL + 4 ? w.slice(-MIN_TAIL) : undefined;
      if (ending) this.byEnding.get(ending)?.push(w) ?? this.byEnding.set(ending, [w]);
      if (w.length >= MIN_HEAD + 4) this.byBeginning.get(w.slice(0, MIN_HEAD))?.push(w) ?? this.byBeginning.set(w.slice(0, MIN_HEAD), [w]);
    }
    this.endingIn.clear();
  }

  /** Known words by their first letters, for the compounds a word may begin. */
  private readonly byBeginning = new Map<string, string[]>();

  /**
   * The known compounds that begin with a word the corpus never says alone, before a known tail: a document that only
   * writes "dyslexiezorg" answers a question about "dyslexie". At most three, the shortest first.
   */
  compoundsBeginningWith(word: string): string[] {
    if (word.length < MIN_HEAD) return [];
    const compounds = (this.byBeginning.get(word.slice(0, MIN_HEAD)) ?? []).filter((w) => w.length >= word.length + 4 && w.startsWith(word) && this.knownTail(w.slice(word.length).replace(/^s(?=[^aeiou])/, '')));
    return compounds.sort((a, b) => a.length - b.length).slice(0, 3);
  }

  /** Known words by their last letters: the compounds a word may end are looked up, not searched for in every word. */
  private readonly byEnding = new Map<string, string[]>();
  private readonly endingIn = new Map<string, string[]>();

  /**
   * The known compounds that end in a word the corpus never says alone, after a known head: a document that only writes
   * "zorgverzekeraar" answers a question about the "verzekeraar". At most three, the shortest first.
   */
  compoundsEndingIn(word: string): string[] {
    if (word.length < MIN_TAIL) return [];
    let found = this.endingIn.get(word);
    if (!found) {
      const compounds = (this.byEnding.get(word.slice(-MIN_TAIL)) ?? []).filter((w) => w.length >= word.length + 4 && w.endsWith(word) && this.isKnownHead(w.slice(0, -word.length)));
      found = compounds.sort((a, b) => a.length - b.length).slice(0, 3);
      if (this.endingIn.size < 5_000) this.endingIn.set(word, found);
    }
    return found;
  }

  // A particle heads a verb, no compound: "teruggenomen" is no kind of "genomen".
  private readonly isKnownHead = (head: string) => !isSeparableParticle(head) && [head, head.replace(/s$/, '')].some((h) => h.length >= 4 && this.known.has(h));

  /**
   * [head, tail] when both are known words; [head, middle, tail] when the head is two known words before a linking s
   * ("zorg|continuiteit|s|risico"); [tail] when only a long enough tail is (a "regieoverleg" is an overleg).
   */
  split(word: string): string[] {
    if (word.length < 9 || /\d/.test(word)) return [];
    const two = this.splitTwo(word);
    if (two.length === 2 || word.length < 14) return two;
    for (let i = word.length - 4; i >= 9; i--) {
      const tail = word.slice(i);
      if (!this.known.has(tail)) continue;
      for (const left of new Set([word.slice(0, i).replace(/s$/, ''), word.slice(0, i)])) {
        const head = this.splitTwo(left);
        if (head.length === 2) return [...head, tail];
      }
    }
    return two;
  }

  private splitTwo(word: string): string[] {
    // A short noun ends many compounds ("adviesraadlid", "vergaderdag"): split off after a known head of 5 letters or more.
    const [rest, short] = [word.slice(0, -3), word.slice(-3)];
    const head = [rest, rest.replace(/s$/, '')].find((h) => h.length >= 5 && this.known.has(h));
    if (SHORT_TAILS.has(short) && head) return [head, short];
    // "Escalatiejaar", "verslagjaar": a year of something, though "jaar" is too common a word to be known as a tail.
    const ofYear = word.endsWith('jaar') ? [word.slice(0, -4), word.slice(0, -5)].find((h) => h.length >= 6 && this.known.has(h)) : undefined;
    if (ofYear) return [ofYear, 'jaar'];
    let tailOnly: string[] = [];
    for (let i = 4; i <= word.length - 4; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (!this.knownTail(tail)) continue;
      // A linking s is not part of the head ("portefeuillehouders|overleg"), also when the plural is a known word.
      for (const left of [head.replace(/s$/, ''), head, head.replace(/en$/, '')]) {
        if (left.length >= 4 && this.known.has(left)) return [left, tail];
      }
      if (tailOnly.length === 0 && tail.length >= 5 && !DETERMINER_TAILS.has(tail)) tailOnly = [tail];
    }
    return tailOnly.length ? tailOnly : this.afterLinkingS(word);
  }

  /** A tail the corpus knows, also only in its plural ("opkomst|cijfer" where the texts say "cijfers"), or as a doer. */
  private readonly knownTail = (tail: string) => [tail, `${tail}s`, `${tail}en`].some((w) => this.known.has(w)) || !!this.doerOf(tail);

  /**
   * A known head in -ing, -heid, -teit or -schap takes a linking s in a compound, which marks where the tail begins
   * also when the corpus never uses the tail alone: "goedkeuring|s|tolerantie" names a "tolerantie".
   */
  private afterLinkingS(word: string): string[] {
    for (const m of word.matchAll(LINKING_S)) {
      const head = word.slice(0, m.index + m[0].length - 1);
      const tail = word.slice(head.length + 1);
      if (tail.length >= 5 && this.known.has(head)) return [head, tail];
    }
    return [];
  }

  /**
   * The verb stem of a word naming the one who does it ("ondersteuner": "ondersteun", "bestuurder": "bestuur"), when
   * the corpus has the verb's form in -t ("ondersteunt"; "trekker" doubles the k of "trekt"): "ouder", "later" and
   * "kader" name no doer.
   */
  doerOf(word: string): string | undefined {
    const base = (word.match(/^(.{3,}r)der$/) ?? word.match(/^(.{4,}?)(?:st)?er$/))?.[1];
    return base ? [base, base.replace(/([^aeiou])\1$/, '$1')].find((b) => this.known.has(`${b}t`)) : undefined;
  }
}

/** The endings of nouns that join a compound's tail with an s ("vergadering|s|stuk", "veiligheid|s|regio"). */
const LINKING_S = /(?:ing|heid|teit|schap)s/g;

/** Three-letter nouns that end compounds; longer parts are found in the corpus vocabulary. */
const SHORT_TAILS = new Set(['lid', 'dag', 'uur', 'rol', 'wet']);
