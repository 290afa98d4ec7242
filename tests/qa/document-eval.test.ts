import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { type EvalItem, QaHarness, judge } from '../helpers/qa-harness';

/**
 * Reading documents the bot has never seen: each evaluation document (eval/heldout, eval/dev), in each
 * format, ingested next to the shared seeds; its questions are judged like ask-bot.mjs, and an answer
 * must also cite that document ("Bron: <title>"). The held-out questions were written and frozen before
 * the bot ever ran on them; tune on eval/dev only. QA_EVAL_DETAILS=1 prints what went wrong (dev).
 */
const SHARED = process.env.RSJ_SHARED_DIR ?? path.join(__dirname, '../../../shared');
const SEEDS = path.join(SHARED, 'seeds');
const EVAL = path.join(__dirname, '../../eval');
const FORMATS = ['md', 'docx', 'pdf'] as const;
const ROOT = path.join(__dirname, '../..');

/** Ingests as `npm run ingest` does, in its own process: pdf.js needs real dynamic imports, which jest's VM lacks. */
const ingest = (dataDir: string, files: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...files], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, ENV_NAME: 'test-none' } });

/** Lowest share of a document's questions each set must keep in every format: a regression fails. */
const FLOOR: Record<string, number> = { heldout: 0.5, dev: 0.7, tables: 0.5 };
/**
 * A new held-out or dev document keeps the score it had when first run (frozen before any change) until it passes its
 * set's floor: its questions stay unread by the fixes, and a regression below that first score still fails.
 */
const FIRST_SCORE: Record<string, number> = { 'beleidsregel-vergoedingen-2026': 7 / 24, 'regeling-geschillen-contracten-jeugdhulp-2027': 15 / 28, 'dvo-rsj-ijsselland-2027': 17 / 28, 'regeling-tarieven-declaratie-2028': 15 / 28, 'adviesnota-regionale-crisisopvang-2029': 19 / 30, 'adviesnota-inkoop-jeugdhulp-2031': 17 / 30, 'verslag-mo-jeugd-oktober-2029': 13 / 30, 'voorstel-ab-regionaal-expertisecentrum-2030': 13 / 30, 'werkwijze-thema-indiening-regioagenda-2029': 15 / 30, 'verslag-pfo-jeugd-ijsselland-oktober-2038': 15 / 24, 'halfjaarrapportage-jeugdhulp-ijsselland-2037': 13 / 24, 'inkoopdocument-specialistische-jeugdhulp-verblijf-vechtdal-2054-2057': 9 / 24, 'jaarverslag-klachten-en-meldingen-jeugdregio-vechtdal-2053': 12 / 24, 'communicatieplan-regioagendaronde-2057-voor-het-jaarplan-2058-van-rsj-ijsselland': 13 / 24, 'startnotitie-herijking-governance-regionale-samenwerking-jeugdhulp-ijsselland': 15 / 24, 'tweede-wijzigingsovereenkomst-bij-de-overeenkomst-specialistische-jeugdhulp-ijsselland-met-stichting-de-vechtwaarde': 15 / 24, 'jaarkalender-2057-bestuurlijke-en-ambtelijke-overleggen-jeugdregio-ijsselland': 16 / 24, 'inwerkmap-voor-nieuwe-wethouders-jeugd-regio-ijsselland-2058': 16 / 24, 'raadsinformatiebrief-kampen-stand-van-zaken-regionale-jeugdhulp-ijsselland-najaar-2057': 15 / 24, 'inkoopplan-specialistische-jeugdhulp-rsj-ijsselland-contractperiode-2058': 14 / 24, 'klachten-en-geschillenregeling-gecontracteerde-jeugdhulp-ijsselland-2058': 13 / 24, 'subsidieregeling-innovatie-en-preventie-jeugdhulp-ijsselland-2058': 11 / 24, 'projectplan-thuisnabij-wonen-voor-jongeren-met-complexe-problematiek-regioagenda-2058': 15 / 24, 'notulen-managersoverleg-rsj-ijsselland-14-januari-2058': 15 / 24, 'zienswijze-olst-wijhe-op-ontwerpbegroting-2058-en-kadernota-rsj-ijsselland': 12 / 24, 'inkoopplan-crisiszorg-jeugd-2059-rsj-ijsselland': 12 / 24, 'reglement-van-orde-kleine-commissie-rsj-ijsselland-2058': 15 / 24 };

interface DocItem extends EvalItem {
  source?: string;
  /** The answer is a cell of a table (eval/tables): counted separately. */
  table?: boolean;
}

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function judgeWithSource(item: DocItem, reply: string): string | null {
  const verdict = judge(item, reply);
  if (verdict || item.negative || !item.source) return verdict;
  const sourceLine = reply.split('\n').find((l) => /^bron:/i.test(l.trim())) ?? '';
  return norm(sourceLine).includes(norm(item.source)) ? null : `cites "${sourceLine}", not ${item.source}`;
}

const sets = existsSync(SEEDS) ? readdirSync(EVAL).filter((d) => d in FLOOR) : [];
const cases = sets.flatMap((set) =>
  readdirSync(path.join(EVAL, set))
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.replace(/\.jsonl$/, ''))
    // Questions without a document beside them are about a document the bot ships with (docs/handleiding.md).
    .flatMap((doc) => (existsSync(path.join(EVAL, set, `${doc}.md`)) ? FORMATS.map((format) => ({ set, doc, format })) : [{ set, doc, format: 'built-in' }])),
);

if (cases.length === 0) {
  describe('documents the bot has never seen', () => {
    it.skip(`need ${SEEDS} (set RSJ_SHARED_DIR)`, () => undefined);
  });
} else describe('documents the bot has never seen', () => {
  const scores: string[] = [];
  afterAll(() => console.log(`Q&A on new documents (next to the seeds):\n${scores.join('\n')}`));

  it.each(cases.map((c) => [`${c.set}/${c.doc}.${c.format}`, c] as const))('%s', async (_name, { set, doc, format }) => {
    const dir = path.join(EVAL, set);
    const items: DocItem[] = readFileSync(path.join(dir, `${doc}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const bot = new QaHarness();
    try {
      const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f));
      await ingest(bot.dataDir, format === 'built-in' ? seeds : [...seeds, path.join(dir, `${doc}.${format}`)]);
      await bot.start();
      const misses: string[] = [];
      let tableOk = 0;
      for (const item of items) {
        const reply = (await bot.say(item.q)).text;
        const verdict = judgeWithSource(item, reply);
        if (!verdict && item.table) tableOk++;
        if (verdict) misses.push(`  ${item.id} ${item.q}\n    ${verdict}\n    > ${reply.replace(/\n+/g, ' | ').slice(0, 400)}`);
      }
      const score = items.length - misses.length;
      const tables = items.filter((i) => i.table).length;
      scores.push(`${set}/${doc}.${format}: ${score}/${items.length}${tables ? ` (table questions ${tableOk}/${tables})` : ''}`);
      if (process.env.QA_EVAL_DETAILS && misses.length) console.log(`${set}/${doc}.${format}\n${misses.join('\n')}`);
      expect(score / items.length).toBeGreaterThanOrEqual(Math.min(FLOOR[set], FIRST_SCORE[doc] ?? 1));
    } finally {
      await bot.stop();
    }
  });
});
