import type { DocumentStore } from '../document-store';
import { ConcurrencyError } from '../../shared/store-errors';
import { type Person, personSchema, type Role } from '../../features/people/people.domain';
import type { PeopleRepository } from '../../features/people/people.ports';

const roleTag = (role: Role) => `role:${role}`;
const emailTag = (email: string) => `email:${email.trim().toLowerCase()}`;
/** Role and e-mail look-ups are index look-ups, not a scan of the directory. */
export const personIndex = (p: Person) => ({ tags: [...p.roles.map(roleTag), ...(p.email ? [emailTag(p.email)] : [])] });

/** `written` records a change for other instances (the version document); it runs after the write landed. */
export function peopleRepository(store: DocumentStore, written: () => Promise<unknown> = async () => undefined): PeopleRepository {
  const docs = store.collection('users', personSchema, personIndex);
  return {
    async get(id) {
      return (await docs.get(id, id))?.value;
    },
    async withRole(role) {
      return (await docs.withTag(roleTag(role))).map((d) => d.value);
    },
    async findByEmail(email) {
      return email.trim() ? (await docs.withTag(emailTag(email)))[0]?.value : undefined;
    },
    async list() {
      return (await docs.listAll()).map((d) => d.value);
    },
    async save(person) {
      await docs.upsert(person.aadObjectId, person.aadObjectId, person);
      await written();
    },
    async update(id, change) {
      for (;;) {
        const current = await docs.get(id, id);
        if (!current) return undefined;
        const next = change(current.value);
        try {
          await docs.replace(id, id, next, current.version);
        } catch (err) {
          if (err instanceof ConcurrencyError) continue;
          throw err;
        }
        await written();
        return next;
      }
    },
    async saveMany(people) {
      await docs.upsertMany(people.map((p) => ({ pk: p.aadObjectId, id: p.aadObjectId, value: p })));
      await written();
    },
    async isEmpty() {
      return (await docs.page({ limit: 1 })).items.length === 0;
    },
  };
}
