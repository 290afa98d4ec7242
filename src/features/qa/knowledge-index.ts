import { PLACE_TERMS, tokenizeText } from './dutch-text';
import { type KnowledgeCorpus, passageKey } from './knowledge-search';
import { MemoryCorpus } from './memory-corpus';
import { answerFromSection } from './passage-extraction';
import { sectionReader, withSourceSentence } from './fact-detail';
import { askedDuration, askedKindWord } from './asked-kind';
import { asksLength, asksTimeOrLength } from './figure-asked';
import { namedByQuestion, withActorDefinition, withActorsRanked } from './asked-actor';
import { figureSaid } from './count-said';
import { withAmountWeight, withoutAskedAmount } from './amount-thresholds';
import { withBandOfAmount } from './amount-bands';
import { type QueryWord, aboutTheKnowledge, coverageOf, searchWeights, withExpansions, wordStrength } from './query-words';
import { asksAmount, declineReason, numberNotGiven } from './declines';
import { amountPaid, statesAmount, withAmountWord } from './figures-in-answer';
import { askingRankFactor, requiredTerms, secondAskMatcher, setupTerms, searchedWithAsk, withSetupWeights, withoutSetupFigures } from './question-setup';
import { answerFromTableHits, mayAnswer } from './table-hits';
import { recurrenceFit } from './recurrence-asked';
import { isColumnTerm } from './table-column-words';
import { rowWords } from './table-row-words';
import { inDocumentWords } from './everyday-words';
import { CuratedEvidence } from './quoted-text';
import { withoutOutrankedExplanations } from './explanations';
import { definitionAnswer } from './definitions';
import { answerFromPassage, withoutArticleReference } from './cross-references';
import { analyseQuestion } from './question-analysis';
import { tasksBoost } from './asked-tasks';
import { subsectionAnswer } from './subsection-list';
import { ShortNames, definitionsOf, withCodesNamed } from './short-names';
import { describedDocument, namedDocument, withoutDescribedDocument } from './named-document';
import { type RankedHit, titleOfKey } from './ranked-hit';
import { withReasonFirst } from './reason-first';
import { asksQuorum, countedThingUnsaid, countedWord, namesCounted } from './count-questions';
import { rowOf } from './tables';
import { aboutOtherEdition, editionAsked, withoutTitleYears, yearsOfRow, yearsOfUndatedDays } from './year-editions';
import { stepTermsOfList, withLeaningTerms, withListTerms, withTextLeanedOn } from './list-continuation';
import { withCountingSentence } from './figure-sentences';
import { capitalisedTerms, nameTerms, namesPartly, otherNamesThan } from './unknown-names';
import type { Fact, Passage, QaResult } from './qa.domain';
import { spelledUnlessExpert, withAbbreviationsSpelled } from './abbreviations-spelled';
import { namesFactSubject, rankAnswers, withSituationsTied } from './fact-ranking';
import { missesWhatIsAsked, nextAsGoodMayGive } from './asked-body';
import { isShipped } from './builtin-documents';
import { nextMeetingAnswer } from './next-meeting';
import { stateOfTheDocument } from './document-state';
import { MIN_COVERAGE, asksForUnknown, withGatePassedFirst, frameTerms, outsideTheDomain, passesGate, saysOnlyContext, withFrameWeights, withThingNotSaid, namesWholeKind } from './answer-gate';
import { holderAnswer } from './role-holder';
import { withReferencedSection } from './section-references';
import { withArticleExplanation } from './article-explanation';
import { headFieldAnswer } from './letter-head';
import { answerPerAsk, shareSaid } from './answer-per-ask';
import { answerSayingThing, passageAnswer } from './thing-said';
import { withAnnouncedRows } from './announced-rows';
import { GuideHeadings } from './guide-headings';
import { withPassageFit } from './passage-fit';
import { SectionTerms } from './section-terms';
import { fallbacksAfter } from './answer-fallbacks';
import { namesPlaceAmongFew } from './places-together';
/** Facts are written to answer questions; a passage must beat them clearly to win. */
const FACT_BOOST = 1.6;
/** How much a passage of the newest document outranks one of the oldest (see recency()). */
const RECENCY_BOOST = 1.0;
/** How much less of the question a passage may cover that gives the amount asked, when the best one states no amount at all. */
const AMOUNT_ELSEWHERE_GAP = 0.15;

