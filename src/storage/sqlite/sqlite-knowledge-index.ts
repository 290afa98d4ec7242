import type Database from 'better-sqlite3';
import { type Passage, passageSchema } from '../../features/qa/qa.domain';
import type { IndexRow, IndexedText, KnowledgeIndexStore, Lexicon, PendingChanges } from '../../features/qa/knowledge-index-store';
import { SEARCH_FIELDS, type SearchField } from '../../features/qa/knowledge-search';
import { passageDocumentId } from '../repositories/knowledge.repository';
import { type Tables, ensureSchema, tablesOf } from './sqlite-knowledge-schema';

/**
 * The knowledge search index of one region, kept in the SQLite file next to the documents: an FTS5
 * table of pre-analysed terms (the Dutch analysis runs in the feature; FTS5 only splits on spaces),
 * one row of field lengths per document, the lexicon (known words, index terms, heading terms) tagged
 * with the sequence number that added it, and a change log fed by triggers on the region's knowledge
 * and facts partitions, so every process on the file sees every write, whoever made it. Every table
 * carries the region in its name (sqlite-knowledge-schema.ts). Derived data: a schema change drops and
 * rebuilds it.
 */
interface DocRow {
  rowid: number;
  doc_id: string;
  kind: 'fact' | 'passage';
  lists_places: number;
  len_ask: number;
  len_body: number;
  len_section: number;
  len_title: number;
  ask: string;
  body: string;
  section: string;
  title: string;
}

const FACTS_SCOPE = '';
const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * Changes kept in the log behind the indexed one: a process that took in less than that since its
 * last look (a long pause) finds its start pruned and reloads the facts, the only thing it reads from
 * the log besides what is indexed (the lexicon has its own sequence and is never pruned).
 */
const KEEP_CHANGES = 5000;

/** The search index of `region`'s knowledge and facts in this file. */
export function sqliteKnowledgeIndex(db: Database.Database, region: string, keepChanges = KEEP_CHANGES): KnowledgeIndexStore {
  const tables = tablesOf(region);
  ensureSchema(db, tables);
  return new SqliteKnowledgeIndex(db, tables, keepChanges);
}

