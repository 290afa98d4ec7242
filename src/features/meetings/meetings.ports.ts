import type { Versioned } from '../../shared/versioned';
import type { Meeting } from './meetings.domain';

// What the meetings feature needs from the store; src/storage implements it.

/** Meetings: partition = region, id = "<body>-<date>". Writes are guarded by the version read. */
export interface MeetingsRepository {
  get(id: string): Promise<Versioned<Meeting> | undefined>;
  list(): Promise<Versioned<Meeting>[]>;
  /** AlreadyExistsError when the body already meets that day. */
  create(meeting: Meeting): Promise<Versioned<Meeting>>;
  /** ConcurrencyError when someone else wrote since `expectedVersion` was read. */
  replace(meeting: Meeting, expectedVersion: string): Promise<Versioned<Meeting>>;
}
