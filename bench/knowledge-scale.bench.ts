// Knowledge at the size of years of papers: the seeds plus a generated corpus (3,000 documents,
// ~34,000 passages, seeded) in one SQLite store, two bot processes on it, next to the echo bot in
// the same run. Measures start to /healthz and to the first answer, Q&A latency, idle RSS, the public
// sample, and one more document sent in chat to the first bot until both bots answer from it, with
// the longest event-loop stall in either bot meanwhile.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument, storeDocuments } from '../src/features/qa/ingest.service';
import { CURATED_FACTS } from '../src/features/qa/qa.service';
import { updateKnowledgeIndex } from '../src/features/qa/stored-corpus';
import { createStorage } from '../src/storage';
import { type BotProcess, exchange, percentiles, ROOT, round, startBot, startConnector } from './bench-kit';
import { EXTRA_DOCUMENT, generateCorpus, seedParagraphs } from './knowledge-corpus';
import { QUESTIONS } from './qa.bench';

const SHARED = process.env.RSJ_SHARED_DIR ?? path.join(ROOT, '..', 'shared');
const SEEDS = path.join(SHARED, 'seeds');
const SAMPLE = path.join(SHARED, 'eval', 'governance-sample.jsonl');
const ASK_BOT = path.join(SHARED, 'eval', 'ask-bot.mjs');
const DOCUMENTS = Number(process.env.BENCH_KNOWLEDGE_DOCS ?? 3000);
const ROUNDS = Number(process.env.BENCH_KNOWLEDGE_ROUNDS ?? 20);
const SEEN_TIMEOUT_MS = 30_000;
const START_TIMEOUT_MS = 120_000;
const USER = '00000000-0000-0000-0000-0000000000a1';
/** The demo directory's regiomanager: the only one who may add documents in chat. */
const REGIOMANAGER = '00000000-0000-0000-0000-0000000000020';
// The bench's connector serves the extra document on loopback, as Teams would from SharePoint.
const BOT_ENV = { DEMO_DATA: 'on', LOG_LEVEL: 'info', FILE_DOWNLOAD_HOSTS: '127.0.0.1' };
const PROBE = ['--require', path.join(ROOT, 'dist/bench/stall-probe.js')];

type Connector = Awaited<ReturnType<typeof startConnector>>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isAnswer = (text: string) => /\bBron\b/.test(text);

async function ingestCorpus(dataDir: string) {
  const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => /\.(txt|md)$/i.test(f) && !/^readme/i.test(f)) : [];
  const corpus = generateCorpus(seedParagraphs(SEEDS), DOCUMENTS);
  const t0 = performance.now();
  const docs = [
    ...(await Promise.all(seedFiles.map((f) => parseDocument(f, readFileSync(path.join(SEEDS, f)))))),
    ...(await Promise.all(corpus.map((d) => parseDocument(d.fileName, Buffer.from(d.text))))),
  ];
  const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: dataDir, COSMOS_DATABASE: 'bench' }, 'ijsselland');
  await storeDocuments(storage.knowledge, docs);
  // As `npm run ingest` does: the store's search index is brought up to date before the bots start.
  if (storage.knowledgeIndex) await updateKnowledgeIndex(storage.knowledgeIndex, async () => CURATED_FACTS);
  await storage.close();
  return { ms: performance.now() - t0, documents: docs.length, passages: docs.reduce((n, d) => n + d.passages.length, 0) };
}

/** Starts a bot on the store; times /healthz and the first real answer from the spawn. */
async function startKnowledgeBot(dataDir: string, conn: Connector) {
  const t0 = performance.now();
  const bot = await startBot('dist/src/index.js', { ...BOT_ENV, DATA_DIR: dataDir }, PROBE);
  let healthMs = 0;
  while (!healthMs) {
    const ok = await fetch(`http://127.0.0.1:${bot.port}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) healthMs = performance.now() - t0;
    else await sleep(20);
  }
  let firstAnswerMs = 0;
  while (!firstAnswerMs) {
    if (performance.now() - t0 > START_TIMEOUT_MS) throw new Error(`no answer ${START_TIMEOUT_MS} ms after start`);
    const { text } = await exchange(bot.port, conn, QUESTIONS[0], USER);
    if (isAnswer(text)) firstAnswerMs = performance.now() - t0;
    else await sleep(50);
  }
  return { bot, healthMs, firstAnswerMs };
}

/** The figure the bot logs when its index is ready (build or load), if it logs one. */
function indexReadyMs(bot: BotProcess): number | string {
  const line = bot.output().split('\n').find((l) => /knowledge index (built|ready|loaded)/.test(l));
  const ms = line?.match(/"ms":([\d.]+)/);
  return ms ? Number(ms[1]) : 'n/a';
}

/** Longest event-loop stall since the last call (the probe resets on every signal). */
async function stallMs(bot: BotProcess): Promise<number> {
  const before = bot.output().length;
  bot.child.kill('SIGUSR2');
  for (let i = 0; i < 100; i++) {
    const m = bot.output().slice(before).match(/stall-max-ms ([\d.]+)/);
    if (m) return Number(m[1]);
    await sleep(10);
  }
  return NaN;
}

function sampleScore(port: number): string {
  if (!existsSync(ASK_BOT) || !existsSync(SAMPLE)) return `skipped (no ${SHARED}/eval)`;
  let out: string;
  try {
    out = execFileSync(process.execPath, [ASK_BOT, '--bot', `http://127.0.0.1:${port}/api/messages`, '--questions', SAMPLE, '--require-source'], { encoding: 'utf8' });
  } catch (err) {
    // ask-bot exits non-zero when a question fails; its report is still on stdout.
    out = String((err as { stdout?: string }).stdout ?? '');
  }
  const failed = out.split('\n').filter((l) => /^(FAIL|✗|x )/i.test(l.trim())).map((l) => l.trim().split(/\s+/)[1]);
  const m = out.match(/(\d+) passed, (\d+) failed/);
  return m ? `${m[1]}/${Number(m[1]) + Number(m[2])}${failed.length ? ` (failed: ${failed.join(', ')})` : ''}` : 'unreadable';
}

/**
 * p50/p99 over rounds of the questions, and the p50 of each question's first ask (nothing kept from an
 * earlier one). With `echo`, each turn is followed by the same message to the echo bot: on a shared
 * machine both see the same load at the same moment.
 */
async function latencies(port: number, conn: Connector, questions: string[], rounds: number, echo?: BotProcess) {
  const first: number[] = [];
  for (let i = 0; i < 20; i++) {
    const { ms } = await exchange(port, conn, questions[i % questions.length], USER);
    if (i < questions.length) first.push(ms);
    if (echo) await exchange(echo.port, conn, questions[i % questions.length], USER);
  }
  const out: number[] = [];
  const echoed: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      out.push((await exchange(port, conn, q, USER)).ms);
      if (echo) echoed.push((await exchange(echo.port, conn, q, USER)).ms);
    }
  }
  return { ...percentiles(out), firstAskP50: percentiles(first).p50, echo: echo && percentiles(echoed) };
}

