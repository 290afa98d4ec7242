import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { KnowledgeIndexStore } from '../features/qa/knowledge-index-store';
import { type Fact, type Passage, factSchema, passageSchema } from '../features/qa/qa.domain';
import type { Collection, DocumentStore } from './document-store';
import type { VersionWatch } from './ports';
import { FACTS_CHANGE, type KnowledgeHead, type KnowledgeManifest, knowledgeManifest } from './repositories/knowledge-manifest';
import { knowledgePartition, passageDocumentId, regionPassages } from './repositories/knowledge.repository';
import { openSqliteStore } from './sqlite/sqlite-store';

/** Passages copied per page when the whole knowledge is copied. */
const PAGE = 500;
/** The local record of what the copy reflects, per region. */
const MIRROR_ID = 'revision';

export interface KnowledgeMirror {
  /** The local SQLite FTS5 index over the copy; `pull()` brings the copy up to date first. */
  index: KnowledgeIndexStore;
  /** This process wrote to the knowledge: the next pull looks at once, without waiting for the version poll. */
  changed(): void;
  close(): Promise<void>;
}

/** Where an instance keeps its copy by default: local disk (not a share other instances write to). */
export function defaultMirrorDir(database: string): string {
  return path.join(os.tmpdir(), 'rsj-knowledge-cache', database.replace(/[^\w.-]/g, '_'));
}

/**
 * How often an idle instance reads the head anyway, and how long after it first saw a write begin
 * (an `intent` entry) it copies the title when the entry that the write landed never came (the
 * writer died between the write and the head bump).
 */
export interface Reconciliation {
  everyMs: number;
  graceMs: number;
}
export const RECONCILIATION: Reconciliation = { everyMs: 60_000, graceMs: 30_000 };

const mirroredSchema = z.object({
  /** The remote revision the copy reflects: null when the remote had no head yet. */
  revision: z.number().int().nullable(),
  /** Titles whose write began (intent) without the entry saying it landed: title and when this instance saw it. */
  pending: z.array(z.object({ title: z.string(), seenAt: z.number() })).default([]),
});
type Mirrored = z.infer<typeof mirroredSchema>;

/**
 * The knowledge of a shared store (Cosmos) as a local copy in a SQLite file per instance, searched
 * by the same FTS5 index as the embedded default. When the region's knowledge version moved (the
 * VersionWatch poll), this process wrote, or once every `everyMs` (reconciliation), `pull()`
 * point-reads the knowledge head (see knowledge-manifest.ts); the copy takes the titles changed since
 * (one partition read each), or copies everything once when this instance fell behind the recent
 * changes or starts empty. A write that began but never reported landing is copied `graceMs` after
 * it was seen. Only documents that differ are written to the copy, so its change log, and the
 * indexing it drives, holds real changes only.
 */
export function openKnowledgeMirror(
  remote: DocumentStore,
  region: string,
  dir: string,
  versions: Pick<VersionWatch, 'onChange'>,
  reconciliation: Reconciliation = RECONCILIATION,
): KnowledgeMirror {
  // One file per region: a host may run instances of two regions; the file of the single-region layout is left alone.
  const local = openSqliteStore(dir, { fileName: `knowledge-cache.${region}.sqlite`, purgeEveryMs: 0 });
  const records = local.collection('state', mirroredSchema);
  const pk = `mirror:${region}`;
  const follower = headFollower(knowledgeManifest(remote, region), knowledgeCopier(remote, local, region), {
    get: async () => (await records.get(pk, MIRROR_ID))?.value,
    save: (state) => records.upsert(pk, MIRROR_ID, state),
  }, reconciliation);
  // The region's version document (polled anyway) says when to look at the head: idle costs one read per `everyMs`.
  versions.onChange('knowledge', follower.changed);
  return {
    index: Object.assign(local.knowledgeIndex(region), { pull: follower.pull }),
    changed: follower.changed,
    close: () => local.close(),
  };
}

