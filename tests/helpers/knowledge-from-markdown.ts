import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { toPassages } from '../../src/features/qa/passages';
import type { Passage } from '../../src/features/qa/qa.domain';

/** A knowledge index of one markdown document, read the way ingest reads it (no curated facts). */
export function indexOfMarkdown(markdown: string, file: string): KnowledgeIndex {
  const doc = toPassages(markdown, file);
  const passages: Passage[] = doc.passages.map((p, position) => ({ ...p, title: doc.title, position, sourceFile: file, ingestedAt: '2026-01-01T00:00:00Z' }));
  return new KnowledgeIndex([], passages);
}
