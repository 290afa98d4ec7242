import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ZodType } from 'zod';
import type { Logger } from '../../shared/logger';
import {
  type BulkItem,
  type Collection,
  type ContainerName,
  type DocumentIndex,
  type DocumentStore,
  emptyStats,
  type Indexer,
  type Page,
  type PageRequest,
  type StoreStats,
  type Versioned,
  type Within,
} from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import { parseDocument } from '../parse-document';
import { QUARANTINE, QUARANTINE_TTL_SECONDS, type QuarantineEntry, type Salvaged, logQuarantined, parseJson, present, quarantineId, tryParse } from '../quarantine';
import { migrate } from './migrations';
import type { KnowledgeIndexStore } from '../../features/qa/knowledge-index-store';
import { sqliteKnowledgeIndex } from './sqlite-knowledge-index';

interface Row {
  pk: string;
  id: string;
  version: number;
  body: string;
}

export interface SqliteOptions {
  fileName?: string;
  /** How often expired documents are deleted (Cosmos does this itself by TTL); 0 = never. */
  purgeEveryMs?: number;
  now?: () => number;
  /** Where a quarantined document is reported. */
  log?: Logger;
}

export function openSqliteStore(dataDir: string, options: SqliteOptions | string = {}): SqliteStore {
  const opts = typeof options === 'string' ? { fileName: options } : options;
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, opts.fileName ?? 'rsj.sqlite'));
  // WAL keeps readers off the writer's back; FULL sync makes every commit survive a kill or power cut.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStore(db, opts.now ?? Date.now, opts.purgeEveryMs ?? 60 * 60_000, opts.log);
}

const COLUMNS = 'pk, id, version, body';
const LIVE = '(expires_at IS NULL OR expires_at > @now)';

export class SqliteStore implements DocumentStore {
  readonly kind = 'sqlite' as const;
  readonly stats: StoreStats = emptyStats();
  private readonly purgeTimer?: NodeJS.Timeout;
  private readonly searchIndexes = new Map<string, KnowledgeIndexStore>();

  private readonly moveAside: (entry: QuarantineEntry) => void;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number = Date.now,
    purgeEveryMs = 0,
    private readonly log?: Logger,
  ) {
    this.moveAside = quarantiner(db, log);
    if (purgeEveryMs > 0) {
      // jittered so instances sharing a file do not purge at the same moment
      this.purgeTimer = setInterval(() => this.purgeExpired(), purgeEveryMs * (0.8 + Math.random() * 0.4));
      this.purgeTimer.unref();
    }
  }

  /** A region's persistent knowledge search index in the same file (FTS5), created on first use. */
  knowledgeIndex(region: string): KnowledgeIndexStore {
    if (!this.searchIndexes.has(region)) this.searchIndexes.set(region, sqliteKnowledgeIndex(this.db, region));
    return this.searchIndexes.get(region)!;
  }

  collection<T>(name: ContainerName, schema: ZodType<T>, indexer?: Indexer<T>): Collection<T> {
    return new SqliteCollection<T>(this.db, name, schema, indexer, this.stats, this.now, this.moveAside);
  }

  async quarantined(): Promise<number> {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM documents WHERE container = ?').get(QUARANTINE) as { n: number };
    return row.n;
  }

  /** Deletes documents whose TTL ran out, with their tags: what Cosmos TTL does by itself. */
  purgeExpired(): number {
    if (!this.db.open) return 0;
    const at = this.now();
    return this.db.transaction(() => {
      this.db
        .prepare(
          `DELETE FROM document_tags WHERE EXISTS (SELECT 1 FROM documents d WHERE d.container = document_tags.container
             AND d.pk = document_tags.pk AND d.id = document_tags.id AND d.expires_at <= ?)`,
        )
        .run(at);
      return this.db.prepare('DELETE FROM documents WHERE expires_at <= ?').run(at).changes;
    })();
  }

  async close(): Promise<void> {
    clearInterval(this.purgeTimer);
    if (this.db.open) this.db.close();
  }
}

class SqliteCollection<T> implements Collection<T> {
  private readonly stmt;

