// The index the evaluation scripts ask: the curated facts, the shared seeds, the built-in documents and
// optionally one document, ingested in that order a millisecond apart (as `npm run ingest` does).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { builtInDocuments } from '../src/features/qa/builtin-documents';
import { parseDocument } from '../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../src/features/qa/knowledge-index';
import { CURATED_FACTS } from '../src/features/qa/qa.service';

export const SEEDS_DIR = path.join(__dirname, '../../shared/seeds');

/** A function that builds the index of the seeds plus `doc` (or the seeds alone). */
export async function seedIndexer(): Promise<(doc?: string) => Promise<KnowledgeIndex>> {
  const seedFiles = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS_DIR, f));
  const builtIn = (await builtInDocuments()).flatMap((d) => d.passages);
  return async (doc?: string) => {
    const files = [...seedFiles, ...(doc ? [doc] : [])];
    const docs = await Promise.all(files.map((f, i) => parseDocument(path.basename(f), readFileSync(f), new Date(Date.now() + i))));
    return new KnowledgeIndex(CURATED_FACTS, [...docs.flatMap((d) => d.passages), ...builtIn]);
  };
}