/**
 * The searchable knowledge: curated facts and ingested passages, analysed by the Dutch pipeline in
 * dutch-text.ts and served by a corpus (MiniSearch in memory, or the store's persistent index).
 */
export class KnowledgeIndex {
  private readonly search: KnowledgeCorpus;
  /** Tells newer evidence from text repeating what the facts were written from. */
  private readonly evidence: CuratedEvidence;
  /** The terms of each sentence an answer was picked from: the same sections come back often. */
  private readonly sentenceTerms = new Map<string, Set<string>>();

  /** Facts and passages in an in-memory index built here, or a corpus served from elsewhere. */
  constructor(source: Fact[] | KnowledgeCorpus, passages: Passage[] = []) {
    this.search = Array.isArray(source) ? new MemoryCorpus(source, passages) : source;
    this.evidence = new CuratedEvidence(this.search);
  }

  /** Short names a document's definitions give named bodies ("bestuur" for the BO). */
  private readonly shortNames = new ShortNames((id) => this.passages.get(id), (t, k) => this.passage(t, k), (w) => this.terms(w));
  private readonly guide = new GuideHeadings(() => this.documentAge.keys(), (t, k) => this.passage(t, k), (w) => this.terms(w)); // guide-headings.ts
  /** What table answers read from this index. */
  private readonly tableSource = {
    passage: (id: string) => this.passages.get(id),
    passageAt: (title: string, position: number) => this.passage(title, position),
    terms: (word: string) => this.terms(word),
  };

  private get decompounder() { return this.search.decompounder; }
  private get facts() { return this.search.facts; }
  private get passages() { return this.search.passages; }
  /** Every index term: a question word outside it is a sign the question is about something else. */
  private get vocabulary() { return this.search.vocabulary; }
  /** Documents that list (nearly) all gemeenten: a gemeente named in a question is not answered by them. */
  private get listsPlaces() { return this.search.listsPlaces; }
  /** Corrects typos against the corpus' words. */
  private get speller() { return this.search.speller; }
  /** Per document title: 0 for the earliest ingested, 1 for the latest. */
  private get documentAge() { return this.search.documentAge; }

  /** Later documents overrule earlier ones: a passage of a more recently ingested one ranks up to RECENCY_BOOST higher. */
  private recency = (id: string): number => 1 + RECENCY_BOOST * this.age(id);
  /** 0 for the earliest ingested document, 1 for the latest. */
  private age = (passageId: string): number => this.documentAge.get(titleOfKey(passageId)) ?? 0;

  /** Whether curated facts were written from this passage's document. */
  private isFactSource = (passageId: string): boolean => this.evidence.isFactSource(this.passages.get(passageId)?.title ?? '');

  /** The age of the document a curated fact was written from (0 when that document is not ingested). */
  private factAge = (factId: string): number => this.documentAge.get(this.facts.get(factId.slice(2))?.source.title ?? '') ?? 0;

  private terms = (word: string): string[] => this.search.terms(word);
  get size() { return { facts: this.facts.size, passages: this.passages.size }; }

  /** Whether the knowledge uses every word of a name ("de Hervormingsagenda", "Twente"): it is a governance topic. */
  namesTopic(name: string): boolean {
    const strong = this.analyse(this.speller.correct(name)).filter((w) => !w.weak);
    return strong.length > 0 && strong.every((w) => this.vocabulary.has(w.terms[0]));
  }

  fact(id: string): Fact | undefined { return this.facts.get(id); }

  passage(title: string, position: number): Passage | undefined {
    return this.passages.get(passageKey({ title, position }));
  }

  /** Question words, each with the index terms it may match, of a text whose typos are corrected already. */
  private analyse(corrected: string): QueryWord[] {
    return analyseQuestion(corrected, { terms: (w) => this.terms(w), decompounder: this.decompounder, vocabulary: this.vocabulary });
  }

