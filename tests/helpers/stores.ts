import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import cosmosServer from '@vercel/cosmosdb-server';
import type { DocumentStore } from '../../src/storage/document-store';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { openCosmosStore } from '../../src/storage/cosmos/cosmos-store';

export interface StoreFixture {
  name: string;
  open(): Promise<DocumentStore>;
  cleanup(): Promise<void>;
}

export function sqliteFixture(): StoreFixture {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-sqlite-'));
  const stores: DocumentStore[] = [];
  return {
    name: 'sqlite',
    open: async () => {
      const store = openSqliteStore(dir);
      stores.push(store);
      return store;
    },
    cleanup: async () => {
      for (const s of stores) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the emulator was asked: request count and documents returned (query results and point reads). */
export interface EmulatorTap {
  requests: number;
  documents: number;
  /** Answer a request instead of the emulator (fault injection): return a status to send, or undefined. */
  inject?: (req: IncomingMessage) => number | undefined;
}

/** Wraps the emulator's request handler: counts what it returns and can answer with injected errors. */
function tapServer(server: Server, tap: EmulatorTap) {
  const [handler] = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    tap.requests++;
    const status = tap.inject?.(req);
    if (status) {
      res.writeHead(status, { 'content-type': 'application/json', 'x-ms-retry-after-ms': '5', 'x-ms-request-charge': '0' });
      res.end(JSON.stringify({ code: status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', message: 'injected' }));
      return;
    }
    const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (res.statusCode === 200 && chunk) tap.documents += countDocuments(req, String(chunk));
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
    handler(req, res);
  });
}

function countDocuments(req: IncomingMessage, body: string): number {
  try {
    const parsed = JSON.parse(body) as { Documents?: unknown[] };
    if (Array.isArray(parsed.Documents)) return parsed.Documents.length;
    return req.method === 'GET' && /\/docs\/[^/]+$/.test(req.url ?? '') ? 1 : 0;
  } catch {
    return 0;
  }
}

/**
 * Cosmos: a real account when COSMOS_ENDPOINT is set, otherwise @vercel/cosmosdb-server started here on a
 * free port, its handler wrapped by `tap`. Each fixture uses its own database, so runs never see each other's data.
 */
export function cosmosFixture(tap?: EmulatorTap): StoreFixture {
  let server: { close(cb: () => void): void } | undefined;
  let endpoint = process.env.COSMOS_ENDPOINT;
  const database = `test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const stores: DocumentStore[] = [];
  return {
    name: process.env.COSMOS_ENDPOINT ? 'cosmos (real account)' : 'cosmos (cosmosdb-server)',
    async open() {
      if (!endpoint) {
        const s = cosmosServer();
        if (tap) tapServer(s, tap);
        await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
        server = s;
        endpoint = `https://127.0.0.1:${(s.address() as AddressInfo).port}`;
      }
      const store = await openCosmosStore({ endpoint, key: process.env.COSMOS_KEY, database });
      stores.push(store);
      return store;
    },
    async cleanup() {
      const first = stores[0] as unknown as { database?: { delete(): Promise<unknown> } } | undefined;
      if (process.env.COSMOS_ENDPOINT) await first?.database?.delete().catch(() => undefined);
      for (const s of stores) await s.close();
      if (server) await new Promise<void>((r) => server!.close(() => r()));
    },
  };
}

