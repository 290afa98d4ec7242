// Every evaluation set in one process, for a before/after comparison: npx tsx eval/run-all.ts > scores.txt
// Prints per set and format the score and the ids that fail (the same judging as eval/run.ts), then the
// seed question sets (the public sample, the project's own set, the handleiding, the fresh seed sets) asked of
// the seeds alone.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { KnowledgeIndex } from '../src/features/qa/knowledge-index';
import { answerReply } from '../src/features/qa/qa.routes';
import { judge, type EvalItem } from '../tests/helpers/qa-harness';
import { SEEDS_DIR, seedIndexer } from './seed-index';

type Item = EvalItem & { source?: string };
const readItems = (file: string): Item[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

async function main() {
  const indexWith = await seedIndexer();
  const total = { passed: 0, asked: 0 };
  const score = (name: string, index: KnowledgeIndex, items: Item[]) => {
    const failed = items.filter((item) => {
      const reply = answerReply(item.q, index.ask(item.q)).text ?? '';
      let verdict = judge(item, reply);
      if (!verdict && item.source && !item.negative && !reply.toLowerCase().includes(`bron: ${item.source.toLowerCase()}`)) verdict = 'wrong source';
      // QA_EVAL_DETAILS=1 prints each failure with the reply (for dev sets: reading a held-out set's failures spends it).
      if (verdict && process.env.QA_EVAL_DETAILS) console.log(`  ${item.id} ${item.q}\n    ${verdict}\n    > ${reply.replace(/\n+/g, ' | ').slice(0, 300)}`);
      return !!verdict;
    });
    console.log(`${name}: ${items.length - failed.length}/${items.length}  fail: ${failed.map((i) => i.id).join(' ')}`);
    total.passed += items.length - failed.length;
    total.asked += items.length;
  };
  const only = process.argv[2];
  for (const set of ['heldout', 'dev', 'tables', 'blind', 'blind/lead-s4', 'blind/lead-s5', 'blind/lead-s6', 'blind/lead-s7', 'blind/lead-s9', 'blind/lead-s11', 'blind/lead-s12', 'blind/lead-s13', 'blind/lead-s14', 'blind/lead-s15', 'blind/lead-s16', 'blind/lead-s17', 'blind/lead-s18', 'blind/lead-s19', 'blind/lead-s20', 'blind/lead-s21', 'blind/lead-s22', 'blind/lead-s24', 'blind/lead-s25', 'blind/lead-s27', 'blind/lead-s28', 'blind/lead-s29', 'blind/lead-s30', 'blind/lead-s31', 'blind/lead-s32', 'blind/lead-s33', 'blind/lead-s34', 'blind/lead-s35', 'blind/lead-s36', 'blind/lead-s37', 'blind/lead-s38', 'blind/lead-s39', 'blind/lead-s40', 'blind/lead-s41', 'blind/lead-s42', 'blind/lead-s43', 'blind/lead-s44', 'blind/lead-s45', 'blind/lead-s46', 'blind/lead-s47', 'blind/lead-s48', 'blind/lead-s49', 'blind/lead-s50', 'blind/lead-s51', 'blind/lead-s52', 'blind/lead-s53', 'blind/lead-s54', 'blind/lead-s55', 'blind/lead-s56', 'blind/lead-s57', 'blind/lead-s58']) {
    const dir = path.join(__dirname, set);
    for (const doc of readdirSync(dir).filter((f) => /\.(md|docx|pdf)$/.test(f) && (!only || f.includes(only)))) {
      const file = path.join(dir, doc);
      score(`${set}/${doc}`, await indexWith(file), readItems(file.replace(/\.(md|docx|pdf)$/, '.jsonl')));
    }
  }
  if (only) return;
  const seedsOnly = await indexWith();
  score('sample', seedsOnly, readItems(path.join(SEEDS_DIR, '../eval/governance-sample.jsonl')));
  score('own set', seedsOnly, readItems(path.join(__dirname, '../tests/fixtures/qa/extra-questions.jsonl')));
  score('handleiding', seedsOnly, readItems(path.join(__dirname, 'dev/handleiding.jsonl')));
  score('seeds fresh-s5', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s5.jsonl')));
  score('seeds fresh-s6', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s6.jsonl')));
  score('seeds fresh-s7', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s7.jsonl')));
  score('seeds fresh-s8', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s8.jsonl')));
  score('seeds fresh-s9', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s9.jsonl')));
  score('seeds fresh-s21dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s21dev.jsonl')));
  score('seeds fresh-s24dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s24dev.jsonl')));
  score('seeds fresh-s49dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s49dev.jsonl')));
  score('seeds fresh-s49bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s49bdev.jsonl')));
  score('seeds fresh-s50dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s50dev.jsonl')));
  score('seeds fresh-s50bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s50bdev.jsonl')));
  score('seeds fresh-s51dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s51dev.jsonl')));
  score('seeds fresh-s51bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s51bdev.jsonl')));
  score('seeds fresh-s52dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s52dev.jsonl')));
  score('seeds fresh-s52bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s52bdev.jsonl')));
  score('seeds fresh-s53dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s53dev.jsonl')));
  score('seeds fresh-s53bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s53bdev.jsonl')));
  score('seeds fresh-s54dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s54dev.jsonl')));
  score('seeds fresh-s54bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s54bdev.jsonl')));
  score('seeds fresh-s55dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s55dev.jsonl')));
  score('seeds fresh-s55bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s55bdev.jsonl')));
  score('seeds fresh-s56dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s56dev.jsonl')));
  score('seeds fresh-s56bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s56bdev.jsonl')));
  score('seeds fresh-s57dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s57dev.jsonl')));
  score('seeds fresh-s57bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s57bdev.jsonl')));
  score('seeds fresh-s58dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s58dev.jsonl')));
  score('seeds fresh-s58bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s58bdev.jsonl')));
  score('seeds fresh-s59dev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s59dev.jsonl')));
  score('seeds fresh-s59bdev', seedsOnly, readItems(path.join(__dirname, 'seeds/fresh-s59bdev.jsonl')));
  score('seeds lead-s5', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s5/seeds-fresh-s5.jsonl')));
  score('seeds lead-s6', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s6/seeds-fresh-s6.jsonl')));
  score('seeds lead-s7', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s7/seeds-fresh-s7.jsonl')));
  score('seeds lead-s9', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s9/seeds-fresh-s9.jsonl')));
  score('seeds lead-s11', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s11/seeds-fresh-s11.jsonl')));
  score('seeds lead-s12', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s12/seeds-fresh-s12.jsonl')));
  score('seeds lead-s13', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s13/seeds-fresh-s13.jsonl')));
  score('seeds lead-s14', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s14/seeds-fresh-s14.jsonl')));
  score('seeds lead-s15', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s15/seeds-fresh-s15.jsonl')));
  score('seeds lead-s16', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s16/seeds-fresh-s16.jsonl')));
  score('seeds lead-s17', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s17/seeds-fresh-s17.jsonl')));
  score('seeds lead-s18', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s18/seeds-fresh-s18.jsonl')));
  score('seeds lead-s18b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s18/seeds-fresh-s18b.jsonl')));
  score('seeds lead-s19', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s19/seeds-fresh-s19.jsonl')));
  score('seeds lead-s19b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s19/seeds-fresh-s19b.jsonl')));
  score('seeds lead-s20', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s20/seeds-fresh-s20.jsonl')));
  score('seeds lead-s20b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s20/seeds-fresh-s20b.jsonl')));
  score('seeds lead-s21', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s21/seeds-fresh-s21.jsonl')));
  score('seeds lead-s21b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s21/seeds-fresh-s21b.jsonl')));
  score('seeds lead-s22', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s22/seeds-fresh-s22.jsonl')));
  score('seeds lead-s22b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s22/seeds-fresh-s22b.jsonl')));
  score('seeds lead-s24', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s24/seeds-fresh-s24.jsonl')));
  score('seeds lead-s24b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s24/seeds-fresh-s24b.jsonl')));
  score('seeds lead-s25', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s25/seeds-fresh-s25.jsonl')));
  score('seeds lead-s25b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s25/seeds-fresh-s25b.jsonl')));
  score('seeds lead-s27', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s27/seeds-fresh-s27.jsonl')));
  score('seeds lead-s27b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s27/seeds-fresh-s27b.jsonl')));
  score('seeds lead-s28', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s28/seeds-fresh-s28.jsonl')));
  score('seeds lead-s28b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s28/seeds-fresh-s28b.jsonl')));
  score('seeds lead-s29', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s29/seeds-fresh-s29.jsonl')));
  score('seeds lead-s29b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s29/seeds-fresh-s29b.jsonl')));
  score('seeds lead-s30', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s30/seeds-fresh-s30.jsonl')));
  score('seeds lead-s30b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s30/seeds-fresh-s30b.jsonl')));
  score('seeds lead-s31', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s31/seeds-fresh-s31.jsonl')));
  score('seeds lead-s31b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s31/seeds-fresh-s31b.jsonl')));
  score('seeds lead-s32', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s32/seeds-fresh-s32.jsonl')));
  score('seeds lead-s32b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s32/seeds-fresh-s32b.jsonl')));
  score('seeds lead-s33', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s33/seeds-fresh-s33.jsonl')));
  score('seeds lead-s33b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s33/seeds-fresh-s33b.jsonl')));
  score('seeds lead-s34', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s34/seeds-fresh-s34.jsonl')));
  score('seeds lead-s34b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s34/seeds-fresh-s34b.jsonl')));
  score('seeds lead-s35', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s35/seeds-fresh-s35.jsonl')));
  score('seeds lead-s35b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s35/seeds-fresh-s35b.jsonl')));
  score('seeds lead-s36', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s36/seeds-fresh-s36.jsonl')));
  score('seeds lead-s36b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s36/seeds-fresh-s36b.jsonl')));
  score('seeds lead-s37', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s37/seeds-fresh-s37.jsonl')));
  score('seeds lead-s37b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s37/seeds-fresh-s37b.jsonl')));
  score('seeds lead-s38', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s38/seeds-fresh-s38.jsonl')));
  score('seeds lead-s38b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s38/seeds-fresh-s38b.jsonl')));
  score('seeds lead-s39', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s39/seeds-fresh-s39.jsonl')));
  score('seeds lead-s39b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s39/seeds-fresh-s39b.jsonl')));
  score('seeds lead-s40', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s40/seeds-fresh-s40.jsonl')));
  score('seeds lead-s40b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s40/seeds-fresh-s40b.jsonl')));
  score('seeds lead-s41', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s41/seeds-fresh-s41.jsonl')));
  score('seeds lead-s41b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s41/seeds-fresh-s41b.jsonl')));
  score('seeds lead-s42', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s42/seeds-fresh-s42.jsonl')));
  score('seeds lead-s42b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s42/seeds-fresh-s42b.jsonl')));
  score('seeds lead-s43', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s43/seeds-fresh-s43.jsonl')));
  score('seeds lead-s43b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s43/seeds-fresh-s43b.jsonl')));
  score('seeds lead-s44', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s44/seeds-fresh-s44.jsonl')));
  score('seeds lead-s45', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s45/seeds-fresh-s45.jsonl')));
  score('seeds lead-s46', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s46/seeds-fresh-s46.jsonl')));
  score('seeds lead-s47', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s47/seeds-fresh-s47.jsonl')));
  score('seeds lead-s48', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s48/seeds-fresh-s48.jsonl')));
  score('seeds lead-s49', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s49/seeds-fresh-s49.jsonl')));
  score('seeds lead-s50', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s50/seeds-fresh-s50.jsonl')));
  score('seeds lead-s51', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s51/seeds-fresh-s51.jsonl')));
  score('seeds lead-s52', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s52/seeds-fresh-s52.jsonl')));
  score('seeds lead-s53', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s53/seeds-fresh-s53.jsonl')));
  score('seeds lead-s54', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s54/seeds-fresh-s54.jsonl')));
  score('seeds lead-s55', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s55/seeds-fresh-s55.jsonl')));
  score('seeds lead-s56', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s56/seeds-fresh-s56.jsonl')));
  score('seeds lead-s57', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s57/seeds-fresh-s57.jsonl')));
  score('seeds lead-s58', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s58/seeds-fresh-s58.jsonl')));
  score('seeds lead-s44b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s44/seeds-fresh-s44b.jsonl')));
  score('seeds lead-s45b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s45/seeds-fresh-s45b.jsonl')));
  score('seeds lead-s46b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s46/seeds-fresh-s46b.jsonl')));
  score('seeds lead-s47b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s47/seeds-fresh-s47b.jsonl')));
  score('seeds lead-s48b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s48/seeds-fresh-s48b.jsonl')));
  score('seeds lead-s49b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s49/seeds-fresh-s49b.jsonl')));
  score('seeds lead-s50b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s50/seeds-fresh-s50b.jsonl')));
  score('seeds lead-s51b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s51/seeds-fresh-s51b.jsonl')));
  score('seeds lead-s52b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s52/seeds-fresh-s52b.jsonl')));
  score('seeds lead-s53b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s53/seeds-fresh-s53b.jsonl')));
  score('seeds lead-s54b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s54/seeds-fresh-s54b.jsonl')));
  score('seeds lead-s55b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s55/seeds-fresh-s55b.jsonl')));
  score('seeds lead-s56b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s56/seeds-fresh-s56b.jsonl')));
  score('seeds lead-s57b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s57/seeds-fresh-s57b.jsonl')));
  score('seeds lead-s58b', seedsOnly, readItems(path.join(__dirname, 'blind/lead-s58/seeds-fresh-s58b.jsonl')));
  // Near misses the gate must not answer as if the documents knew ("mag een wethouder zijn hond meenemen?"), and typos.
  score('gate near misses', seedsOnly, readItems(path.join(__dirname, 'dev/gate-near-misses.jsonl')));
  score('gate typos', seedsOnly, readItems(path.join(__dirname, 'seeds/gate-typos.jsonl')));
  // Questions in users' words, several with a situation first, and near misses, each on a seen dev regulation ("doc").
  const situations = readItems(path.join(__dirname, 'gate/situations.jsonl')) as (Item & { doc: string })[];
  for (const doc of [...new Set(situations.map((i) => i.doc))]) score(`gate situations ${doc}`, await indexWith(path.join(__dirname, 'dev', doc)), situations.filter((i) => i.doc === doc));
  console.log(`total: ${total.passed}/${total.asked}`);
}
void main();
