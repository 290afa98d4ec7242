import { z } from 'zod';
import type { Logger } from '../shared/logger';
import type { Collection, DocumentStore } from './document-store';
import { AlreadyExistsError } from '../shared/store-errors';
import { personSchema } from '../features/people/people.domain';
import { personIndex } from './repositories/people.repository';
import { conversationIndex } from './repositories/conversations.repository';
import { conversationRecordSchema } from '../features/notifications/notifications.domain';
import { isRegionScoped, regionKey } from './repositories/region-keys';

/** Bump when another container becomes region-scoped: the next start moves its older documents once. */
const SCOPE_VERSION = 'region-scope:v1';
const markerSchema = z.object({ at: z.string(), region: z.string(), moved: z.number() });

/**
 * A store written before the directory was region-scoped keeps people under their bare aadObjectId
 * and chat references under their bare key (`user:<id>`, `conv:<id>`).
 * Until then one account served one region (a second one shared its people), so the first instance
 * that starts after the upgrade moves them into its own region (config REGION): written again under
 * `<region>/<key>` with the region's look-up tags, then the old document deleted. Once per account;
 * a marker in the `state` container records which region took them.
 */
export async function ensureRegionScoped(store: DocumentStore, region: string, log?: Logger): Promise<void> {
  const markers = store.collection('state', markerSchema);
  if (await markers.get('storage', SCOPE_VERSION)) return;
  const moved =
    (await moveIntoRegion(store.collection('users', personSchema, personIndex(region)), region)) +
    (await moveIntoRegion(store.collection('conversations', conversationRecordSchema, conversationIndex(region)), region));
  try {
    await markers.create('storage', SCOPE_VERSION, { at: new Date().toISOString(), region, moved });
  } catch (err) {
    if (!(err instanceof AlreadyExistsError)) throw err; // another instance of this region finished it too
  }
  if (moved) log?.warn({ region, moved }, 'people and chat references stored without a region were moved into this region');
}

/**
 * Moves every document without a region in its key into `region`. A document the region already has
 * (written by a newer instance meanwhile) wins; a crash between write and delete is finished by the next run.
 */
export async function moveIntoRegion<T>(docs: Collection<T>, region: string): Promise<number> {
  let moved = 0;
  for (const doc of await docs.listAllWithKeys()) {
    if (isRegionScoped(doc.pk)) continue;
    try {
      await docs.create(regionKey(region, doc.pk), doc.id, doc.value);
      moved++;
    } catch (err) {
      if (!(err instanceof AlreadyExistsError)) throw err;
    }
    await docs.delete(doc.pk, doc.id);
  }
  return moved;
}
