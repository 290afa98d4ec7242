import { z } from 'zod';
import type { DocumentStore } from '../document-store';

/** A channel linked to a governance body, a gemeente or the experts ("body:PFO", "gemeente:Kampen", "experts"). */
export const channelLinkSchema = z.object({
  target: z.string().min(1),
  conversationKey: z.string().min(1),
  channelName: z.string().default(''),
  linkedBy: z.string(),
  linkedAt: z.string(),
});
export type ChannelLink = z.infer<typeof channelLinkSchema>;

export interface ChannelsRepository {
  get(target: string): Promise<ChannelLink | undefined>;
  link(link: ChannelLink): Promise<void>;
  list(): Promise<ChannelLink[]>;
}

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
