// npm run bench: every benchmark measures our bot next to a baseline in the same run and prints ratios.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { percentiles, round, startBot, startConnector, turn } from './bench-kit';
import { INSPECT_ON_SIGNAL } from './full-gc-rss';

const TURNS = Number(process.env.BENCH_TURNS ?? 2000);
const DEMO_REGIOMANAGER = '00000000-0000-0000-0000-0000000000020';

async function measureTurns(script: string, text: string, user: string) {
  // Started as production starts it; the flag only names the port SIGUSR1 would open the inspector on.
  const bot = await startBot(script, {}, [INSPECT_ON_SIGNAL]);
  const connector = await startConnector();
  // Start-up as a user sees it: from spawning the process until the first reply has arrived.
  const firstTurnMs = bot.startupMs + (await turn(bot.port, connector, text, user));
  for (let i = 0; i < 50; i++) await turn(bot.port, connector, text, user); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < TURNS; i++) samples.push(await turn(bot.port, connector, text, user));
  const rss = bot.rssMb();
  const rssAfterFullGc = await bot.rssAfterFullGcMb();
  await bot.stop();
  await connector.close();
  return { ...percentiles(samples), startupMs: bot.startupMs, firstTurnMs, rss, rssAfterFullGc };
}

async function foundation() {
  const echo = await measureTurns('dist/bench/echo-bot.js', 'help', DEMO_REGIOMANAGER);
  const bot = await measureTurns('dist/src/index.js', 'help', DEMO_REGIOMANAGER);
  return {
    turns: TURNS,
    'help p50 ms': round(bot.p50),
    'help p99 ms': round(bot.p99),
    'echo p50 ms': round(echo.p50),
    'echo p99 ms': round(echo.p99),
    'p50 ratio (bot/echo)': round(bot.p50 / echo.p50),
    'p99 ratio (bot/echo)': round(bot.p99 / echo.p99),
    'startup ms to listening (bot)': round(bot.startupMs, 0),
    'startup ms to listening (echo)': round(echo.startupMs, 0),
    'startup ms to first reply (bot)': round(bot.firstTurnMs, 0),
    'startup ms to first reply (echo)': round(echo.firstTurnMs, 0),
    'first reply ratio (bot/echo)': round(bot.firstTurnMs / echo.firstTurnMs),
    'RSS MB after run (bot)': round(bot.rss, 1),
    'RSS MB after run (echo)': round(echo.rss, 1),
    'RSS ratio (bot/echo)': round(bot.rss / echo.rss),
    // The same processes right after, once a full GC forced from outside has run in each (bench only):
    // what they hold alive, whenever V8's own last full GC fell.
    'RSS MB after full GC (bot)': round(bot.rssAfterFullGc, 1),
    'RSS MB after full GC (echo)': round(echo.rssAfterFullGc, 1),
    'RSS after full GC ratio (bot/echo)': round(bot.rssAfterFullGc / echo.rssAfterFullGc),
  };
}

async function main() {
  const only = process.argv[2];
  const results: Record<string, Record<string, number | string>> = {};
  if (!only || only === 'foundation') results.foundation = await foundation();
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.bench.js'))) {
    const name = file.replace('.bench.js', '');
    if (only && only !== name) continue;
    const mod = (await import(path.join(__dirname, file))) as { run(): Promise<Record<string, number | string>> };
    results[name] = await mod.run();
  }
  for (const [name, figures] of Object.entries(results)) {
    process.stdout.write(`\n## ${name}\n`);
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(34)} ${v}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).stack}\n`);
  process.exit(1);
});
