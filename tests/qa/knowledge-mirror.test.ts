import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import cosmosServer from '@vercel/cosmosdb-server';
import { startService } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { createLogger } from '../../src/shared/logger';
import { parseDocument, storeDocuments } from '../../src/features/qa/ingest.service';
import { createRepositories } from '../../src/storage';
import { openCosmosStore } from '../../src/storage/cosmos/cosmos-store';
import { RECENT_CHANGES } from '../../src/storage/repositories/knowledge-manifest';
import { BotHarness, DEMO } from '../helpers/bot-harness';

const DOCS = path.join(__dirname, '../fixtures/qa/docs');
const REGION = 'ijsselland';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A small meeting report with one fact of its own. */
const report = (n: number) =>
  parseDocument(
    `verslag-${n}.md`,
    Buffer.from(
      `# Verslag werkgroep Kwartelkoning ${n}\n\n## Besluiten\nDe werkgroep Kwartelkoning ${n} vergadert voortaan in dorpshuis Kievitshoek ${n}.\n` +
        `De werkgroep bespreekt de wachttijden bij de jeugdhulp en de inkoop van ambulante begeleiding.\n\n` +
        `## Actiepunten\nDe secretaris stuurt het verslag binnen vijf werkdagen rond aan de deelnemers.\n`,
    ),
  );

/**
 * Two bot instances on one Cosmos database (cosmosdb-server), each searching its own local SQLite
 * copy of the knowledge: an ingest on one is answered by the other within 10 s, read incrementally.
 */
