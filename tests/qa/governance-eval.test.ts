import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, storeDocuments } from '../../src/features/qa/ingest.service';
import { createStorage } from '../../src/storage';
import { type EvalItem, QaHarness, judge } from '../helpers/qa-harness';

// The project's own questions, written before the bot ran on them. Most are answered from the project's
// own knowledge (curated facts, region file); the ones marked "needs": "seeds" only from the seed documents.
const OWN = path.join(__dirname, '../fixtures/qa/extra-questions.jsonl');
// The shared seeds and sample sit next to the project checkout; a clone elsewhere can point to them.
const SHARED = process.env.RSJ_SHARED_DIR ?? path.join(__dirname, '../../../shared');
const SEEDS = path.join(SHARED, 'seeds');
const SAMPLE = path.join(SHARED, 'eval/governance-sample.jsonl');
const haveShared = existsSync(SEEDS) && existsSync(SAMPLE);
const load = (file: string): EvalItem[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Asks like ../shared/eval/ask-bot.mjs --require-source: lines with the same "thread" share one conversation, in file order. */
function asker(bot: QaHarness) {
  const threads = new Map<string, string>();
  return async (item: EvalItem) => {
    if (item.thread && !threads.has(item.thread)) threads.set(item.thread, `a:thread-${item.thread}-${Date.now()}`);
    return judge(item, (await bot.say(item.q, { conversationId: item.thread ? threads.get(item.thread) : undefined })).text);
  };
}

describe('the project\'s own governance questions, on the knowledge in this repository', () => {
  const bot = new QaHarness();
  const ask = asker(bot);
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  const own = load(OWN).filter((i) => i.needs !== 'seeds');
  it('covers most of the set (the rest needs the seed documents)', () => expect(own.length).toBeGreaterThan(140));

  it.each(own.map((i) => [i.id, i] as const))('own %s', async (_id, item) => {
    expect(await ask(item)).toBeNull();
  });
});

if (!haveShared) {
  describe('governance questions on the shared seeds', () => {
    it.skip(`need ${SEEDS} and ${SAMPLE} (set RSJ_SHARED_DIR)`, () => undefined);
  });
} else describe('governance questions after ingesting the shared seed documents', () => {
  const bot = new QaHarness();
  const ask = asker(bot);
  beforeAll(async () => {
    const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: bot.dataDir, COSMOS_DATABASE: 'x' }, 'ijsselland');
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    const docs = await Promise.all(files.map(async (f) => parseDocument(f, readFileSync(path.join(SEEDS, f)))));
    await storeDocuments(storage.knowledge, docs);
    await storage.close();
    await bot.start();
  });
  afterAll(() => bot.stop());

  it.each(load(SAMPLE).map((i) => [i.id, i] as const))('sample %s', async (_id, item) => {
    expect(await ask(item)).toBeNull();
  });

  it.each(load(OWN).map((i) => [i.id, i] as const))('own %s', async (_id, item) => {
    expect(await ask(item)).toBeNull();
  });
});
