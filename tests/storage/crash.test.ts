import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStorage } from '../../src/storage';

const root = path.resolve(__dirname, '..', '..');

describe('durability', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when the process is killed with SIGKILL during writes, then every acknowledged write is still there', async () => {
    // tsx as a loader keeps the writer in this one process, so SIGKILL hits the writer itself.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'crash-writer.ts'), dir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged: string[] = [];
    let buffer = '';
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve()); // a writer that dies early fails the count below instead of hanging
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        acknowledged.push(...lines.filter(Boolean));
        if (acknowledged.length >= 300 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.once('exit', r));

    const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: dir, COSMOS_DATABASE: 'x' }, 'ijsselland');
    const stored = new Set((await storage.people.list()).map((p) => p.aadObjectId));
    await storage.close();
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});
