import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { KnowledgeIndexStore } from '../features/qa/knowledge-index-store';
import { type Fact, type Passage, factSchema, passageSchema } from '../features/qa/qa.domain';
import type { Collection, DocumentStore } from './document-store';
import type { VersionWatch } from './ports';
import { FACTS_CHANGE, knowledgeManifest } from './repositories/knowledge-manifest';
import { knowledgePartition, passageDocumentId, regionPassages } from './repositories/knowledge.repository';
import { openSqliteStore } from './sqlite/sqlite-store';

/** Passages copied per page when the whole knowledge is copied. */
const PAGE = 500;
/** The local record of the remote revision the copy reflects, per region. */
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
 * The knowledge of a shared store (Cosmos) as a local copy in a SQLite file per instance, searched
 * by the same FTS5 index as the embedded default. When the region's knowledge version moved (the
 * VersionWatch poll) or this process wrote, `pull()` point-reads the knowledge head (see
 * knowledge-manifest.ts); the copy takes the titles changed since (one partition
 * read each), or copies everything once when this instance fell behind the recent changes or starts
 * empty. Only documents that differ are written to the copy, so its change log, and the indexing it
 * drives, holds real changes only.
 */
export function openKnowledgeMirror(remote: DocumentStore, region: string, dir: string, versions: Pick<VersionWatch, 'onChange'>): KnowledgeMirror {
  // One file per region: a host may run instances of two regions; the file of the single-region layout is left alone.
  const local = openSqliteStore(dir, { fileName: `knowledge-cache.${region}.sqlite`, purgeEveryMs: 0 });
  const manifest = knowledgeManifest(remote, region);
  const copy = knowledgeCopier(remote, local, region);
  const MIRROR_PK = `mirror:${region}`;
  // The remote revision the copy reflects: absent before the first copy, null when the remote had no head yet.
  const mirrored = local.collection('state', z.object({ revision: z.number().int().nullable() }));

  // The region's version document (polled anyway) says when to look at the head: idle costs no read of its own.
  let stale = true;
  versions.onChange('knowledge', () => {
    stale = true;
  });

  async function pull(): Promise<void> {
    if (!stale) return;
    stale = false;
    try {
      await takeChanges();
    } catch (err) {
      stale = true;
      throw err;
    }
  }

  async function takeChanges(): Promise<void> {
    const head = await manifest.head();
    const mine = (await mirrored.get(MIRROR_PK, MIRROR_ID))?.value.revision;
    const theirs = head?.revision ?? null;
    if (mine !== undefined && mine === theirs) return;
    const caughtUp = head && typeof mine === 'number' && head.revision > mine && (head.recent[0]?.revision ?? Infinity) <= mine + 1;
    if (caughtUp) {
      for (const title of new Set(head.recent.filter((c) => c.revision > mine).map((c) => c.title))) {
        if (title === FACTS_CHANGE) await copy.facts();
        else await copy.title(title);
      }
    } else {
      await copy.all();
    }
    await mirrored.upsert(MIRROR_PK, MIRROR_ID, { revision: theirs });
  }

  return {
    index: Object.assign(local.knowledgeIndex(region), { pull }),
    changed: () => {
      stale = true;
    },
    close: () => local.close(),
  };
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
