import type { DocumentStore } from '../document-store';
import { ConcurrencyError } from '../../shared/store-errors';
import { type Person, personSchema, type Role } from '../../features/people/people.domain';
import type { PeopleRepository } from '../../features/people/people.ports';
import { regionKey, regionTag } from './region-keys';

const roleTag = (region: string, role: Role) => regionTag(region, `role:${role}`);
const emailTag = (region: string, email: string) => regionTag(region, `email:${email.trim().toLowerCase()}`);
/** Every person of the region carries it: the directory of one region is one tag query. */
const memberTag = (region: string) => regionTag(region, 'person');

/** Role and e-mail look-ups are index look-ups within the region, not a scan of the directory. */
export const personIndex = (region: string) => (p: Person) => ({
  tags: [memberTag(region), ...p.roles.map((r) => roleTag(region, r)), ...(p.email ? [emailTag(region, p.email)] : [])],
});

/**
 * The directory of one region: partition `<region>/<aadObjectId>`, so two regions on one account
 * each have their own entry (and roles) for the same person.
 * `written` records a change for other instances (the version document); it runs after the write landed.
 */
export function peopleRepository(store: DocumentStore, region: string, written: () => Promise<unknown> = async () => undefined): PeopleRepository {
  const docs = store.collection('users', personSchema, personIndex(region));
  const pk = (id: string) => regionKey(region, id);
  const list = async () => (await docs.withTag(memberTag(region))).map((d) => d.value);
  return {
    async get(id) {
      return (await docs.get(pk(id), id))?.value;
    },
    async withRole(role) {
      return (await docs.withTag(roleTag(region, role))).map((d) => d.value);
    },
    async findByEmail(email) {
      return email.trim() ? (await docs.withTag(emailTag(region, email)))[0]?.value : undefined;
    },
    list,
    async save(person) {
      await docs.upsert(pk(person.aadObjectId), person.aadObjectId, person);
      await written();
    },
    async update(id, change) {
      for (;;) {
        const current = await docs.get(pk(id), id);
        if (!current) return undefined;
        const next = change(current.value);
        try {
          await docs.replace(pk(id), id, next, current.version);
        } catch (err) {
          if (err instanceof ConcurrencyError) continue;
          throw err;
        }
        await written();
        return next;
      }
    },
    async saveMany(people) {
      await docs.upsertMany(people.map((p) => ({ pk: pk(p.aadObjectId), id: p.aadObjectId, value: p })));
      await written();
    },
    async isEmpty() {
      return (await list()).length === 0;
    },
  };
}
