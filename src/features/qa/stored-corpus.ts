import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import SearchableMap from 'minisearch/SearchableMap';
import { CachedTerms, type TokenizedDoc, indexRow, tokenizeDoc, wordsOf } from './knowledge-analysis';
import type { IndexRow, IndexedText, KnowledgeIndexStore, PendingChanges } from './knowledge-index-store';
import { Speller } from './spelling';
import { type KnowledgeCorpus, documentAges, SEARCH_RULES, type SearchField, type SearchHit, type SearchOptions, factDoc } from './knowledge-search';
import { searchDocsOfDocument } from './defined-short-names';
import { type Expansion, scoreDoc } from './stored-scoring';
import type { Fact, Passage } from './qa.domain';

/** Documents pre-ranked by the store before the exact scores are computed: well above the 25 the ranking reads. */
const CANDIDATES = 120;
/** Hits a search keeps, well above the 25 the ranking reads. */
const KEPT_HITS = 50;
/** Passages read for answers that are kept until the index changes. */
const REMEMBERED_PASSAGES = 2000;
/** Recent searches whose results are kept until the index changes. */
const RECENT_SEARCHES = 256;
/** Work per slice of the event loop while loading or indexing. */
const CHUNK = 2000;
/** Up to this many postings every matching document is scored exactly: the same hits as MiniSearch. */
const EXACT_POSTINGS = 1000;
/**
 * Beyond that, a term in more than this share of the documents barely moves a score (its IDF is low)
 * but makes the store rank most of the corpus: candidates come from the rarer terms when there are any.
 */
const COMMON_SHARE = 0.2;

/**
 * The knowledge served from a persistent index (SQLite FTS5): nothing is rebuilt at start, only the
 * lexicon (known words, index terms, heading terms) is read, in slices. The store pre-ranks
 * candidates; their scores are then computed exactly as MiniSearch computes them (BM25+, field
 * boosts, prefix and typo expansions with their weights), so answers match the in-memory index.
 * Passage text stays in the store until an answer or "toon passage" needs it.
 */
export class StoredCorpus implements KnowledgeCorpus {
  private readonly cached = new CachedTerms();
  /** Every index term, for prefix and typo expansion (terms of removed documents linger; they match nothing). */
  private readonly dictionary = new SearchableMap<true>();
  readonly headingTerms = new Set<string>();
  readonly speller = new Speller([]);
  documentAge = new Map<string, number>();
  private lexiconSeq = 0;
  /** The last change this process has taken in (lexicon and facts). */
  private seenChange = 0;
  private factMap = new Map<string, Fact>();
  private syncing: Promise<void> = Promise.resolve();
  private cache = {
    generation: -1,
    stats: { documents: 0, averageLength: { ask: 0, body: 0, section: 0, title: 0 } as Record<SearchField, number> },
    frequencies: new Map<string, Partial<Record<SearchField, number>> | undefined>(),
    facts: [] as IndexedText[],
  };

  constructor(
    private readonly store: KnowledgeIndexStore,
    private readonly loadFacts: () => Promise<Fact[]>,
  ) {
    // Passages and vocabulary answers are kept for the generation the last search or sync saw: one
    // point read per question, not one per passage the ranking looks at.
    this.passages = passagesIn(store, () => this.recent.passages);
  }

  get decompounder() {
    return this.cached.decompounder;
  }

  readonly terms = (word: string) => this.cached.terms(word);
  /** Whether any document has the term, remembered until the index changes (the store's vocabulary read is slow). */
  readonly vocabulary = {
    has: (term: string) => {
      const known = this.recent.known;
      let has = known.get(term);
      if (has === undefined) known.set(term, (has = this.store.hasTerm(term)));
      if (known.size > 50_000) known.clear();
      return has;
    },
  };
  /** Read with the last search's candidates: the ranking asks right after searching. */
  private placeLists = new Map<string, boolean>();
  private recent = { generation: -1, results: new Map<string, { hits: SearchHit[]; placeLists: Map<string, boolean> }>(), known: new Map<string, boolean>(), passages: new Map<string, Passage | undefined>() };
  readonly listsPlaces = { has: (docId: string) => this.placeLists.get(docId) ?? this.store.listsPlaces(docId) };

