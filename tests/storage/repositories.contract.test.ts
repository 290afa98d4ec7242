import type { Escalation } from '../../src/features/escalations/escalations.domain';
import type { Meeting } from '../../src/features/meetings/meetings.domain';
import type { DeliveryDoc, NotificationDoc } from '../../src/features/notifications/notifications.domain';
import type { Passage } from '../../src/features/qa/qa.domain';
import type { Round, Theme } from '../../src/features/regioagenda/regioagenda.domain';
import { createRepositories, type Storage } from '../../src/storage';
import type { DocumentStore } from '../../src/storage/document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../src/shared/store-errors';
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
    await here.qa.addFeedback({ id: 'fb1', helpful: true, question: 'Wie?', source: 'Bron', userId: 'u1', at: AT });
    expect((await here.qa.facts()).map((f) => f.id)).toEqual(['f1']);
    expect(await there.qa.tickets()).toEqual([]);
    expect(await there.qa.feedback()).toEqual([]);
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
});
