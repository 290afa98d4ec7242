import { z } from 'zod';
import type { Logger } from '../shared/logger';
import type { Collection, ContainerName, DocumentStore } from './document-store';
import { AlreadyExistsError } from '../shared/store-errors';
import { personSchema } from '../features/people/people.domain';
import { conversationRecordSchema, outboxDocSchema } from '../features/notifications/notifications.domain';
import { personIndex } from './repositories/people.repository';
import { conversationIndex } from './repositories/conversations.repository';
import { outboxIndex } from './repositories/outbox.repository';
import { isRegionScoped, regionKey } from './repositories/region-keys';

const markerSchema = z.object({ at: z.string(), region: z.string(), moved: z.number() });

/**
 * A store written before these containers were region-scoped keeps people under their bare
 * aadObjectId, chat references under their bare key (`user:<id>`, `conv:<id>`) and the outbox under
 * conversation and notification keys. Until then one account served one region (a second one shared
 * them), so the first instance that starts after the upgrade moves them into its own region (config
 * REGION): written again under `<region>/<key>` with the region's index, then the old document deleted.
 * Once per container and account; a marker in the `state` container records which region took them.
 */
export async function ensureRegionScoped(store: DocumentStore, region: string, retentionDays = 30, log?: Logger): Promise<void> {
  const markers = store.collection('state', markerSchema);
  const scoped: [ContainerName, () => Collection<unknown>][] = [
    ['users', () => store.collection('users', personSchema, personIndex(region)) as Collection<unknown>],
    ['conversations', () => store.collection('conversations', conversationRecordSchema, conversationIndex(region)) as Collection<unknown>],
    ['outbox', () => store.collection('outbox', outboxDocSchema, outboxIndex(retentionDays, region)) as Collection<unknown>],
  ];
  for (const [container, open] of scoped) {
    const marker = `region-scope:${container}`;
    if (await markers.get('storage', marker)) continue;
    const moved = await moveIntoRegion(open(), region);
    // The outbox's list of recent notifications is per region now: each region rebuilds its own once.
    if (container === 'outbox') await store.collection('state', z.unknown()).delete('outbox', 'recent-notifications');
    try {
      await markers.create('storage', marker, { at: new Date().toISOString(), region, moved });
    } catch (err) {
      if (!(err instanceof AlreadyExistsError)) throw err; // another instance of this region finished it too
    }
    if (moved) log?.warn({ region, moved, container }, 'documents stored without a region were moved into this region');
  }
}

/** Documents written per batch: SQLite one transaction, Cosmos one transactional batch per partition. */
const MOVE_BATCH = 100;

/**
 * Moves every document without a region in its key into `region`: written in batches under the
 * region's key, then the old one deleted. A document the region already has (written by a newer
 * instance) wins; a crash in between leaves both, and the next run finishes the move.
 */
export async function moveIntoRegion<T>(docs: Collection<T>, region: string): Promise<number> {
  const all = await docs.listAllWithKeys();
  const taken = new Set(all.filter((d) => isRegionScoped(d.pk)).map((d) => `${d.pk}\u0000${d.id}`));
  const legacy = all.filter((d) => !isRegionScoped(d.pk));
  const moves = legacy
    .map((d) => ({ pk: regionKey(region, d.pk), id: d.id, value: d.value }))
    .filter((m) => !taken.has(`${m.pk}\u0000${m.id}`));
  for (let i = 0; i < moves.length; i += MOVE_BATCH) await docs.upsertMany(moves.slice(i, i + MOVE_BATCH));
  for (const d of legacy) await docs.delete(d.pk, d.id);
  return moves.length;
}
