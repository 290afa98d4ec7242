import type Database from 'better-sqlite3';
import { ANALYSIS_VERSION } from '../../features/qa/analysis-version';
import { REGION_ID } from '../../shared/region-id';
import { knowledgePartition } from '../repositories/knowledge.repository';

/**
 * The tables of one region's knowledge search index in a SQLite file (see sqlite-knowledge-index.ts).
 * Every table carries the region in its name: regions sharing a file never see each other's
 * documents, terms or counts. Derived data: a change of the schema or of the Dutch analysis that wrote
 * its terms drops and rebuilds it.
 */
const SCHEMA_VERSION = '3';
export const INDEX_VERSION = `${SCHEMA_VERSION}/analysis-${ANALYSIS_VERSION}`;

/** The region's table names (quoted: "knowledge_fts:ijsselland") and the key prefix of its knowledge partitions (`ijsselland/`). */
export function tablesOf(region: string) {
  if (!REGION_ID.test(region)) throw new Error(`not a region id: "${region}"`);
  const name = (base: string) => `"${base}:${region}"`;
  return {
    region,
    prefix: knowledgePartition(region, ''),
    meta: name('knowledge_index_meta'),
    changes: name('knowledge_changes'),
    fts: name('knowledge_fts'),
    vocab: name('knowledge_fts_vocab'),
    docs: name('knowledge_index_docs'),
    titles: name('knowledge_index_titles'),
    lexicon: name('knowledge_lexicon'),
    name,
  };
}
export type Tables = ReturnType<typeof tablesOf>;

function schema(t: Tables): string {
  const ours = (row: 'NEW' | 'OLD') =>
    `(${row}.container = 'knowledge' AND substr(${row}.pk, 1, ${t.prefix.length}) = '${t.prefix}') OR (${row}.container = 'facts' AND ${row}.pk = '${t.region}')`;
  const trigger = (op: 'INSERT' | 'UPDATE' | 'DELETE', row: 'NEW' | 'OLD') => `
CREATE TRIGGER IF NOT EXISTS ${t.name(`knowledge_changes_${op.toLowerCase()}`)} AFTER ${op} ON documents WHEN ${ours(row)}
  BEGIN INSERT INTO ${t.changes} (container, pk) VALUES (${row}.container, ${row}.pk); END;`;
  return `
CREATE TABLE IF NOT EXISTS ${t.meta} (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ${t.changes} (seq INTEGER PRIMARY KEY AUTOINCREMENT, container TEXT NOT NULL, pk TEXT NOT NULL);
${trigger('INSERT', 'NEW')}${trigger('UPDATE', 'NEW')}${trigger('DELETE', 'OLD')}
CREATE VIRTUAL TABLE IF NOT EXISTS ${t.fts} USING fts5 (ask, body, section, title, tokenize = "unicode61 remove_diacritics 0 tokenchars '#~,.''’'");
CREATE VIRTUAL TABLE IF NOT EXISTS ${t.vocab} USING fts5vocab (${t.fts}, col);
CREATE TABLE IF NOT EXISTS ${t.docs} (
  rowid INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, scope TEXT NOT NULL,
  len_ask INTEGER NOT NULL, len_body INTEGER NOT NULL, len_section INTEGER NOT NULL, len_title INTEGER NOT NULL, lists_places INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ${t.name('knowledge_index_docs_scope')} ON ${t.docs} (scope);
CREATE TABLE IF NOT EXISTS ${t.titles} (title TEXT PRIMARY KEY, ingested_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ${t.lexicon} (kind TEXT NOT NULL, entry TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (kind, entry)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ${t.name('knowledge_lexicon_seq')} ON ${t.lexicon} (seq);
`;
}

const drop = (t: Tables) =>
  [t.vocab, t.fts, t.docs, t.lexicon, t.titles, t.meta, t.changes].map((x) => `DROP TABLE IF EXISTS ${x};`).join('\n') +
  ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER IF EXISTS ${t.name(`knowledge_changes_${op}`)};`).join('\n');

/** The index of the releases before knowledge was kept per region: one set of tables for the whole file. */
const DROP_UNSCOPED = `
DROP TRIGGER IF EXISTS knowledge_changes_insert; DROP TRIGGER IF EXISTS knowledge_changes_update; DROP TRIGGER IF EXISTS knowledge_changes_delete;
DROP TABLE IF EXISTS knowledge_fts_vocab; DROP TABLE IF EXISTS knowledge_fts; DROP TABLE IF EXISTS knowledge_index_docs;
DROP TABLE IF EXISTS knowledge_lexicon; DROP TABLE IF EXISTS knowledge_index_titles; DROP TABLE IF EXISTS knowledge_index_meta; DROP TABLE IF EXISTS knowledge_changes;`;

/** Creates the region's tables (dropping those of an older schema, and the single-region layout's), and logs what is there to index. */
export function ensureSchema(db: Database.Database, t: Tables): void {
  db.transaction(() => {
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'knowledge_index_meta'").get()) db.exec(DROP_UNSCOPED);
    const hasMeta = db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(`knowledge_index_meta:${t.region}`);
    const version = hasMeta && db.prepare<[], { value: string }>(`SELECT value FROM ${t.meta} WHERE key = 'schema'`).get()?.value;
    if (version === INDEX_VERSION) return;
    db.exec(drop(t));
    db.exec(schema(t));
    db.prepare(`INSERT INTO ${t.meta} (key, value) VALUES ('schema', ?)`).run(INDEX_VERSION);
    // Whatever was written before the index existed is indexed like any new write.
    db.prepare(
      `INSERT INTO ${t.changes} (container, pk) SELECT DISTINCT container, pk FROM documents
       WHERE (container = 'knowledge' AND substr(pk, 1, ?) = ?) OR (container = 'facts' AND pk = ?)`,
    ).run(t.prefix.length, t.prefix, t.region);
  }).immediate();
}