  constructor(
    private readonly db: Database.Database,
    private readonly name: string,
    private readonly schema: ZodType<T>,
    private readonly indexer: Indexer<T> | undefined,
    private readonly stats: StoreStats,
    private readonly now: () => number,
    private readonly moveAside: (entry: QuarantineEntry) => void,
  ) {
    const q = <P extends unknown[] | object>(sql: string) => db.prepare<P, Row>(sql);
    this.stmt = {
      get: q(`SELECT ${COLUMNS} FROM documents WHERE container = @c AND pk = @pk AND id = @id AND ${LIVE}`),
      listPartition: q(`SELECT ${COLUMNS} FROM documents WHERE container = @c AND pk = @pk AND ${LIVE} ORDER BY id`),
      listAll: q(`SELECT ${COLUMNS} FROM documents WHERE container = @c AND ${LIVE} ORDER BY pk, id`),
      pageAll: q(`SELECT ${COLUMNS} FROM documents WHERE container = @c AND (pk, id) > (@afterPk, @afterId) AND ${LIVE} ORDER BY pk, id LIMIT @limit`),
      pagePrefix: q(`SELECT ${COLUMNS} FROM documents WHERE container = @c AND (pk, id) > (@afterPk, @afterId) AND pk < @upper AND ${LIVE} ORDER BY pk, id LIMIT @limit`),
      pagePartition: q(`SELECT ${COLUMNS} FROM documents WHERE container = @c AND pk = @pk AND id > @afterId AND ${LIVE} ORDER BY id LIMIT @limit`),
      due: q(`SELECT ${COLUMNS} FROM documents WHERE container = @c AND due IS NOT NULL AND due <= @upTo AND ${LIVE} ORDER BY due LIMIT @limit`),
      dueInPartition: q(`SELECT ${COLUMNS} FROM documents WHERE container = @c AND due IS NOT NULL AND due <= @upTo AND pk = @pk AND ${LIVE} ORDER BY due LIMIT @limit`),
      dueWithPrefix: q(
        `SELECT ${COLUMNS} FROM documents WHERE container = @c AND due IS NOT NULL AND due <= @upTo AND substr(pk, 1, length(@prefix)) = @prefix AND ${LIVE} ORDER BY due LIMIT @limit`,
      ),
      openOrSince: q(`SELECT ${COLUMNS} FROM documents WHERE container = @c AND pk = @pk AND (due IS NOT NULL OR at >= @since) AND ${LIVE} ORDER BY id`),
      withTag: q(
        `SELECT d.pk, d.id, d.version, d.body FROM document_tags t JOIN documents d ON d.container = t.container AND d.pk = t.pk AND d.id = t.id
          WHERE t.container = @c AND t.tag = @tag AND ${LIVE.replace(/expires_at/g, 'd.expires_at')} ORDER BY d.pk, d.id`,
      ),
      // an expired row still in the table (not purged yet) counts as absent, as on Cosmos
      dropExpired: db.prepare('DELETE FROM documents WHERE container = @c AND pk = @pk AND id = @id AND expires_at <= @now'),
      insert: db.prepare(
        `INSERT INTO documents (container, pk, id, version, body, updated_at, due, at, expires_at)
         VALUES (@c, @pk, @id, 1, @body, @updatedAt, @due, @at, @expiresAt)`,
      ),
      replace: db.prepare(
        `UPDATE documents SET version = version + 1, body = @body, updated_at = @updatedAt, due = @due, at = @at, expires_at = @expiresAt
          WHERE container = @c AND pk = @pk AND id = @id AND version = @version AND ${LIVE}`,
      ),
      upsert: db.prepare(
        `INSERT INTO documents (container, pk, id, version, body, updated_at, due, at, expires_at)
         VALUES (@c, @pk, @id, 1, @body, @updatedAt, @due, @at, @expiresAt)
         ON CONFLICT (container, pk, id) DO UPDATE SET version = version + 1, body = excluded.body, updated_at = excluded.updated_at,
           due = excluded.due, at = excluded.at, expires_at = excluded.expires_at
         RETURNING version`,
      ),
      delete: db.prepare('DELETE FROM documents WHERE container = @c AND pk = @pk AND id = @id'),
      deleteVersioned: db.prepare('DELETE FROM documents WHERE container = @c AND pk = @pk AND id = @id AND version = @version'),
      deleteTags: db.prepare('DELETE FROM document_tags WHERE container = @c AND pk = @pk AND id = @id'),
      insertTag: db.prepare('INSERT OR IGNORE INTO document_tags (container, tag, pk, id) VALUES (@c, @tag, @pk, @id)'),
    };
  }

