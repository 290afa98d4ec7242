import { z } from 'zod';
import type { ConversationRecord } from '../../src/features/notifications/notifications.domain';
import type { Person } from '../../src/features/people/people.domain';
import { personSchema } from '../../src/features/people/people.domain';
import { conversationRecordSchema } from '../../src/features/notifications/notifications.domain';
import { createRepositories, type Storage } from '../../src/storage';
import type { DocumentStore } from '../../src/storage/document-store';
import { ensureRegionScoped } from '../../src/storage/region-scope';
import { cosmosFixture, sqliteFixture, type StoreFixture } from '../helpers/stores';

const AT = '2026-11-30T10:00:00.000Z';
/** One person who works for two regions: a wethouder in IJsselland, an adviser in Twente. */
const SAME = 'cccccccc-1111-2222-3333-444444444444';
const person = (aadObjectId: string, roles: Person['roles'], email: string, gemeente?: string): Person => ({ aadObjectId, name: `Persoon ${aadObjectId.slice(0, 4)}`, email, roles, gemeente, demo: false });
const chat = (key: string, kind: ConversationRecord['kind'], conversationId: string): ConversationRecord => ({
  key,
  kind,
  reference: { conversation: { id: conversationId } },
  updatedAt: AT,
});

/**
 * Many regions on one Cosmos account (or one SQLite file): each region's directory, chat references,
 * rate-limit counters and follow-up context are its own. Region A never sees or changes region B's.
 */
describe.each([['sqlite', sqliteFixture], ['cosmos', cosmosFixture]] as const)('regions sharing one store on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  let store: DocumentStore;
  let a: Storage;
  let b: Storage;

  beforeAll(async () => {
    fixture = makeFixture();
    store = await fixture.open();
    a = createRepositories(store, 'ijsselland');
    b = createRepositories(await fixture.open(), 'twente');
    await a.people.saveMany([person(SAME, ['wethouder'], 'same@kampen.nl', 'Kampen'), person('aaaaaaaa-0000-0000-0000-000000000001', ['regiomanager'], 'rm@ijsselland.nl')]);
    await b.people.save(person(SAME, ['beleidsadviseur'], 'same@enschede.nl', 'Enschede'));
  });
  afterAll(async () => {
    a.versions.stop();
    b.versions.stop();
    await fixture.cleanup();
  });

  it('the same person has an entry per region: get, list and isEmpty see only their own region', async () => {
    expect((await a.people.get(SAME))?.roles).toEqual(['wethouder']);
    expect((await b.people.get(SAME))?.roles).toEqual(['beleidsadviseur']);
    expect((await a.people.list()).map((p) => p.email).sort()).toEqual(['rm@ijsselland.nl', 'same@kampen.nl']);
    expect((await b.people.list()).map((p) => p.email)).toEqual(['same@enschede.nl']);
    expect(await b.people.get('aaaaaaaa-0000-0000-0000-000000000001')).toBeUndefined();
    expect(await createRepositories(store, 'drenthe').people.isEmpty()).toBe(true);
  });

  it('role and e-mail look-ups find only the region asked', async () => {
    expect((await a.people.withRole('wethouder')).map((p) => p.gemeente)).toEqual(['Kampen']);
    expect(await b.people.withRole('wethouder')).toEqual([]);
    expect(await b.people.withRole('regiomanager')).toEqual([]);
    expect((await b.people.withRole('beleidsadviseur')).map((p) => p.gemeente)).toEqual(['Enschede']);
    expect(await b.people.findByEmail('rm@ijsselland.nl')).toBeUndefined();
    expect(await b.people.findByEmail('SAME@kampen.nl')).toBeUndefined();
    expect((await a.people.findByEmail('SAME@kampen.nl'))?.gemeente).toBe('Kampen');
  });

  it("a role grant or save in one region leaves the other region's entry as it was", async () => {
    await b.people.update(SAME, (p) => ({ ...p, roles: ['beleidsadviseur', 'regiomanager'] }));
    await b.people.saveMany([person('bbbbbbbb-0000-0000-0000-000000000002', ['wethouder'], 'w@enschede.nl', 'Enschede')]);
    expect((await a.people.get(SAME))?.roles).toEqual(['wethouder']);
    expect((await a.people.withRole('regiomanager')).map((p) => p.email)).toEqual(['rm@ijsselland.nl']);
    expect((await a.people.withRole('wethouder')).map((p) => p.email)).toEqual(['same@kampen.nl']);
    expect(await a.people.update('bbbbbbbb-0000-0000-0000-000000000002', (p) => ({ ...p, roles: ['regiomanager'] }))).toBeUndefined();
    expect((await b.people.get('bbbbbbbb-0000-0000-0000-000000000002'))?.roles).toEqual(['wethouder']);
  });

  it("chat references, channel lists, rate limits and follow-up context are each region's own", async () => {
    await a.conversations.save(chat(`user:${SAME}`, 'personal', 'a:chat-with-ijsselland-bot'));
    await b.conversations.save(chat(`user:${SAME}`, 'personal', 'a:chat-with-twente-bot'));
    await a.conversations.save(chat('conv:19:pfo@thread', 'channel', '19:pfo@thread'));
    expect((await a.conversations.get(`user:${SAME}`))?.reference).toEqual({ conversation: { id: 'a:chat-with-ijsselland-bot' } });
    expect((await b.conversations.get(`user:${SAME}`))?.reference).toEqual({ conversation: { id: 'a:chat-with-twente-bot' } });
    expect((await a.conversations.listChannels()).map((c) => c.key)).toEqual(['conv:19:pfo@thread']);
    expect(await b.conversations.listChannels()).toEqual([]);
    expect((await b.conversations.list()).map((c) => c.key)).toEqual([`user:${SAME}`]);

    const now = Date.parse(AT);
    expect(await a.rateLimits.take(SAME, 'expert', 1, 600_000, now)).toBe(true);
    expect(await a.rateLimits.take(SAME, 'expert', 1, 600_000, now)).toBe(false);
    expect(await b.rateLimits.take(SAME, 'expert', 1, 600_000, now)).toBe(true);

    await a.conversationContext.put('19:pfo@thread', 'qa', { question: 'Wat besloot het PFO?' }, 3600);
    expect(await b.conversationContext.get('19:pfo@thread', 'qa', z.unknown())).toBeUndefined();
    expect(await a.conversationContext.get('19:pfo@thread', 'qa', z.unknown())).toEqual({ question: 'Wat besloot het PFO?' });
  });
});