  /** The answer: a field of a letter's head asked (letter-head.ts), with the holder of a role asked by name when the text found names nobody (role-holder.ts), or with the things a sentence counts named by a table (announced-rows.ts). `within`: the title of the document the other ask of a two-ask question was answered from; of answers as good, its passages win. */
  ask(asked: string, within?: string): QaResult {
    const found = this.answerOf(asked, within);
    return answerPerAsk(asked, headFieldAnswer(this.speller.correct(asked), this.documentAge.keys(), (t, k) => this.passage(t, k)) ?? nextMeetingAnswer(this.speller.correct(asked), this.documentAge.keys(), (t, k) => this.passage(t, k)) ?? holderAnswer(asked, found, this.search) ?? withAnnouncedRows(asked, found, (t, p) => this.passage(t, p), (w) => this.terms(w)), (q, other) => this.ask(q, other ?? within), (text, ask) => shareSaid(this.sentenceMatches(text, this.analyse(withoutDescribedDocument(inDocumentWords(this.speller.correct(ask)), () => true)).filter((w) => !w.weak))));
  }

  private answerOf(asked: string, within?: string): QaResult {
    // Every reading of the question (what is counted, asked for, declined) sees it with its typos corrected.
    const question = inDocumentWords(this.speller.correct(asked));
    const words = this.analyse(withoutAskedAmount(withoutDescribedDocument(withoutArticleReference(question), (rest) => this.analyse(rest).some((w) => !w.focus && !w.weak))));
    const early = this.beforeSearch(question, words);
    if (early && !(early.kind === 'none' && early.reason === 'current-state')) return early;
    const saysAll = (sentence: string) => this.sentenceMatches(sentence, words.filter((w) => !w.weak && !w.focus)).every((m) => m > 0);
    const { hits, ranked: byRank, counted, forRows, setup } = this.rankHits(asked, question, words, within);
    const ranked = withReasonFirst(withGatePassedFirst(byRank), hits, question, (id) => this.passages.get(id), (h) => this.toAnswer(h, words, question).answer), best = ranked[0];
    // "Wat is het uurtarief ...?" when no document knows an uurtarief: a table's budget row is no answer to it. Unless it or a part of it asks a column ("overschrijding", "eindejaarsuitgave": what is spent).
    const unknownAsked = counted.some((w) => w.askedFor && w.unknownThing && !namesWholeKind(w.unknownThing) && ![w.terms[0], ...w.parts, ...w.partial].some(isColumnTerm));
    const fromTable = unknownAsked ? undefined : answerFromTableHits(question, hits, best, forRows !== counted, MIN_COVERAGE, this.tableSource, (h) => this.toAnswer(h, words, question).answer);
    if (fromTable) return stateOfTheDocument(early, fromTable, saysAll, question);
    if (!best || !passesGate(best, counted, () => capitalisedTerms(question, (w) => this.terms(w)), ranked[1]) || (!rowOf(this.passages.get(best.id)?.text ?? '') && saysOnlyContext(best, counted))) return early ?? { kind: 'none', reason: outsideTheDomain(words, this.search, capitalisedTerms(question, (w) => this.terms(w))) ? 'out-of-domain' : 'low-score' };
    const result = this.answerWith(ranked, hits, words, question);
    // "Wie schreef de nota, en onder welk zaaknummer?" answered with the author only: the number is what it did not find.
    const said = result.kind === 'answer' ? answerSayingThing(ranked, best, (h, own) => withThingNotSaid(own ? passageAnswer(this.passages.get(h.id)!, h.coverage) : h === best ? result : this.toAnswer(h, words, question), h, counted, setup, (w) => this.terms(w)), (thing) => counted.some((w) => w.namedThing === thing && !w.askedFor)) : result;
    const number = said.kind === 'answer' && !said.missing && !said.unanswered ? numberNotGiven(question, said.answer) : undefined;
    return stateOfTheDocument(early, number && said.kind === 'answer' ? { ...said, unanswered: number } : said, saysAll, question);
  }

