import { performance } from 'node:perf_hooks';
import { ImportService } from '../src/features/imports/import.service';
import { gebruikersImport } from '../src/features/people/people.import';
import { loadRegion } from '../src/region';
import { createStorage } from '../src/storage';
import { BotHarness, DEMO } from '../tests/helpers/bot-harness';
import { FakeOutbox, FakeTimers } from '../tests/helpers/fake-ports';

const PER_GEMEENTE = 20;

/**
 * 11 gemeenten x 20 advisers submit at the same moment, each clicking twice (a double click):
 * afterwards exactly one theme per adviser must exist. Latency is compared with a plain
 * "wie ben ik" turn (directory lookup + reply) fired with the same concurrency in the same run.
 */
export async function run(): Promise<Record<string, number | string>> {
  const region = loadRegion('ijsselland');
  const bot = new BotHarness();
  const now = new Date('2026-11-02T10:00:00Z');
  await bot.start({}, { now: () => now, outbox: new FakeOutbox(), timers: new FakeTimers() });
  try {
    const users = region.gemeenten.flatMap((g, gi) =>
      Array.from({ length: PER_GEMEENTE }, (_, i) => ({ id: `20000000-0000-0000-0000-${String(gi * 100 + i).padStart(12, '0')}`, gemeente: g, i, n: gi * PER_GEMEENTE + i })),
    );
    await importUsers(bot.dataDir, users);
    await bot.execute('regio.round.open', { year: '2027', deadline: '2026-12-15' }, { user: DEMO.projectmanager });

    const forms = await Promise.all(users.map(async (u) => ({ u, data: saveData((await bot.say('thema indienen', { user: u.id })).replies[0]) })));

    const echo = await timed(users.flatMap((u) => [0, 1].map(() => () => bot.say('wie ben ik', { user: u.id }))));
    const submits = await timed(
      forms.flatMap(({ u, data }) => {
        const body = { ...data, ...fields(u) };
        return [0, 1].map(() => () => bot.execute('regio.theme.save', body, { user: u.id }));
      }),
    );

    const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: bot.dataDir, COSMOS_DATABASE: 'x' }, 'ijsselland');
    const stored = (await storage.themes.list(2027)).map((t) => t.value);
    await storage.close();
    const distinct = new Set(stored.map((t) => `${t.createdBy.aadObjectId}|${t.title}`));
    const result = {
      submitters: users.length,
      requests: submits.latencies.length,
      failedRequests: submits.failed,
      storedThemes: stored.length,
      lost: users.length - distinct.size,
      duplicated: stored.length - distinct.size,
      submitP50ms: pct(submits.latencies, 50),
      submitP99ms: pct(submits.latencies, 99),
      echoP50ms: pct(echo.latencies, 50),
      echoP99ms: pct(echo.latencies, 99),
      p99VsEcho: Number((pct(submits.latencies, 99) / pct(echo.latencies, 99)).toFixed(2)),
    };
    return result;
  } finally {
    await bot.stop();
  }
}

async function importUsers(dataDir: string, users: { id: string; gemeente: string; i: number }[]) {
  const csv = ['aad_object_id,naam,email,rol,gemeente', ...users.map((u) => `${u.id},Adviseur ${u.i} ${u.gemeente},a${u.i}@${u.gemeente.toLowerCase()}.example,beleidsadviseur,${u.gemeente}`)];
  const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: dataDir, COSMOS_DATABASE: 'x' }, 'ijsselland');
  await new ImportService().register(gebruikersImport(storage.people, loadRegion('ijsselland'))).importFile('gebruikers.csv', Buffer.from(csv.join('\n')));
  await storage.close();
}

function saveData(reply: any): Record<string, unknown> {
  const actions = reply?.attachments?.[0]?.content?.actions ?? [];
  const save = actions.find((a: any) => a.verb === 'regio.theme.save');
  if (!save) throw new Error('no submission form');
  return save.data;
}

/**
 * A made-up word per adviser and slot ("qzbcdf"): each theme's title and problem differ, so no submission meets the
 * "lijkt op een ander thema" question (similar-themes.ts), which asks for a confirmation instead of saving.
 */
const word = (adviser: number, slot: number) => `qz${String(adviser * 4 + slot).padStart(4, '0').replace(/\d/g, (d) => 'bcdfghjklm'[Number(d)])}`;

const fields = ({ gemeente, i, n }: { gemeente: string; i: number; n: number }) => ({
  title: `${word(n, 0)} ${word(n, 1)} in ${gemeente}`,
  problem: `Probleem ${word(n, 2)}: ${word(n, 3)} en doorstroom in de keten vragen om regionale afspraken.`,
  desiredResult: 'Kortere wachttijden binnen een jaar.',
  regionalValue: 'Dezelfde aanbieders werken voor alle gemeenten.',
  targetGroups: 'Jeugdigen met specialistische hulp',
  urgency: 'hoog',
  effort: '0,2 fte',
  contact: `Adviseur ${i}`,
});

async function timed(calls: (() => Promise<unknown>)[]) {
  const latencies: number[] = [];
  let failed = 0;
  await Promise.all(
    calls.map(async (call) => {
      const start = performance.now();
      try {
        const res = (await call()) as { statusCode?: number; status?: number };
        if ((res.statusCode ?? res.status ?? 200) !== 200) failed++;
      } catch {
        failed++;
      }
      latencies.push(performance.now() - start);
    }),
  );
  return { latencies, failed };
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1));
}

if (require.main === module) {
  run().then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`));
}
