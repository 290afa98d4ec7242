import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(__dirname, '../..');

/** Writes a document and ingests it as `npm run ingest` does, in its own process, into `dataDir`. */
export async function ingestAsCli(dataDir: string, fileName: string, text: string): Promise<void> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'rsj-ingest-')), fileName);
  writeFileSync(file, text);
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', file], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, ENV_NAME: 'test-none' } });
}
