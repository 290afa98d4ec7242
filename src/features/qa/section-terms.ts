import { conceptHead, tokenizeText } from './dutch-text';
import type { Passage } from './qa.domain';
import { rowOf } from './tables';
import { statesAmount } from './figures-in-answer';

type PassageAt = (title: string, position: number) => Passage | undefined;

/** A table's caption made its heading ("Tabel 1. Zorgkosten per gemeente"): the sentences before it are under the heading before. */
const CAPTION = /^(?:tabel|figuur|overzicht|grafiek)\s*\d*\b/i;
/** A numbered or bulleted item of a list, at the start of a line. */
const LIST_ITEM = /(?:^|\n)\s*(?:\d+[.)]|[-•*])\s/g;
/** "deze verzoeken", "bovenstaande maatregelen", "de genoemde punten": a noun that takes up the list before it. */
const LIST_NAMED_BACK = /\b(?:deze|bovenstaande|genoemde|voorgaande)\s+(\p{L}{4,})/iu;
/** How far back a table's row looks for the words that introduce its table (a table of the eleven gemeenten and a total). */
const TABLE_REACH = 40;
/** How far a chapter's passages are looked for on either side. */
const CHAPTER_REACH = 12;
/** How many passages of a document are read for the concepts it names. */
const DOCUMENT_REACH = 2_000;

/**
 * The passages of a section and the terms they hold: a list may run over several passages, a named body may be named in
 * another lid of the same article, and a table's rows are about what the sentences before the table say ("wat tot en met
 * juni is gedeclareerd" introduces the column "Realisatie 1e halfjaar"). Cached: the same articles come back often.
 */
export class SectionTerms {
  private readonly around = new Map<string, Set<string>>();
  private readonly intros = new Map<string, Set<string>>();
  private readonly closings = new Map<string, Set<string>>();
  private readonly chapters = new Map<string, Set<string>>();
  /** Per document, the concepts it names ("#bestuurlijktrekker"). */
  private readonly documents = new Map<string, Set<string>>();

  constructor(private readonly passageAt: PassageAt, private readonly terms: (word: string) => string[]) {}

  /** The passages of the same section next to this one, in order. */
  sectionAround(passage: Passage): Passage[] {
    const out = [passage];
    const same = (p?: Passage): p is Passage => !!p && p.section === passage.section;
    for (let k = passage.position - 1, p = this.passageAt(passage.title, k); same(p) && out.length < 6; p = this.passageAt(passage.title, --k)) out.unshift(p);
    for (let k = passage.position + 1, p = this.passageAt(passage.title, k); same(p) && out.length < 8; p = this.passageAt(passage.title, ++k)) out.push(p);
    return out;
  }

  /** Whether the section around a passage (its neighbours of the same heading) contains a term. */
  has(passage: Passage, term: string): boolean {
    return this.cached(this.around, passage, () => this.termsOf(this.sectionAround(passage))).has(term);
  }

  /**
   * Whether a passage names a concept of several words: its section does, or it says the concept's last word in a document
   * that names the concept ("De wethouder van Ommen is geen trekker" where the document speaks of bestuurlijk trekkers).
   */
  namesConcept(passage: Passage, concept: string): boolean {
    if (this.has(passage, concept)) return true;
    const head = conceptHead(concept);
    if (!head || !this.termsOf([passage]).has(this.terms(head)[0])) return false;
    const key = `${passage.title}@${passage.ingestedAt}`;
    let named = this.documents.get(key);
    if (!named) {
      named = new Set<string>();
      for (let k = 0, p = this.passageAt(passage.title, 0); p && k < DOCUMENT_REACH; p = this.passageAt(passage.title, ++k)) for (const t of tokenizeText(p.text)) if (t.startsWith('#')) named.add(t);
      if (this.documents.size < 5_000) this.documents.set(key, named);
    }
    return named.has(concept);
  }

  /** Whether the chapter around a passage (the sections under the same heading, near it) contains a term. */
  chapterHas(passage: Passage, term: string): boolean {
    if (!passage.chapter) return false;
    return this.cached(this.chapters, passage, () => {
      const near = Array.from({ length: 2 * CHAPTER_REACH + 1 }, (_, k) => this.passageAt(passage.title, passage.position - CHAPTER_REACH + k));
      return this.termsOf(near.filter((p): p is Passage => !!p && (p.chapter === passage.chapter || p.section === passage.chapter)));
    }).has(term);
  }

