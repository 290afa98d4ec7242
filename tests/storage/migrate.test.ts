import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import cosmosServer from '@vercel/cosmosdb-server';
import { z } from 'zod';
import { parseConfig } from '../../src/config';
import { runMigrateCli } from '../../src/cli/migrate';
import { openDocumentStore } from '../../src/storage';
import { CONTAINERS, type ContainerName, type DocumentStore } from '../../src/storage/document-store';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { BotHarness, DEMO } from '../helpers/bot-harness';

const FAR = Date.now() + 10 * 365 * 86_400_000;
const TAG = 'migratie:test';

/** Per container: document count, open work (due index) and tagged documents, as the store answers. */
async function census(store: DocumentStore) {
  const out: Record<string, { docs: number; due: number; tagged: number }> = {};
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    const c = store.collection(name, z.unknown());
    const docs = (await c.listAll()).length;
    if (docs) out[name] = { docs, due: (await c.due(FAR, 10_000)).length, tagged: (await c.withTag(TAG)).length };
  }
  return out;
}

async function migrate(config: ReturnType<typeof parseConfig>) {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  try {
    return { code: await runMigrateCli(['--to', 'cosmos'], config), output: written.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('npm run migrate -- --to cosmos (SQLite -> Cosmos DB emulator)', () => {
  const server = cosmosServer();
  const sqliteBot = new BotHarness();
  const cosmosBot = new BotHarness();
  let config: ReturnType<typeof parseConfig>;

  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    // A year of use in miniature: demo directory and providers, conversations, a notification with its delivery.
    await sqliteBot.start({ NOTIFY_TOKEN: 'migrate-token', OUTBOX_TIME_SCALE: '0.05' });
    await sqliteBot.say('wie ben ik', { user: DEMO.wethouderDeventer });
    await sqliteBot.say('Hoe staat het met Voorbeeldzorg De Linde?', { user: DEMO.contractmanager });
    sqliteBot.connector.respond = () => ({ status: 503 }); // the delivery stays open work (due)
    await fetch(`${sqliteBot.url}/api/notify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer migrate-token' },
      body: JSON.stringify({ text: 'Agenda PFO', recipients: [{ kind: 'user', aadObjectId: DEMO.wethouderDeventer }], idempotencyKey: 'migrate-1' }),
    });
    // the worker expanded the notification and tried the delivery once (answered 503): polled, not a fixed sleep
    while (!sqliteBot.connector.requests.some((r) => r.status === 503)) await new Promise((r) => setTimeout(r, 20));
    await sqliteBot.service.stop();
    // Open work with a due time, a tag and a time to live, as repositories index them.
    const store = openSqliteStore(sqliteBot.dataDir, { purgeEveryMs: 0 });
    const jobs = store.collection('timers', z.object({ job: z.string() }), (v) => ({ due: Date.now() + 60_000, at: Date.now(), tags: [TAG, `job:${v.job}`], ttlSeconds: 3600 }));
    await jobs.upsertMany(['a', 'b', 'c'].map((job) => ({ pk: 'ijsselland', id: `migrate-${job}`, value: { job } })));
    await store.close();
    config = parseConfig({
      DATA_DIR: sqliteBot.dataDir,
      COSMOS_ENDPOINT: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
      COSMOS_DATABASE: `migrate-${process.pid}`,
      LOG_LEVEL: 'silent',
    });
  });
  afterAll(async () => {
    await cosmosBot.stop().catch(() => undefined);
    await sqliteBot.connector.stop();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('copies every document with its index, and a second run changes nothing', async () => {
    const first = await migrate(config);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/users: \d+ gekopieerd/);
    const source = openSqliteStore(config.DATA_DIR, { purgeEveryMs: 0 });
    const target = await openDocumentStore({ ...config, STORAGE: 'cosmos' });
    try {
      const expected = await census(source);
      expect(expected.users.docs).toBeGreaterThan(0);
      expect(expected.timers).toMatchObject({ due: expect.any(Number), tagged: 3 });
      expect(expected.timers.due).toBeGreaterThanOrEqual(3);
      expect(await census(target)).toEqual(expected);
      const again = await migrate(config);
      expect(again.code).toBe(0);
      expect(again.output).toBe(first.output);
      expect(await census(target)).toEqual(expected);
    } finally {
      await source.close();
      await target.close();
    }
  });

  it('the bot started on Cosmos answers from the migrated data', async () => {
    await cosmosBot.start({ STORAGE: 'cosmos', COSMOS_ENDPOINT: config.COSMOS_ENDPOINT!, COSMOS_DATABASE: config.COSMOS_DATABASE, DEMO_DATA: 'off' });
    expect((await cosmosBot.say('wie ben ik', { user: DEMO.wethouderDeventer })).text).toContain('Deventer');
    expect((await cosmosBot.say('Hoe staat het met Voorbeeldzorg De Linde?', { user: DEMO.contractmanager })).text).toMatch(/Voorbeeldzorg De Linde: \d+ contract/);
    await cosmosBot.service.stop();
  });

  it('an unreadable row is reported and skipped, expired documents stay behind, everything else is copied', async () => {
    const db = new Database(path.join(config.DATA_DIR, 'rsj.sqlite'));
    const [broken, expired] = db.prepare("SELECT pk, id FROM documents WHERE container = 'users' ORDER BY id LIMIT 2").all() as { pk: string; id: string }[];
    db.prepare("UPDATE documents SET body = '{niet leesbaar' WHERE container = 'users' AND pk = ? AND id = ?").run(broken.pk, broken.id);
    db.prepare("UPDATE documents SET expires_at = ? WHERE container = 'users' AND pk = ? AND id = ?").run(Date.now() - 1000, expired.pk, expired.id);
    db.close();
    const result = await migrate({ ...config, COSMOS_DATABASE: `${config.COSMOS_DATABASE}-2` });
    expect(result.code).toBe(2);
    expect(result.output).toContain(`onleesbaar in users: partitie ${broken.pk}, id ${broken.id}`);
    expect(result.output).toMatch(/users: \d+ gekopieerd, 1 verlopen \(overgeslagen\), 1 onleesbaar/);
    expect(result.output).toMatch(/providers: \d+ gekopieerd/);
  });

  it('refuses without --to cosmos or without a Cosmos endpoint', async () => {
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runMigrateCli([], config)).toBe(1);
      expect(await runMigrateCli(['--to', 'cosmos'], { ...config, COSMOS_ENDPOINT: undefined })).toBe(1);
    } finally {
      err.mockRestore();
    }
  });
});