describe('knowledge on Cosmos: every instance searches a local copy that follows the shared knowledge', () => {
  /** Requests and documents returned, per container. */
  const tap = { requests: new Map<string, number>(), documents: new Map<string, number>() };
  /** The partition (document title) each knowledge query read, or the query when it read across partitions. */
  const knowledgeQueries: string[] = [];
  const count = (m: Map<string, number>, container: string, n: number) => m.set(container, (m.get(container) ?? 0) + n);
  const snapshot = () => ({ requests: new Map(tap.requests), documents: new Map(tap.documents) });
  const since = (before: ReturnType<typeof snapshot>, what: 'requests' | 'documents', container: string) =>
    (tap[what].get(container) ?? 0) - (before[what].get(container) ?? 0);
  const server = cosmosServer();
  const a = new BotHarness();
  const b = new BotHarness();
  let files: http.Server;
  let filesUrl = '';
  let endpoint = '';
  const database = `mirror-${process.pid}`;
  const env = (bot: BotHarness) => ({
    STORAGE: 'cosmos',
    COSMOS_ENDPOINT: endpoint,
    COSMOS_DATABASE: database,
    KNOWLEDGE_CACHE_DIR: path.join(bot.dataDir, 'knowledge-cache'),
    FILE_DOWNLOAD_HOSTS: '127.0.0.1',
  });

  /** The shared knowledge written by someone else (an earlier ingest), straight into Cosmos. */
  async function writeDirectly(write: (repos: ReturnType<typeof createRepositories>) => Promise<unknown>) {
    const store = await openCosmosStore({ endpoint, database });
    try {
      await write(createRepositories(store, REGION));
    } finally {
      await store.close();
    }
  }

  /** How long until the bot's answer matches; fails with its last answer when that takes 10 s or more. */
  async function answeredWithin10s(bot: BotHarness, question: string, expected: RegExp): Promise<number> {
    const t0 = Date.now();
    let last = '';
    while (Date.now() - t0 < 10_000) {
      last = (await bot.say(question, { user: DEMO.beleidsadviseurKampen })).text;
      if (expected.test(last)) return Date.now() - t0;
      await sleep(200);
    }
    throw new Error(`not answered within 10 s; last answer: ${last.slice(0, 300)}`);
  }

  beforeAll(async () => {
    // Counts what the emulator returns: the proof that a change is read incrementally.
    const [handler] = server.listeners('request') as ((req: http.IncomingMessage, res: http.ServerResponse) => void)[];
    server.removeAllListeners('request');
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const container = /\/colls\/([^/]+)/.exec(req.url ?? '')?.[1] ?? '';
      count(tap.requests, container, 1);
      if (container === 'knowledge') {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          const query = (JSON.parse(body || '{}') as { query?: string; parameters?: { name: string; value: string }[] });
          if (query.query) knowledgeQueries.push(query.parameters?.find((p) => p.name === '@pk')?.value ?? `all: ${query.query}`);
        });
      }
      const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => http.ServerResponse;
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        try {
          const docs = (JSON.parse(String(chunk)) as { Documents?: unknown[] }).Documents;
          count(tap.documents, container, Array.isArray(docs) ? docs.length : req.method === 'GET' && /\/docs\/[^/]+$/.test(req.url ?? '') ? 1 : 0);
        } catch {
          // not JSON: nothing read
        }
        return end(chunk, ...rest);
      }) as http.ServerResponse['end'];
      handler(req, res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    files = http.createServer((req, res) => {
      if (req.url === '/vergaderafspraken.md') return res.end(readFileSync(path.join(DOCS, 'vergaderafspraken.md')));
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    await a.start(env(a));
    await writeDirectly(async (repos) => storeDocuments(repos.knowledge, await Promise.all(Array.from({ length: 20 }, (_, i) => report(i)))));
    await b.start(env(b));
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
    await new Promise((r) => files.close(r));
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('when a document is sent in chat to one instance, then the other answers from it within 10 s, reading only that document', async () => {
    expect((await b.say('Hoe vaak komt het Regieoverleg bijeen?', { user: DEMO.beleidsadviseurKampen })).text).not.toMatch(/zes keer per jaar/);
    // Both have taken in the reports written before (the last one too), so what follows is the new document only.
    for (const bot of [a, b]) await answeredWithin10s(bot, 'Waar vergadert de werkgroep Kwartelkoning 19?', /Kievitshoek 19\b/);
    const before = snapshot();
    knowledgeQueries.length = 0;
    const sent = await a.post(
      a.activity(
        {
          type: 'message',
          text: '',
          attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'vergaderafspraken.md', content: { downloadUrl: `${filesUrl}/vergaderafspraken.md` } }],
        },
        { user: DEMO.regiomanager, conversationId: 'a:files' },
      ),
    );
    expect(sent.status).toBe(200);
    await answeredWithin10s(b, 'Hoe vaak komt het Regieoverleg bijeen?', /zes keer per jaar/);
    // Both instances read the new document's partition (and polled the head), nothing else of the knowledge:
    // a full copy or rebuild would query across partitions or read the reports' partitions too.
    expect(new Set(knowledgeQueries)).toEqual(new Set([`${REGION}/Vergaderafspraken Jeugdregio Testland`]));
    expect(since(before, 'documents', 'knowledge')).toBeLessThan(60);
  });

  it('when idle, then an instance costs one point read per poll', async () => {
    await sleep(500);
    const before = snapshot();
    await sleep(4_000);
    // Two instances: only the version document's poll (about one read per 5 s each), no knowledge read at all.
    expect(since(before, 'requests', 'state')).toBeLessThanOrEqual(6);
    expect(since(before, 'documents', 'knowledge')).toBe(0);
    expect(since(before, 'requests', 'knowledge')).toBe(0);
  });

  it('when a document is removed elsewhere, then no instance answers from it any more', async () => {
    await writeDirectly((repos) => repos.knowledge.removeDocument('Verslag werkgroep Kwartelkoning 5'));
    const gone = async (bot: BotHarness) => {
      const t0 = Date.now();
      while (Date.now() - t0 < 10_000) {
        const { text } = await bot.say('Waar vergadert de werkgroep Kwartelkoning 5?', { user: DEMO.beleidsadviseurKampen });
        if (!/Kievitshoek 5\b/.test(text)) return true;
        await sleep(200);
      }
      return false;
    };
    expect(await gone(a)).toBe(true);
    expect(await gone(b)).toBe(true);
  });

  it('when an instance was down for more changes than the head keeps, then it copies everything once and answers from all of them', async () => {
    await b.service.stop();
    await writeDirectly(async (repos) => {
      for (let i = 100; i < 100 + RECENT_CHANGES + 5; i++) await storeDocuments(repos.knowledge, [await report(i)]);
      await repos.knowledge.removeDocument('Verslag werkgroep Kwartelkoning 7');
    });
    b.config = parseConfig({ PORT: '0', DATA_DIR: b.dataDir, LOG_LEVEL: 'silent', ...env(b) });
    b.service = await startService(b.config, createLogger('silent'));
    await b.service.ready;
    await answeredWithin10s(b, 'Waar vergadert de werkgroep Kwartelkoning 101?', /Kievitshoek 101/);
    await answeredWithin10s(b, 'Waar vergadert de werkgroep Kwartelkoning 154?', /Kievitshoek 154/);
    const { text } = await b.say('Waar vergadert de werkgroep Kwartelkoning 7?', { user: DEMO.beleidsadviseurKampen });
    expect(text).not.toMatch(/Kievitshoek 7\b/);
  });
});
