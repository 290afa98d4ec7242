import type { DocumentStore } from '../document-store';
import { type ConversationRecord, conversationRecordSchema } from '../../features/notifications/notifications.domain';
import type { ConversationsRepository } from '../../features/notifications/store.ports';

export const conversationIndex = (r: ConversationRecord) => ({ tags: [`kind:${r.kind}`] });

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