  /**
   * Whether the passage that introduces a table row's table, or the one right after the table under the same heading,
   * contains a term ("De verdeelsleutel wordt in 2043 niet aangepast" below a table of shares); false for a passage that is no row.
   */
  introHas(passage: Passage, term: string): boolean {
    if (!rowOf(passage.text)) return this.listNameHas(passage, term);
    return this.cached(this.intros, passage, () => new Set([...this.introTerms(passage), ...this.closingTerms(passage)])).has(term);
  }

  /**
   * Whether the passage after a list, under the same heading, calls its items by a term: "Wij vragen: 1. ... 5. ..." then
   * "De wethouder brengt deze verzoeken in het PFO in" says the list is of verzoeken.
   */
  private listNameHas(passage: Passage, term: string): boolean {
    if ((passage.text.match(LIST_ITEM) ?? []).length < 2) return false;
    return this.cached(this.intros, passage, () => {
      const next = this.passageAt(passage.title, passage.position + 1);
      const name = next?.section === passage.section ? LIST_NAMED_BACK.exec(next.text.split(/(?<=[.!?])\s/)[0])?.[1] : undefined;
      return new Set(name ? this.terms(name) : []);
    }).has(term);
  }

  /**
   * Whether the passage closing a row's table names a term, though it states amounts of its own: "Van de besproken
   * jeugdigen had dus 76 procent ..." says what the rows of "Besproken" count, not what else they are about.
   */
  closingNames(passage: Passage, term: string): boolean {
    return !!rowOf(passage.text) && this.cached(this.closings, passage, () => this.closingTerms(passage, true)).has(term);
  }

  /** Back past the table's other rows to the passage that introduces it, under its heading or, for a table with a caption of its own ("Tabel 1. Zorgkosten per gemeente"), under the heading before the caption. */
  private introTerms(passage: Passage): Set<string> {
    for (let k = passage.position - 1, p = this.passageAt(passage.title, k); p && passage.position - k <= TABLE_REACH; p = this.passageAt(passage.title, --k)) {
      if (rowOf(p.text) && p.section === passage.section) continue;
      return this.termsOf(rowOf(p.text) || (p.section !== passage.section && !CAPTION.test(passage.section)) ? [] : [p]);
    }
    return new Set<string>();
  }

  /**
   * On past the table's other rows to the passage after it, when that closes the section the table is in (the last of it,
   * no numbered lid of an article going on) and, unless `withAmounts`, states no amount of its own: "Over de hele periode
   * bedraagt de bijdrage € 5.330.000" answers for itself, no row of the table above.
   */
  private closingTerms(passage: Passage, withAmounts = false): Set<string> {
    for (let k = passage.position + 1, p = this.passageAt(passage.title, k); p && k - passage.position <= TABLE_REACH; p = this.passageAt(passage.title, ++k)) {
      if (rowOf(p.text) && p.section === passage.section) continue;
      const closes = !rowOf(p.text) && p.section === passage.section && this.passageAt(passage.title, k + 1)?.section !== p.section && !/(?:^|\n)(?:\d+[.)]|[-•*])\s/.test(p.text);
      return this.termsOf(closes && (withAmounts || !statesAmount(p.text)) ? [p] : []);
    }
    return new Set<string>();
  }

  private termsOf(passages: Passage[]): Set<string> {
    return new Set(passages.flatMap((p) => tokenizeText(`${p.section} ${p.text}`).flatMap((t) => this.terms(t))));
  }

  // A document ingested again is a new version: its ingest time is part of the key.
  private cached(cache: Map<string, Set<string>>, passage: Passage, build: () => Set<string>): Set<string> {
    const key = `${passage.title}#${passage.position}@${passage.ingestedAt}`;
    let terms = cache.get(key);
    if (!terms) {
      terms = build();
      if (cache.size < 20_000) cache.set(key, terms);
    }
    return terms;
  }
}