  get facts() {
    return this.factMap;
  }

  readonly passages: KnowledgeCorpus['passages'];

  /** Reads the lexicon and the facts, then indexes what was written while no process was running. */
  async open(): Promise<this> {
    // A failed pull (shared store unreachable) still opens the local copy; the next sync tries again and reports.
    await this.store.pull?.().catch(() => undefined);
    this.seenChange = this.store.lastChange();
    await this.takeLexicon();
    this.factMap = new Map((await this.loadFacts()).map((f) => [f.id, f]));
    await this.indexPending(true);
    this.takenIn = this.store.generation();
    return this;
  }

  /** Takes in what other processes wrote and indexes what nobody indexed yet; one run at a time. */
  sync(): Promise<void> {
    this.syncing = this.syncing.then(() => this.catchUp());
    return this.syncing;
  }

  private async catchUp(): Promise<void> {
    await this.store.pull?.();
    this.current();
    const last = this.store.lastChange();
    if (last === this.seenChange && this.store.indexedUpto() >= last) return;
    const seen = this.store.changes(this.seenChange);
    if (seen.facts) this.factMap = new Map((await this.loadFacts()).map((f) => [f.id, f]));
    await this.indexPending(seen.facts);
    await this.takeLexicon();
    this.seenChange = seen.upto;
    this.current();
    this.takenIn = this.store.generation();
  }