/** Brings the copy up to date with the head when told it moved or once per reconciliation; copies overdue announced writes. */
function headFollower(
  manifest: KnowledgeManifest,
  copy: ReturnType<typeof knowledgeCopier>,
  record: { get(): Promise<Mirrored | undefined>; save(state: Mirrored): Promise<unknown> },
  reconciliation: Reconciliation,
) {
  let stale = true;
  let nextLook = Date.now() + reconciliation.everyMs;

  async function takeChanges(now: number): Promise<void> {
    const head = await manifest.head();
    const held = await record.get();
    const mine = held?.revision;
    const theirs = head?.revision ?? null;
    if (mine !== undefined && mine === theirs) return;
    const caughtUp = head && typeof mine === 'number' && head.revision > mine && (head.recent[0]?.revision ?? Infinity) <= mine + 1;
    const pending = new Map((held?.pending ?? []).map((p) => [p.title, p.seenAt]));
    if (caughtUp) {
      for (const title of landedSince(head, mine, pending, now)) {
        if (title === FACTS_CHANGE) await copy.facts();
        else await copy.title(title);
      }
    } else {
      await copy.all();
      pending.clear();
    }
    await record.save({ revision: theirs, pending: [...pending].map(([title, seenAt]) => ({ title, seenAt })) });
  }

  /** Copies the titles whose write began `graceMs` ago or more and never reported landing. */
  async function copyOverdue(now: number): Promise<void> {
    const held = await record.get();
    const overdue = held?.pending.filter((p) => now - p.seenAt >= reconciliation.graceMs) ?? [];
    if (!held || overdue.length === 0) return;
    for (const p of overdue) await copy.title(p.title);
    await record.save({ ...held, pending: held.pending.filter((p) => !overdue.includes(p)) });
  }

  return {
    changed: () => void (stale = true),
    async pull(): Promise<void> {
      const now = Date.now();
      if (now >= nextLook) {
        stale = true;
        nextLook = now + reconciliation.everyMs;
      }
      if (stale) {
        stale = false;
        try {
          await takeChanges(now);
        } catch (err) {
          stale = true;
          throw err;
        }
      }
      await copyOverdue(now);
    },
  };
}

/** The titles whose writes landed after revision `mine`; announced writes wait in `pending` (title -> first seen) until theirs lands. */
function landedSince(head: KnowledgeHead, mine: number, pending: Map<string, number>, now: number): Set<string> {
  const landed = new Set<string>();
  for (const c of head.recent.filter((e) => e.revision > mine)) {
    if (!c.intent) {
      landed.add(c.title);
      pending.delete(c.title);
    } else if (!pending.has(c.title)) pending.set(c.title, now);
  }
  return landed;
}

/** Copies a region's knowledge and facts from the shared store into the local one: one title, the facts, or everything. */
function knowledgeCopier(remote: DocumentStore, local: DocumentStore, region: string) {
  const passages = { remote: remote.collection('knowledge', passageSchema), local: local.collection('knowledge', passageSchema) };
  const factPair = { remote: remote.collection('facts', factSchema), local: local.collection('facts', factSchema) };
  const passageKey = (p: Passage): Key => ({ pk: knowledgePartition(region, p.title), id: passageDocumentId(p.position) });
  async function title(name: string): Promise<void> {
    const pk = knowledgePartition(region, name);
    await copyPartition(passages, pk, (await passages.remote.listPartition(pk)).map((d) => d.value), passageKey);
  }

  async function facts(): Promise<void> {
    await copyPartition(factPair, region, (await factPair.remote.listPartition(region)).map((d) => d.value), (f) => ({ pk: region, id: f.id }));
  }

  async function all(): Promise<void> {
    const seen = new Set<string>();
    for await (const values of regionPassages(passages.remote, region, PAGE)) {
      for (const p of values) seen.add(keyString(passageKey(p)));
      await writeChanged(passages.local, values, passageKey);
    }
    const gone: Key[] = [];
    for await (const values of regionPassages(passages.local, region, PAGE)) gone.push(...values.map(passageKey).filter((key) => !seen.has(keyString(key))));
    for (const key of gone) await passages.local.delete(key.pk, key.id);
    await facts();
  }

  return { title, facts, all };
}

type Key = { pk: string; id: string };
const keyString = (k: Key) => `${k.pk}\n${k.id}`;

/** Makes one local partition equal to the remote one. */
async function copyPartition<T extends Passage | Fact>(pair: { local: Collection<T> }, pk: string, values: T[], key: (v: T) => Key): Promise<void> {
  await writeChanged(pair.local, values, key);
  const keep = new Set(values.map((v) => key(v).id));
  for (const old of await pair.local.listPartition(pk)) {
    const id = key(old.value).id;
    if (!keep.has(id)) await pair.local.delete(pk, id);
  }
}

/** Writes the values that the local copy lacks or holds differently, in one transaction. */
async function writeChanged<T>(local: Collection<T>, values: T[], key: (v: T) => Key): Promise<void> {
  const changed: { pk: string; id: string; value: T }[] = [];
  for (const value of values) {
    const k = key(value);
    const held = await local.get(k.pk, k.id);
    if (!held || JSON.stringify(held.value) !== JSON.stringify(value)) changed.push({ ...k, value });
  }
  if (changed.length) await local.upsertMany(changed);
}
