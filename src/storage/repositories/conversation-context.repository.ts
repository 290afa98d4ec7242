import { z, type ZodType } from 'zod';
import type { DocumentStore } from '../document-store';

/**
 * Short-lived context of a conversation (e.g. the previous question, so a follow-up can be read
 * in it), in the store so a follow-up that lands on another instance is understood too.
 */
export interface ConversationContext {
  /** The stored value of this kind, or undefined when absent, expired, corrupt or of an old shape. */
  get<T>(conversationId: string, kind: string, schema: ZodType<T>): Promise<T | undefined>;
  put(conversationId: string, kind: string, value: unknown, ttlSeconds: number): Promise<void>;
}

const contextDocSchema = z.object({ value: z.unknown(), savedAt: z.number(), ttlSeconds: z.number().positive() });

export function conversationContextRepository(store: DocumentStore, now: () => number = Date.now): ConversationContext {
  // The store forgets the document after its TTL (Cosmos `ttl`, SQLite `expires_at`).
  const docs = store.collection('state', contextDocSchema, (d) => ({ at: d.savedAt, ttlSeconds: d.ttlSeconds }));
  return {
    async get(conversationId, kind, schema) {
      const doc = await docs.get(conversationId, `context:${kind}`);
      // Cosmos deletes expired documents lazily (and the emulator never): check the age here as well.
      if (!doc || now() - doc.value.savedAt >= doc.value.ttlSeconds * 1000) return undefined;
      const parsed = schema.safeParse(doc.value.value);
      return parsed.success ? parsed.data : undefined;
    },
    async put(conversationId, kind, value, ttlSeconds) {
      await docs.upsert(conversationId, `context:${kind}`, { value, savedAt: now(), ttlSeconds });
    },
  };
}
