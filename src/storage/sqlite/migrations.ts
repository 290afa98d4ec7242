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
