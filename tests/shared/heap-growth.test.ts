import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

// A process that keeps a live set and promotes garbage the way turns do: objects that survive a few
// scavenges and then die. It reports how many full GCs ran and the most old space it ever held.
const churn = (limit: boolean) => `
  ${limit ? "require('./src/shared/heap-growth').limitHeapGrowth();" : ''}
  const v8 = require('node:v8');
  const { PerformanceObserver, constants } = require('node:perf_hooks');
  let major = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++; }).observe({ entryTypes: ['gc'] });
  const live = Array.from({ length: 200000 }, (_, i) => ({ i, s: 'x' + i }));
  const ring = new Array(50000).fill(null);
  let k = 0, maxOld = 0;
  (async () => {
    for (let r = 0; r < 250; r++) {
      for (let i = 0; i < 5000; i++) ring[k++ % ring.length] = { a: new Array(20).fill(r), s: 'y' + r + i };
      maxOld = Math.max(maxOld, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size);
      await new Promise((r) => setImmediate(r));
    }
    setTimeout(() => process.stdout.write(JSON.stringify({ major, maxOldMb: maxOld / 2 ** 20, live: live.length })), 0);
  })();`;

function run(limit: boolean): { major: number; maxOldMb: number } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', churn(limit)], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe('heap growth', () => {
  it('collects promoted garbage long before V8 would by default', () => {
    const byDefault = run(false);
    const limited = run(true);
    expect(limited.major).toBeGreaterThanOrEqual(3 * byDefault.major);
    expect(limited.maxOldMb).toBeLessThan(0.8 * byDefault.maxOldMb);
  });

  it('is applied by the process production starts, once it listens', () => {
    const index = readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8');
    expect(index).toMatch(/await startService\([^)]*\);\n\s*limitHeapGrowth\(\);/);
  });
});
