import type { DocumentStore } from '../document-store';
import { escalationSchema } from '../../features/escalations/escalations.domain';
import type { EscalationsRepository } from '../../features/escalations/escalations.ports';

/** `written` records a change for other instances (the version document); it runs after the write landed. */
export function escalationsRepository(store: DocumentStore, region: string, written: () => Promise<unknown> = async () => undefined): EscalationsRepository {
  const docs = store.collection('escalations', escalationSchema);
  const recorded = async <R>(write: Promise<R>) => {
    const result = await write;
    await written();
    return result;
  };
  return {
    get: (id) => docs.get(region, id),
    list: () => docs.listPartition(region),
    create: (e) => recorded(docs.create(region, e.id, e)),
    replace: (e, version) => recorded(docs.replace(region, e.id, e, version)),
  };
}
