import type Database from 'better-sqlite3';

/** Ordered schema steps; PRAGMA user_version records how many ran. Append, never edit. */
const MIGRATIONS: string[] = [
  `CREATE TABLE documents (
     container TEXT NOT NULL,
     pk TEXT NOT NULL,
     id TEXT NOT NULL,
     version INTEGER NOT NULL,
     body TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (container, pk, id)
   ) WITHOUT ROWID`,
  // The document index (see DocumentIndex): open work by due time, time windows, tags, expiry.
  // Documents written before this step are indexed by the storage's one-off reindex.
  `ALTER TABLE documents ADD COLUMN due INTEGER;
   ALTER TABLE documents ADD COLUMN at INTEGER;
   ALTER TABLE documents ADD COLUMN expires_at INTEGER;
   CREATE INDEX documents_due ON documents (container, due) WHERE due IS NOT NULL;
   CREATE INDEX documents_at ON documents (container, pk, at) WHERE at IS NOT NULL;
   CREATE INDEX documents_expiry ON documents (expires_at) WHERE expires_at IS NOT NULL;
   CREATE TABLE document_tags (
     container TEXT NOT NULL,
     tag TEXT NOT NULL,
     pk TEXT NOT NULL,
     id TEXT NOT NULL,
     PRIMARY KEY (container, tag, pk, id)
   ) WITHOUT ROWID;`,
];

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let step = current; step < MIGRATIONS.length; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step]);
      db.pragma(`user_version = ${step + 1}`);
    })();
  }
}
