import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config';
import { UnreadableDocumentError, DOCUMENT_EXTENSIONS } from '../features/qa/document-reader';
import { type ParsedDocument, parseDocument, storeDocuments } from '../features/qa/ingest.service';
import type { Storage } from '../storage';
import { runAsProcess, withStorage } from './cli-store';
import { CURATED_FACTS } from '../features/qa/qa.service';
import { updateKnowledgeIndex } from '../features/qa/stored-corpus';

const USAGE = `Gebruik: npm run ingest -- <bestand of map>...   (.txt, .md, .pdf, .docx)
         npm run ingest -- --list
         npm run ingest -- --remove "<titel>"`;

/** Files to read: given files as they are, folders one level deep (only document types, no README). */
async function expand(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info) throw new UnreadableDocumentError(`${arg}: bestand of map bestaat niet.`);
    if (!info.isDirectory()) {
      files.push(arg);
      continue;
    }
    const names = (await readdir(arg)).filter((n) => DOCUMENT_EXTENSIONS.test(n) && !/^readme\.md$/i.test(n)).sort();
    files.push(...names.map((n) => path.join(arg, n)));
  }
  return files;
}

async function main(argv: string[]): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (argv.length === 0 || argv.includes('--help')) {
    out(USAGE);
    return argv.length === 0 ? 1 : 0;
  }
  const config = loadConfig();
  return withStorage(config, async (storage) => {
    const repo = storage.knowledge;
    if (argv[0] === '--list') {
      const docs = await repo.listDocuments();
      if (docs.length === 0) out('De kennisbank is leeg.');
      for (const d of docs) out(`${d.title}  (${d.passages} passages, ${d.sourceFile}, ingelezen ${d.ingestedAt.slice(0, 16).replace('T', ' ')})`);
      return 0;
    }
    if (argv[0] === '--remove') {
      const title = argv.slice(1).join(' ').trim();
      if (!title) throw new UnreadableDocumentError('Geef de titel van het document dat weg moet.');
      const removed = await repo.removeDocument(title);
      await updateIndex(storage);
      out(removed ? `Verwijderd: "${title}" (${removed} passages).` : `Geen document met de titel "${title}" gevonden; er is niets gewijzigd.`);
      return removed ? 0 : 1;
    }
    // Read and split everything first: one unreadable file means nothing is stored.
    const docs: ParsedDocument[] = [];
    const started = Date.now();
    // Files named later count as ingested later (a later document overrules an earlier one), also within one millisecond.
    for (const [i, file] of (await expand(argv)).entries()) docs.push(await parseDocument(file, await readFile(file), new Date(started + i)));
    if (docs.length === 0) throw new UnreadableDocumentError('Geen .txt-, .md-, .pdf- of .docx-bestanden gevonden.');
    await storeDocuments(repo, docs);
    await updateIndex(storage);
    for (const d of docs) out(`Ingelezen: "${d.title}" uit ${d.sourceFile} (${d.passages.length} passages)`);
    out(`${docs.length} document(en) in ${Date.now() - started} ms opgeslagen in ${storage.kind === 'sqlite' ? config.DATA_DIR : 'Cosmos DB'}.`);
    return 0;
  });
}

/**
 * Running bots see the change within seconds; on SQLite indexing it here spares them the work. On
 * Cosmos every instance indexes its own local copy, so there is nothing to share from here.
 */
async function updateIndex(storage: Storage): Promise<void> {
  if (storage.knowledgeIndex && storage.kind === 'sqlite') await updateKnowledgeIndex(storage.knowledgeIndex, async () => [...CURATED_FACTS, ...(await storage.qa.facts())]);
}

runAsProcess(() => main(process.argv.slice(2)), { failed: 'Inlezen mislukt', known: [UnreadableDocumentError], after: 'Er is niets gewijzigd.' });
