#!/usr/bin/env node
/**
 * A small mutation check: applies each one-line change of scripts/mutations.mjs in a scratch copy of
 * the repository, runs only the tests listed for it, and reports whether they caught it.
 *
 *   node scripts/mutate.mjs                 all mutations
 *   node scripts/mutate.mjs --only a,b      some of them
 *   node scripts/mutate.mjs --list          list them
 *   node scripts/mutate.mjs --check         only check that each still applies
 *   node scripts/mutate.mjs --json out.json also write the results as JSON
 *
 * One mutation at a time, with `nice -n 10` and one jest worker (the machine is shared). A mutation
 * whose `find` text is not in its file exactly `occurrence` times is reported as stale, not run; a
 * mutation that no longer compiles is reported as such, not counted as caught.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUTATIONS } from './mutations.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

if (args.includes('--list')) {
  for (const m of MUTATIONS) console.log(`${m.id.padEnd(34)} ${m.file}  (${m.why})`);
  process.exit(0);
}
const only = opt('--only')?.split(',');
if (args.includes('--check')) {
  // Only whether each mutation still applies (its text is found), without running anything.
  let stale = 0;
  for (const m of MUTATIONS) {
    const n = occurrencesIn(readFileSync(path.join(repo, m.file), 'utf8'), m.find).length;
    const ok = m.occurrence ? n >= m.occurrence : n === 1;
    if (!ok) stale++;
    if (!ok) console.log(`STALE ${m.id}: "find" occurs ${n} times in ${m.file}`);
    for (const t of m.tests) if (!existsSync(path.join(repo, t))) console.log(`MISSING TEST ${m.id}: ${t}`);
  }
  console.log(`${MUTATIONS.length} mutations, ${stale} stale`);
  process.exit(stale ? 1 : 0);
}
const selected = only ? MUTATIONS.filter((m) => only.includes(m.id)) : MUTATIONS;
if (selected.length === 0) throw new Error('no mutation selected');
const ids = MUTATIONS.map((m) => m.id);
const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
if (twice.length) throw new Error(`duplicate mutation ids: ${twice.join(', ')}`);

/** The working tree as it is now (uncommitted edits included), without node_modules, .git or build output. */
function scratchCopy() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-mutate-'));
  const skip = new Set(['node_modules', '.git', 'dist', 'data', 'coverage']);
  cpSync(repo, dir, { recursive: true, filter: (src) => !skip.has(path.basename(src)) || path.dirname(src) !== repo });
  symlinkSync(realpathSync(path.join(repo, 'node_modules')), path.join(dir, 'node_modules'));
  return dir;
}

function occurrencesIn(text, find) {
  const at = [];
  for (let i = text.indexOf(find); i >= 0; i = text.indexOf(find, i + 1)) at.push(i);
  return at;
}

function runTests(dir, tests) {
  const res = spawnSync('nice', ['-n', '10', 'npx', 'jest', '--silent', '--ci', '-w', '1', ...tests], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${res.stdout}\n${res.stderr}`;
  // The first failing test, to show what caught the mutation.
  const failed = out.match(/^\s*● (.+)$/m)?.[1].trim();
  return { passed: res.status === 0, compileError: /error TS\d+/.test(out), out, failed };
}

const dir = scratchCopy();
const results = [];
try {
  // Unmutated, the listed tests must pass, or every mutation would look caught.
  const allTests = [...new Set(selected.flatMap((m) => m.tests))];
  for (const t of allTests) if (!existsSync(path.join(dir, t))) throw new Error(`test file not found: ${t}`);
  const baseline = runTests(dir, allTests);
  if (!baseline.passed) {
    console.error(baseline.out.split('\n').slice(-40).join('\n'));
    throw new Error('the tests fail without any mutation: fix them first');
  }
  console.log(`baseline: ${allTests.length} test files pass; ${selected.length} mutations in ${dir}`);

  for (const m of selected) {
    const file = path.join(dir, m.file);
    const original = readFileSync(file, 'utf8');
    const at = occurrencesIn(original, m.find);
    const n = m.occurrence ?? 1;
    if (at.length < n || (m.occurrence === undefined && at.length !== 1)) {
      results.push({ id: m.id, status: 'stale', detail: `"find" occurs ${at.length} times in ${m.file}` });
      console.log(`STALE   ${m.id}: find text occurs ${at.length} times`);
      continue;
    }
    const i = at[n - 1];
    writeFileSync(file, original.slice(0, i) + m.replace + original.slice(i + m.find.length));
    const started = Date.now();
    try {
      const r = runTests(dir, m.tests);
      const status = r.compileError ? 'compile-error' : r.passed ? 'missed' : 'caught';
      results.push({ id: m.id, status, seconds: Math.round((Date.now() - started) / 1000), why: m.why, caughtBy: status === 'caught' ? r.failed : undefined });
      console.log(`${status.toUpperCase().padEnd(7)} ${m.id} (${Math.round((Date.now() - started) / 1000)} s)${status === 'caught' && r.failed ? `: ${r.failed.slice(0, 140)}` : ''}`);
    } finally {
      writeFileSync(file, original);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const count = (s) => results.filter((r) => r.status === s).length;
const judged = count('caught') + count('missed');
console.log(`\ncaught ${count('caught')} / ${judged} (${judged ? ((100 * count('caught')) / judged).toFixed(1) : '0'}%)` + `; stale ${count('stale')}; not compiling ${count('compile-error')}`);
for (const r of results.filter((r) => r.status !== 'caught')) console.log(`  ${r.status}: ${r.id}${r.detail ? ` (${r.detail})` : ''}`);
if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify(results, null, 2));
process.exit(count('missed') + count('stale') + count('compile-error') > 0 ? 1 : 0);
