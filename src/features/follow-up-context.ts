import type { ZodType } from 'zod';
import type { Logger } from '../shared/logger';
import type { ConversationContext } from '../storage/ports';

/** One kind of follow-up context: what a feature remembers of a conversation's previous turn. */
export interface FollowUpContext<T> {
  get(conversationId: string): Promise<T | undefined>;
  put(conversationId: string, value: T): Promise<void>;
}

/** Context is a nicety: a failing read or write is logged and the turn goes on without it. */
export function followUpContext<T>(store: ConversationContext, kind: string, schema: ZodType<T>, ttlSeconds: number, log: Logger): FollowUpContext<T> {
  return {
    get: (conversationId) =>
      store.get(conversationId, kind, schema).catch((err) => {
        log.warn({ err, kind }, 'follow-up context not read');
        return undefined;
      }),
    put: (conversationId, value) =>
      store.put(conversationId, kind, value, ttlSeconds).catch((err) => {
        log.warn({ err, kind }, 'follow-up context not saved');
      }),
  };
}
