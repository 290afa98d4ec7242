import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Fact, Passage } from '../../src/features/qa/qa.domain';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { StoredCorpus } from '../../src/features/qa/stored-corpus';
import { createRepositories, type Storage } from '../../src/storage';
import type { DocumentStore } from '../../src/storage/document-store';
import { knowledgeManifest } from '../../src/storage/repositories/knowledge-manifest';
import { claimUnscopedKnowledge } from '../../src/storage/repositories/knowledge.repository';
import { passageSchema } from '../../src/features/qa/qa.domain';
import { cosmosFixture, sqliteFixture, type StoreFixture } from '../helpers/stores';

const AT = '2026-11-30T10:00:00.000Z';
const passage = (title: string, position: number, text: string): Passage => ({ title, section: 'Vergaderingen', chapter: '', position, text, sourceFile: `${title}.txt`, ingestedAt: AT });
const TITLE = 'Reglement van orde Regieoverleg';
const QUESTION = 'Hoe vaak vergadert het Regieoverleg?';
const noFacts = async (): Promise<Fact[]> => [];

/** What a region's search answers (the store's persistent index: SQLite FTS5, or the Cosmos instance's local copy). */
async function answerOf(storage: Storage, question: string): Promise<string> {
  const result = new KnowledgeIndex(await new StoredCorpus(storage.knowledgeIndex!, noFacts).open()).ask(question);
  return result.kind === 'answer' ? result.answer : `(${result.reason})`;
}

/** Two regions on one store (one SQLite file, one Cosmos account): region A never sees region B's documents. */
describe.each([['sqlite', sqliteFixture], ['cosmos', cosmosFixture]] as const)('knowledge per region on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  let store: DocumentStore;
  let ijsselland: Storage;
  let twente: Storage;
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'rsj-knowledge-regions-'));

  beforeAll(async () => {
    fixture = makeFixture();
    store = await fixture.open();
    ijsselland = createRepositories(store, 'ijsselland', { knowledgeCacheDir: cacheDir });
    twente = createRepositories(store, 'twente', { knowledgeCacheDir: cacheDir });
  });
  afterAll(async () => {
    for (const s of [ijsselland, twente]) s.versions.stop();
    await fixture.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('the same title in two regions is two documents: listed, read, searched and removed per region', async () => {
    await ijsselland.knowledge.replaceDocument(TITLE, [passage(TITLE, 0, 'Het Regieoverleg vergadert vier keer per jaar in Zwolle.')]);
    await twente.knowledge.replaceDocument(TITLE, [passage(TITLE, 0, 'Het Regieoverleg vergadert zes keer per jaar in Hengelo.'), passage(TITLE, 1, 'De voorzitter stelt de agenda vast.')]);
    await twente.knowledge.replaceDocument('Jaarverslag Twente 2025', [passage('Jaarverslag Twente 2025', 0, 'Hengelo opende een nieuwe gezinshuislocatie.')]);

    expect((await ijsselland.knowledge.listDocuments()).map((d) => [d.title, d.passages])).toEqual([[TITLE, 1]]);
    expect((await twente.knowledge.listDocuments()).map((d) => [d.title, d.passages])).toEqual([['Jaarverslag Twente 2025', 1], [TITLE, 2]]);
    expect((await ijsselland.knowledge.allPassages()).map((p) => p.text)).toEqual(['Het Regieoverleg vergadert vier keer per jaar in Zwolle.']);
    expect((await ijsselland.knowledge.passagesOf(TITLE)).map((p) => p.text)).toEqual(['Het Regieoverleg vergadert vier keer per jaar in Zwolle.']);

    expect(await answerOf(ijsselland, QUESTION)).toContain('vier keer');
    expect(await answerOf(twente, QUESTION)).toContain('zes keer');
    expect(await answerOf(ijsselland, 'Welke gemeente opende een nieuwe gezinshuislocatie?')).not.toContain('Hengelo');

    expect(await ijsselland.knowledge.removeDocument(TITLE)).toBe(1);
    expect(await ijsselland.knowledge.listDocuments()).toEqual([]);
    expect(await answerOf(ijsselland, QUESTION)).not.toContain('keer');
    expect(await answerOf(twente, QUESTION)).toContain('zes keer');
    expect(await twente.knowledge.passagesOf(TITLE)).toHaveLength(2);
  });

  it("a region's change log (the manifest other instances follow) does not move with another region's writes", async () => {
    const [a, b] = [knowledgeManifest(store, 'ijsselland'), knowledgeManifest(store, 'twente')];
    const before = { a: (await a.head())?.revision ?? 0, b: (await b.head())?.revision ?? 0 };
    await b.record('Jaarverslag Twente 2025');
    expect((await a.head())?.revision ?? 0).toBe(before.a);
    expect((await b.head())?.revision).toBe(before.b + 1);
    expect((await b.head())?.recent.at(-1)?.title).toBe('Jaarverslag Twente 2025');
  });

  it('knowledge of the single-region layout (partition = bare title) becomes the first starting region\'s, once per account', async () => {
    const raw = store.collection('knowledge', passageSchema);
    const legacy = 'Kadernota Oud 2024';
    await raw.upsertMany([0, 1].map((i) => ({ pk: legacy, id: `p0000${i}`, value: passage(legacy, i, `Het Regieoverleg begroot ${i + 1} miljoen euro voor de kadernota.`) })));

    expect(await claimUnscopedKnowledge(store, 'ijsselland', ijsselland.knowledge)).toBe(2);
    expect((await ijsselland.knowledge.passagesOf(legacy)).map((p) => p.position)).toEqual([0, 1]);
    expect(await raw.listPartition(legacy)).toEqual([]);
    expect(await twente.knowledge.passagesOf(legacy)).toEqual([]);
    expect(await answerOf(ijsselland, 'Hoeveel miljoen euro begroot het Regieoverleg voor de kadernota?')).toMatch(/miljoen/);
    expect(await answerOf(twente, 'Hoeveel miljoen euro begroot het Regieoverleg voor de kadernota?')).not.toMatch(/miljoen/);

    // Later starts, of either region, read the marker only: nothing more is claimed by anyone.
    await raw.upsert(legacy, 'p00009', passage(legacy, 9, 'Geschreven door een instantie van de oude versie.'));
    expect(await claimUnscopedKnowledge(store, 'twente', twente.knowledge)).toBe(0);
    expect(await claimUnscopedKnowledge(store, 'ijsselland', ijsselland.knowledge)).toBe(0);
    expect(await twente.knowledge.passagesOf(legacy)).toEqual([]);
    expect(await ijsselland.knowledge.passagesOf(legacy)).toHaveLength(2);
  });
});
