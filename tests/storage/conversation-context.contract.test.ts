import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { followUpContext } from '../../src/features/follow-up-context';
import type { Logger } from '../../src/shared/logger';
import type { DocumentStore } from '../../src/storage/document-store';
import { conversationContextRepository } from '../../src/storage/repositories/conversation-context.repository';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { cosmosFixture, sqliteFixture, type StoreFixture } from '../helpers/stores';

const question = z.object({ question: z.string() });

/** Follow-up context on every adapter: read back per conversation, and never an error for a bad value. */
describe.each([['sqlite', sqliteFixture], ['cosmos', cosmosFixture]] as const)('conversation context on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  let store: DocumentStore;
  let clock = Date.parse('2026-11-30T10:00:00Z');

  beforeAll(async () => {
    fixture = makeFixture();
    store = await fixture.open();
  });
  afterAll(() => fixture.cleanup());

  it('reads back what was put, per conversation and per kind', async () => {
    const context = conversationContextRepository(store, 'ijsselland', () => clock);
    await context.put('19:a@thread.v2;messageid=1', 'qa', { question: 'Wat doet de kleine commissie?' }, 900);
    await context.put('19:a@thread.v2;messageid=1', 'qa', { question: 'Wie zit in het PFO?' }, 900);
    expect(await context.get('19:a@thread.v2;messageid=1', 'qa', question)).toEqual({ question: 'Wie zit in het PFO?' });
    expect(await context.get('19:a@thread.v2;messageid=1', 'providers', question)).toBeUndefined();
    expect(await context.get('a:other', 'qa', question)).toBeUndefined();
  });

  it('forgets a value after its TTL even where the store has not deleted it yet', async () => {
    const context = conversationContextRepository(store, 'ijsselland', () => clock);
    await context.put('conv-ttl', 'qa', { question: 'Wat kost jeugdhulp?' }, 900);
    clock += 899_000;
    expect(await context.get('conv-ttl', 'qa', question)).toEqual({ question: 'Wat kost jeugdhulp?' });
    clock += 2_000;
    expect(await context.get('conv-ttl', 'qa', question)).toBeUndefined();
  });

  it('treats an old-shaped or corrupt value as no context', async () => {
    const context = conversationContextRepository(store, 'ijsselland', () => clock);
    await context.put('conv-old', 'qa', { vraag: 'oude vorm' }, 900);
    expect(await context.get('conv-old', 'qa', question)).toBeUndefined();
    await store.collection('state', z.unknown()).upsert('conv-corrupt', 'context:qa', { garbage: true });
    expect(await context.get('conv-corrupt', 'qa', question)).toBeUndefined();
  });
});

describe('conversation context on SQLite', () => {
  it('is expired by the store itself (expires_at), not only by the age check', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-context-'));
    let now = Date.parse('2026-11-30T10:00:00Z');
    const store = openSqliteStore(dir, { now: () => now });
    try {
      await conversationContextRepository(store, 'ijsselland', () => now).put('conv', 'qa', { question: 'Wat?' }, 60);
      now += 61_000;
      // a reader whose own clock is behind still gets nothing: the row is past its expires_at
      expect(await conversationContextRepository(store, 'ijsselland', () => now - 61_000).get('conv', 'qa', question)).toBeUndefined();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('follow-up context on SQLite does not wait for the disk', () => {
  it('is seen at once by another process on the file, and every other write is still synced (synchronous FULL)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-context-'));
    const writer = openSqliteStore(dir);
    const reader = openSqliteStore(dir);
    try {
      await conversationContextRepository(writer, 'ijsselland').put('conv', 'qa', { question: 'Wat?' }, 60);
      expect(await conversationContextRepository(reader, 'ijsselland').get('conv', 'qa', question)).toEqual({ question: 'Wat?' });
      const synchronous = (writer as unknown as { db: { pragma(p: string, o: object): number } }).db.pragma('synchronous', { simple: true });
      expect(synchronous).toBe(2);
    } finally {
      await writer.close();
      await reader.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('follow-up context in a feature', () => {
  it('a failing store is logged and read as no context, never thrown at the turn', async () => {
    const warnings: string[] = [];
    const log = { warn: (_o: unknown, msg: string) => warnings.push(msg) } as unknown as Logger;
    const broken = { get: () => Promise.reject(new Error('503')), put: () => Promise.reject(new Error('503')) };
    const context = followUpContext(broken, 'qa', question, 900, log);
    await expect(context.put('conv', { question: 'Wat?' })).resolves.toBeUndefined();
    await expect(context.get('conv')).resolves.toBeUndefined();
    expect(warnings).toEqual(['follow-up context not saved', 'follow-up context not read']);
  });
});
