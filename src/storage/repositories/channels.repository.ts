import type { DocumentStore } from '../document-store';
import { channelLinkSchema } from '../../features/notifications/notifications.domain';
import type { ChannelsRepository } from '../../features/notifications/store.ports';

export function channelsRepository(store: DocumentStore, region: string): ChannelsRepository {
  const docs = store.collection('channels', channelLinkSchema);
  return {
    async get(target) {
      return (await docs.get(region, target))?.value;
    },
    async link(link) {
      await docs.upsert(region, link.target, link);
    },
    async list() {
      return (await docs.listPartition(region)).map((d) => d.value);
    },
  };
}
