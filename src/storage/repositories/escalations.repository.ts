import type { DocumentStore } from '../document-store';
import { escalationSchema } from '../../features/escalations/escalations.domain';
import type { EscalationsRepository } from '../../features/escalations/escalations.ports';

export function escalationsRepository(store: DocumentStore, region: string): EscalationsRepository {
  const docs = store.collection('escalations', escalationSchema);
  return {
    get: (id) => docs.get(region, id),
    list: () => docs.listPartition(region),
    create: (e) => docs.create(region, e.id, e),
    replace: (e, version) => docs.replace(region, e.id, e, version),
  };
}
