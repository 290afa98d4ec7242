import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
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
  return {
    name: 'sqlite',
    open: async () => openSqliteStore(dir),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Cosmos: a real account when COSMOS_ENDPOINT is set, otherwise @vercel/cosmosdb-server started here on a
 * free port. Each fixture uses its own database, so runs never see each other's data.
 */
export function cosmosFixture(): StoreFixture {
  let server: { close(cb: () => void): void } | undefined;
  let endpoint = process.env.COSMOS_ENDPOINT;
  const database = `test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const stores: DocumentStore[] = [];
  return {
    name: process.env.COSMOS_ENDPOINT ? 'cosmos (real account)' : 'cosmos (cosmosdb-server)',
    async open() {
      if (!endpoint) {
        const s = cosmosServer();
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

