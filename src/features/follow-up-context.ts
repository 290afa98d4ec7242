import type { ZodType } from 'zod';
import type { Logger } from '../shared/logger';

/**
 * Short-lived context of a conversation (e.g. the previous question, so a follow-up can be read
 * in it), in the store so a follow-up that lands on another instance is understood too.
 */
export interface ConversationContext {
  /** The stored value of this kind, or undefined when absent, expired, corrupt or of an old shape. */
  get<T>(conversationId: string, kind: string, schema: ZodType<T>): Promise<T | undefined>;
  put(conversationId: string, kind: string, value: unknown, ttlSeconds: number): Promise<void>;
}

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
