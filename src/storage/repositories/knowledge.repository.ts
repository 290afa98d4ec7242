import { z } from 'zod';
import type { Collection, DocumentStore } from '../document-store';
import { type Passage, passageSchema } from '../../features/qa/qa.domain';
import type { KnowledgeRepository } from '../../features/qa/qa.ports';
import type { Logger } from '../../shared/logger';
import { AlreadyExistsError } from '../../shared/store-errors';
import { regionKey } from './region-keys';

/** A passage's document id inside its title's partition. */
export const passageDocumentId = (position: number) => `p${String(position).padStart(5, '0')}`;
const idOf = passageDocumentId;

/**
 * A document's partition in the knowledge container: the region, then the title. Regions on one
 * account never share a document, and a region's documents are one key range (`<region>/`).
 */
export const knowledgePartition = (region: string, title: string) => regionKey(region, title);

/** Pages through every passage of a region (never another region's). */
export async function* regionPassages(docs: Collection<Passage>, region: string, limit = 500): AsyncGenerator<Passage[]> {
  let continuation: string | undefined;
  do {
    const page = await docs.page({ pkPrefix: knowledgePartition(region, ''), limit, continuation });
    yield page.items.map((d) => d.value);
    continuation = page.continuation;
  } while (continuation);
}

type TitleHook = (title: string) => Promise<unknown>;
const nothing: TitleHook = async () => undefined;

/**
 * `written` records a change of a title for other instances (version document, manifest); it runs after
 * the write landed. `writing` runs before it: where a crash in between would leave other instances
 * without the change, it announces the write (see knowledge-manifest.ts, intent).
 */
export function knowledgeRepository(store: DocumentStore, region: string, written: TitleHook = nothing, writing: TitleHook = nothing): KnowledgeRepository {
  const docs = store.collection('knowledge', passageSchema);
  const pk = (title: string) => knowledgePartition(region, title);
  const all = async () => {
    const out: Passage[] = [];
    for await (const page of regionPassages(docs, region)) out.push(...page);
    return out;
  };
  return {
    async replaceDocument(title, passages) {
      await writing(title);
      const old = await docs.listPartition(pk(title));
      // Write the new passages first, then drop the old ones beyond them: never an empty document in between.
      await docs.upsertMany(passages.map((p) => ({ pk: pk(title), id: idOf(p.position), value: p })));
      const keep = new Set(passages.map((p) => idOf(p.position)));
      for (const d of old) if (!keep.has(idOf(d.value.position))) await docs.delete(pk(title), idOf(d.value.position));
      await written(title);
    },
    async removeDocument(title) {
      const old = await docs.listPartition(pk(title));
      if (old.length > 0) await writing(title);
      for (const d of old) await docs.delete(pk(title), idOf(d.value.position));
      if (old.length > 0) await written(title);
      return old.length;
    },
    async listDocuments() {
      const byTitle = new Map<string, { title: string; passages: number; ingestedAt: string; sourceFile: string }>();
      for (const value of await all()) {
        const entry = byTitle.get(value.title) ?? { title: value.title, passages: 0, ingestedAt: value.ingestedAt, sourceFile: value.sourceFile };
        entry.passages++;
        byTitle.set(value.title, entry);
      }
      return [...byTitle.values()].sort((a, b) => a.title.localeCompare(b.title));
    },
    allPassages: all,
    async passagesOf(title) {
      return (await docs.listPartition(pk(title))).map((d) => d.value);
    },
  };
}

/** Once per account, beside the marker of region-scope.ts (people and chat references). */
const MARKER = { pk: 'storage', id: 'knowledge-scope:v1' };

/**
 * Knowledge stored before it was kept per region (partition = the bare title) becomes the knowledge of
 * the first region (config REGION) whose instance starts after the upgrade: until then one account
 * served one region. Each bare-title document is written again through that region's repository (so
 * the change reaches every instance's index like any ingest) and then removed. A marker in `state`
 * makes every later start, of any region, one point read.
 */
export async function claimUnscopedKnowledge(store: DocumentStore, region: string, knowledge: KnowledgeRepository, log?: Logger): Promise<number> {
  const markers = store.collection('state', z.object({ moved: z.number().int(), at: z.string(), region: z.string() }));
  if (await markers.get(MARKER.pk, MARKER.id)) return 0;
  const docs = store.collection('knowledge', passageSchema);
  const byTitle = new Map<string, { id: string; value: Passage }[]>();
  // A passage of the old layout sits in the partition of its own title; a region's sits under `<region>:<title>`.
  for (const d of await docs.listAllWithKeys()) if (d.pk === d.value.title) byTitle.set(d.pk, [...(byTitle.get(d.pk) ?? []), d]);
  let moved = 0;
  for (const [title, passages] of byTitle) {
    await knowledge.replaceDocument(title, passages.map((p) => p.value).sort((a, b) => a.position - b.position));
    for (const p of passages) await docs.delete(title, p.id);
    moved += passages.length;
  }
  try {
    await markers.create(MARKER.pk, MARKER.id, { moved, at: new Date().toISOString(), region });
  } catch (err) {
    if (!(err instanceof AlreadyExistsError)) throw err; // another instance finished it too
  }
  if (moved) log?.info({ region, moved, documents: byTitle.size }, 'knowledge of the single-region layout moved to this region');
  return moved;
}
