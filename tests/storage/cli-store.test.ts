import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import cosmosServer from '@vercel/cosmosdb-server';
import { runForgetCli } from '../../src/cli/forget';
import { runImportCli } from '../../src/cli/import';
import { parseConfig } from '../../src/config';
import { createStorage } from '../../src/storage';
import { projectRoot } from '../../src/shared/project-root';

const DEMO = path.join(projectRoot(), 'config', 'demo');

/**
 * The CLIs open the store the bot uses through one helper (src/cli/cli-store.ts). On Cosmos they keep no
 * local copy of the knowledge: no folder appears in the cache dir and no knowledge document is read.
 */
describe('CLIs on Cosmos (cosmosdb-server)', () => {
  const server = cosmosServer();
  const requested: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-cli-store-'));
  const cacheDir = path.join(dir, 'knowledge-copy');
  let config: ReturnType<typeof parseConfig>;

  beforeAll(async () => {
    const [handler] = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      requested.push(`${req.method} ${req.url}`);
      handler(req, res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    config = parseConfig({
      STORAGE: 'cosmos',
      COSMOS_ENDPOINT: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
      COSMOS_DATABASE: `cli-${process.pid}`,
      KNOWLEDGE_CACHE_DIR: cacheDir,
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
    });
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('npm run import reads no knowledge document, and neither import nor forget leaves a knowledge copy behind', async () => {
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    try {
      expect(await runImportCli([path.join(DEMO, 'gebruikers.csv'), path.join(DEMO, 'aanbieders.csv')], config)).toBe(0);
      // the container itself is looked at when the store opens; its documents are not
      expect(requested.filter((r) => r.includes('/colls/knowledge/'))).toEqual([]);
      expect(existsSync(cacheDir)).toBe(false);
      // forget reads every container, knowledge included (a name may be in a document), and keeps no copy either
      expect(await runForgetCli(['00000000-0000-0000-0000-0000000000a1'], config)).toBe(0);
    } finally {
      write.mockRestore();
    }
    expect(out.join('')).toMatch(/aanbieders\.csv/);
    expect(existsSync(cacheDir)).toBe(false);

    // what the CLIs were spared: the bot's storage on the same settings opens (and fills) the copy
    const bot = await createStorage(config, config.REGION);
    expect(existsSync(cacheDir)).toBe(true);
    expect((await bot.people.list()).length).toBeGreaterThan(5);
    await bot.close();
  });
});