  private read(rows: Row[]): Versioned<T>[] {
    this.stats.calls++;
    this.stats.documentsRead += rows.length;
    return rows.map((r) => this.toVersioned(r)).filter(present);
  }

  /** The parsed document; a corrupt one is moved to quarantine and left out (undefined). */
  private toVersioned(row: Row): Salvaged<T> {
    const json = parseJson(row.body);
    const parsed = json.ok ? tryParse(this.schema, json.value) : json;
    if (parsed.ok) return { value: parsed.value, version: String(row.version) };
    const raw = json.ok ? json.value : row.body;
    this.moveAside({ container: this.name, pk: row.pk, id: row.id, version: String(row.version), reason: parsed.reason, raw, quarantinedAt: new Date(this.now()).toISOString() });
    return undefined;
  }

  private key(pk: string, id: string) {
    return { c: this.name, pk, id, now: this.now() };
  }

  async get(pk: string, id: string) {
    const row = this.stmt.get.get(this.key(pk, id));
    return this.read(row ? [row] : [])[0];
  }

  async listPartition(pk: string) {
    return this.read(this.stmt.listPartition.all({ c: this.name, pk, now: this.now() }));
  }

  async listAll() {
    return this.read(this.stmt.listAll.all({ c: this.name, now: this.now() }));
  }

  async listAllWithKeys() {
    const rows = this.stmt.listAll.all({ c: this.name, now: this.now() }) as Row[];
    return rows.flatMap((r) => {
      const doc = this.toVersioned(r);
      return doc ? [{ ...doc, pk: r.pk, id: r.id }] : [];
    });
  }

  async page({ pk, pkPrefix, limit, continuation }: PageRequest): Promise<Page<T>> {
    const [afterPk, afterId] = continuation ? (JSON.parse(Buffer.from(continuation, 'base64url').toString()) as [string, string]) : [pkPrefix ?? '', ''];
    // Keys starting with the prefix sort from the prefix up to (not including) the prefix with its last character raised.
    const upper = pkPrefix && pkPrefix.slice(0, -1) + String.fromCharCode(pkPrefix.charCodeAt(pkPrefix.length - 1) + 1);
    const rows =
      pk !== undefined
        ? this.stmt.pagePartition.all({ c: this.name, pk, afterId, limit, now: this.now() })
        : upper
          ? this.stmt.pagePrefix.all({ c: this.name, afterPk, afterId, upper, limit, now: this.now() })
          : this.stmt.pageAll.all({ c: this.name, afterPk, afterId, limit, now: this.now() });
    const last = rows[rows.length - 1];
    const next = rows.length === limit && last ? Buffer.from(JSON.stringify([last.pk, last.id])).toString('base64url') : undefined;
    return { items: this.read(rows), continuation: next };
  }

  async due(upTo: number, limit: number, within?: Within) {
    const params = { c: this.name, upTo, limit, now: this.now() };
    if (!within) return this.read(this.stmt.due.all(params));
    return this.read('pk' in within ? this.stmt.dueInPartition.all({ ...params, pk: within.pk }) : this.stmt.dueWithPrefix.all({ ...params, prefix: within.pkPrefix }));
  }

  async openOrSince(pk: string, since: number) {
    return this.read(this.stmt.openOrSince.all({ c: this.name, pk, since, now: this.now() }));
  }

  async withTag(tag: string) {
    return this.read(this.stmt.withTag.all({ c: this.name, tag, now: this.now() }));
  }