function statements(db: Database.Database, t: Tables) {
  return {
    meta: db.prepare<[string], { value: string }>(`SELECT value FROM ${t.meta} WHERE key = ?`),
    setMeta: db.prepare(`INSERT INTO ${t.meta} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
    lastChange: db.prepare<[], { seq: number | null }>(`SELECT max(seq) AS seq FROM ${t.changes}`),
    firstChange: db.prepare<[], { seq: number | null }>(`SELECT min(seq) AS seq FROM ${t.changes}`),
    prune: db.prepare<[number]>(`DELETE FROM ${t.changes} WHERE seq <= ?`),
    changesSince: db.prepare<[number, number], { container: string; pk: string }>(`SELECT DISTINCT container, pk FROM ${t.changes} WHERE seq > ? AND seq <= ?`),
    passagesOf: db.prepare<[string], { body: string }>("SELECT body FROM documents WHERE container = 'knowledge' AND pk = ? ORDER BY id"),
    passage: db.prepare<[string, string], { body: string }>("SELECT body FROM documents WHERE container = 'knowledge' AND pk = ? AND id = ?"),
    passageCount: db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${t.docs} WHERE kind = 'passage'`),
    rowsOfScope: db.prepare<[string], { rowid: number; len_ask: number; len_body: number; len_section: number; len_title: number }>(
      `SELECT rowid, len_ask, len_body, len_section, len_title FROM ${t.docs} WHERE scope = ?`,
    ),
    deleteDoc: db.prepare(`DELETE FROM ${t.docs} WHERE rowid = ?`),
    deleteFts: db.prepare(`DELETE FROM ${t.fts} WHERE rowid = ?`),
    insertDoc: db.prepare(`INSERT INTO ${t.docs} (doc_id, kind, scope, len_ask, len_body, len_section, len_title, lists_places) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertFts: db.prepare(`INSERT INTO ${t.fts} (rowid, ask, body, section, title) VALUES (?, ?, ?, ?, ?)`),
    addLexicon: db.prepare(`INSERT OR IGNORE INTO ${t.lexicon} (kind, entry, seq) VALUES (?, ?, ?)`),
    setTitle: db.prepare(`INSERT INTO ${t.titles} (title, ingested_at) VALUES (?, ?) ON CONFLICT (title) DO UPDATE SET ingested_at = excluded.ingested_at`),
    deleteTitle: db.prepare(`DELETE FROM ${t.titles} WHERE title = ?`),
    titles: db.prepare<[], { title: string; ingested_at: string }>(`SELECT title, ingested_at FROM ${t.titles} ORDER BY title`),
    lexiconSince: db.prepare<[number], { kind: string; entry: string }>(`SELECT kind, entry FROM ${t.lexicon} WHERE seq > ?`),
    hasTerm: db.prepare<[string], { doc: number }>(`SELECT doc FROM ${t.vocab} WHERE term = ? LIMIT 1`),
    listsPlaces: db.prepare<[string], { lists_places: number }>(`SELECT lists_places FROM ${t.docs} WHERE doc_id = ?`),
    factTexts: db.prepare<[], DocRow>(`${selectText(t)} WHERE d.kind = 'fact'`),
    candidates: db.prepare<[string, number], { rowid: number }>(`SELECT rowid FROM ${t.fts} WHERE ${t.fts} MATCH ? ORDER BY bm25(${t.fts}, 3, 1, 1.2, 0.4) LIMIT ?`),
  };
}

const parsePassage = (body: string): Passage | undefined => {
  const parsed = passageSchema.safeParse(JSON.parse(body));
  return parsed.success ? parsed.data : undefined;
};

class SqliteKnowledgeIndex implements KnowledgeIndexStore {
  private readonly stmt;
  /** Statements with an IN list, by the list's length. */
  private readonly vocab = new Map<number, Database.Statement<unknown[], { term: string; col: SearchField; doc: number }>>();
  private readonly docs = new Map<number, Database.Statement<unknown[], DocRow>>();

  constructor(
    private readonly db: Database.Database,
    private readonly tables: Tables,
    private readonly keepChanges: number,
  ) {
    this.stmt = statements(db, tables);
  }

  /** The knowledge partition of a title in this region. */
  private partition(title: string): string {
    return this.tables.prefix + title;
  }

  private metaNumber(key: string): number {
    return Number(this.stmt.meta.get(key)?.value ?? 0);
  }

  lastChange(): number {
    return this.stmt.lastChange.get()?.seq ?? 0;
  }

  indexedUpto(): number {
    return this.metaNumber('indexed');
  }

  generation(): number {
    return this.metaNumber('lexicon');
  }

  changes(since: number): PendingChanges {
    const upto = Math.max(since, this.lastChange());
    const changed = upto > since ? this.stmt.changesSince.all(since, upto) : [];
    // Pruned past `since`: what was lost may have touched the facts.
    const pruned = upto > since && (this.stmt.firstChange.get()?.seq ?? 0) > since + 1;
    return {
      from: since,
      upto,
      titles: [...new Set(changed.filter((c) => c.container === 'knowledge').map((c) => c.pk.slice(this.tables.prefix.length)))],
      facts: pruned || changed.some((c) => c.container === 'facts'),
    };
  }

  passagesOf(title: string): Passage[] {
    return this.stmt.passagesOf.all(this.partition(title)).flatMap((r) => parsePassage(r.body) ?? []);
  }

  apply(changes: Parameters<KnowledgeIndexStore['apply']>[0], words: string[]): boolean {
    return this.db.transaction(() => {
      // Another process may have indexed these changes while this one analysed them.
      if (this.indexedUpto() !== changes.from) return false;
      const seq = this.generation() + 1;
      const lexicon = { terms: new Set<string>(), headings: new Set<string>() };
      for (const { title, rows, ingestedAt } of changes.documents) {
        this.replaceRows(title, rows, lexicon);
        if (rows.length && ingestedAt) this.stmt.setTitle.run(title, ingestedAt);
        else this.stmt.deleteTitle.run(title);
      }
      if (changes.factRows) this.replaceRows(FACTS_SCOPE, changes.factRows, lexicon);
      for (const w of words) this.stmt.addLexicon.run('word', w, seq);
      for (const t of lexicon.terms) this.stmt.addLexicon.run('term', t, seq);
      for (const t of lexicon.headings) this.stmt.addLexicon.run('heading', t, seq);
      if (changes.factsFingerprint) this.stmt.setMeta.run('facts', changes.factsFingerprint);
      this.stmt.setMeta.run('lexicon', String(seq));
      this.stmt.setMeta.run('indexed', String(changes.upto));
      // Indexed changes are only read by processes catching up; the newest stay, so max(seq) does too.
      this.stmt.prune.run(changes.upto - this.keepChanges);
      return true;
    }).immediate();
  }

  /** Replaces one document's (or the facts') rows and keeps the document count and field length totals. */
  private replaceRows(scope: string, rows: IndexRow[], lexicon: { terms: Set<string>; headings: Set<string> }): void {
    const totals = SEARCH_FIELDS.map((f) => this.metaNumber(`length:${f}`));
    let count = this.metaNumber('documents');
    for (const old of this.stmt.rowsOfScope.all(scope)) {
      SEARCH_FIELDS.forEach((f, i) => (totals[i] -= old[`len_${f}`]));
      count--;
      this.stmt.deleteFts.run(old.rowid);
      this.stmt.deleteDoc.run(old.rowid);
    }
    for (const row of rows) {
      const { ask, body, section, title } = row.lengths;
      const { lastInsertRowid } = this.stmt.insertDoc.run(row.id, row.kind, scope, ask, body, section, title, row.listsPlaces ? 1 : 0);
      const text = (f: SearchField) => row.terms[f].join(' ');
      this.stmt.insertFts.run(lastInsertRowid, text('ask'), text('body'), text('section'), text('title'));
      SEARCH_FIELDS.forEach((f, i) => (totals[i] += row.lengths[f]));
      count++;
      for (const t of row.headingTerms) lexicon.headings.add(t);
      for (const f of SEARCH_FIELDS) for (const t of row.terms[f]) lexicon.terms.add(t);
    }
    SEARCH_FIELDS.forEach((f, i) => this.stmt.setMeta.run(`length:${f}`, String(totals[i])));
    this.stmt.setMeta.run('documents', String(count));
  }

  lexiconSince(seq: number): Lexicon {
    const out: Lexicon = { seq: this.generation(), words: [], terms: [], headings: [] };
    for (const { kind, entry } of this.stmt.lexiconSince.iterate(seq)) {
      if (kind === 'word') out.words.push(entry);
      else if (kind === 'term') out.terms.push(entry);
      else out.headings.push(entry);
    }
    return out;
  }

  titles(): [string, string][] {
    return this.stmt.titles.all().map((r) => [r.title, r.ingested_at]);
  }

  passageCount(): number {
    return this.stmt.passageCount.get()?.n ?? 0;
  }

  stats() {
    const documents = this.metaNumber('documents');
    const averageLength = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, documents ? this.metaNumber(`length:${f}`) / documents : 0]));
    return { documents, averageLength: averageLength as Record<SearchField, number> };
  }

  documentFrequencies(terms: string[]): Map<string, Partial<Record<SearchField, number>>> {
    const out = new Map<string, Partial<Record<SearchField, number>>>();
    if (terms.length === 0) return out;
    const query = inList(this.vocab, terms.length, (marks) =>
      this.db.prepare<unknown[], { term: string; col: SearchField; doc: number }>(`SELECT term, col, doc FROM ${this.tables.vocab} WHERE term IN (${marks})`),
    );
    for (const r of query.all(...terms)) out.set(r.term, { ...out.get(r.term), [r.col]: r.doc });
    return out;
  }

  candidates(terms: string[], limit: number, match: 'any' | 'all' = 'any'): IndexedText[] {
    if (terms.length === 0) return [];
    const ids = this.stmt.candidates.all(terms.map(quote).join(match === 'all' ? ' AND ' : ' OR '), limit).map((r) => r.rowid);
    if (ids.length === 0) return [];
    const query = inList(this.docs, ids.length, (marks) => this.db.prepare<unknown[], DocRow>(`${selectText(this.tables)} WHERE d.rowid IN (${marks})`));
    return query.all(...ids).map(toIndexedText);
  }

  factTexts(): IndexedText[] {
    return this.stmt.factTexts.all().map(toIndexedText);
  }


  hasTerm(term: string): boolean {
    return this.stmt.hasTerm.get(term) !== undefined;
  }

  listsPlaces(docId: string): boolean {
    return this.stmt.listsPlaces.get(docId)?.lists_places === 1;
  }

  passage(title: string, position: number): Passage | undefined {
    const row = this.stmt.passage.get(this.partition(title), passageDocumentId(position));
    return row ? parsePassage(row.body) : undefined;
  }

  factsFingerprint(): string | undefined {
    return this.stmt.meta.get('facts')?.value;
  }
}

const selectText = (t: Tables) => `SELECT d.rowid, d.doc_id, d.kind, d.lists_places, d.len_ask, d.len_body, d.len_section, d.len_title, f.ask, f.body, f.section, f.title
  FROM ${t.docs} d JOIN ${t.fts} f ON f.rowid = d.rowid`;

const toIndexedText = (r: DocRow): IndexedText => ({
  rowid: r.rowid,
  id: r.doc_id,
  kind: r.kind,
  listsPlaces: r.lists_places === 1,
  lengths: { ask: r.len_ask, body: r.len_body, section: r.len_section, title: r.len_title },
  text: { ask: r.ask, body: r.body, section: r.section, title: r.title },
});

function inList<T>(cache: Map<number, T>, n: number, make: (marks: string) => T): T {
  if (!cache.has(n)) cache.set(n, make(Array(n).fill('?').join(',')));
  return cache.get(n)!;
}
