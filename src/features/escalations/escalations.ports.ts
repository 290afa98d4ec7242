import type { Versioned } from '../../shared/versioned';
import type { Escalation } from './escalations.domain';

/** Escalations: partition = region, so the open ones are counted from one partition. */
export interface EscalationsRepository {
  get(id: string): Promise<Versioned<Escalation> | undefined>;
  list(): Promise<Versioned<Escalation>[]>;
  /** AlreadyExistsError when the id (the form's submission id) is taken: a double click stores one. */
  create(escalation: Escalation): Promise<Versioned<Escalation>>;
  /** ConcurrencyError when someone else wrote since `expectedVersion` was read. */
  replace(escalation: Escalation, expectedVersion: string): Promise<Versioned<Escalation>>;
}
