import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { dispatchText } from '../src/bot/app';
import { composeFeatures, startService } from '../src/compose';
import { parseConfig } from '../src/config';
import type { FeatureRoutes, Turn } from '../src/features/feature';
import { loadRegion } from '../src/region';
import { createLogger } from '../src/shared/logger';
import { createStorage } from '../src/storage';

const QUESTIONS = [
  'Hoe staat het met De Linde?',
  'Hoe gaat het met Voorbeeldzorg Kraanvogl?',
  'Welke aanbieders hebben een wachttijd van meer dan 12 weken?',
  'Welke aanbieders hebben een signaal met niveau hoog?',
  'Welke contracten lopen dit jaar af?',
  'Hoeveel contracten heeft Deventer?',
  'Top 5 aanbieders op contractwaarde in Zwolle',
  'Hoeveel contracten zijn er in totaal?',
  'en in Kampen?',
  'Wie beslist over de begroting?',
];
const CONTRACT_MANAGER = '00000000-0000-0000-0000-0000000000022';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (n: number) => Math.round(n * 100) / 100;

async function latencies(routes: FeatureRoutes[], turnFor: (text: string) => Turn, rounds: number): Promise<number[]> {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUESTIONS) {
      const t = performance.now();
      await dispatchText(turnFor(q), routes);
      out.push(performance.now() - t);
    }
  }
  return out;
}

/** A stand-in Teams connector: accepts every reply the bot sends. */
async function fakeConnector(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Round trips over HTTP through the whole bot (as Teams calls it), demo data loaded. */
async function httpLatencies(texts: string[], rounds: number): Promise<number[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-bench-http-'));
  const connector = await fakeConnector();
  const service = await startService(parseConfig({ PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'silent', DEMO_DATA: 'on' }), createLogger('silent'));
  await service.ready;
  const out: number[] = [];
  try {
    for (let r = 0; r < rounds; r++) {
      for (const text of texts) {
        const activity = {
          type: 'message', id: randomUUID(), text, channelId: 'msteams', serviceUrl: connector.url,
          from: { id: `29:${CONTRACT_MANAGER}`, aadObjectId: CONTRACT_MANAGER, name: 'bench' }, recipient: { id: '28:bot' },
          conversation: { id: 'a:bench', conversationType: 'personal', tenantId: 't' }, channelData: { tenant: { id: 't' } },
        };
        const t = performance.now();
        const res = await fetch(`http://127.0.0.1:${service.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        await res.text();
        out.push(performance.now() - t);
      }
    }
  } finally {
    await service.stop();
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Query latency (in-process, handler chain incl. card rendering) vs an echo handler; import of 10,000 contracts. */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-bench-providers-'));
  const config = parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
  const storage = await createStorage(config, config.REGION);
  try {
    const features = composeFeatures({ config, region: loadRegion(config.REGION), storage, log: createLogger('silent') });
    await features.loadDemoData();
    const person = await storage.people.get(CONTRACT_MANAGER);
    // The work left for after the reply runs at once: it stays inside what is measured here.
    const turnFor = (text: string): Turn => ({ text, user: { name: 'bench' }, person, conversation: { id: 'bench', kind: 'personal' }, files: [], afterReply: (task) => void task() });
    const echo: FeatureRoutes[] = [{ textHandlers: [{ name: 'echo', handle: async (turn) => [{ text: turn.text }] }] }];

    await latencies(features.routes, turnFor, 2); // warm-up
    await latencies(echo, turnFor, 2);
    const query = await latencies(features.routes, turnFor, 20);
    const base = await latencies(echo, turnFor, 20);

    // Over HTTP: provider questions vs a message every handler declines (one fixed reply: the echo baseline).
    await httpLatencies(QUESTIONS.slice(0, 3), 1);
    const httpQuery = await httpLatencies(QUESTIONS, 10);
    const httpEcho = await httpLatencies(['ping'], 100);

    const header = 'contract_id,aanbieder_id,perceel,soort,startdatum,einddatum,waarde_eur,gemeenten';
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const provider = `VB${String((i % 60) + 1).padStart(3, '0')}`;
      return `BENCH-${i},${provider},Ambulant,${i % 3 ? 'meerjarig' : 'eenjarig'},2025-01-01,2028-12-31,${100_000 + i},${i % 2 ? 'alle' : 'Kampen|Zwolle'}`;
    });
    const t = performance.now();
    const [report] = await features.imports.importFile('contracten.csv', Buffer.from([header, ...rows].join('\n')));
    const importMs = performance.now() - t;

    return {
      http_query_p50_ms: round(percentile(httpQuery, 50)),
      http_query_p99_ms: round(percentile(httpQuery, 99)),
      http_echo_p50_ms: round(percentile(httpEcho, 50)),
      http_echo_p99_ms: round(percentile(httpEcho, 99)),
      http_p50_ratio_vs_echo: round(percentile(httpQuery, 50) / percentile(httpEcho, 50)),
      http_p99_ratio_vs_echo: round(percentile(httpQuery, 99) / percentile(httpEcho, 99)),
      inprocess_query_p50_ms: round(percentile(query, 50)),
      inprocess_query_p99_ms: round(percentile(query, 99)),
      inprocess_echo_p50_ms: round(percentile(base, 50)),
      inprocess_echo_p99_ms: round(percentile(base, 99)),
      import_10k_contracts_ms: Math.round(importMs),
      import_10k_applied: report.applied,
    };
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`));
}