  /** The hits of a question, each with the share of its words it covers, best first. The user guide joins no tie by the kind it gives: it explains the bot. */
  private rankHits(asked: string, question: string, words: QueryWord[], within?: string) {
    // Words naming the document asked about say where, not what: not searched for, and said by each of its passages.
    const named = namedDocument(asked, this.documentAge.keys(), (w) => this.terms(w), (t) => this.passage(t, 0)?.text) ?? describedDocument(question, this.documentAge.keys());
    const where = new Set(named ? this.analyse(this.speller.correct(named.phrase)).map((w) => w.terms[0]) : []);
    const setup = setupTerms(question, (text) => this.analyse(text));
    const weights = this.shortNames.withPeopleNamed(withSetupWeights(withFrameWeights(withAmountWeight(searchWeights(words, where, this.vocabulary), question), question, (w) => this.terms(w)), words, setup, question), this.documentAge.keys());
    const frame = frameTerms(question, (w) => this.terms(w));
    const strong = words.filter((w) => !w.weak && !frame.has(w.terms[0]));
    const counted = strong.length > 0 ? strong : words;
    const countedThing = asksQuorum(question) ? undefined : countedWord(question, words, (w) => this.terms(w), this.decompounder);
    const names = nameTerms(question, (w) => this.terms(w)), nameWords = new Set(names.flat());
    const required = requiredTerms(question, words, setup, (text) => this.analyse(text));
    // A table row answers "welke … het hoogst" and "gaf … uit" from its columns: those words need not be in the row.
    const forRows = rowWords(counted, words, question);
    const tasks = tasksBoost(question), recurrenceOf = recurrenceFit(question);
    const kindWord = askedKindWord(question, words, (s) => this.sentenceMatches(s, words), setup, () => figureSaid(question, countedThing, words, (s) => this.sentenceMatches(s, words), setup, (w) => this.terms(w)));
    const edition = editionAsked(question, (w) => this.terms(w));
    const inNamed = (id: string) => !named || (id.startsWith('f:') ? this.facts.get(id.slice(2))?.source.title : titleOfKey(id)) === named.title;
    const searched = searchedWithAsk((w, count) => this.search.search([...w.keys()].join(' '), { boostTerm: (t) => w.get(t) ?? 1 }).filter((hit) => inNamed(hit.id)).slice(0, count), weights, words, setup);
    const found = withLeaningTerms(withListTerms(searched, (id) => this.passages.get(id), (p) => this.passage(p.title, p.position + 1)), (id) => this.passages.get(id), (p) => this.passage(p.title, p.position - 1)).flatMap((hit) => {
      // A table row that names gemeenten in its headers answers for each of them: its cells are per gemeente.
      const placesSayNothing = this.listsPlaces.has(hit.id) && !rowOf(this.passages.get(hit.id)?.text ?? '') && !namesPlaceAmongFew(this.passages.get(hit.id)?.text ?? '', question, (s) => this.sentenceMatches(s, counted).filter((m) => m > 0).length >= 2);
      const matched = new Set([...hit.queryTerms.filter((t) => !(placesSayNothing && PLACE_TERMS.has(t))), ...where]);
      const exact = new Set([...Object.keys(hit.match), ...where]);
      // A named body may be named elsewhere in the same article ("voor het PFO" in lid 2 of the agenda article).
      const missing = required.filter((t) => !matched.has(t));
      // A document that gives the body a short name in its definitions ("bestuur: het Bestuurlijk overleg") names it so; one that names bestuurlijk trekkers goes on with "trekker".
      if (missing.length && hit.kind === 'passage' && missing.every((t) => t.startsWith('#') && (this.sections.namesConcept(this.passages.get(hit.id)!, t) || this.shortNames.of(hit.id, t).some((n) => this.sectionHas(hit.id, n))))) {
        for (const t of missing) [matched, exact].forEach((set) => set.add(t));
      }
      // A role the document names by a defined term ("Gemandateerde: de regiomanager, ...") is said by that term.
      if (hit.kind === 'passage') for (const w of counted) if (!matched.has(w.terms[0]) && this.shortNames.of(hit.id, w.terms[0]).some((n) => this.sectionHas(hit.id, n))) [matched, exact].forEach((set) => set.add(w.terms[0]));
      // A table row is about what the passage introducing its table says ("wat tot en met juni is gedeclareerd"): said, less surely (not exact); not a name.
      const row = hit.kind === 'passage' ? this.passages.get(hit.id) : undefined;
      if (row) for (const w of counted) if (!w.terms.some((t) => matched.has(t)) && !nameWords.has(w.terms[0])) w.terms.filter((t) => this.sections.introHas(row, t)).slice(0, 1).forEach((t) => matched.add(t));
      // "Budget" in a chapter that says "werkbudget": the document's short name for the compound asked, said less surely.
      if (row) for (const w of counted) if (w.partTerms && !matched.has(w.terms[0]) && [...w.partTerms[w.partTerms.length - 1]].some((t) => matched.has(t)) && this.sections.chapterHas(row, w.terms[0])) matched.add(w.terms[0]);
      const saysKind = hit.kind === 'passage' && !!kindWord?.says(withTextLeanedOn(this.passages.get(hit.id)!, (p) => this.passage(p.title, p.position - 1)), `${titleOfKey(hit.id)}\n${this.passages.get(hit.id)?.section ?? ''}`);
      // A row of a table per year stands for each of two years asked (year-editions.ts).
      for (const t of [...((saysKind && kindWord?.terms) || []), ...(hit.kind === 'passage' ? [...yearsOfRow(question, this.passages.get(hit.id)?.text ?? ''), ...yearsOfUndatedDays(question, this.passages.get(hit.id)?.text ?? '', (k) => this.passage(titleOfKey(hit.id), k)?.text), ...stepTermsOfList(question, counted, this.passages.get(hit.id)?.text ?? '')] : [])]) [matched, exact].forEach((set) => set.add(t));
      const others = otherNamesThan(names, matched), of = (asked: QueryWord[]) => (others.size ? asked.filter((w) => !others.has(w.terms[0])) : asked);
      if (!required.every((t) => matched.has(t) || others.has(t) || (!this.isFactSource(hit.id) && this.shortNames.namedByDocument(hit.id, t))) || (countedThing && !namesCounted(countedThing, matched, row && ((t) => this.sections.closingNames(row, t)))) || namesPartly(names, matched, !!row && !!rowOf(row.text)) || (hit.kind === 'passage' && !!edition && aboutOtherEdition(edition, `${titleOfKey(hit.id)}\n${this.passages.get(hit.id)?.text ?? ''}`, (w) => this.terms(w)))) return [];
      const coverage = coverageOf(of(counted), matched, exact, this.vocabulary, setup), rowCoverage = forRows === counted ? coverage : coverageOf(of(forRows), matched, exact, this.vocabulary);
      // The share of what is asked about (no place, year or figure) a row says: "hoeveel jeugdigen uit Deventer moeten overstappen" is no count of all.
      const things = forRows.filter((w) => !PLACE_TERMS.has(w.terms[0]) && !/^\d/.test(w.terms[0])), thingShare = things.length ? things.filter((w) => w.terms.some((t) => matched.has(t))).length / things.length : 1;
      const rank = hit.score * askingRankFactor(counted, setup, matched, exact, this.vocabulary) * (saysKind ? kindWord!.boost : 1) * (hit.kind === 'fact' ? FACT_BOOST : this.recency(hit.id) * (tasks?.(this.passages.get(hit.id)?.section ?? '') ?? 1) * recurrenceOf(row?.text));
      return [{ id: hit.id, kind: hit.kind as string, coverage, rowCoverage, thingShare, matched, exact, rank, situation: saysKind && !!kindWord?.situation, joinsTie: saysKind && !!kindWord?.joinsTie && !isShipped(row ?? { ingestedAt: '' }), tieFloor: saysKind ? kindWord?.tieFloor : undefined }];
    });
    const ownWord = namedByQuestion(words, (w) => this.terms(w));
    const hits = withoutOutrankedExplanations(withActorsRanked(withPassageFit(withSituationsTied(found), question, (id) => this.passages.get(id), (w) => this.terms(w), ownWord), question, (id) => this.passages.get(id), (s) => this.sentenceMatches(s, words), ownWord), (id) => this.passages.get(id), question, MIN_COVERAGE);
    const ranked = rankAnswers(hits, question, { isFactSource: (id) => this.isFactSource(id), age: (id) => this.age(id), factAge: (id) => this.factAge(id),
      addedCoverage: (h) => this.evidence.addedCoverage(h, counted), mayAnswer: (id) => mayAnswer(question, id, this.tableSource),
      isGuide: (id) => isShipped(this.passages.get(id) ?? { ingestedAt: '' }), text: (id) => (id.startsWith('f:') ? this.facts.get(id.slice(2))?.answer : this.passages.get(id)?.text) ?? '',
      namesSubject: namesFactSubject(words, (id) => this.facts.get(id), (w) => this.terms(w)), matches: (s) => this.sentenceMatches(s, words),
      namesGuideSection: this.guide.named(question, words), inOtherAsksDocument: (id) => !!within && (id.startsWith('f:') ? this.facts.get(id.slice(2))?.source.title : this.passages.get(id)?.title) === within });
    return { hits, ranked, counted, forRows, setup };
  }

