import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { runForgetCli } from '../../src/cli/forget';
import { parseConfig } from '../../src/config';
import type { Meeting } from '../../src/features/meetings/meetings.domain';
import { createRepositories, createStorage, type Storage } from '../../src/storage';
import type { DocumentStore } from '../../src/storage/document-store';
import { forgetPerson, REMOVED_ID, REMOVED_NAME } from '../../src/storage/forget';
import { cosmosFixture, sqliteFixture, type StoreFixture } from '../helpers/stores';

const JAN = 'aaaaaaaa-1111-2222-3333-444444444444';
const PIET = 'bbbbbbbb-1111-2222-3333-444444444444';
const AT = '2026-11-30T10:00:00.000Z';

const meeting: Meeting = {
  id: 'PFO-2027-01-15',
  body: 'PFO',
  date: '2027-01-15',
  time: '10:00',
  location: 'Zwolle',
  agenda: [{ title: 'Kadernota', description: '', type: 'bespreking' }],
  status: 'gepubliceerd',
  decisions: ['Het PFO stemt in met de kadernota.'],
  actions: [
    { text: 'Notitie opstellen', owner: 'Jan Jansen', due: '2027-02-01' },
    { text: 'Planning maken', owner: 'Piet Pietersen', due: '2027-02-01' },
  ],
  summaryRecipients: [JAN, PIET],
  createdBy: PIET,
  updatedAt: AT,
};

/** `npm run forget`: one person's data removed or pseudonymised through the storage layer, on both adapters. */
describe.each([['sqlite', sqliteFixture], ['cosmos', cosmosFixture]] as const)('forget one person on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  let store: DocumentStore;
  let repos: Storage;

  beforeAll(async () => {
    fixture = makeFixture();
    store = await fixture.open();
    repos = createRepositories(store, 'ijsselland');
    await repos.people.save({ aadObjectId: JAN, name: 'Jan Jansen (demo)', email: 'jan@kampen.nl', roles: ['beleidsadviseur'], gemeente: 'Kampen', demo: false });
    await repos.people.save({ aadObjectId: PIET, name: 'Piet Pietersen', email: 'piet@zwolle.nl', roles: ['regiomanager'], demo: false });
    for (const id of [JAN, PIET]) {
      await repos.conversations.save({ key: `user:${id}`, kind: 'personal', aadObjectId: id, reference: { conversation: { id: `a:chat-${id}` }, user: { aadObjectId: id } }, updatedAt: AT });
      await repos.conversationContext.put(`a:chat-${id}`, 'last-question', { question: `vraag van ${id}` }, 3600);
      await repos.rateLimits.take(id, 'expert', 5, 600_000, Date.parse(AT));
      await repos.qa.createTicket({ id: `t-${id}`, question: 'Hoe zit het met de wachttijden?', asker: { aadObjectId: id, name: id === JAN ? 'Jan Jansen (demo)' : 'Piet Pietersen' }, status: 'open', createdAt: AT });
      await repos.qa.saveFeedback({ id: `f-${id}`, helpful: true, question: 'Wat is het PFO?', source: 'Kadernota', userId: id, at: AT });
    }
    await repos.meetings.create(meeting);
  });
  afterAll(() => fixture.cleanup());

  it('a dry run reports and changes nothing', async () => {
    const report = await forgetPerson(store, JAN, { dryRun: true });
    expect(report.name).toBe('Jan Jansen (demo)');
    expect(report.containers.find((c) => c.container === 'users')).toEqual({ container: 'users', deleted: 1, pseudonymised: 0 });
    expect(await repos.people.get(JAN)).toBeDefined();
    expect((await repos.qa.ticket(`t-${JAN}`))?.value.asker.aadObjectId).toBe(JAN);
  });

  it('deletes what is about the person, pseudonymises shared records, leaves everyone else alone; a second run finds nothing', async () => {
    const report = await forgetPerson(store, JAN);
    const by = Object.fromEntries(report.containers.map((c) => [c.container, c]));
    expect(by.users).toMatchObject({ deleted: 1 });
    expect(by.conversations).toMatchObject({ deleted: 1 });
    expect(by.ratelimits).toMatchObject({ deleted: 1 });
    expect(by.feedback).toMatchObject({ deleted: 1 });
    expect(by.state).toMatchObject({ deleted: 1 });
    expect(by.tickets).toMatchObject({ pseudonymised: 1 });
    expect(by.meetings).toMatchObject({ pseudonymised: 1 });

    expect(await repos.people.get(JAN)).toBeUndefined();
    expect(await repos.conversations.get(`user:${JAN}`)).toBeUndefined();
    expect(await repos.conversationContext.get(`a:chat-${JAN}`, 'last-question', z.unknown())).toBeUndefined();
    expect((await repos.qa.feedback()).map((f) => f.userId)).toEqual([PIET]);
    const ticket = (await repos.qa.ticket(`t-${JAN}`))!.value;
    expect(ticket.asker).toEqual({ aadObjectId: REMOVED_ID, name: REMOVED_NAME });
    expect(ticket.question).toBe('Hoe zit het met de wachttijden?');
    const m = (await repos.meetings.get(meeting.id))!.value;
    expect(m.actions.map((a) => a.owner)).toEqual([REMOVED_NAME, 'Piet Pietersen']); // the typed name, without "(demo)"
    expect(m.summaryRecipients).toEqual([REMOVED_ID, PIET]);

    // Piet is untouched
    expect((await repos.people.get(PIET))?.name).toBe('Piet Pietersen');
    expect(await repos.conversations.get(`user:${PIET}`)).toBeDefined();
    expect((await repos.qa.ticket(`t-${PIET}`))!.value.asker.aadObjectId).toBe(PIET);
    expect(m.createdBy).toBe(PIET);

    // nothing of Jan is left anywhere
    for (const container of ['users', 'conversations', 'tickets', 'feedback', 'meetings', 'state', 'ratelimits'] as const) {
      const all = await store.collection(container, z.unknown()).listAll();
      expect(JSON.stringify(all)).not.toContain(JAN);
      expect(JSON.stringify(all)).not.toContain('Jan Jansen');
    }
    expect((await forgetPerson(store, JAN)).containers).toEqual([]);
  });
});

describe('npm run forget (the CLI)', () => {
  it('refuses bad arguments, and forgets a person in DATA_DIR with a Dutch report', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-forget-'));
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const config = parseConfig({ DATA_DIR: dir, STORAGE: 'sqlite', LOG_LEVEL: 'silent' });
      expect(await runForgetCli([], config)).toBe(1);
      expect(await runForgetCli(["x' OR 1=1"], config)).toBe(1);
      const storage = await createStorage(config, 'ijsselland');
      await storage.people.save({ aadObjectId: JAN, name: 'Jan Jansen', email: '', roles: ['wethouder'], gemeente: 'Kampen', demo: false });
      await storage.close();
      expect(await runForgetCli([JAN], config)).toBe(0);
      expect(out.join('')).toContain('users: 1 verwijderd, 0 gepseudonimiseerd');
      expect(out.join('')).toContain(`Klaar: Jan Jansen (${JAN}) is vergeten.`);
      const after = await createStorage(config, 'ijsselland');
      expect(await after.people.get(JAN)).toBeUndefined();
      await after.close();
    } finally {
      write.mockRestore();
      err.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
