import MiniSearch from 'minisearch';
import { tokenize } from './dutch-text';
import { CachedTerms, bodyTokens, headingTermsOf, listsPlaces, tokenizeDoc, wordsOf } from './knowledge-analysis';
import { Speller } from './spelling';
import { type KnowledgeCorpus, SEARCH_FIELDS, documentAges, SEARCH_RULES, type SearchHit, type SearchOptions, type SearchableDoc, factDoc, passageKey } from './knowledge-search';
import { searchDocsOf } from './defined-short-names';
import type { Fact, Passage } from './qa.domain';

/**
 * The knowledge in one MiniSearch index in memory, built whole from the facts and passages given.
 * For tests, small corpora and stores without a persistent index (Cosmos DB).
 */
export class MemoryCorpus implements KnowledgeCorpus {
  private readonly index: MiniSearch<SearchableDoc>;
  private readonly cached = new CachedTerms();
  readonly facts = new Map<string, Fact>();
  readonly passages = new Map<string, Passage>();
  readonly vocabulary = new Set<string>();
  readonly headingTerms = new Set<string>();
  readonly listsPlaces = new Set<string>();
  readonly speller: Speller;
  readonly documentAge: Map<string, number>;

  constructor(facts: Fact[], passages: Passage[]) {
    const docs = [...facts.map(factDoc), ...searchDocsOf(passages)];
    facts.forEach((f) => this.facts.set(f.id, f));
    passages.forEach((p) => this.passages.set(passageKey(p), p));
    const ingested = new Map<string, string>();
    for (const p of passages) if ((ingested.get(p.title) ?? '') < p.ingestedAt) ingested.set(p.title, p.ingestedAt);
    this.documentAge = documentAges([...ingested].sort((a, b) => a[0].localeCompare(b[0])));
    const tokenized = docs.map(tokenizeDoc);
    // Every word is known before any is split: the same terms whatever the order of the documents.
    for (const t of tokenized) this.cached.learn(wordsOf(t));
    this.speller = new Speller(tokenized.flatMap(wordsOf).filter((w) => !/^[#~]/.test(w)));
    for (const t of tokenized) {
      for (const term of headingTermsOf(t, this.terms)) this.headingTerms.add(term);
      if (listsPlaces(t)) this.listsPlaces.add(t.doc.id);
      for (const word of wordsOf(t)) for (const term of this.terms(word)) this.vocabulary.add(term);
    }
    this.index = new MiniSearch<SearchableDoc>({
      fields: [...SEARCH_FIELDS],
      storeFields: ['kind'],
      tokenize: (text, field) => (field === 'body' ? bodyTokens(text) : [...tokenize(text)]),
      processTerm: (term) => this.terms(term),
      searchOptions: {
        ...SEARCH_RULES,
        combineWith: 'OR',
        // Query words are analysed by the caller; the index must not analyse them again.
        tokenize: (text) => text.split(' ').filter(Boolean),
        processTerm: (term) => term,
      },
    });
    this.index.addAll(docs);
  }

  get decompounder() {
    return this.cached.decompounder;
  }

  readonly terms = (word: string) => this.cached.terms(word);

  search(query: string, options: SearchOptions): SearchHit[] {
    return this.index.search(query, { boostTerm: options.boostTerm }) as unknown as SearchHit[];
  }
}
