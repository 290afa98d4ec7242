// Q&A benchmark: turn latency of governance questions over HTTP next to a baseline turn ("help",
// the cheapest command through the same stack) and to the echo bot, turn by turn in the same run, and
// ingest time of the seed documents.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startService } from '../src/compose';
import { parseConfig } from '../src/config';
import { parseDocument, storeDocuments } from '../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../src/features/qa/knowledge-index';
import { CURATED_FACTS } from '../src/features/qa/qa.service';
import { createLogger } from '../src/shared/logger';
import { createStorage } from '../src/storage';
import { exchange, percentiles, ROOT, round, startBot, startConnector, turn as kitTurn } from './bench-kit';

const SEEDS = process.env.QA_SEEDS ?? path.join(ROOT, '..', 'shared', 'seeds');
const ROUNDS = Number(process.env.BENCH_QA_ROUNDS ?? 30);
/** Governance questions both Q&A benches ask: answered, a typo, and one out of domain. */
export const QUESTIONS = [
  'Wie zitten er in het bestuur van het RSJ IJsselland?',
  'Wat bespreekt het portefeuillehoudersoverleg?',
  'Hoeveel eenjarige contracten zijn er?',
  'Wat is de functie van de kleine commissie?',
  'Wanneer moet de begroting bij de gemeenten liggen?',
  'Hoe hoog is het budget voor werving?',
  'Wat is een bestuurlijk trekkker?',
  'Wat is het weer morgen in Zwolle?',
];

/** Not in the demo directory: Q&A answers everyone. */
const BENCH_USER = '00000000-0000-0000-0000-0000000000a1';
type Connector = Awaited<ReturnType<typeof startConnector>>;
const turn = (port: number, conn: Connector, text: string) => kitTurn(port, conn, text, BENCH_USER);

async function ingestSeeds(dataDir: string): Promise<number> {
  const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: dataDir, COSMOS_DATABASE: 'bench' }, 'ijsselland');
  const t0 = performance.now();
  const files = readdirSync(SEEDS).filter((f) => /\.(txt|md|pdf|docx)$/i.test(f) && !/^readme/i.test(f));
  const docs = [];
  for (const f of files) docs.push(await parseDocument(f, readFileSync(path.join(SEEDS, f))));
  await storeDocuments(storage.knowledge, docs);
  const ms = performance.now() - t0;
  await storage.close();
  return ms;
}

/** The lead's echo bot (bench/echo-bot.ts, when present in the build): the floor of a turn over HTTP. */
async function startEcho(conn: Connector) {
  const script = 'dist/bench/echo-bot.js';
  if (!existsSync(path.join(ROOT, script))) return undefined;
  const bot = await startBot(script);
  for (let i = 0; i < 20; i++) await turn(bot.port, conn, 'help');
  return bot;
}

/**
 * The bot in a process of its own, as the echo bot runs: the same client and the same hops for both.
 * BENCH_QA_IN_PROCESS=1 runs it inside the bench process instead, as before (for comparing with older
 * figures; under load that favours the bot, which then needs no other process to be scheduled).
 */
async function startQaBot(dataDir: string, conn: Connector): Promise<{ port: number; stop(): Promise<void> }> {
  if (process.env.BENCH_QA_IN_PROCESS === '1') {
    const service = await startService(parseConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_DATA: 'on' }), createLogger('silent'));
    await service.ready;
    return service;
  }
  const bot = await startBot('dist/src/index.js', { DATA_DIR: dataDir, DEMO_DATA: 'on', LOG_LEVEL: 'info' });
  // Ready when it answers from the documents (the index is built after the port opens).
  for (let i = 0; i < 600; i++) {
    if (/\bBron\b/.test((await exchange(bot.port, conn, QUESTIONS[0], BENCH_USER)).text)) return bot;
    await new Promise((r) => setTimeout(r, 100));
  }
  await bot.stop();
  throw new Error('the bot gave no answer within a minute');
}

export async function run(): Promise<Record<string, number | string>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rsj-bench-qa-'));
  const ingestMs = await ingestSeeds(dataDir);
  const reingestMs = await ingestSeeds(dataDir);
  const passages = await (async () => {
    const s = await createStorage({ STORAGE: 'sqlite', DATA_DIR: dataDir, COSMOS_DATABASE: 'bench' }, 'ijsselland');
    const all = await s.knowledge.allPassages();
    await s.close();
    return all;
  })();
  const t0 = performance.now();
  new KnowledgeIndex(CURATED_FACTS, passages);
  const indexMs = performance.now() - t0;

  const conn = await startConnector();
  const service = await startQaBot(dataDir, conn);
  try {
    for (let i = 0; i < 20; i++) await turn(service.port, conn, i % 2 ? 'help' : QUESTIONS[i % QUESTIONS.length]); // warm-up
    const echoBot = await startEcho(conn);
    const qa: number[] = [];
    const base: number[] = [];
    const echo: number[] = [];
    try {
      // Echo turns between the bot's: on a shared machine both see the same load at the same moment.
      for (let r = 0; r < ROUNDS; r++) {
        for (const q of QUESTIONS) {
          qa.push(await turn(service.port, conn, q));
          base.push(await turn(service.port, conn, 'help'));
          if (echoBot) echo.push(await turn(echoBot.port, conn, 'help'));
        }
      }
    } finally {
      await echoBot?.stop();
    }
    const q = percentiles(qa);
    const b = percentiles(base);
    const e = echo.length ? percentiles(echo) : undefined;
    return {
      'qa turns': qa.length,
      ...(e
        ? {
            'echo p50 ms': round(e.p50),
            'echo p99 ms': round(e.p99),
            'p50 ratio (qa/echo)': round(q.p50 / e.p50),
            'p99 ratio (qa/echo)': round(q.p99 / e.p99),
          }
        : {}),
      'qa p50 ms': round(q.p50),
      'qa p99 ms': round(q.p99),
      'baseline (help) p50 ms': round(b.p50),
      'baseline (help) p99 ms': round(b.p99),
      'p50 ratio (qa/baseline)': round(q.p50 / b.p50),
      'p99 ratio (qa/baseline)': round(q.p99 / b.p99),
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
