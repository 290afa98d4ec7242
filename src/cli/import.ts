import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type Config } from '../config';
import { composeImports } from '../compose';
import { describeReport, type ImportService } from '../features/imports/import.service';
import { UnreadableFileError } from '../features/imports/tabular';
import { loadRegion } from '../region';
import { createLogger } from '../shared/logger';
import { runAsProcess, withStorage } from './cli-store';

/** Imports each file and returns the Dutch report lines; ok is false when a file could not be read. */
export async function importFiles(imports: ImportService, files: string[]): Promise<{ ok: boolean; lines: string[] }> {
  const lines: string[] = [];
  let ok = true;
  for (const file of imports.inReferenceOrder(files)) {
    try {
      const reports = await imports.importFile(path.basename(file), await readFile(file));
      lines.push(...reports.map((r) => describeReport({ ...r, file })));
    } catch (err) {
      const known = err instanceof UnreadableFileError || (err as NodeJS.ErrnoException).code !== undefined;
      if (!known) throw err;
      ok = false;
      lines.push(`${file}: kon niet worden gelezen (${readError(err as NodeJS.ErrnoException)}). Er is niets gewijzigd.`);
    }
  }
  return { ok, lines };
}

function readError(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'bestand niet gevonden';
  if (err.code === 'EACCES') return 'geen leesrechten';
  if (err.code === 'EISDIR') return 'dit is een map';
  return err.message;
}

/** `npm run import -- <file>...` against the store the bot uses (same DATA_DIR / Cosmos settings). */
export async function runImportCli(files: string[], config: Config = loadConfig()): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('Gebruik: npm run import -- <bestand.csv|bestand.xlsx> ...\n');
    return 1;
  }
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const region = loadRegion(config.REGION);
  const { ok, lines } = await withStorage(config, (storage) => importFiles(composeImports({ config, region, storage, log }), files));
  process.stdout.write(`${lines.join('\n')}\n`);
  return ok ? 0 : 1;
}

if (require.main === module) runAsProcess(() => runImportCli(process.argv.slice(2)), { failed: 'Import mislukt' });
