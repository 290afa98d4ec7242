import { z } from 'zod';
import type { DocumentStore } from '../document-store';
import type { ConversationContext } from '../../features/follow-up-context';
import { regionKey } from './region-keys';

const contextDocSchema = z.object({ value: z.unknown(), savedAt: z.number(), ttlSeconds: z.number().positive() });

/** Per region: two regions' bots in one Teams channel see the same conversation id. */
export function conversationContextRepository(store: DocumentStore, region: string, now: () => number = Date.now): ConversationContext {
  // The store forgets the document after its TTL (Cosmos `ttl`, SQLite `expires_at`).
  // Ephemeral: a follow-up lost in a power cut is harmless, and a question should not wait for the disk.
  const docs = store.collection('state', contextDocSchema, (d) => ({ ttlSeconds: d.ttlSeconds, ephemeral: true }));
  return {
    async get(conversationId, kind, schema) {
      const doc = await docs.get(regionKey(region, conversationId), `context:${kind}`);
      // Cosmos deletes expired documents lazily (and the emulator never): check the age here as well.
      if (!doc || now() - doc.value.savedAt >= doc.value.ttlSeconds * 1000) return undefined;
      const parsed = schema.safeParse(doc.value.value);
      return parsed.success ? parsed.data : undefined;
    },
    async put(conversationId, kind, value, ttlSeconds) {
      await docs.upsert(regionKey(region, conversationId), `context:${kind}`, { value, savedAt: now(), ttlSeconds });
    },
  };
}
