// Q&A benchmark: turn latency of governance questions over HTTP next to a baseline turn ("help",
// the cheapest command through the same stack) in the same run, and ingest time of the seed documents.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startService } from '../src/compose';
import { parseConfig } from '../src/config';
import { parseDocument, storeDocuments } from '../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../src/features/qa/knowledge-index';
import { CURATED_FACTS } from '../src/features/qa/qa.service';
import { createLogger } from '../src/shared/logger';
import { createStorage } from '../src/storage';
import { knowledgeRepository } from '../src/storage/repositories/knowledge.repository';

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = process.env.QA_SEEDS ?? path.join(ROOT, '..', 'shared', 'seeds');
const ROUNDS = Number(process.env.BENCH_QA_ROUNDS ?? 30);
const QUESTIONS = [
  'Wie zitten er in het bestuur van het RSJ IJsselland?',
  'Wat bespreekt het portefeuillehoudersoverleg?',
  'Hoeveel eenjarige contracten zijn er?',
  'Wat is de functie van de kleine commissie?',
  'Wanneer moet de begroting bij de gemeenten liggen?',
  'Hoe hoog is het budget voor werving?',
  'Wat is een bestuurlijk trekkker?',
  'Wat is het weer morgen in Zwolle?',
];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** A stand-in Teams connector that tells a waiting turn its reply arrived. */
async function connector() {
  const waiting = new Map<string, () => void>();
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const m = req.url?.match(/^\/v3\/conversations\/([^/]+)\/activities/);
      if (m) waiting.get(decodeURIComponent(m[1]))?.();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  return { url, waiting, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function turn(port: number, conn: Awaited<ReturnType<typeof connector>>, text: string): Promise<number> {
  const conv = `a:${randomUUID()}`;
  const replied = new Promise<void>((r) => conn.waiting.set(conv, r));
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: randomUUID(), text, channelId: 'msteams', serviceUrl: conn.url,
      from: { id: '29:bench', aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'bench' }, recipient: { id: '28:bot' },
      conversation: { id: conv, conversationType: 'personal', tenantId: 't' }, channelData: { tenant: { id: 't' } },
    }),
  });
  await res.text();
  await replied;
  conn.waiting.delete(conv);
  return performance.now() - t0;
}

async function ingestSeeds(dataDir: string): Promise<number> {
  const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: dataDir, COSMOS_DATABASE: 'bench' });
  const t0 = performance.now();
  const files = readdirSync(SEEDS).filter((f) => /\.(txt|md|pdf|docx)$/i.test(f) && !/^readme/i.test(f));
  const docs = [];
  for (const f of files) docs.push(await parseDocument(f, readFileSync(path.join(SEEDS, f))));
  await storeDocuments(knowledgeRepository(storage.store), docs);
  const ms = performance.now() - t0;
  await storage.close();
  return ms;
}

/** The lead's echo bot (bench/echo-bot.ts, when present in the build): the floor of a turn over HTTP. */
async function echoLatencies(conn: Awaited<ReturnType<typeof connector>>, turns: number): Promise<number[] | undefined> {
  const script = path.join(__dirname, 'echo-bot.js');
  if (!existsSync(script)) return undefined;
  const child = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = out.match(/listening (\d+)/) ?? out.match(/"port":(\d+)/);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`echo bot exited with ${code}`)));
    });
    for (let i = 0; i < 20; i++) await turn(port, conn, 'help');
    const out: number[] = [];
    for (let i = 0; i < turns; i++) out.push(await turn(port, conn, 'help'));
    return out;
  } finally {
    child.kill('SIGTERM');
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rsj-bench-qa-'));
  const ingestMs = await ingestSeeds(dataDir);
  const reingestMs = await ingestSeeds(dataDir);
  const passages = await (async () => {
    const s = await createStorage({ STORAGE: 'sqlite', DATA_DIR: dataDir, COSMOS_DATABASE: 'bench' });
    const all = await knowledgeRepository(s.store).allPassages();
    await s.close();
    return all;
  })();
  const t0 = performance.now();
  new KnowledgeIndex(CURATED_FACTS, passages);
  const indexMs = performance.now() - t0;

  const conn = await connector();
  const service = await startService(parseConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_DATA: 'on' }), createLogger('silent'));
  try {
    for (let i = 0; i < 20; i++) await turn(service.port, conn, i % 2 ? 'help' : QUESTIONS[i % QUESTIONS.length]); // warm-up
    const qa: number[] = [];
    const base: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const q of QUESTIONS) {
        qa.push(await turn(service.port, conn, q));
        base.push(await turn(service.port, conn, 'help'));
      }
    }
    const echo = await echoLatencies(conn, qa.length);
    return {
      'qa turns': qa.length,
      ...(echo
        ? {
            'echo p50 ms': round(percentile(echo, 50)),
            'echo p99 ms': round(percentile(echo, 99)),
            'p50 ratio (qa/echo)': round(percentile(qa, 50) / percentile(echo, 50)),
            'p99 ratio (qa/echo)': round(percentile(qa, 99) / percentile(echo, 99)),
          }
        : {}),
      'qa p50 ms': round(percentile(qa, 50)),
      'qa p99 ms': round(percentile(qa, 99)),
      'baseline (help) p50 ms': round(percentile(base, 50)),
      'baseline (help) p99 ms': round(percentile(base, 99)),
      'p50 ratio (qa/baseline)': round(percentile(qa, 50) / percentile(base, 50)),
      'p99 ratio (qa/baseline)': round(percentile(qa, 99) / percentile(base, 99)),
      'ingest 5 seeds ms': round(ingestMs, 1),
      're-ingest 5 seeds ms': round(reingestMs, 1),
      'index build ms': round(indexMs, 1),
      passages: passages.length,
    };
  } finally {
    await service.stop();
    await conn.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`));
}
