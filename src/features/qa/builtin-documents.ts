import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../shared/project-root';
import { type ParsedDocument, parseDocument } from './ingest.service';
import type { KnowledgeRepository } from './qa.ports';
import type { Passage } from './qa.domain';

/** Documents that ship with the bot: the user guide, so "hoe werkt …" questions about the bot get answered. */
const BUILT_IN = ['docs/handleiding.md'];
/** Built-in documents are dated at the epoch: any document RSJ ingests counts as newer. */
const SHIPPED_AT = new Date(0);

/** Whether a passage is of a document that ships with the bot (the user guide), not one RSJ ingested. */
const SHIPPED_STAMP = SHIPPED_AT.toISOString();
export const isShipped = (passage: Pick<Passage, 'ingestedAt'>) => passage.ingestedAt === SHIPPED_STAMP;

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
 * shipped version replaces an earlier shipped one that differs; a document RSJ ingested under the
 * same title stays. Reads only the shipped titles, and writes nothing when they are current, so a
 * start neither reads the whole knowledge nor makes every other instance take in a change.
 */
export async function storeBuiltInDocuments(knowledge: KnowledgeRepository): Promise<void> {
  for (const doc of await builtInDocuments()) {
    const stored = await knowledge.passagesOf(doc.title);
    if (stored.length && stored[0].ingestedAt !== SHIPPED_AT.toISOString()) continue;
    if (sameText(stored, doc.passages)) continue;
    await knowledge.replaceDocument(doc.title, doc.passages);
  }
}

const sameText = (a: Passage[], b: Passage[]) =>
  a.length === b.length && a.every((p, i) => p.section === b[i].section && p.chapter === b[i].chapter && p.text === b[i].text && p.sourceFile === b[i].sourceFile);
