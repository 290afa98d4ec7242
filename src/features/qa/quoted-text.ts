import { tokenize, tokenizeText } from './dutch-text';
import { fold } from '../../shared/fold';
import { type KnowledgeCorpus, SEARCH_RULES, passageKey } from './knowledge-search';
import { splitSentences } from './passages';
import { type QueryWord, coverageOf } from './query-words';

/**
 * What the curated knowledge already says: the facts' answers and the passages of the documents they
 * were written from. A later document is newer evidence against a fact only through what it adds to
 * that. A meeting report that repeats a kadernota paragraph, whole or in part, adds nothing; a new
 * reglement's "vier keer" where the kadernota said "twee keer" does.
 */
export class CuratedText {
  /** Per word pair, the indexes of the curated texts in which those words follow each other. */
  private readonly containing = new Map<string, Set<number>>();

  constructor(texts: Iterable<string>) {
    let i = 0;
    for (const text of texts) {
      for (const pair of pairsOf(wordsOf(text))) (this.containing.get(pair) ?? this.containing.set(pair, new Set()).get(pair)!).add(i);
      i++;
    }
  }

  /** The sentences of `text` that say something the curated texts do not. */
  added(text: string): string[] {
    return splitSentences(text).filter((s) => !this.repeats(s));
  }

  /**
   * Every pair of adjacent words of the sentence stands in one curated text: a quote or a fragment of one.
   * Word pairs, not words: "twee keer" where the source says "vier keer", or another subject before the
   * same verb, is something new.
   */
  private repeats(sentence: string): boolean {
    const pairs = pairsOf(wordsOf(sentence)).map((p) => this.containing.get(p));
    if (pairs.some((sources) => !sources)) return false;
    const [first, ...rest] = (pairs as Set<number>[]).sort((a, b) => a.size - b.size);
    return !first || [...first].some((source) => rest.every((sources) => sources.has(source)));
  }
}

function startsAny(terms: Set<string>, prefix: string): boolean {
  for (const t of terms) if (t.startsWith(prefix)) return true;
  return false;
}

/** The words as written (folded): a quote is compared word for word, without the Dutch analysis. */
const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Adjacent word pairs; a one-word text is its word. */
function pairsOf(words: string[]): string[] {
  return words.length === 1 ? words : words.slice(1).map((w, i) => `${words[i]} ${w}`);
}

/** A search hit as the ranking scored it: the question terms it matched, and those it matched exactly. */
export interface ScoredHit {
  id: string;
  matched: Set<string>;
  exact: Set<string>;
}

/** Which passages are evidence next to the curated facts, and how much of a question they answer by what they add. */
export class CuratedEvidence {
  private factSources?: { of: object; titles: string[] };
  private curated?: { facts: object; documents: object; signature: string; text: CuratedText; added: Map<string, Set<string>> };

  constructor(private readonly corpus: KnowledgeCorpus) {}

  /** Whether curated facts were written from the document of this title (compared loosely: "Norm ... Jeugdhulp (Twente)"). */
  isFactSource(documentTitle: string): boolean {
    const title = fold(documentTitle);
    const facts = this.corpus.facts;
    // Facts are reloaded as a new map when they change: the titles are cached per map.
    if (this.factSources?.of !== facts) this.factSources = { of: facts, titles: [...new Set([...facts.values()].map((f) => fold(f.source.title)))] };
    return !!title && this.factSources.titles.some((source) => source.startsWith(title) || title.startsWith(source));
  }

  /**
   * How fully what a passage adds to the curated knowledge answers the question: its own sentences, its
   * headings and title, not the paragraphs it repeats from the facts' source documents.
   */
  addedCoverage(hit: ScoredHit, words: QueryWord[]): number {
    const added = this.addedTerms(hit.id);
    const says = (t: string) => added.has(t) || (SEARCH_RULES.prefix(t) && startsAny(added, t));
    const only = (terms: Set<string>) => new Set([...terms].filter(says));
    return coverageOf(words, only(hit.matched), only(hit.exact), this.corpus.vocabulary);
  }

  private addedTerms(passageId: string): Set<string> {
    const curated = this.curatedText();
    const passage = this.corpus.passages.get(passageId);
    if (!passage) return new Set();
    const key = `${passageId}@${passage.ingestedAt}`;
    let terms = curated.added.get(key);
    if (!terms) {
      const text = [passage.chapter, passage.section, ...curated.text.added(passage.text)].join('\n');
      // The title names what the document is about, by its own words only: "Managersoverleg" is no "regiomanager".
      const title = tokenize(passage.title).flatMap((t) => this.corpus.terms(t).slice(0, 1));
      // Read as the index reads a document's text: "wijst ... aan" is "aanwijzen" too.
      terms = new Set([...tokenizeText(text).flatMap((t) => this.corpus.terms(t)), ...title]);
      if (curated.added.size < 20_000) curated.added.set(key, terms);
    }
    return terms;
  }

  /**
   * The facts' answers and their source documents' passages, read again when the facts change or a
   * source document is ingested again (not on every other ingest: the titles are checked, not read).
   */
  private curatedText() {
    const { facts, documentAge, passages } = this.corpus;
    if (this.curated?.facts === facts && this.curated.documents === documentAge) return this.curated;
    const sources = [...documentAge.keys()].filter((title) => this.isFactSource(title));
    const signature = sources.map((title) => `${title}@${passages.get(passageKey({ title, position: 0 }))?.ingestedAt}`).join('\n');
    if (this.curated?.facts === facts && this.curated.signature === signature) return Object.assign(this.curated, { documents: documentAge });
    const texts = [...facts.values()].map((f) => f.answer);
    for (const title of sources) {
      for (let position = 0, p = passages.get(passageKey({ title, position })); p; p = passages.get(passageKey({ title, position: ++position }))) texts.push(p.text);
    }
    this.curated = { facts, documents: documentAge, signature, text: new CuratedText(texts), added: new Map() };
    return this.curated;
  }
}
