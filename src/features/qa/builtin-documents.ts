import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../shared/project-root';
import { type ParsedDocument, parseDocument } from './ingest.service';
import type { KnowledgeRepository } from './qa.ports';

/** Documents that ship with the bot: the user guide, so "hoe werkt …" questions about the bot get answered. */
const BUILT_IN = ['docs/handleiding.md'];
/** Built-in documents are dated at the epoch: any document RSJ ingests counts as newer. */
const SHIPPED_AT = new Date(0);

/** Parsed once per process; a missing file (a trimmed deployment) is left out rather than stopping the index. */
let cached: Promise<ParsedDocument[]> | undefined;
export function builtInDocuments(): Promise<ParsedDocument[]> {
  cached ??= Promise.all(
    BUILT_IN.map((file) => path.join(projectRoot(), file))
      .filter((file) => existsSync(file))
      .map((file) => parseDocument(path.basename(file), readFileSync(file), SHIPPED_AT)),
  );
  return cached;
}

/**
 * Puts the shipped documents in the knowledge store, where both search backends read them: the
 * shipped version replaces an earlier shipped one; a document RSJ ingested under the same title stays.
 */
export async function storeBuiltInDocuments(knowledge: KnowledgeRepository): Promise<void> {
  const docs = await builtInDocuments();
  if (docs.length === 0) return;
  const stored = new Map((await knowledge.listDocuments()).map((d) => [d.title, d.ingestedAt]));
  for (const doc of docs) {
    const at = stored.get(doc.title);
    if (at === undefined || at === SHIPPED_AT.toISOString()) await knowledge.replaceDocument(doc.title, doc.passages);
  }
}
