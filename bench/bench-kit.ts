// Shared pieces of the benchmarks: start a bot as a child process, drive turns over HTTP as Teams
// does (with a local connector that receives the replies), and summarise latencies.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface BotProcess {
  port: number;
  child: ChildProcess;
  startupMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts `script` with env; resolves when it logs the port it listens on. */
export async function startBot(script: string, env: Record<string, string> = {}): Promise<BotProcess> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'rsj-bench-')), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = out.match(/listening (\d+)/) ?? out.match(/"port":(\d+)/);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const startupMs = performance.now() - t0;
  return {
    port,
    child,
    startupMs,
    rssMb: () => Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024,
    stop: () =>
      new Promise((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}

/** A connector that answers the bot's replies and tells waiting turns that their reply arrived. */
export async function startConnector() {
  const waiting = new Map<string, () => void>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
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

/** One turn: POST the message, wait until the HTTP reply and the bot's first post have both happened. */
export async function turn(botPort: number, connector: Awaited<ReturnType<typeof startConnector>>, text: string, user: string) {
  const conv = `a:${randomUUID()}`;
  const replied = new Promise<void>((r) => connector.waiting.set(conv, r));
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${botPort}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: `29:${user}`, name: 'Bench', aadObjectId: user },
      recipient: { id: '28:bot', name: 'bot' },
      conversation: { id: conv, conversationType: 'personal', tenantId: 't' },
      channelData: { tenant: { id: 't' } },
      locale: 'nl-NL',
      text,
    }),
  });
  await res.text();
  await replied;
  connector.waiting.delete(conv);
  return performance.now() - t0;
}

export function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  return { p50: at(50), p99: at(99), n: s.length };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
