import type { DocumentStore, Versioned } from '../document-store';
import { type Escalation, escalationSchema } from '../../features/escalations/escalations.domain';

/** Escalations: partition = region, so the open ones are counted from one partition. */
export interface EscalationsRepository {
  get(id: string): Promise<Versioned<Escalation> | undefined>;
  list(): Promise<Versioned<Escalation>[]>;
  /** AlreadyExistsError when the id (the form's submission id) is taken: a double click stores one. */
  create(escalation: Escalation): Promise<Versioned<Escalation>>;
  /** ConcurrencyError when someone else wrote since `expectedVersion` was read. */
  replace(escalation: Escalation, expectedVersion: string): Promise<Versioned<Escalation>>;
}

export function escalationsRepository(store: DocumentStore, region: string): EscalationsRepository {
  const docs = store.collection('escalations', escalationSchema);
  return {
    get: (id) => docs.get(region, id),
    list: () => docs.listPartition(region),
    create: (e) => docs.create(region, e.id, e),
    replace: (e, version) => docs.replace(region, e.id, e, version),
  };
}
