import { z } from 'zod';
import type { DocumentStore } from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';

/**
 * What changed in the knowledge, for instances that keep a local copy of it (the Cosmos path: each
 * instance's SQLite FTS5 cache): one head document in the `state` container whose revision goes up
 * on every write of a document or of the curated facts, with the most recent changes. An instance
 * polls it (one point read); when its own revision is within `recent` it copies only the titles listed
 * there, otherwise (it fell behind, or starts empty) it copies the whole knowledge once. The recent
 * list is the change log, pruned to its last RECENT_CHANGES entries by construction.
 */
/** In the region's knowledge partition of `state` (beside the marker of the move to per-region keys). */
const partitionOf = (region: string) => `knowledge:${region}`;
const HEAD_ID = 'changes';
export const RECENT_CHANGES = 50;
/** The pseudo-title of a change to the curated facts. */
export const FACTS_CHANGE = '#facts';

const headSchema = z.object({
  revision: z.number().int(),
  // `intent`: a write of the title began; the entry without it follows when the write landed.
  recent: z.array(z.object({ revision: z.number().int(), title: z.string(), intent: z.literal(true).optional() })),
});
export type KnowledgeHead = z.infer<typeof headSchema>;

export interface KnowledgeManifest {
  /**
   * Records that a write or removal of a title begins. A writer that dies before `record()` leaves
   * this entry alone in the head: readers copy the title once a grace period later (see knowledge-mirror.ts).
   */
  intend(title: string): Promise<void>;
  /** Records a write or removal of a document title (or FACTS_CHANGE), after the write itself. */
  record(title: string): Promise<void>;
  head(): Promise<KnowledgeHead | undefined>;
}

/** The head of one region's knowledge: other regions on the account have their own. */
export function knowledgeManifest(store: DocumentStore, region: string): KnowledgeManifest {
  const heads = store.collection('state', headSchema);
  const PARTITION = partitionOf(region);
  async function append(title: string, intent: boolean) {
    for (let attempt = 0; ; attempt++) {
      const current = await heads.get(PARTITION, HEAD_ID);
      const revision = (current?.value.revision ?? 0) + 1;
      const entry = intent ? { revision, title, intent: true as const } : { revision, title };
      const next = { revision, recent: [...(current?.value.recent ?? []), entry].slice(-RECENT_CHANGES) };
      try {
        if (current) await heads.replace(PARTITION, HEAD_ID, next, current.version);
        else await heads.create(PARTITION, HEAD_ID, next);
        return;
      } catch (err) {
        // Another writer bumped the head meanwhile: read it again.
        if (attempt >= 20 || !(err instanceof ConcurrencyError || err instanceof AlreadyExistsError)) throw err;
      }
    }
  }
  return {
    intend: (title) => append(title, true),
    record: (title) => append(title, false),
    async head() {
      return (await heads.get(PARTITION, HEAD_ID))?.value;
    },
  };
}
