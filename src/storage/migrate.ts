import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { CONTAINERS, type ContainerName, type DocumentIndex, type DocumentStore } from './document-store';
import { openSqliteStore } from './sqlite/sqlite-store';

/**
 * Copies the embedded SQLite store into another document store (Cosmos DB): every document with its
 * partition, id and index (due, at, tags, remaining time to live), written by upsert in batches per
 * partition. Running it again copies the same documents again and changes nothing else, so an
 * interrupted run is simply repeated. Expired documents are left behind; an unreadable row is
 * reported and skipped, never the reason the rest is not copied.
 */
export interface ContainerCopy {
  container: ContainerName;
  copied: number;
  expired: number;
  unreadable: { pk: string; id: string }[];
}

interface SourceRow {
  pk: string;
  id: string;
  body: string;
  due: number | null;
  at: number | null;
  expires_at: number | null;
}

const anyValue = z.unknown();
const BATCH = 100;

export async function copySqliteStore(dataDir: string, target: DocumentStore, now = Date.now()): Promise<ContainerCopy[]> {
  await openSqliteStore(dataDir, { purgeEveryMs: 0 }).close(); // brings an older file to the current schema
  const db = new Database(path.join(dataDir, 'rsj.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare<[string], SourceRow>('SELECT pk, id, body, due, at, expires_at FROM documents WHERE container = ? ORDER BY pk, id');
    const tags = db.prepare<[string], { pk: string; id: string; tag: string }>('SELECT pk, id, tag FROM document_tags WHERE container = ?');
    const report: ContainerCopy[] = [];
    for (const container of Object.keys(CONTAINERS) as ContainerName[]) {
      const tagsOf = new Map<string, string[]>();
      for (const t of tags.all(container)) tagsOf.set(`${t.pk}\u0000${t.id}`, [...(tagsOf.get(`${t.pk}\u0000${t.id}`) ?? []), t.tag]);
      // The indexer sees the very value object written, so each document keeps the index it had.
      const indexOf = new WeakMap<object, DocumentIndex>();
      const collection = target.collection<unknown>(container, anyValue, (value) => indexOf.get(value as object) ?? {});
      const copy: ContainerCopy = { container, copied: 0, expired: 0, unreadable: [] };
      let batch: { pk: string; id: string; value: unknown }[] = [];
      const flush = async () => {
        if (batch.length) await collection.upsertMany(batch);
        copy.copied += batch.length;
        batch = [];
      };
      for (const row of rows.iterate(container)) {
        if (row.expires_at !== null && row.expires_at <= now) {
          copy.expired++;
          continue;
        }
        let value: unknown;
        try {
          value = JSON.parse(row.body);
        } catch {
          copy.unreadable.push({ pk: row.pk, id: row.id });
          continue;
        }
        if (typeof value !== 'object' || value === null) {
          copy.unreadable.push({ pk: row.pk, id: row.id });
          continue;
        }
        indexOf.set(value, {
          due: row.due ?? undefined,
          at: row.at ?? undefined,
          tags: tagsOf.get(`${row.pk}\u0000${row.id}`),
          ttlSeconds: row.expires_at === null ? undefined : Math.max(1, Math.ceil((row.expires_at - now) / 1000)),
        });
        if (batch.length && (batch[0].pk !== row.pk || batch.length >= BATCH)) await flush();
        batch.push({ pk: row.pk, id: row.id, value });
      }
      await flush();
      report.push(copy);
    }
    return report;
  } finally {
    db.close();
  }
}
