// RSS after a full GC, taken from outside the process: a figure that does not depend on when V8's own
// last full GC happened to fall. The process is started with `--inspect-port=0`, which opens nothing by
// itself; SIGUSR1 then starts its inspector on a free loopback port, and `HeapProfiler.collectGarbage`
// over the DevTools protocol runs V8's low-memory collection (all available garbage, pages given back).
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { Duplex } from 'node:stream';

/** The node flag that lets SIGUSR1 open the inspector on a free port instead of 9229. */
export const INSPECT_ON_SIGNAL = '--inspect-port=0';

export const rssMbOf = (pid: number) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024;

export async function rssAfterFullGcMb(child: ChildProcess, stderr: () => string): Promise<number> {
  child.kill('SIGUSR1');
  const url = await waitFor(() => stderr().match(/Debugger listening on (ws:\/\/\S+)/)?.[1]);
  const socket = await openWebSocket(url);
  try {
    await command(socket, 1, 'HeapProfiler.collectGarbage');
  } finally {
    socket.destroy();
  }
  await new Promise((r) => setTimeout(r, 500)); // freed pages are unmapped by a background thread
  return rssMbOf(child.pid!);
}

async function waitFor<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
    const value = probe();
    if (value !== undefined) return value;
  }
  throw new Error('the inspector did not start');
}

/** The client side of RFC 6455, as much as one command needs: masked text frames out, plain frames in. */
function openWebSocket(wsUrl: string): Promise<Duplex> {
  const url = new URL(wsUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64') },
    });
    req.on('upgrade', (_res, socket) => resolve(socket));
    req.on('response', (res) => reject(new Error(`inspector refused the upgrade: ${res.statusCode}`)));
    req.on('error', reject);
    req.end();
  });
}

function textFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  if (payload.length > 0xffff) throw new Error('command too long');
  const mask = randomBytes(4);
  const size = payload.length < 126 ? [0x80 | payload.length] : [0x80 | 126, payload.length >> 8, payload.length & 0xff];
  return Buffer.concat([Buffer.from([0x81, ...size]), mask, payload.map((b, i) => b ^ mask[i % 4])]);
}

/** Sends one CDP command and resolves with its result once the reply with its id has arrived. */
function command(socket: Duplex, id: number, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (let frame = nextFrame(buffered); frame; frame = nextFrame(buffered)) {
        buffered = buffered.subarray(frame.end);
        const message = JSON.parse(frame.text) as { id?: number; result?: unknown; error?: { message: string } };
        if (message.id !== id) continue;
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      }
    });
    socket.write(textFrame(JSON.stringify({ id, method })));
  });
}

function nextFrame(buf: Buffer): { text: string; end: number } | undefined {
  if (buf.length < 2) return undefined;
  let size = buf[1] & 0x7f;
  let start = 2;
  if (size === 126) [size, start] = [buf.length >= 4 ? buf.readUInt16BE(2) : Infinity, 4];
  else if (size === 127) [size, start] = [buf.length >= 10 ? Number(buf.readBigUInt64BE(2)) : Infinity, 10];
  if (buf.length < start + size) return undefined;
  return { text: buf.toString('utf8', start, start + size), end: start + size };
}
