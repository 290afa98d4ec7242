import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { OpenEscalationCounts } from '../../src/features/escalations/escalations.counts';
import type { Escalation } from '../../src/features/escalations/escalations.domain';
import { createRepositories } from '../../src/storage';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';

const escalation = (id: string, status: Escalation['status'] = 'open'): Escalation => ({
  id,
  providerId: 'VB001',
  providerName: 'Voorbeeldzorg De Linde',
  soort: 'capaciteit',
  urgency: 'spoed',
  description: 'Geen plek meer voor crisisopvang.',
  status,
  raisedBy: { aadObjectId: 'u1', name: 'Carla' },
  raisedAt: '2026-11-30T09:00:00Z',
  ackDueAt: '2026-12-02T09:00:00Z',
  note: '',
});

/** Refreshes (as the status answer does) until the count is `expected` or 5 s passed; returns the count. */
async function countOnceRefreshed(counts: OpenEscalationCounts, expected: number): Promise<number> {
  const until = Date.now() + 5000;
  for (;;) {
    await counts.refresh();
    if (counts.count('VB001') === expected || Date.now() > until) return counts.count('VB001');
    await wait(50);
  }
}

/** The open-escalation count in the provider status answer follows writes of another instance within a poll. */
describe('open escalation counts on two instances of one store', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-counts-'));
  const a = createRepositories(openSqliteStore(dir), 'ijsselland', { versionPollMs: 100 });
  const b = createRepositories(openSqliteStore(dir), 'ijsselland', { versionPollMs: 100 });
  afterAll(async () => {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sees an escalation raised and one closed on the other instance, and reads the store only after such a change', async () => {
    const counts = new OpenEscalationCounts(a.escalations, a.versions);
    await counts.refresh();
    expect(counts.count('VB001')).toBe(0);

    await b.escalations.create(escalation('E1'));
    const stored = await b.escalations.create(escalation('E2'));
    expect(await countOnceRefreshed(counts, 2)).toBe(2);

    await b.escalations.replace(escalation('E2', 'afgehandeld'), stored.version);
    expect(await countOnceRefreshed(counts, 1)).toBe(1);

    // nothing changed: a refresh reads nothing
    const before = a.stats.calls;
    await counts.refresh();
    expect(a.stats.calls).toBe(before);
  });
});