  /** What is settled before searching: a definition asked for, a question outside the domain, one no document can answer. */
  private beforeSearch(question: string, words: QueryWord[]): QaResult | undefined {
    const decline = declineReason(question);
    const definition = decline ? undefined : definitionAnswer(question, { terms: (w) => this.terms(w), search: this.search, sectionOf: (p) => this.sections.sectionAround(p) });
    if (definition) return definition;
    if (!aboutTheKnowledge(words, this.search, capitalisedTerms(question, (w) => this.terms(w)))) return { kind: 'none', reason: 'out-of-domain' };
    if (decline) return { kind: 'none', reason: decline };
    if (asksForUnknown(question, this.search, words)) return { kind: 'none', reason: outsideTheDomain(words, this.search, capitalisedTerms(question, (w) => this.terms(w))) ? 'out-of-domain' : 'low-score' };
    if (words.every((w) => w.focus)) return { kind: 'none', reason: 'low-score' }; // "Hoeveel kost het?": what is asked, not about what
    return undefined;
  }

  /**
   * The answer from the best hit: the sections a "welke X zijn er" asks for, else the sentences that answer. A hit that does not give
   * what is asked (count, amount, body) leaves it to the next passages as good (a fact's summary may omit it), and a count asked after a fact to the next facts.
   */
  private answerWith(ranked: RankedHit[], hits: RankedHit[], words: QueryWord[], question: string): QaResult {
    const best = ranked[0];
    const candidates = () => hits.filter((h) => h.kind === 'passage' && h.coverage >= MIN_COVERAGE).sort((a, b) => b.rank - a.rank).slice(0, 10).map((h) => this.passages.get(h.id)!);
    const listed = subsectionAnswer(question, candidates, { terms: (w) => this.terms(w), passageAt: (t, k) => this.passage(t, k) }, best.coverage);
    if (listed) return listed;
    const first = this.toAnswer(best, words, question), source = (r: typeof first) => `${r.source.title} ${r.source.section}`;
    // An amount asked of a passage that states none anywhere: a passage nearly as good may give it ("teruggevorderd" beside the category list).
    const noAmount = best.kind === 'passage' && asksAmount(question) && !statesAmount(this.passages.get(best.id)!.text);
    // "Hoe lang mag een crisisplaatsing duren?" of a goal that names the crisisperiode: the definitions, nearly as good, say how long. "Met hoeveel
    // gemeenten werkt Twente samen?" with the region's own count, a part ("hoeveel van de") without one, "wie zitten erin" with what the body does: the next as good.
    const enough = best.kind === 'fact' ? MIN_COVERAGE : noAmount || asksTimeOrLength(question) || countedThingUnsaid(question, first.answer, (w) => this.terms(w)) ? Math.max(MIN_COVERAGE, best.coverage - AMOUNT_ELSEWHERE_GAP) : nextAsGoodMayGive(question, first.answer, (w) => this.terms(w), source(first)) ? Math.max(MIN_COVERAGE, best.coverage) : Infinity;
    // Not a table's row: a sentence says what its amount is of, rows give one for each ("mijn district" is none of them).
    const pool = noAmount ? hits.filter((h) => !rowOf(this.passages.get(h.id)?.text ?? '')).sort((a, b) => b.rank - a.rank) : ranked;
    // "Hoe lang ...": an answer without a length of time gives way to one nearly as good that has it, else it stands.
    const duration = asksLength(question) ? askedDuration(question) : undefined;
    let withoutDuration: QaResult | undefined;
    for (const hit of [best, ...fallbacksAfter(best, pool.filter((h) => h.id !== best.id && h.coverage >= enough), /\bhoeveel\b/i.test(question), noAmount)]) {
      const result = withArticleExplanation(question, withReferencedSection(hit === best ? first : this.toAnswer(hit, words, question), hits, (id) => this.passages.get(id), (h) => this.toAnswer(h, words, question)), hits, (id) => this.passages.get(id));
      if (missesWhatIsAsked(question, result.answer, (w) => this.terms(w), source(result), words)) continue;
      const found = { ...result, answer: withExpansions(result.answer, words) };
      if (!duration || duration(result.answer)) return found;
      withoutDuration ??= found;
    }
    return withoutDuration ?? { kind: 'none', reason: 'low-score' };
  }
  private toAnswer(best: { id: string; kind: string; coverage: number }, words: QueryWord[], question: string): Extract<QaResult, { kind: 'answer' }> {
    if (best.kind === 'fact') {
      const fact = this.facts.get(best.id.slice(2))!;
      return { kind: 'answer', answer: spelledUnlessExpert(fact, withSourceSentence(fact, this.sourceSection(fact.source.title, fact.source.section), (s) => this.sentenceMatches(s, words))), source: fact.source, passageRef: { kind: 'fact', id: fact.id }, confidence: best.coverage };
    }
    const passage = this.passages.get(best.id)!;
    const ruleWords = withoutTitleYears(withoutSetupFigures(words, setupTerms(question, (text) => this.analyse(text))), passage), askWords = (ask: string) => withoutTitleYears(this.analyse(ask), passage, true);
    const refs = { passageAt: (t: string, k: number) => this.passage(t, k), sectionOf: (p: Passage) => this.sections.sectionAround(p) };
    const found = answerFromPassage(question, passage, refs, (section) =>
      answerFromSection(question, section, { matches: (sentence) => this.sentenceMatches(sentence, ruleWords), named: namedByQuestion(words, (w) => this.terms(w)), secondAsk: secondAskMatcher(question, askWords, (s, ws) => this.sentenceMatches(s, ws)), firstAsk: secondAskMatcher(question, askWords, (s, ws) => this.sentenceMatches(s, ws), 0), namesGuideSection: this.guide.named(question, words) }));
    const counted = countedWord(question, words, (w) => this.terms(w), this.decompounder)?.own ?? [];
    return {
      kind: 'answer',
      answer: withCodesNamed(withAbbreviationsSpelled(withActorDefinition(question, withBandOfAmount(question, withCountingSentence(question, found.text, this.sections.sectionAround(passage).map((p) => p.text), counted, (w) => this.terms(w))), () => definitionsOf(passage.title, (t, k) => this.passage(t, k)), namedByQuestion(words, (w) => this.terms(w)))), passage.title, (t, k) => this.passage(t, k)),
      source: { title: passage.title, section: found.section },
      passageRef: { kind: 'passage', title: passage.title, position: found.position },
      confidence: best.coverage,
    };
  }

  private readonly sourceSection = sectionReader((title, k) => this.passage(title, k));
  private readonly sections = new SectionTerms((title, k) => this.passage(title, k), (w) => this.terms(w)); // section-terms.ts
  private readonly sectionHas = (id: string, term: string) => { const p = this.passages.get(id); return !!p && this.sections.has(p, term); };

  /** Per question word, how well a sentence answers it (0 when it does not): its own stem, else a related term. */
  private sentenceMatches(sentence: string, words: QueryWord[]): number[] {
    let terms = this.sentenceTerms.get(sentence);
    if (!terms) {
      terms = new Set(tokenizeText(withAmountWord(sentence)).flatMap((t) => this.terms(t)));
      if (this.sentenceTerms.size < 50_000) this.sentenceTerms.set(sentence, terms);
    }
    return words.map((w) => {
      const hit = w.terms.findIndex((t) => terms!.has(t));
      if (hit < 0) return w.related?.some((t) => terms!.has(t)) || amountPaid(w.terms, sentence) ? 0.5 : 0; // a lexicon paraphrase, or an amount paid
      return wordStrength(w, hit, (t) => terms!.has(t));
    });
  }
}
