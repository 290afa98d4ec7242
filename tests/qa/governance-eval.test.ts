import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, storeDocuments } from '../../src/features/qa/ingest.service';
import { createStorage } from '../../src/storage';
import { type EvalItem, QaHarness, judge } from '../helpers/qa-harness';

// The shared seeds and sample sit next to the project checkout; a clone elsewhere can point to them.
const SHARED = process.env.RSJ_SHARED_DIR ?? path.join(__dirname, '../../../shared');
const SEEDS = path.join(SHARED, 'seeds');
const SAMPLE = path.join(SHARED, 'eval/governance-sample.jsonl');
const haveShared = existsSync(SEEDS) && existsSync(SAMPLE);
const EXTRA = path.join(__dirname, '../fixtures/qa/extra-questions.jsonl');
const load = (file: string): EvalItem[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** The acceptance questions against the real bot, after ingesting the seed documents (as `npm run ingest -- ../shared/seeds`). */
if (!haveShared) {
  describe('governance questions on the shared seeds', () => {
    it.skip(`need ${SEEDS} and ${SAMPLE} (set RSJ_SHARED_DIR)`, () => undefined);
  });
} else describe('governance questions, judged like ../shared/eval/ask-bot.mjs --require-source', () => {
  const bot = new QaHarness();
  beforeAll(async () => {
    const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: bot.dataDir, COSMOS_DATABASE: 'x' }, 'ijsselland');
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    const docs = await Promise.all(files.map(async (f) => parseDocument(f, readFileSync(path.join(SEEDS, f)))));
    await storeDocuments(storage.knowledge, docs);
    await storage.close();
    await bot.start();
  });
  afterAll(() => bot.stop());

  // Lines with the same "thread" share one conversation, in file order (follow-up questions).
  const threads = new Map<string, string>();
  const ask = async (item: EvalItem) => {
    if (item.thread && !threads.has(item.thread)) threads.set(item.thread, `a:thread-${item.thread}-${Date.now()}`);
    return judge(item, (await bot.say(item.q, { conversationId: item.thread ? threads.get(item.thread) : undefined })).text);
  };

  it.each(load(SAMPLE).map((i) => [i.id, i] as const))('sample %s', async (_id, item) => {
    expect(await ask(item)).toBeNull();
  });

  it.each(load(EXTRA).map((i) => [i.id, i] as const))('extra %s', async (_id, item) => {
    expect(await ask(item)).toBeNull();
  });
});
