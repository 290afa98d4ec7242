import type { Escalation } from '../../src/features/escalations/escalations.domain';
import type { Meeting } from '../../src/features/meetings/meetings.domain';
import { z } from 'zod';
import { type ConversationRecord, conversationRecordSchema, type DeliveryDoc, type NotificationDoc, outboxDocSchema } from '../../src/features/notifications/notifications.domain';
import type { Passage } from '../../src/features/qa/qa.domain';
import type { Round, Theme } from '../../src/features/regioagenda/regioagenda.domain';
import { createRepositories, type Storage } from '../../src/storage';
import type { DocumentStore } from '../../src/storage/document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../src/shared/store-errors';
import { type Person, personSchema } from '../../src/features/people/people.domain';
import { ensureRegionScoped } from '../../src/storage/region-scope';
import { cosmosFixture, sqliteFixture, type StoreFixture } from '../helpers/stores';

const actor = { aadObjectId: 'u1', name: 'Een' };
const AT = '2026-11-30T10:00:00.000Z';

const escalation = (id: string): Escalation => ({
  id,
  providerId: 'a1',
  providerName: 'De Linde',
  soort: 'wachttijd',
  urgency: 'normaal',
  description: 'Wachtlijst loopt op',
  status: 'open',
  raisedBy: actor,
  raisedAt: AT,
  ackDueAt: AT,
  note: '',
});
const meeting = (id: string): Meeting => ({
  id,
  body: 'PFO',
  date: '2027-01-15',
  time: '10:00',
  location: 'Zwolle',
  agenda: [{ title: 'Kadernota', description: '', type: 'bespreking' }],
  status: 'concept',
  decisions: [],
  actions: [],
  summaryRecipients: [],
  createdBy: 'u1',
  updatedAt: AT,
});
const round = (region: string, year: number): Round => ({ region, year, deadline: '2027-03-31', status: 'open', openedBy: actor, openedAt: AT });
const theme = (region: string, year: number, id: string): Theme => ({
  id,
  region,
  year,
  gemeente: 'Kampen',
  status: 'ingediend',
  supporters: [],
  history: [],
  title: 'Wachttijden jeugd-ggz',
  problem: 'De wachttijden voor jeugd-ggz lopen op in de hele regio.',
  desiredResult: 'Kortere wachttijden',
  regionalValue: 'Alle gemeenten kopen dezelfde zorg in',
  targetGroups: 'jeugd-ggz',
  urgency: 'hoog',
  effort: 'klein',
  contact: 'Een',
  relatedThemeIds: [],
  createdBy: actor,
  createdAt: AT,
  updatedBy: actor,
  updatedAt: AT,
});
const passage = (title: string, position: number): Passage => ({ title, section: '', chapter: '', position, text: `tekst ${position}`, sourceFile: `${title}.txt`, ingestedAt: AT });
const notification = (id: string): NotificationDoc => ({
  type: 'notification',
  id,
  idempotencyKey: id,
  createdAt: AT,
  seq: 1,
  priority: 'normal',
  text: 'hallo',
  source: 'test',
  recipients: [{ kind: 'conversation', key: 'conv:c1' }],
  state: 'new',
  deliveries: [],
  unresolved: [],
});
const delivery = (id: string): DeliveryDoc => ({ type: 'delivery', id, notificationId: id, conversationKey: 'conv:c1', seq: 1, priority: 'normal', status: 'pending', attempts: 0 });

/** One person who works for two regions: a wethouder in IJsselland, an adviser in Twente. */
const SAME = 'cccccccc-1111-2222-3333-444444444444';
const person = (aadObjectId: string, roles: Person['roles'], email: string, gemeente?: string): Person => ({ aadObjectId, name: `Persoon ${aadObjectId.slice(0, 4)}`, email, roles, gemeente, demo: false });
const chat = (key: string, kind: ConversationRecord['kind'], conversationId: string): ConversationRecord => ({
  key,
  kind,
  reference: { conversation: { id: conversationId } },
  updatedAt: AT,
});

