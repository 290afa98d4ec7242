import type { DocumentStore, Versioned } from '../document-store';
import { type Meeting, meetingSchema } from '../../features/meetings/meetings.domain';

/** Meetings: partition = region, id = "<body>-<date>". Writes are guarded by the version read. */
export interface MeetingsRepository {
  get(id: string): Promise<Versioned<Meeting> | undefined>;
  list(): Promise<Versioned<Meeting>[]>;
  /** AlreadyExistsError when the body already meets that day. */
  create(meeting: Meeting): Promise<Versioned<Meeting>>;
  /** ConcurrencyError when someone else wrote since `expectedVersion` was read. */
  replace(meeting: Meeting, expectedVersion: string): Promise<Versioned<Meeting>>;
}

export function meetingsRepository(store: DocumentStore, region: string): MeetingsRepository {
  const docs = store.collection('meetings', meetingSchema);
  return {
    get: (id) => docs.get(region, id),
    list: () => docs.listPartition(region),
    create: (m) => docs.create(region, m.id, m),
    replace: (m, version) => docs.replace(region, m.id, m, version),
  };
}
