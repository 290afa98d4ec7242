import { z } from 'zod';
import type { DocumentStore } from '../document-store';

/** A Bot Framework conversation reference, stored as plain JSON so a proactive send can resume it. */
export const conversationRecordSchema = z.object({
  key: z.string().min(1),
  kind: z.enum(['personal', 'channel', 'groupChat']),
  aadObjectId: z.string().optional(),
  teamId: z.string().optional(),
  channelId: z.string().optional(),
  reference: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});
export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

export const conversationIndex = (r: ConversationRecord) => ({ tags: [`kind:${r.kind}`] });

export interface ConversationsRepository {
  get(key: string): Promise<ConversationRecord | undefined>;
  save(record: ConversationRecord): Promise<void>;
  list(): Promise<ConversationRecord[]>;
  /** Channel conversations only: the teams the bot is in (an index look-up). */
  listChannels(): Promise<ConversationRecord[]>;
}

export function conversationsRepository(store: DocumentStore): ConversationsRepository {
  const docs = store.collection('conversations', conversationRecordSchema, conversationIndex);
  return {
    async get(key) {
      return (await docs.get(key, key))?.value;
    },
    async save(record) {
      await docs.upsert(record.key, record.key, record);
    },
    async listChannels() {
      return (await docs.withTag('kind:channel')).map((d) => d.value);
    },
    async list() {
      return (await docs.listAll()).map((d) => d.value);
    },
  };
}