/** Sends the extra document in chat to `a`; resolves when every bot answers from it. */
async function ingestUntilSeen(a: BotProcess, bots: BotProcess[], conn: Connector) {
  conn.files.set(EXTRA_DOCUMENT.fileName, EXTRA_DOCUMENT.text);
  const attachment = {
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    name: EXTRA_DOCUMENT.fileName,
    content: { downloadUrl: `${conn.url}files/${EXTRA_DOCUMENT.fileName}`, fileType: 'txt' },
  };
  for (const bot of bots) await stallMs(bot);
  const t0 = performance.now();
  const ack = await exchange(a.port, conn, '', REGIOMANAGER, [attachment]);
  const ackMs = performance.now() - t0;
  const seenMs: number[] = [];
  for (const bot of bots) {
    let seen = 0;
    while (!seen && performance.now() - t0 < SEEN_TIMEOUT_MS) {
      const { text } = await exchange(bot.port, conn, EXTRA_DOCUMENT.question, USER);
      if (text.includes(EXTRA_DOCUMENT.expect)) seen = performance.now() - t0;
      else await sleep(250);
    }
    seenMs.push(seen || Infinity);
  }
  const stalls = await Promise.all(bots.map(stallMs));
  return { ack: ack.text.split('\n')[0].slice(0, 60), ackMs, seenMs, stall: Math.max(...stalls) };
}

export async function run(): Promise<Record<string, number | string>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rsj-bench-knowledge-'));
  const conn = await startConnector();
  const bots: BotProcess[] = [];
  let echo: BotProcess | undefined;
  try {
    const ingest = await ingestCorpus(dataDir);
    echo = await startBot('dist/bench/echo-bot.js');
    const echoStartMs = echo.startupMs;
    const a = await startKnowledgeBot(dataDir, conn);
    bots.push(a.bot);
    const b = await startKnowledgeBot(dataDir, conn);
    bots.push(b.bot);
    const sample = sampleScore(a.bot.port);
    const qa = await latencies(a.bot.port, conn, QUESTIONS, ROUNDS, echo);
    // The same bot's cheapest turn: what any reply costs besides the search.
    const help = await latencies(a.bot.port, conn, ['help'], ROUNDS);
    await sleep(1000);
    const rss = a.bot.rssMb();
    const echoRss = echo.rssMb();
    await echo.stop();
    echo = undefined;
    const extra = await ingestUntilSeen(a.bot, bots, conn);
    const seen = (ms: number) => (Number.isFinite(ms) ? round(ms, 0) : `not within ${SEEN_TIMEOUT_MS / 1000} s`);
    return {
      documents: ingest.documents,
      passages: ingest.passages,
      'ingest corpus ms': round(ingest.ms, 0),
      'index ready at start ms (bot log)': indexReadyMs(a.bot),
      'start to /healthz ms': round(a.healthMs, 0),
      'start to first answer ms': round(a.firstAnswerMs, 0),
      'start to first answer ms (2nd bot)': round(b.firstAnswerMs, 0),
      'echo start ms': round(echoStartMs, 0),
      'qa p50 ms': round(qa.p50),
      'qa p99 ms': round(qa.p99),
      'echo p50 ms': round(qa.echo!.p50),
      'echo p99 ms': round(qa.echo!.p99),
      'p50 ratio (qa/echo)': round(qa.p50 / qa.echo!.p50),
      'qa p50 ms, first ask of each': round(qa.firstAskP50),
      'help p50 ms (same bot)': round(help.p50),
      'RSS idle MB': round(rss, 1),
      'RSS echo MB': round(echoRss, 1),
      'RSS ratio (bot/echo)': round(rss / echoRss),
      'sample (ask-bot)': sample,
      'ingest 1 doc in chat: reply': extra.ack,
      'ingest 1 doc: reply ms': round(extra.ackMs, 0),
      'ingest 1 doc: answered by bot 1 ms': seen(extra.seenMs[0]),
      'ingest 1 doc: answered by bot 2 ms': seen(extra.seenMs[1]),
      'longest event-loop stall ms': extra.stall,
    };
  } finally {
    for (const bot of bots) await bot.stop();
    await echo?.stop();
    await conn.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`));
}
