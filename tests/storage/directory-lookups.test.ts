import { RecipientReach } from '../../src/features/notifications/reach';
import type { Person } from '../../src/features/people/people.domain';
import { createRepositories, type Storage } from '../../src/storage';
import type { DocumentStore } from '../../src/storage/document-store';
import { cosmosFixture, sqliteFixture, type StoreFixture } from '../helpers/stores';

const GEMEENTEN = ['Deventer', 'Zwolle', 'Kampen', 'Raalte', 'Hardenberg', 'Ommen', 'Dalfsen', 'Staphorst', 'Olst-Wijhe', 'Zwartewaterland', 'Steenwijkerland'];

/** A region of 300 people: 11 wethouders, the rest beleidsadviseurs; nobody has a chat yet. */
function directory(): Person[] {
  return Array.from({ length: 300 }, (_, i) => ({
    aadObjectId: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
    name: `Persoon ${i}`,
    email: `persoon${i}@gemeente.example`,
    roles: i < 11 ? ['wethouder' as const] : ['beleidsadviseur' as const],
    gemeente: GEMEENTEN[i % 11],
    demo: false,
  }));
}

/**
 * Issue 12 (5): who gets a notification and who is named by e-mail are index look-ups: the documents
 * read do not grow with the directory (before: every person, 300 documents, per look-up).
 */
describe.each([['sqlite', sqliteFixture], ['cosmos', cosmosFixture]] as const)('directory look-ups on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  let store: DocumentStore;
  let storage: Storage;
  const read = async (run: () => Promise<unknown>) => {
    const before = store.stats.documentsRead;
    await run();
    return store.stats.documentsRead - before;
  };

  beforeAll(async () => {
    fixture = makeFixture();
    store = await fixture.open();
    storage = createRepositories(store, 'ijsselland');
    await storage.people.saveMany(directory());
  });
  afterAll(async () => {
    storage.versions.stop();
    await fixture.cleanup();
  });

  it('the reach of a notification to a role reads that role, not the directory', async () => {
    const reach = new RecipientReach({ people: storage.people, conversations: storage.conversations, channels: storage.channels, outbox: { enqueue: async () => ({ id: 'x' }) }, store: storage.outbox });
    let result: Awaited<ReturnType<RecipientReach['of']>> | undefined;
    const documents = await read(async () => (result = await reach.of([{ kind: 'role', role: 'wethouder' }])));
    expect(result!.people.total).toBe(11);
    // the 11 wethouders; their chat look-ups find nothing yet
    expect(documents).toBe(11);
    const deventer = await reach.of([{ kind: 'role', role: 'wethouder', gemeente: 'Deventer' }]);
    expect(deventer.people.total).toBe(1);
  });

  it('a person named by e-mail is one document read, whatever the case or spacing of the address', async () => {
    let found: Person | undefined;
    expect(await read(async () => (found = await storage.people.findByEmail(' Persoon7@Gemeente.example ')))).toBe(1);
    expect(found?.name).toBe('Persoon 7');
    expect(await storage.people.findByEmail('niemand@gemeente.example')).toBeUndefined();
  });

  it('a role grant is version-checked: two grants at once both survive', async () => {
    const id = directory()[20].aadObjectId;
    await Promise.all([
      storage.people.update(id, (p) => ({ ...p, roles: [...new Set([...p.roles, 'projectmanager' as const])] })),
      createRepositories(store, 'ijsselland').people.update(id, (p) => ({ ...p, roles: [...new Set([...p.roles, 'contractmanager' as const])] })),
    ]);
    expect((await storage.people.get(id))?.roles.sort()).toEqual(['beleidsadviseur', 'contractmanager', 'projectmanager']);
    expect((await storage.people.withRole('projectmanager')).map((p) => p.aadObjectId)).toEqual([id]);
    expect(await storage.people.update('bestaat-niet', (p) => p)).toBeUndefined();
  });
});
