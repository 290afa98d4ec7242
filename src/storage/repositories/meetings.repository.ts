import type { DocumentStore } from '../document-store';
import { meetingSchema } from '../../features/meetings/meetings.domain';
import type { MeetingsRepository } from '../../features/meetings/meetings.ports';

export function meetingsRepository(store: DocumentStore, region: string): MeetingsRepository {
  const docs = store.collection('meetings', meetingSchema);
  return {
    get: (id) => docs.get(region, id),
    list: () => docs.listPartition(region),
    create: (m) => docs.create(region, m.id, m),
    replace: (m, version) => docs.replace(region, m.id, m, version),
  };
}
