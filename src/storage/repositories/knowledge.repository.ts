import type { DocumentStore } from '../document-store';
import { passageSchema } from '../../features/qa/qa.domain';
import type { KnowledgeRepository } from '../../features/qa/qa.ports';

/** A passage's document id inside its title's partition. */
export const passageDocumentId = (position: number) => `p${String(position).padStart(5, '0')}`;
const idOf = passageDocumentId;

/** `written` records a change of a title for other instances (version document, manifest); it runs after the write landed. */
export function knowledgeRepository(store: DocumentStore, written: (title: string) => Promise<unknown> = async () => undefined): KnowledgeRepository {
  const docs = store.collection('knowledge', passageSchema);
  return {
    async replaceDocument(title, passages) {
      const old = await docs.listPartition(title);
      // Write the new passages first, then drop the old ones beyond them: never an empty document in between.
      await docs.upsertMany(passages.map((p) => ({ pk: title, id: idOf(p.position), value: p })));
      const keep = new Set(passages.map((p) => idOf(p.position)));
      for (const d of old) if (!keep.has(idOf(d.value.position))) await docs.delete(title, idOf(d.value.position));
      await written(title);
    },
    async removeDocument(title) {
      const old = await docs.listPartition(title);
      for (const d of old) await docs.delete(title, idOf(d.value.position));
      if (old.length > 0) await written(title);
      return old.length;
    },
    async listDocuments() {
      const byTitle = new Map<string, { title: string; passages: number; ingestedAt: string; sourceFile: string }>();
      for (const { value } of await docs.listAll()) {
        const entry = byTitle.get(value.title) ?? { title: value.title, passages: 0, ingestedAt: value.ingestedAt, sourceFile: value.sourceFile };
        entry.passages++;
        byTitle.set(value.title, entry);
      }
      return [...byTitle.values()].sort((a, b) => a.title.localeCompare(b.title));
    },
    async allPassages() {
      return (await docs.listAll()).map((d) => d.value);
    },
    async passagesOf(title) {
      return (await docs.listPartition(title)).map((d) => d.value);
    },
  };
}
