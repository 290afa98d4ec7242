// Shared pieces of the benchmarks: start a bot as a child process, drive turns over HTTP as Teams
// does (with a local connector that receives the replies), and summarise latencies.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rssAfterFullGcMb, rssMbOf } from './full-gc-rss';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface BotProcess {
  port: number;
  child: ChildProcess;
  startupMs: number;
  /** Everything the process wrote to stdout so far. */
  output(): string;
  rssMb(): number;
  /** RSS after a full GC forced from outside; needs the process started with INSPECT_ON_SIGNAL. */
  rssAfterFullGcMb(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts `script` with env; resolves when it logs the port it listens on. */
export async function startBot(script: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<BotProcess> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'rsj-bench-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => {
    err += c.toString();
    if (!/Debugger listening|nodejs\.org\/en\/docs\/inspector/.test(c.toString())) process.stderr.write(c);
  });
  const port = await new Promise<number>((resolve, reject) => {
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
    output: () => out,
    rssMb: () => rssMbOf(child.pid!),
    rssAfterFullGcMb: () => rssAfterFullGcMb(child, () => err),
    stop: () =>
      new Promise((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A connector that answers the bot's replies and tells waiting turns that their reply arrived (with
 * the reply's text); GET /files/<name> serves what `files` holds, as Teams' download URLs do.
 */
export async function startConnector() {
  const waiting = new Map<string, (text: string) => void>();
  const files = new Map<string, string>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const file = req.url?.match(/^\/files\/(.+)$/);
      if (file) {
        res.writeHead(files.has(file[1]) ? 200 : 404, { 'content-type': 'text/plain' });
        res.end(files.get(file[1]) ?? '');
        return;
      }
      const m = req.url?.match(/^\/v3\/conversations\/([^/]+)\/activities/);
      if (m) waiting.get(decodeURIComponent(m[1]))?.(replyText(body));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  return { url, waiting, files, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** What the user reads: the text, or for a card reply its summary. */
function replyText(body: string): string {
  try {
    const activity = JSON.parse(body);
    return String(activity.text || activity.summary || '');
  } catch {
    return '';
  }
}

/** One turn: POST the message, wait until the HTTP reply and the bot's first post have both happened. */
export async function turn(botPort: number, connector: Awaited<ReturnType<typeof startConnector>>, text: string, user: string) {
  return (await exchange(botPort, connector, text, user)).ms;
}

/** A turn that also returns the text of the bot's first reply; `attachments` as Teams sends them. */
export async function exchange(botPort: number, connector: Awaited<ReturnType<typeof startConnector>>, text: string, user: string, attachments?: unknown[]) {
  const conv = `a:${randomUUID()}`;
  let reply = '';
  const replied = new Promise<void>((r) => connector.waiting.set(conv, (t) => {
    reply ||= t;
    r();
  }));
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
      ...(attachments ? { attachments } : {}),
    }),
  });
  await res.text();
  await replied;
  connector.waiting.delete(conv);
  return { ms: performance.now() - t0, text: reply };
}

export function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  return { p50: at(50), p99: at(99), n: s.length };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