/**
 * Upgrading a store written before people and chat references had a region: the first instance to start
 * takes them into its region (config REGION) with their look-up tags; a second region starting later
 * does not get them.
 */
describe.each([['sqlite', sqliteFixture], ['cosmos', cosmosFixture]] as const)('people stored without a region on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  afterAll(() => fixture.cleanup());

  it('move into the region of the first instance that starts; another region never sees them', async () => {
    fixture = makeFixture();
    const store = await fixture.open();
    const legacyUsers = store.collection('users', personSchema);
    const legacyChats = store.collection('conversations', conversationRecordSchema);
    await legacyUsers.upsert('u-old', 'u-old', person('u-old', ['wethouder'], 'W@Kampen.nl', 'Kampen'));
    await legacyChats.upsert('user:u-old', 'user:u-old', chat('user:u-old', 'personal', 'a:old-chat'));
    await legacyChats.upsert('conv:19:old@thread', 'conv:19:old@thread', chat('conv:19:old@thread', 'channel', '19:old@thread'));

    await ensureRegionScoped(store, 'ijsselland');
    const a = createRepositories(store, 'ijsselland');
    expect((await a.people.withRole('wethouder')).map((p) => p.aadObjectId)).toEqual(['u-old']);
    expect((await a.people.findByEmail('w@kampen.nl'))?.aadObjectId).toBe('u-old');
    expect((await a.conversations.get('user:u-old'))?.reference).toEqual({ conversation: { id: 'a:old-chat' } });
    expect((await a.conversations.listChannels()).map((c) => c.key)).toEqual(['conv:19:old@thread']);
    // moved, not copied: nothing is left without a region
    expect((await legacyUsers.listAllWithKeys()).map((d) => d.pk)).toEqual(['ijsselland/u-old']);

    await ensureRegionScoped(store, 'twente');
    const b = createRepositories(store, 'twente');
    expect(await b.people.get('u-old')).toBeUndefined();
    expect(await b.people.withRole('wethouder')).toEqual([]);
    expect(await b.conversations.get('user:u-old')).toBeUndefined();
    expect((await a.people.get('u-old'))?.gemeente).toBe('Kampen');
    a.versions.stop();
    b.versions.stop();
  });
});