  async create(pk: string, id: string, value: T) {
    const params = this.writeParams(pk, id, value);
    try {
      this.write(params, () => {
        this.stmt.dropExpired.run(this.key(pk, id));
        this.stmt.insert.run(params.row);
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new AlreadyExistsError(this.name, id);
      throw err;
    }
    return { value, version: '1' };
  }

  async replace(pk: string, id: string, value: T, expectedVersion: string) {
    const params = this.writeParams(pk, id, value);
    const changes = this.write(params, () => this.stmt.replace.run({ ...params.row, version: Number(expectedVersion), now: this.now() }).changes);
    if (changes !== 1) throw new ConcurrencyError(this.name, id);
    return { value, version: String(Number(expectedVersion) + 1) };
  }

  async upsert(pk: string, id: string, value: T) {
    const params = this.writeParams(pk, id, value);
    const row = this.write(params, () => {
      this.stmt.dropExpired.run(this.key(pk, id));
      return this.stmt.upsert.get(params.row) as unknown as { version: number };
    });
    return { value, version: String(row.version) };
  }

  async upsertMany(items: BulkItem<T>[]) {
    const all = items.map((i) => this.writeParams(i.pk, i.id, i.value)); // validate all before writing any
    this.db.transaction(() => {
      for (const params of all) {
        this.write(params, () => {
          this.stmt.dropExpired.run(this.key(params.row.pk, params.row.id));
          this.stmt.upsert.get(params.row);
        });
      }
    })();
  }

  async delete(pk: string, id: string, expectedVersion?: string) {
    const key = { c: this.name, pk, id };
    const changes = this.db.transaction(() => {
      const result = expectedVersion === undefined ? this.stmt.delete.run(key) : this.stmt.deleteVersioned.run({ ...key, version: Number(expectedVersion) });
      if (result.changes > 0) this.stmt.deleteTags.run(key);
      return result.changes;
    })();
    if (changes === 0 && expectedVersion !== undefined && (await this.get(pk, id))) throw new ConcurrencyError(this.name, id);
    return changes > 0;
  }

  async reindex() {
    if (!this.indexer) return 0;
    let count = 0;
    for (const row of this.stmt.listAll.all({ c: this.name, now: this.now() })) {
      const doc = this.toVersioned(row);
      if (!doc) continue;
      const params = this.writeParams(row.pk, row.id, doc.value);
      count += this.write(params, () => this.stmt.replace.run({ ...params.row, version: row.version, now: this.now() }).changes);
    }
    return count;
  }

  /** Runs a write and keeps the document's tags in step, in one transaction. */
  private write<R>(params: WriteParams, run: () => R): R {
    const transaction = this.db.transaction(() => {
      const result = run();
      if (this.indexer) {
        const key = { c: this.name, pk: params.row.pk, id: params.row.id };
        this.stmt.deleteTags.run(key);
        for (const tag of params.tags) this.stmt.insertTag.run({ ...key, tag });
      }
      return result;
    });
    if (!params.ephemeral) return transaction();
    // WAL with NORMAL: committed for every reader at once, on disk by the next synced commit or checkpoint.
    this.db.pragma('synchronous = NORMAL');
    try {
      return transaction();
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }

  /** Validates before writing so a bad value never reaches the database. */
  private writeParams(pk: string, id: string, value: T): WriteParams {
    const body = JSON.stringify(parseDocument(this.schema, this.name, id, value));
    const index: DocumentIndex = this.indexer?.(value) ?? {};
    const now = this.now();
    return {
      row: {
        c: this.name,
        pk,
        id,
        body,
        updatedAt: new Date(now).toISOString(),
        due: index.due ?? null,
        at: index.at ?? null,
        expiresAt: index.ttlSeconds !== undefined ? now + index.ttlSeconds * 1000 : null,
      },
      tags: [...new Set(index.tags ?? [])],
      ephemeral: index.ephemeral === true,
    };
  }
}

interface WriteParams {
  row: { c: string; pk: string; id: string; body: string; updatedAt: string; due: number | null; at: number | null; expiresAt: number | null };
  tags: string[];
  ephemeral: boolean;
}

/** Moves a corrupt row into the quarantine container, in one transaction: copy, then delete that version. */
function quarantiner(db: Database.Database, log: Logger | undefined) {
  const copy = db.prepare(
    `INSERT OR IGNORE INTO documents (container, pk, id, version, body, updated_at, expires_at) VALUES (@q, @container, @qid, 1, @body, @at, @expiresAt)`,
  );
  const drop = db.prepare('DELETE FROM documents WHERE container = @container AND pk = @pk AND id = @id AND version = @version');
  const dropTags = db.prepare('DELETE FROM document_tags WHERE container = @container AND pk = @pk AND id = @id');
  const move = db.transaction((e: QuarantineEntry) => {
    const expiresAt = Date.parse(e.quarantinedAt) + QUARANTINE_TTL_SECONDS * 1000;
    copy.run({ q: QUARANTINE, container: e.container, qid: quarantineId(e), body: JSON.stringify(e), at: e.quarantinedAt, expiresAt });
    const key = { container: e.container, pk: e.pk, id: e.id };
    if (drop.run({ ...key, version: Number(e.version) }).changes > 0) dropTags.run(key);
  });
  return (entry: QuarantineEntry) => {
    logQuarantined(log, entry);
    move(entry);
  };
}
