import { createHash } from 'node:crypto';
import type { DocumentStore } from '../document-store';
import { productKey, providerDocSchema, type ProviderDoc } from '../../features/providers/providers.domain';
import type { ProvidersRepository } from '../../features/providers/providers.ports';

/** Cosmos ids may not hold / \ ? #. */
const safe = (s: string) => s.replace(/[/\\?#]/g, '_');

/** Natural keys: re-importing the same row replaces it instead of adding a copy. */
export function providerDocId(doc: ProviderDoc): string {
  switch (doc.type) {
    case 'aanbieder':
      return safe(`aanbieder:${doc.id}`);
    case 'contract':
      return safe(`contract:${doc.id}`);
    case 'wachttijd':
      return safe(`wachttijd:${doc.aanbiederId}:${productKey(doc.product)}:${doc.peildatum}`);
    case 'signaal': {
      const text = createHash('sha1').update(doc.omschrijving.trim().toLowerCase()).digest('hex').slice(0, 12);
      return safe(`signaal:${doc.aanbiederId}:${doc.soort}:${doc.datum}:${text}`);
    }
  }
}

/** `written` records the write for other instances (the version document); it runs after the write landed. */
export function providersRepository(store: DocumentStore, region: string, written: () => Promise<unknown> = async () => undefined): ProvidersRepository {
  const docs = store.collection('providers', providerDocSchema);
  return {
    async list() {
      return (await docs.listPartition(region)).map((d) => d.value);
    },
    async saveMany(items) {
      await docs.upsertMany(items.map((value) => ({ pk: region, id: providerDocId(value), value })));
      await written();
    },
  };
}
