import type { DocumentStore } from '../document-store';
import { type Person, personSchema } from '../../features/people/people.domain';

/** The directory of who is who: the only source of a user's roles and gemeente. */
export interface PeopleRepository {
  get(aadObjectId: string): Promise<Person | undefined>;
  list(): Promise<Person[]>;
  save(person: Person): Promise<void>;
  saveMany(people: Person[]): Promise<void>;
  isEmpty(): Promise<boolean>;
}

export function peopleRepository(store: DocumentStore): PeopleRepository {
  const docs = store.collection('users', personSchema);
  return {
    async get(id) {
      return (await docs.get(id, id))?.value;
    },
    async list() {
      return (await docs.listAll()).map((d) => d.value);
    },
    async save(person) {
      await docs.upsert(person.aadObjectId, person.aadObjectId, person);
    },
    async saveMany(people) {
      await docs.upsertMany(people.map((p) => ({ pk: p.aadObjectId, id: p.aadObjectId, value: p })));
    },
    async isEmpty() {
      return (await docs.listAll()).length === 0;
    },
  };
}
