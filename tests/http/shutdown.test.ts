import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBotProcess } from '../helpers/bot-process';

const root = path.resolve(__dirname, '..', '..');

describe('the process', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rsj-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when it gets SIGTERM, then it stops accepting, closes the store and exits 0', async () => {
    const { child, port, log } = await startBotProcess({ DATA_DIR: dataDir, DEMO_DATA: 'off' });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log()).toContain('shutting down');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('when a setting is invalid, then it stops at start-up with one line naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'index.ts')], {
      cwd: root,
      env: { ...process.env, PORT: 'abc', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('PORT');
  });
});
