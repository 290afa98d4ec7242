import { z } from 'zod';
import type { Logger } from '../shared/logger';
import type { DocumentStore } from './document-store';
import { AlreadyExistsError } from '../shared/store-errors';
import { timerIndex } from './repositories/timers.repository';
import { timerJobSchema } from '../features/notifications/notifications.domain';

/** Bump when an indexer changes what it writes: the next start indexes every document again, once. */
const INDEX_VERSION = 'index:v1';
const markerSchema = z.object({ at: z.string() });

/**
 * Documents stored before their index existed (an upgraded store) carry no due time or tags, so
 * the indexed queries would not see them. Once per index version, the timer jobs are
 * written again from their values (version-checked, so a concurrent change wins); a marker in the
 * `state` container records that it ran. People, chat references and the outbox are indexed
 * when they are moved into their region (region-scope.ts).
 */
export async function ensureIndexed(store: DocumentStore, retentionDays: number, log?: Logger): Promise<void> {
  const markers = store.collection('state', markerSchema);
  if (await markers.get('storage', INDEX_VERSION)) return;
  const count = await store.collection('timers', timerJobSchema, timerIndex(retentionDays)).reindex();
  try {
    await markers.create('storage', INDEX_VERSION, { at: new Date().toISOString() });
  } catch (err) {
    if (!(err instanceof AlreadyExistsError)) throw err; // another instance finished it too
  }
  log?.info({ documents: count, version: INDEX_VERSION }, 'store index written');
}
