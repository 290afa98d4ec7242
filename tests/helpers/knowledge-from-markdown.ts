import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { toPassages } from '../../src/features/qa/passages';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';
import { builtInDocuments } from '../../src/features/qa/builtin-documents';
import type { Passage } from '../../src/features/qa/qa.domain';

/** A knowledge index of one markdown document, read the way ingest reads it (no curated facts). */
export function indexOfMarkdown(markdown: string, file: string): KnowledgeIndex {
  const doc = toPassages(markdown, file);
  const passages: Passage[] = doc.passages.map((p, position) => ({ ...p, title: doc.title, position, sourceFile: file, ingestedAt: '2026-01-01T00:00:00Z' }));
  return new KnowledgeIndex([], passages);
}

/**
 * Asks one ingested document (no curated facts, no seeds): the answer text, or "declined: <reason>". Call it in a
 * describe block; the index is built once, before that block's tests.
 */
export function answersFromDocument(text: string, file = 'reglement.md'): (question: string) => string {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument(file, Buffer.from(text))).passages);
  });
  return (question) => {
    const r = index.ask(question);
    return r.kind === 'answer' ? r.answer : `declined: ${r.reason}`;
  };
}

/** One test per question: its answer contains the expected words. */
export function itAnswersWith(answer: (question: string) => string, cases: [question: string, expected: string][]): void {
  it.each(cases)('%s', (question, expected) => {
    expect(answer(question)).toContain(expected);
  });
}

/** A knowledge index of one ingested document with the curated facts and the built-in documents, as the bot holds them (no seeds). */
export async function indexWithCuratedFacts(file: string, text: string): Promise<KnowledgeIndex> {
  return new KnowledgeIndex(CURATED_FACTS, [...(await parseDocument(file, Buffer.from(text))).passages, ...(await builtInDocuments()).flatMap((d) => d.passages)]);
}
