import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Passage } from '../../src/features/qa/qa.domain';
import type { DocumentStore } from '../../src/storage/document-store';
import { openKnowledgeMirror, type KnowledgeMirror } from '../../src/storage/knowledge-mirror';
import { knowledgeManifest } from '../../src/storage/repositories/knowledge-manifest';
import { knowledgeRepository } from '../../src/storage/repositories/knowledge.repository';
import { cosmosFixture, type EmulatorTap, type StoreFixture } from '../helpers/stores';

// SQLite needs none of this: its change log is written by triggers in the write's own transaction.
const REGION = 'ijsselland';
const AT = '2026-11-30T10:00:00.000Z';
const passage = (title: string, position: number): Passage => ({ title, section: '', chapter: '', position, text: `Het Regieoverleg vergadert ${position + 2} keer per jaar.`, sourceFile: 'x.txt', ingestedAt: AT });
const TIMING = { everyMs: 400, graceMs: 300 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** No version document here: only this process's writes and the reconciliation make the copy look at the head. */
const noVersions = { onChange: () => () => undefined };

describe('a writer that dies between a knowledge write and the head bump (Cosmos, cosmosdb-server)', () => {
  const tap: EmulatorTap = { requests: 0, documents: 0 };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-reconcile-'));
  let fixture: StoreFixture;
  let store: DocumentStore;
  let mirror: KnowledgeMirror;
  const manifest = () => knowledgeManifest(store, REGION);
  /** Wrote the passages, announced the write, and died before reporting that it landed. */
  const crashingWriter = () =>
    knowledgeRepository(
      store,
      REGION,
      async () => {
        throw new Error('killed before the head bump');
      },
      (title) => manifest().intend(title),
    );
  const healthyWriter = () => knowledgeRepository(store, REGION, (title) => manifest().record(title), (title) => manifest().intend(title));

  beforeAll(async () => {
    fixture = cosmosFixture(tap);
    store = await fixture.open();
    await healthyWriter().replaceDocument('Reglement A', [passage('Reglement A', 0)]);
    mirror = openKnowledgeMirror(store, REGION, dir, noVersions, TIMING);
    await mirror.index.pull!();
  });
  afterAll(async () => {
    await mirror.close();
    await fixture.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('other instances copy the document once the grace period is over, at one head read per reconciliation while nothing is stuck', async () => {
    expect(mirror.index.passagesOf('Reglement A')).toHaveLength(1);
    await expect(crashingWriter().replaceDocument('Reglement B', [passage('Reglement B', 0), passage('Reglement B', 1)])).rejects.toThrow('killed');

    // Before the reconciliation looks: the instance does not know about the write.
    await mirror.index.pull!();
    expect(mirror.index.passagesOf('Reglement B')).toEqual([]);

    const before = { ...tap };
    const t0 = Date.now();
    while (mirror.index.passagesOf('Reglement B').length === 0 && Date.now() - t0 < 5_000) {
      await mirror.index.pull!();
      await sleep(50);
    }
    expect(mirror.index.passagesOf('Reglement B')).toHaveLength(2);
    // One head read per reconciliation meanwhile, then the document's partition (2 passages) once.
    const looks = Math.ceil((Date.now() - t0) / TIMING.everyMs) + 1;
    expect(tap.documents - before.documents).toBeLessThanOrEqual(looks + 2);

    // Idle afterwards: one head read per reconciliation, nothing else.
    const idle = { ...tap };
    const t1 = Date.now();
    while (Date.now() - t1 < 1_000) {
      await mirror.index.pull!();
      await sleep(50);
    }
    expect(tap.documents - idle.documents).toBeLessThanOrEqual(Math.ceil(1_000 / TIMING.everyMs) + 1);
    expect(tap.documents - idle.documents).toBeGreaterThanOrEqual(1);
  });

  it('a healthy write is copied at once and never again by the reconciliation', async () => {
    await healthyWriter().replaceDocument('Reglement C', [passage('Reglement C', 0)]);
    await sleep(TIMING.everyMs);
    await mirror.index.pull!();
    expect(mirror.index.passagesOf('Reglement C')).toHaveLength(1);
    const before = { ...tap };
    const t0 = Date.now();
    while (Date.now() - t0 < TIMING.graceMs + TIMING.everyMs) {
      await mirror.index.pull!();
      await sleep(50);
    }
    // Head reads only: the intent was answered by the landed entry, so nothing is copied later.
    expect(tap.documents - before.documents).toBeLessThanOrEqual(Math.ceil((TIMING.graceMs + TIMING.everyMs) / TIMING.everyMs) + 1);
  });
});
