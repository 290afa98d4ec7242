// A question file asked over HTTP the way Teams (and ../shared/eval/ask-bot.mjs) asks it, with the shared seeds
// ingested: every feature's routing takes part, not only the Q&A index. Prints failures and the score.
//   npx tsx eval/over-http.ts eval/seeds/fresh-s5.jsonl [--only=f01,f02] [--all] [--user=<aadObjectId>]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, storeDocuments } from '../src/features/qa/ingest.service';
import { createStorage } from '../src/storage';
import { QaHarness, judge, type EvalItem } from '../tests/helpers/qa-harness';

async function main() {
  const file = process.argv[2];
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const all = process.argv.includes('--all');
  const user = process.argv.find((a) => a.startsWith('--user='))?.slice(7);
  const seeds = path.join(__dirname, '../../shared/seeds');
  const bot = new QaHarness();
  const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: bot.dataDir, COSMOS_DATABASE: 'x' }, 'ijsselland');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  // Dated one millisecond apart in file order, as `npm run ingest` does: documents parsed in the same millisecond
  // would tie in age, and which overrules which would change from run to run.
  const started = Date.now();
  await storeDocuments(storage.knowledge, await Promise.all(files.map(async (f, i) => parseDocument(f, readFileSync(path.join(seeds, f)), new Date(started + i)))));
  await storage.close();
  await bot.start();
  try {
    const items: EvalItem[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((i: EvalItem) => !only || only.includes(i.id));
    let ok = 0;
    for (const item of items) {
      const reply = (await bot.say(item.q, { user })).text;
      const verdict = judge(item, reply);
      if (!verdict) ok++;
      if (verdict || all) console.log(`${verdict ? 'FAIL' : 'ok  '} ${item.id} ${item.q}\n     ${verdict ?? ''}\n     > ${reply.replace(/\n+/g, ' | ').slice(0, 400)}`);
    }
    console.log(`${path.basename(file)} over HTTP: ${ok}/${items.length}`);
  } finally {
    await bot.stop();
  }
}
void main();
