import type { DocumentStore } from '../document-store';
import { type ConversationRecord, conversationRecordSchema } from '../../features/notifications/notifications.domain';
import type { ConversationsRepository } from '../../features/notifications/store.ports';
import { regionKey, regionTag } from './region-keys';

/** Each region's bot has its own chat with a person (its own reference), so references are per region. */
export const conversationIndex = (region: string) => (r: ConversationRecord) => ({
  tags: [regionTag(region, 'conversation'), regionTag(region, `kind:${r.kind}`)],
});

export function conversationsRepository(store: DocumentStore, region: string): ConversationsRepository {
  const docs = store.collection('conversations', conversationRecordSchema, conversationIndex(region));
  const pk = (key: string) => regionKey(region, key);
  const tagged = async (tag: string) => (await docs.withTag(regionTag(region, tag))).map((d) => d.value);
  return {
    async get(key) {
      return (await docs.get(pk(key), key))?.value;
    },
    async save(record) {
      await docs.upsert(pk(record.key), record.key, record);
    },
    listChannels: () => tagged('kind:channel'),
    list: () => tagged('conversation'),
  };
}