/** The ports the features get, one behaviour on every adapter: two regions on one store never see each other's data. */
describe.each([['sqlite', sqliteFixture], ['cosmos', cosmosFixture]] as const)('repository contract on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  let store: DocumentStore;
  let here: Storage;
  let there: Storage;

  beforeAll(async () => {
    fixture = makeFixture();
    store = await fixture.open();
    here = createRepositories(store, 'ijsselland');
    there = createRepositories(store, 'twente');
  });
  afterAll(() => fixture.cleanup());

  it('escalations: created once, replaced only with the version read, per region', async () => {
    const first = await here.escalations.create(escalation('esc-1'));
    await expect(here.escalations.create(escalation('esc-1'))).rejects.toBeInstanceOf(AlreadyExistsError);
    await here.escalations.replace({ ...first.value, status: 'in_behandeling' }, first.version);
    await expect(here.escalations.replace({ ...first.value, status: 'afgehandeld' }, first.version)).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await here.escalations.get('esc-1'))?.value.status).toBe('in_behandeling');
    expect(await there.escalations.list()).toEqual([]);
  });

  it('meetings: one per body and day, listed per region', async () => {
    await here.meetings.create(meeting('PFO-2027-01-15'));
    await expect(here.meetings.create(meeting('PFO-2027-01-15'))).rejects.toBeInstanceOf(AlreadyExistsError);
    expect((await here.meetings.list()).map((m) => m.value.id)).toEqual(['PFO-2027-01-15']);
    expect(await there.meetings.get('PFO-2027-01-15')).toBeUndefined();
  });

  it('rounds, themes and audit: one round per year, themes per round, the audit trail in order', async () => {
    await here.rounds.create(round('ijsselland', 2027));
    await expect(here.rounds.create(round('ijsselland', 2027))).rejects.toBeInstanceOf(AlreadyExistsError);
    await here.themes.create(theme('ijsselland', 2027, 't1'));
    await here.themes.create(theme('ijsselland', 2027, 't2'));
    expect((await here.themes.list(2027)).map((t) => t.value.id).sort()).toEqual(['t1', 't2']);
    expect(await here.themes.list(2028)).toEqual([]);
    await here.audit.append(2027, { at: '2026-11-30T10:00:01.000Z', actor, action: 'aangemaakt', themeId: 't1', details: '' });
    await here.audit.append(2027, { at: '2026-11-30T10:00:02.000Z', actor, action: 'gewijzigd', themeId: 't1', details: '' });
    expect((await here.audit.list(2027)).map((a) => a.action)).toEqual(['aangemaakt', 'gewijzigd']);
    expect(await there.rounds.list()).toEqual([]);
  });

  it('kenmerk claims: unique per round, also when claimed at the same instant; a retry of the same theme keeps it', async () => {
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((id) => here.themes.reserveKenmerk(2027, 'RA-2027-KAM-01', `theme-${id}`)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const owner = `theme-${['a', 'b', 'c', 'd'][results.indexOf(true)]}`;
    expect(await here.themes.reserveKenmerk(2027, 'ra-2027-kam-01', owner)).toBe(true);
    expect(await here.themes.reserveKenmerk(2028, 'RA-2027-KAM-01', 'theme-x')).toBe(true);
    expect(await there.themes.reserveKenmerk(2027, 'RA-2027-KAM-01', 'theme-y')).toBe(true);
  });

  it('providers: a re-imported row replaces the stored one (natural keys)', async () => {
    const row = { type: 'aanbieder' as const, id: 'a1', naam: 'De Linde', plaats: 'Zwolle', aliassen: [], demo: false };
    await here.providers.saveMany([row]);
    await here.providers.saveMany([{ ...row, plaats: 'Kampen' }]);
    expect(await here.providers.list()).toEqual([{ ...row, plaats: 'Kampen' }]);
    expect(await there.providers.list()).toEqual([]);
  });

  it('knowledge: re-ingesting a shorter document leaves no stale passages', async () => {
    await here.knowledge.replaceDocument('Kadernota', [passage('Kadernota', 0), passage('Kadernota', 1), passage('Kadernota', 2)]);
    await here.knowledge.replaceDocument('Kadernota', [passage('Kadernota', 0)]);
    expect((await here.knowledge.allPassages()).filter((p) => p.title === 'Kadernota')).toHaveLength(1);
    expect(await here.knowledge.removeDocument('Kadernota')).toBe(1);
    expect(await here.knowledge.listDocuments()).toEqual([]);
  });

  it('qa: tickets are version-guarded; facts and feedback per region', async () => {
    await here.qa.createTicket({ id: 'V-1', question: 'Wie?', asker: actor, status: 'open', createdAt: AT });
    const t = (await here.qa.ticket('V-1'))!;
    await here.qa.updateTicket({ ...t.value, status: 'in behandeling' }, t.version);
    await expect(here.qa.updateTicket({ ...t.value, status: 'beantwoord' }, t.version)).rejects.toBeInstanceOf(ConcurrencyError);
    await here.qa.saveFact({ id: 'f1', questions: ['Wie?'], keywords: [], answer: 'Zij.', source: { title: 'Bron', section: '' } });
    await here.qa.saveFeedback({ id: 'fb1', helpful: true, question: 'Wie?', source: 'Bron', userId: 'u1', at: AT });
    expect((await here.qa.facts()).map((f) => f.id)).toEqual(['f1']);
    expect(await there.qa.tickets()).toEqual([]);
    expect(await there.qa.feedback()).toEqual([]);
  });

  it('qa feedback: one vote per id; a second click changes it, the same click changes nothing; concurrent clicks end as one vote', async () => {
    const vote = (helpful: boolean, at = AT) => ({ id: 'fb-anne-wie', helpful, question: 'Wie?', source: 'Bron', userId: 'anne', at });
    expect(await here.qa.saveFeedback(vote(true))).toBeUndefined();
    expect(await here.qa.saveFeedback(vote(true, '2026-11-30T11:00:00.000Z'))).toMatchObject({ helpful: true, at: AT });
    expect(await here.qa.saveFeedback(vote(false, '2026-11-30T12:00:00.000Z'))).toMatchObject({ helpful: true });
    const mine = () => here.qa.feedback().then((all) => all.filter((f) => f.id === 'fb-anne-wie'));
    expect(await mine()).toEqual([vote(false, '2026-11-30T12:00:00.000Z')]);
    const [a, b, c] = await Promise.all([here.qa.saveFeedback(vote(true)), here.qa.saveFeedback(vote(false)), here.qa.saveFeedback(vote(true))]);
    expect([a, b, c].every((earlier) => earlier === undefined || typeof earlier.helpful === 'boolean')).toBe(true);
    expect(await mine()).toHaveLength(1);
    expect((await there.qa.feedback()).filter((f) => f.id === 'fb-anne-wie')).toEqual([]);
    expect(await here.qa.feedbackById('fb-anne-wie')).toEqual((await mine())[0]);
    expect(await here.qa.feedbackById('fb-niemand')).toBeUndefined();
    expect(await there.qa.feedbackById('fb-anne-wie')).toBeUndefined();
  });

  it('outbox: an enqueue is idempotent and a delivery claim is version-guarded', async () => {
    expect(await here.outbox.createNotification(notification('n1'))).toBe(true);
    expect(await here.outbox.createNotification(notification('n1'))).toBe(false);
    expect(await here.outbox.createDelivery(delivery('n1'))).toBe(true);
    expect(await here.outbox.createDelivery(delivery('n1'))).toBe(false);
    const d = (await here.outbox.getDelivery('conv:c1', 'n1'))!;
    await here.outbox.replaceDelivery({ ...d.value, status: 'sent' }, d.version);
    await expect(here.outbox.replaceDelivery({ ...d.value, status: 'failed' }, d.version)).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await here.outbox.getDelivery('conv:c1', 'n1'))?.value.status).toBe('sent');
    // finished work is no longer open: the conversation's window (open plus recent sends) leaves it out
    expect(await here.outbox.conversationWindow('conv:c1', 0)).toEqual([]);
  });

  it('timers and channels: per region; a deleted timer is gone', async () => {
    await here.timers.schedule({ id: 'j1', kind: 'k', dueAt: AT, payload: {} });
    expect((await here.timers.get('j1'))?.value.kind).toBe('k');
    expect((await here.timers.due(Date.parse(AT), 10)).map((j) => j.value.id)).toEqual(['j1']);
    expect(await there.timers.due(Date.parse(AT), 10)).toEqual([]);
    await here.timers.delete('j1');
    expect(await here.timers.get('j1')).toBeUndefined();
    await here.channels.link({ target: 'body:PFO', conversationKey: 'conv:c1', channelName: 'PFO', linkedBy: 'u1', linkedAt: AT });
    expect((await here.channels.get('body:PFO'))?.conversationKey).toBe('conv:c1');
    expect(await there.channels.get('body:PFO')).toBeUndefined();
  });

  /** Many regions on one Cosmos account: each region's people (and roles), chat references, counters and follow-up context are its own. */
  describe('people per region', () => {
    beforeAll(async () => {
      await here.people.saveMany([person(SAME, ['wethouder'], 'same@kampen.nl', 'Kampen'), person('aaaaaaaa-0000-0000-0000-000000000001', ['regiomanager'], 'rm@ijsselland.nl')]);
      await there.people.save(person(SAME, ['beleidsadviseur'], 'same@enschede.nl', 'Enschede'));
    });

    it('the same person has an entry per region: get, list and isEmpty see only their own region', async () => {
      expect((await here.people.get(SAME))?.roles).toEqual(['wethouder']);
      expect((await there.people.get(SAME))?.roles).toEqual(['beleidsadviseur']);
      expect((await here.people.list()).map((p) => p.email).sort()).toEqual(['rm@ijsselland.nl', 'same@kampen.nl']);
      expect((await there.people.list()).map((p) => p.email)).toEqual(['same@enschede.nl']);
      expect(await there.people.get('aaaaaaaa-0000-0000-0000-000000000001')).toBeUndefined();
      expect(await createRepositories(store, 'drenthe').people.isEmpty()).toBe(true);
    });

    it('role and e-mail look-ups find only the region asked', async () => {
      expect((await here.people.withRole('wethouder')).map((p) => p.gemeente)).toEqual(['Kampen']);
      expect(await there.people.withRole('wethouder')).toEqual([]);
      expect(await there.people.withRole('regiomanager')).toEqual([]);
      expect((await there.people.withRole('beleidsadviseur')).map((p) => p.gemeente)).toEqual(['Enschede']);
      expect(await there.people.findByEmail('rm@ijsselland.nl')).toBeUndefined();
      expect(await there.people.findByEmail('SAME@kampen.nl')).toBeUndefined();
      expect((await here.people.findByEmail('SAME@kampen.nl'))?.gemeente).toBe('Kampen');
    });

    it("a role grant or save in one region leaves the other region's entry as it was", async () => {
      await there.people.update(SAME, (p) => ({ ...p, roles: ['beleidsadviseur', 'regiomanager'] }));
      await there.people.saveMany([person('bbbbbbbb-0000-0000-0000-000000000002', ['wethouder'], 'w@enschede.nl', 'Enschede')]);
      expect((await here.people.get(SAME))?.roles).toEqual(['wethouder']);
      expect((await here.people.withRole('regiomanager')).map((p) => p.email)).toEqual(['rm@ijsselland.nl']);
      expect((await here.people.withRole('wethouder')).map((p) => p.email)).toEqual(['same@kampen.nl']);
      expect(await here.people.update('bbbbbbbb-0000-0000-0000-000000000002', (p) => ({ ...p, roles: ['regiomanager'] }))).toBeUndefined();
      expect((await there.people.get('bbbbbbbb-0000-0000-0000-000000000002'))?.roles).toEqual(['wethouder']);
    });

    it("chat references, channel lists, rate limits and follow-up context are each region's own", async () => {
      await here.conversations.save(chat(`user:${SAME}`, 'personal', 'a:chat-with-ijsselland-bot'));
      await there.conversations.save(chat(`user:${SAME}`, 'personal', 'a:chat-with-twente-bot'));
      await here.conversations.save(chat('conv:19:pfo@thread', 'channel', '19:pfo@thread'));
      expect((await here.conversations.get(`user:${SAME}`))?.reference).toEqual({ conversation: { id: 'a:chat-with-ijsselland-bot' } });
      expect((await there.conversations.get(`user:${SAME}`))?.reference).toEqual({ conversation: { id: 'a:chat-with-twente-bot' } });
      expect((await here.conversations.listChannels()).map((c) => c.key)).toEqual(['conv:19:pfo@thread']);
      expect(await there.conversations.listChannels()).toEqual([]);
      expect((await there.conversations.list()).map((c) => c.key)).toEqual([`user:${SAME}`]);

      const now = Date.parse(AT);
      expect(await here.rateLimits.take(SAME, 'expert', 1, 600_000, now)).toBe(true);
      expect(await here.rateLimits.take(SAME, 'expert', 1, 600_000, now)).toBe(false);
      expect(await there.rateLimits.take(SAME, 'expert', 1, 600_000, now)).toBe(true);

      await here.conversationContext.put('19:pfo@thread', 'qa', { question: 'Wat besloot het PFO?' }, 3600);
      expect(await there.conversationContext.get('19:pfo@thread', 'qa', z.unknown())).toBeUndefined();
      expect(await here.conversationContext.get('19:pfo@thread', 'qa', z.unknown())).toEqual({ question: 'Wat besloot het PFO?' });
    });

    it("the outbox: a region's worker finds only its own open work, reports and card messages", async () => {
      await there.outbox.createNotification(notification('n-twente'));
      await there.outbox.createDelivery({ ...delivery('n-twente'), conversationKey: `user:${SAME}` });
      await there.outbox.rememberRecent(notification('n-twente'));
      await there.outbox.saveCardMessage({ conversationKey: `user:${SAME}`, updateKey: 'round-2027', activityId: 'act-twente', seq: 1 });
      const far = Date.parse('2099-01-01T00:00:00Z');
      const dueThere = await there.outbox.due(far, 100);
      expect(dueThere.notifications.map((n) => n.value.id)).toEqual(['n-twente']);
      expect(dueThere.deliveries.map((d) => d.value.id)).toEqual(['n-twente']);
      const dueHere = await here.outbox.due(far, 100);
      expect([...dueHere.notifications, ...dueHere.deliveries].map((d) => d.value.id)).not.toContain('n-twente');
      expect(await here.outbox.getNotification('n-twente')).toBeUndefined();
      expect(await here.outbox.getDelivery(`user:${SAME}`, 'n-twente')).toBeUndefined();
      expect(await here.outbox.conversationWindow(`user:${SAME}`, 0)).toEqual([]);
      expect(await here.outbox.recentNotificationIds(10)).not.toContain('n-twente');
      expect(await there.outbox.recentNotificationIds(10)).toEqual(['n-twente']);
      expect(await here.outbox.getCardMessage(`user:${SAME}`, 'round-2027')).toBeUndefined();
      expect((await there.outbox.getCardMessage(`user:${SAME}`, 'round-2027'))?.activityId).toBe('act-twente');
      expect((await here.outbox.scan()).notifications.map((n) => n.value.id)).not.toContain('n-twente');
    });

    it('people, chat references and the outbox stored without a region move into the region of the first instance that starts; another region never gets them', async () => {
      const legacyUsers = store.collection('users', personSchema);
      const legacyChats = store.collection('conversations', conversationRecordSchema);
      await legacyUsers.upsert('u-old', 'u-old', person('u-old', ['wethouder'], 'W@Kampen.nl', 'Kampen'));
      await legacyChats.upsert('user:u-old', 'user:u-old', chat('user:u-old', 'personal', 'a:old-chat'));
      await legacyChats.upsert('conv:19:old@thread', 'conv:19:old@thread', chat('conv:19:old@thread', 'channel', '19:old@thread'));
      const legacyOutbox = store.collection('outbox', outboxDocSchema);
      await legacyOutbox.upsert('notification:n-old', 'n-old', notification('n-old'));
      await legacyOutbox.upsert('conv:c-old', 'n-old', { ...delivery('n-old'), conversationKey: 'conv:c-old' });
      await store.collection('state', z.unknown()).upsert('outbox', 'recent-notifications', { notifications: [{ id: 'n-old', seq: 1 }] });

      await ensureRegionScoped(store, 'ijsselland');
      expect((await here.people.withRole('wethouder')).map((p) => p.aadObjectId).sort()).toEqual([SAME, 'u-old'].sort());
      expect((await here.people.findByEmail('w@kampen.nl'))?.aadObjectId).toBe('u-old');
      expect((await here.conversations.get('user:u-old'))?.reference).toEqual({ conversation: { id: 'a:old-chat' } });
      expect((await here.conversations.listChannels()).map((c) => c.key).sort()).toEqual(['conv:19:old@thread', 'conv:19:pfo@thread']);
      // moved, not copied: nothing is left without a region
      const keys = (await legacyUsers.listAllWithKeys()).map((d) => d.pk);
      expect(keys).toContain('ijsselland/u-old');
      expect(keys.filter((pk) => !pk.includes('/'))).toEqual([]);
      // open work written before is found by the region's worker, with its index
      const due = await here.outbox.due(Date.parse('2099-01-01T00:00:00Z'), 100);
      expect(due.notifications.map((n) => n.value.id)).toContain('n-old');
      expect(due.deliveries.map((d) => d.value.conversationKey)).toContain('conv:c-old');
      expect(await store.collection('state', z.unknown()).get('outbox', 'recent-notifications')).toBeUndefined();

      await ensureRegionScoped(store, 'twente');
      expect(await there.people.get('u-old')).toBeUndefined();
      expect((await there.people.withRole('wethouder')).map((p) => p.aadObjectId)).not.toContain('u-old');
      expect(await there.conversations.get('user:u-old')).toBeUndefined();
      expect(await there.outbox.getNotification('n-old')).toBeUndefined();
      expect((await here.people.get('u-old'))?.gemeente).toBe('Kampen');
    });
  });
});