  /** Analyses the documents written since the index was last updated and stores their rows. */
  private async indexPending(checkFacts: boolean): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.takeLexicon();
      const pending = this.store.changes(this.store.indexedUpto());
      const facts = [...this.factMap.values()];
      const fingerprint = createHash('sha256').update(JSON.stringify(facts)).digest('hex');
      const factsChanged = pending.facts || (checkFacts && this.store.factsFingerprint() !== fingerprint);
      if (pending.titles.length === 0 && !factsChanged && pending.upto === pending.from) return;
      const batch = await this.analyse(pending, factsChanged ? facts : undefined);
      if (this.store.apply({ ...pending, ...batch, factsFingerprint: factsChanged ? fingerprint : undefined }, batch.words)) break;
    }
    await this.takeLexicon();
  }

  private async analyse(pending: PendingChanges, facts: Fact[] | undefined) {
    const docs: { title: string; tokenized: TokenizedDoc[]; ingestedAt?: string }[] = [];
    for (const title of pending.titles) {
      const passages = this.store.passagesOf(title);
      const ingestedAt = passages.reduce<string | undefined>((latest, p) => (latest && latest > p.ingestedAt ? latest : p.ingestedAt), undefined);
      docs.push({ title, ingestedAt, tokenized: searchDocsOfDocument(passages).map(tokenizeDoc) });
      if (docs.length % 50 === 0) await yieldToEventLoop();
    }
    const factDocs = facts?.map((f) => tokenizeDoc(factDoc(f)));
    // Every new word is known before any is split, as when the whole index is built at once.
    const words = [...new Set([...docs.flatMap((d) => d.tokenized.flatMap(wordsOf)), ...(factDocs ?? []).flatMap(wordsOf)])].filter(
      (w) => w.length >= 4 && !/^[#~]/.test(w),
    );
    this.cached.learn(words);
    const documents: { title: string; rows: IndexRow[]; ingestedAt?: string }[] = [];
    let done = 0;
    for (const d of docs) {
      documents.push({ title: d.title, ingestedAt: d.ingestedAt, rows: d.tokenized.map((t) => indexRow(t, this.terms)) });
      if ((done += d.tokenized.length) >= CHUNK / 10) {
        done = 0;
        await yieldToEventLoop();
      }
    }
    return { documents, factRows: factDocs?.map((t) => indexRow(t, this.terms)), words };
  }

  /** Adds what was added to the lexicon since last time, in slices. */
  private async takeLexicon(): Promise<void> {
    const lexicon = this.store.lexiconSince(this.lexiconSeq);
    for (let i = 0; i < lexicon.words.length; i += CHUNK) {
      const words = lexicon.words.slice(i, i + CHUNK);
      this.cached.learn(words);
      this.speller.learn(words);
      if (lexicon.words.length > CHUNK) await yieldToEventLoop();
    }
    for (let i = 0; i < lexicon.terms.length; i += CHUNK) {
      for (const term of lexicon.terms.slice(i, i + CHUNK)) this.dictionary.set(term, true);
      if (lexicon.terms.length > CHUNK) await yieldToEventLoop();
    }
    for (const term of lexicon.headings) this.headingTerms.add(term);
    if (lexicon.seq !== this.lexiconSeq) this.documentAge = documentAges(this.store.titles());
    this.lexiconSeq = lexicon.seq;
  }

  /**
   * Hits for a query, from the results of recent searches while the index generation holds (people
   * ask the same things: after a meeting notice, the same question comes from many).
   */
  search(query: string, options: SearchOptions): SearchHit[] {
    const terms = query.split(' ').filter(Boolean);
    const key = terms.map((t) => `${t}^${options.boostTerm(t)}`).join(' ');
    const recent = this.current();
    let result = recent.results.get(key);
    if (result) recent.results.delete(key);
    else result = this.searchStore(terms, options);
    recent.results.set(key, result);
    if (recent.results.size > RECENT_SEARCHES) recent.results.delete(recent.results.keys().next().value!);
    this.placeLists = result.placeLists;
    return result.hits.slice();
  }

  /** The index generation, once this corpus has taken all of it in (undefined while it takes a change in): what was answered at it still holds. */
  get settledGeneration(): number | undefined {
    return this.store.generation() === this.takenIn ? this.takenIn : undefined;
  }
  private takenIn = -1; // the generation whose words, titles and facts are all taken in (over several turns)

  /** What is remembered of the index at its current generation (a point read tells whether it changed). */
  private current() {
    const generation = this.store.generation();
    if (generation !== this.recent.generation) this.recent = { generation, results: new Map(), known: new Map(), passages: new Map() };
    return this.recent;
  }

  private searchStore(terms: string[], options: SearchOptions): { hits: SearchHit[]; placeLists: Map<string, boolean> } {
    const expansions = terms.map((term) => this.expand(term, options.boostTerm(term)));
    const derived = [...new Set(expansions.flat().map((e) => e.derived))];
    const { frequencies, documents, averageLength } = this.statistics(derived);
    const docsWith = (t: string) => Math.max(0, ...Object.values(frequencies.get(t) ?? {}));
    const known = derived.filter((t) => frequencies.has(t)).sort((a, b) => docsWith(a) - docsWith(b));
    const postings = known.reduce((n, t) => n + docsWith(t), 0);
    const rare = known.filter((t) => docsWith(t) <= documents * COMMON_SHARE);
    const found =
      postings <= EXACT_POSTINGS ? this.store.candidates(known, EXACT_POSTINGS)
      : rare.length ? this.store.candidates(rare, CANDIDATES)
      : this.commonCandidates(known, expansions);
    // Curated facts are few and written to answer: every one is scored, whatever the pre-ranking kept.
    const seen = new Set(found.map((c) => c.rowid));
    const candidates = [...found, ...this.cache.facts.filter((f) => !seen.has(f.rowid))];
    const hits = candidates
      .map((doc) => scoreDoc(doc, expansions, frequencies, documents, averageLength))
      .filter((h): h is SearchHit => h !== undefined)
      .sort((a, b) => b.score - a.score)
      .slice(0, KEPT_HITS);
    const lists = new Map(candidates.map((c) => [c.id, c.listsPlaces]));
    return { hits, placeLists: new Map(hits.map((h) => [h.id, lists.get(h.id) ?? false])) };
  }

  /** Every term is common: the documents with all the question's own terms first, then those with the rarest. */
  private commonCandidates(known: string[], expansions: Expansion[][]): IndexedText[] {
    const own = expansions.map((e) => e[0].derived).filter((t) => known.includes(t));
    const all = this.store.candidates(own, CANDIDATES, 'all');
    if (all.length >= CANDIDATES) return all;
    const seen = new Set(all.map((c) => c.rowid));
    return [...all, ...this.store.candidates(known.slice(0, 2), CANDIDATES).filter((c) => !seen.has(c.rowid))];
  }

  /** Document frequencies and field lengths, read once per index generation. */
  private statistics(terms: string[]) {
    const generation = this.store.generation();
    if (generation !== this.cache.generation) this.cache = { generation, stats: this.store.stats(), frequencies: new Map(), facts: this.store.factTexts() };
    const missing = terms.filter((t) => !this.cache.frequencies.has(t));
    const read = this.store.documentFrequencies(missing);
    for (const t of missing) this.cache.frequencies.set(t, read.get(t));
    if (this.cache.frequencies.size > 50_000) this.cache.frequencies.clear();
    const frequencies = new Map(terms.flatMap((t) => (this.cache.frequencies.get(t) ? [[t, this.cache.frequencies.get(t)!] as const] : [])));
    return { frequencies, ...this.cache.stats };
  }

  /** A query term with the index terms it reaches by prefix or typo, weighted as MiniSearch weighs them. */
  private expand(term: string, boost: number): Expansion[] {
    const out: Expansion[] = [{ source: term, derived: term, weight: 1, boost }];
    const prefix = SEARCH_RULES.prefix(term) ? this.dictionary.atPrefix(term) : undefined;
    const fuzzy = SEARCH_RULES.fuzzy(term);
    const maxDistance = fuzzy ? Math.min(SEARCH_RULES.maxFuzzy, Math.round(term.length * fuzzy)) : 0;
    const typos = maxDistance ? this.dictionary.fuzzyGet(term, maxDistance) : undefined;
    for (const [t] of prefix ?? []) {
      const distance = t.length - term.length;
      if (!distance) continue;
      typos?.delete(t);
      out.push({ source: term, derived: t, weight: (SEARCH_RULES.weights.prefix * t.length) / (t.length + 0.3 * distance), boost });
    }
    for (const [t, [, distance]] of typos ?? []) {
      if (distance) out.push({ source: term, derived: t, weight: (SEARCH_RULES.weights.fuzzy * t.length) / (t.length + distance), boost });
    }
    return out;
  }
}

/** Passages by key (`p:<title>#<position>`), read from the store when asked for; recent reads remembered. */
function passagesIn(store: KnowledgeIndexStore, remembered: () => Map<string, Passage | undefined>): KnowledgeCorpus['passages'] {
  return {
    get(key) {
      const at = key.lastIndexOf('#');
      if (!key.startsWith('p:') || at <= 0) return undefined;
      const recent = remembered();
      if (!recent.has(key)) {
        if (recent.size >= REMEMBERED_PASSAGES) recent.delete(recent.keys().next().value!);
        recent.set(key, store.passage(key.slice(2, at), Number(key.slice(at + 1))));
      }
      return recent.get(key);
    },
    get size() {
      return store.passageCount();
    },
  };
}

/** Brings the persistent index up to date with the store (after `npm run ingest` wrote or removed documents). */
export async function updateKnowledgeIndex(store: KnowledgeIndexStore, facts: () => Promise<Fact[]>): Promise<void> {
  await new StoredCorpus(store, facts).open();
}
