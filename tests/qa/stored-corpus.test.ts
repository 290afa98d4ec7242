import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ParsedDocument, parseDocument, storeDocuments } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { Fact } from '../../src/features/qa/qa.domain';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';
import { StoredCorpus } from '../../src/features/qa/stored-corpus';
import Database from 'better-sqlite3';
import { knowledgeRepository } from '../../src/storage/repositories/knowledge.repository';
import { qaRepository } from '../../src/storage/repositories/qa.repository';
import { sqliteKnowledgeIndex } from '../../src/storage/sqlite/sqlite-knowledge-index';
import { type SqliteStore, openSqliteStore } from '../../src/storage/sqlite/sqlite-store';

const REGION = 'ijsselland';

const DOCS = path.join(__dirname, '../fixtures/qa/docs');
const SEEDS = path.join(process.env.RSJ_SHARED_DIR ?? path.join(__dirname, '../../../shared'), 'seeds');
const EXTRA = path.join(__dirname, '../fixtures/qa/extra-questions.jsonl');

async function documents(): Promise<ParsedDocument[]> {
  const fixtures = ['vergaderafspraken.md', 'budgetnotitie.txt'].map((f) => path.join(DOCS, f));
  // The shared seeds widen the comparison when they are next to the checkout.
  const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f)) : [];
  return Promise.all([...fixtures, ...seeds].map((f) => parseDocument(path.basename(f), readFileSync(f))));
}

const QUESTIONS = [
  'Wie zitten in het regieoverleg?',
  'Hoeveel geld is er voor de teamdag?',
  'Hoeveel budget is er voor het onderhoud van de vijverss?',
  'Wanneer worden de stukken verstuurd?',
  'Hoeveel kost de nieuwe parkeergarage voor het bestuur?',
  'Wat gebeurt er bij een crisis bij een zorgaanbieder?',
  'Welke gemeenten doen mee met het RSJ?',
  'Wat betekent AO?',
  'Wat is het weer morgen in Zwolle?',
  ...readFileSync(EXTRA, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).q as string),
  ...CURATED_FACTS.flatMap((f) => f.questions),
];

