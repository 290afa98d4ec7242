import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ZodType } from 'zod';
import type { BulkItem, Collection, ContainerName, DocumentStore, Versioned } from '../document-store';
import { AlreadyExistsError, ConcurrencyError, CorruptDocumentError } from '../errors';
import { parseDocument } from '../parse-document';
import { migrate } from './migrations';

interface Row {
  id: string;
  version: number;
  body: string;
}

export function openSqliteStore(dataDir: string, fileName = 'rsj.sqlite'): SqliteStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, fileName));
  // WAL keeps readers off the writer's back; FULL sync makes every commit survive a kill or power cut.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStore(db);
}

export class SqliteStore implements DocumentStore {
  readonly kind = 'sqlite' as const;
  constructor(private readonly db: Database.Database) {}

  collection<T>(name: ContainerName, schema: ZodType<T>): Collection<T> {
    return new SqliteCollection<T>(this.db, name, schema);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

class SqliteCollection<T> implements Collection<T> {
  private readonly stmt;

  constructor(private readonly db: Database.Database, private readonly name: string, private readonly schema: ZodType<T>) {
    this.stmt = {
      get: db.prepare<[string, string, string], Row>('SELECT id, version, body FROM documents WHERE container = ? AND pk = ? AND id = ?'),
      listPartition: db.prepare<[string, string], Row>('SELECT id, version, body FROM documents WHERE container = ? AND pk = ? ORDER BY id'),
      listAll: db.prepare<[string], Row>('SELECT id, version, body FROM documents WHERE container = ? ORDER BY pk, id'),
      insert: db.prepare('INSERT INTO documents (container, pk, id, version, body, updated_at) VALUES (?, ?, ?, 1, ?, ?)'),
      replace: db.prepare('UPDATE documents SET version = version + 1, body = ?, updated_at = ? WHERE container = ? AND pk = ? AND id = ? AND version = ?'),
      upsert: db.prepare(
        `INSERT INTO documents (container, pk, id, version, body, updated_at) VALUES (?, ?, ?, 1, ?, ?)
         ON CONFLICT (container, pk, id) DO UPDATE SET version = version + 1, body = excluded.body, updated_at = excluded.updated_at
         RETURNING version`,
      ),
      delete: db.prepare('DELETE FROM documents WHERE container = ? AND pk = ? AND id = ?'),
      deleteVersioned: db.prepare('DELETE FROM documents WHERE container = ? AND pk = ? AND id = ? AND version = ?'),
    };
  }

  private toVersioned(row: Row): Versioned<T> {
    let raw: unknown;
    try {
      raw = JSON.parse(row.body);
    } catch {
      throw new CorruptDocumentError(this.name, row.id, 'not JSON');
    }
    return { value: parseDocument(this.schema, this.name, row.id, raw), version: String(row.version) };
  }

  async get(pk: string, id: string) {
    const row = this.stmt.get.get(this.name, pk, id);
    return row ? this.toVersioned(row) : undefined;
  }

  async listPartition(pk: string) {
    return this.stmt.listPartition.all(this.name, pk).map((r) => this.toVersioned(r));
  }

  async listAll() {
    return this.stmt.listAll.all(this.name).map((r) => this.toVersioned(r));
  }

  async create(pk: string, id: string, value: T) {
    const body = this.serialize(id, value);
    try {
      this.stmt.insert.run(this.name, pk, id, body, now());
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new AlreadyExistsError(this.name, id);
      throw err;
    }
    return { value, version: '1' };
  }

  async replace(pk: string, id: string, value: T, expectedVersion: string) {
    const body = this.serialize(id, value);
    const result = this.stmt.replace.run(body, now(), this.name, pk, id, Number(expectedVersion));
    if (result.changes !== 1) throw new ConcurrencyError(this.name, id);
    return { value, version: String(Number(expectedVersion) + 1) };
  }

  async upsert(pk: string, id: string, value: T) {
    const row = this.stmt.upsert.get(this.name, pk, id, this.serialize(id, value), now()) as { version: number };
    return { value, version: String(row.version) };
  }

  async upsertMany(items: BulkItem<T>[]) {
    const at = now();
    const bodies = items.map((i) => this.serialize(i.id, i.value));
    this.db.transaction(() => {
      items.forEach((item, n) => this.stmt.upsert.get(this.name, item.pk, item.id, bodies[n], at));
    })();
  }

  async delete(pk: string, id: string, expectedVersion?: string) {
    const result =
      expectedVersion === undefined
        ? this.stmt.delete.run(this.name, pk, id)
        : this.stmt.deleteVersioned.run(this.name, pk, id, Number(expectedVersion));
    if (result.changes === 0 && expectedVersion !== undefined && (await this.get(pk, id))) throw new ConcurrencyError(this.name, id);
    return result.changes > 0;
  }

  /** Validates before writing so a bad value never reaches the database. */
  private serialize(id: string, value: T): string {
    return JSON.stringify(parseDocument(this.schema, this.name, id, value));
  }
}

const now = () => new Date().toISOString();
