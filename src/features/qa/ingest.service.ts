import path from 'node:path';
import type { KnowledgeRepository } from './qa.ports';
import { readDocument } from './document-reader';
import { toPassages } from './passages';
import type { Passage } from './qa.domain';

export interface ParsedDocument {
  title: string;
  sourceFile: string;
  passages: Passage[];
}

/** Reads a file into passages without storing anything: parse everything first, then write. */
export async function parseDocument(fileName: string, data: Buffer, now = new Date()): Promise<ParsedDocument> {
  const text = await readDocument(fileName, data);
  const sourceFile = path.basename(fileName);
  const doc = toPassages(text, sourceFile);
  const ingestedAt = now.toISOString();
  return {
    title: doc.title,
    sourceFile,
    passages: doc.passages.map((p, position) => ({ title: doc.title, section: p.section, chapter: p.chapter, position, text: p.text, sourceFile, ingestedAt })),
  };
}

/** Stores parsed documents; a document with the same title replaces the earlier version. */
export async function storeDocuments(repo: KnowledgeRepository, docs: ParsedDocument[]): Promise<void> {
  for (const doc of docs) await repo.replaceDocument(doc.title, doc.passages);
}