describe('the persistent index (SQLite FTS5) answers as the in-memory index does', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-stored-corpus-'));
  const opened: SqliteStore[] = [];
  const open = () => {
    const store = openSqliteStore(dir);
    opened.push(store);
    return store;
  };
  const facts = async (): Promise<Fact[]> => CURATED_FACTS;
  let docs: ParsedDocument[];
  let writer: SqliteStore;

  beforeAll(async () => {
    docs = await documents();
    writer = open();
    await storeDocuments(knowledgeRepository(writer, REGION), docs);
  });
  afterAll(async () => {
    for (const s of opened) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same result for every question, in the process that indexed and in a second one on the same file', async () => {
    const memory = new KnowledgeIndex(CURATED_FACTS, docs.flatMap((d) => d.passages));
    const indexer = new KnowledgeIndex(await new StoredCorpus(writer.knowledgeIndex(REGION), facts).open());
    const second = new KnowledgeIndex(await new StoredCorpus(open().knowledgeIndex(REGION), facts).open());
    expect(second.size).toEqual(memory.size);
    const differences = QUESTIONS.map((q) => ({ q, memory: memory.ask(q), indexer: indexer.ask(q), second: second.ask(q) })).filter(
      (r) => JSON.stringify(r.memory) !== JSON.stringify(r.indexer) || JSON.stringify(r.memory) !== JSON.stringify(r.second),
    );
    expect(differences).toEqual([]);
    // Asked again, from the results kept per index generation: still the same.
    const again = QUESTIONS.filter((q) => JSON.stringify(second.ask(q)) !== JSON.stringify(memory.ask(q)));
    expect(again).toEqual([]);
  });

  it('takes in a document another process adds, re-ingests shorter and removes, without a rebuild', async () => {
    const reader = await new StoredCorpus(open().knowledgeIndex(REGION), facts).open();
    const index = new KnowledgeIndex(reader);
    const question = 'Wat is het budget voor de pilot Zwaluwnest?';
    expect(index.ask(question).kind).toBe('none');

    const pilot = await parseDocument('pilot.txt', Buffer.from('Pilot Zwaluwnest\n\nHet BO stelt het budget voor de pilot Zwaluwnest vast op € 48.250.\n\nDe pilot loopt in drie gemeenten.'));
    await storeDocuments(knowledgeRepository(writer, REGION), [pilot]);
    await reader.sync();
    const found = index.ask(question);
    expect(found).toMatchObject({ kind: 'answer', source: { title: 'Pilot Zwaluwnest' } });
    expect(found.kind === 'answer' && found.answer).toContain('48.250');
    expect(index.passage('Pilot Zwaluwnest', 0)?.text).toContain('48.250');

    await knowledgeRepository(writer, REGION).removeDocument('Pilot Zwaluwnest');
    await reader.sync();
    expect(index.ask(question).kind).toBe('none');
    expect(index.passage('Pilot Zwaluwnest', 0)).toBeUndefined();
  });

  it('finds a passage by the name of a short form its document defines elsewhere, as the in-memory index does', async () => {
    const reader = await new StoredCorpus(open().knowledgeIndex(REGION), facts).open();
    const index = new KnowledgeIndex(reader);
    const pilot = await parseDocument('pilot-zonnedauw.md', Buffer.from('# Pilot Zonnedauw\n\n## Opzet\n\nElke school in de pilot Zonnedauw kreeg een schoolmaatschappelijk werker (SMW-school) voor twee dagen per week.\n\n## Oordeel\n\nOuders gaven de SMW-school een 7,9.'));
    await storeDocuments(knowledgeRepository(writer, REGION), [pilot]);
    await reader.sync();
    const question = 'Welk cijfer gaven ouders de schoolmaatschappelijk werker in de pilot Zonnedauw?';
    const memory = new KnowledgeIndex(CURATED_FACTS, pilot.passages);
    for (const found of [index.ask(question), memory.ask(question)]) expect(found.kind === 'answer' && found.answer).toContain('7,9');
    await knowledgeRepository(writer, REGION).removeDocument('Pilot Zonnedauw');
    await reader.sync();
  });

  it('indexes each change once when two processes catch up at the same time', async () => {
    const a = await new StoredCorpus(open().knowledgeIndex(REGION), facts).open();
    const b = await new StoredCorpus(open().knowledgeIndex(REGION), facts).open();
    const count = () => ({ documents: writer.knowledgeIndex(REGION).stats().documents, passages: writer.knowledgeIndex(REGION).passageCount() });
    const before = count();
    const note = await parseDocument('notitie.txt', Buffer.from('Notitie wachtkamer\n\nDe wachtkamer van de Toegang krijgt een nieuwe inrichting.'));
    await storeDocuments(knowledgeRepository(writer, REGION), [note]);
    await Promise.all([a.sync(), b.sync()]);
    expect(count()).toEqual({ documents: before.documents + 1, passages: before.passages + 1 });
  });
});

describe('the change log of the persistent index', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-change-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps only the newest changes once indexed; a process that slept through the pruned ones reloads the facts and answers from every document', async () => {
    const store = openSqliteStore(dir);
    const raw = new Database(path.join(dir, 'rsj.sqlite'));
    try {
      const index = sqliteKnowledgeIndex(raw, REGION, 5);
      const qa = qaRepository(store, REGION);
      const facts = async (): Promise<Fact[]> => [...CURATED_FACTS, ...(await qa.facts())];
      const asleep = await new StoredCorpus(index, facts).open();
      const awake = await new StoredCorpus(index, facts).open();

      const added: Fact = { id: 'f-kwartel', questions: ['Wie leidt de werkgroep Kwartelkoning?'], keywords: [], answer: 'Mevrouw Kwartel leidt de werkgroep.', source: { title: 'Verslag', section: '' } };
      await qa.saveFact(added);
      for (let i = 0; i < 10; i++) {
        const report = await parseDocument(`verslag-${i}.txt`, Buffer.from(`Verslag Kievitshoek ${i}\n\nDe werkgroep ${i} vergadert in dorpshuis Kievitshoek ${i}.\n\nDe secretaris stuurt het verslag rond.`));
        await storeDocuments(knowledgeRepository(store, REGION), [report]);
        await awake.sync();
      }
      const logRows = () => (raw.prepare('SELECT count(*) AS n FROM "knowledge_changes:ijsselland"').get() as { n: number }).n;
      expect(logRows()).toBeLessThanOrEqual(5);

      expect(asleep.facts.has(added.id)).toBe(false);
      await asleep.sync();
      expect(asleep.facts.has(added.id)).toBe(true);
      const answer = new KnowledgeIndex(asleep).ask('Waar vergadert werkgroep 0?');
      expect(answer.kind === 'answer' && answer.answer).toContain('Kievitshoek 0');
    } finally {
      raw.close();
      await store.close();
    }
  });
});
