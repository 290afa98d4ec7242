import { randomUUID } from 'node:crypto';
import { ESCALATION_TEXTS } from '../../src/features/escalations/escalations.texts';
import { MEETING_TEXTS } from '../../src/features/meetings/meetings.texts';
import { REGIO_TEXTS } from '../../src/features/regioagenda/regioagenda.texts';
import { themeFields } from '../regioagenda/helpers';
import { openRound2027, type PermissionRig, rigFor, user } from './rig';

/**
 * Every deadline and date rule at its edge, over HTTP with the service's clock moved: the last
 * minute of the deadline day in Dutch time and the first minute after, in winter and summer time
 * and on the days the clocks change.
 */
const at = (iso: string) => new Date(iso);

describe('regioagenda: submissions until the end of the deadline day (Europe/Amsterdam)', () => {
  const rig = rigFor(at('2027-01-11T10:00:00Z'), openRound2027('projectmanager'));
  const adviser = user('beleidsadviseur');
  const submit = () =>
    rig.execute('regio.theme.save', { year: 2027, submissionId: randomUUID().replace(/-/g, '').slice(0, 16), similarSeen: 'true', ...themeFields('Kampen') }, adviser);
  const themes = () => rig.documents('themes').length;
  const extend = async (when: string, deadline: string) => {
    rig.now = at(when);
    return (await rig.say(`verleng ronde 2027 tot ${deadline}`, user('regiomanager'))).text;
  };

  /** [deadline, last accepted instant (UTC), first refused instant (UTC)] */
  const days: [string, string, string, string][] = [
    ['winter time (CET, UTC+1)', '2027-03-01', '2027-03-01T22:59:00Z', '2027-03-01T23:00:00Z'],
    ['the day summer time starts (28 March 2027)', '2027-03-28', '2027-03-28T21:59:00Z', '2027-03-28T22:00:00Z'],
    ['summer time (CEST, UTC+2)', '2027-06-30', '2027-06-30T21:59:00Z', '2027-06-30T22:00:00Z'],
    ['the day winter time returns (31 October 2027)', '2027-10-31', '2027-10-31T22:59:00Z', '2027-10-31T23:00:00Z'],
  ];

  it.each(days)('%s: deadline %s, accepted at %s (23:59 Dutch time), refused at %s (00:00)', async (_name, deadline, last, first) => {
    if (deadline !== '2027-03-01') expect(await extend(new Date(at(last).getTime() - 86_400_000 * 3).toISOString(), deadline)).toBe(REGIO_TEXTS.roundExtended(2027, deadline));
    const before = themes();
    // 23:59:00 and 23:59:59 Dutch time are both still the deadline day.
    for (const instant of [last, last.replace(':00Z', ':59Z')]) {
      rig.now = at(instant);
      expect((await submit()).text).toContain('is ingediend voor gemeente Kampen');
    }
    expect(themes()).toBe(before + 2);
    rig.now = at(first);
    expect((await submit()).text).toContain(REGIO_TEXTS.locked(2027, deadline));
    expect(themes()).toBe(before + 2);
  });

  it('a withdrawal and an edit follow the same rule', async () => {
    rig.now = at('2027-10-31T23:00:00Z');
    const [t] = rig.documents('themes');
    for (const verb of ['regio.theme.edit', 'regio.theme.withdraw']) {
      expect((await rig.execute(verb, { year: 2027, themeId: t.id, version: t.version }, adviser)).text).toContain(REGIO_TEXTS.locked(2027, '2027-10-31'));
    }
    await extend('2027-10-31T23:00:00Z', '2027-11-01');
    rig.now = at('2027-11-01T22:59:00Z');
    expect((await rig.execute('regio.theme.edit', { year: 2027, themeId: t.id, version: t.version }, adviser)).text).not.toContain(REGIO_TEXTS.locked(2027, '2027-11-01'));
  });

  it('extending: the new deadline may be today in Dutch time, not yesterday (00:30 Dutch time is already the next day)', async () => {
    expect(await extend('2027-11-02T23:30:00Z', '2027-11-02')).toBe(REGIO_TEXTS.deadlineInPast);
    expect(await extend('2027-11-02T23:30:00Z', '2027-11-03')).toBe(REGIO_TEXTS.roundExtended(2027, '2027-11-03'));
  });

  it('reminders are due at 09:00 Dutch time 7 days and 1 day before the deadline (winter and summer)', async () => {
    await extend('2027-11-04T10:00:00Z', '2027-12-15');
    const due = () => [...rig.timers.jobs.values()].filter((j) => j.kind === 'regioagenda.reminder').map((j) => j.dueAt.toISOString()).sort();
    expect(due()).toEqual(['2027-12-08T08:00:00.000Z', '2027-12-14T08:00:00.000Z']);
    await extend('2027-11-04T10:00:00Z', '2028-04-10');
    expect(due()).toEqual(['2028-04-03T07:00:00.000Z', '2028-04-09T07:00:00.000Z']);
  });

  it('a reminder fires at its minute, not a minute before, to the gemeenten without a theme', async () => {
    const reminders = () => rig.outbox.withKey(':reminder:7d:2028-04-10:').length;
    rig.now = at('2028-04-03T06:59:00Z');
    expect(await rig.timers.runDue(rig.now)).toBe(0);
    rig.now = at('2028-04-03T07:00:00Z');
    expect(await rig.timers.runDue(rig.now)).toBe(1);
    expect(reminders()).toBe(10); // every gemeente but Kampen
  });
});

describe('regioagenda: opening a round (year and deadline)', () => {
  const rig = rigFor(at('2027-01-11T23:30:00Z')); // 00:30 on 12 January in the Netherlands
  const open = async (year: string, deadline: string) => (await rig.execute('regio.round.open', { year, deadline }, user('regiomanager'))).text;

  it('the deadline may be today in Dutch time, not yesterday', async () => {
    expect(await open('2028', '2027-01-11')).toContain(REGIO_TEXTS.deadlineInPast);
    expect(rig.documents('rounds')).toHaveLength(0);
    expect(await open('2028', '2027-01-12')).not.toContain(REGIO_TEXTS.deadlineInPast);
    expect(rig.documents('rounds')).toHaveLength(1);
  });

  it('the year is this year up to five years ahead', async () => {
    expect(await open('2026', '2027-03-01')).toContain(REGIO_TEXTS.yearInvalid(2027, 2032));
    expect(await open('2033', '2033-03-01')).toContain(REGIO_TEXTS.yearInvalid(2027, 2032));
    expect(rig.documents('rounds')).toHaveLength(1);
    expect(await open('2027', '2027-03-01')).not.toContain('Kies een jaar');
    expect(await open('2032', '2032-03-01')).not.toContain('Kies een jaar');
    expect(rig.documents('rounds')).toHaveLength(3);
  });

  it('a deadline that is not a date is refused', async () => {
    expect(await open('2029', '1-3-2029')).toContain('Kies een datum (jjjj-mm-dd).');
    expect(rig.documents('rounds')).toHaveLength(3);
  });
});

describe('meetings: minutes once the meeting has started in Dutch time; "next" meeting by Dutch date', () => {
  const pm = user('projectmanager');
  const plan = (rig: PermissionRig, date: string) => rig.execute('meeting.save', { body: 'PFO', date, time: '14:00', location: 'Provinciehuis Zwolle', agenda: 'besluit: Kadernota' }, pm);
  const rig = rigFor(at('2027-01-11T10:00:00Z'), async (r) => {
    await plan(r, '2027-01-20');
    await plan(r, '2027-03-28');
  });

  it.each([
    ['winter time', 'PFO-2027-01-20', '2027-01-20T12:59:00Z', '2027-01-20T13:00:00Z', '2027-01-20'],
    ['the day summer time starts', 'PFO-2027-03-28', '2027-03-28T11:59:00Z', '2027-03-28T12:00:00Z', '2027-03-28'],
  ])('%s: a 14:00 meeting has not taken place at 13:59, has at 14:00', async (_n, meetingId, before, after, date) => {
    rig.now = at(before);
    expect((await rig.execute('meeting.minutes.form', { meetingId }, pm)).text).toContain(MEETING_TEXTS.notHeldYet('PFO', date, '14:00'));
    rig.now = at(after);
    expect((await rig.execute('meeting.minutes.form', { meetingId }, pm)).text).not.toContain(MEETING_TEXTS.notHeldYet('PFO', date, '14:00'));
  });

  it('after midnight Dutch time (23:30 UTC) yesterday\'s meeting is no longer the next one', async () => {
    rig.now = at('2027-03-28T21:30:00Z'); // 23:30 Dutch time on the day
    expect((await rig.say('vergaderingen', pm)).text).toContain('28 maart 2027');
    rig.now = at('2027-03-28T22:30:00Z'); // 00:30 on 29 March
    expect((await rig.say('vergaderingen', pm)).text).not.toContain('28 maart 2027');
    expect((await rig.say('publiceer agenda PFO', pm)).text).toContain(MEETING_TEXTS.noneOfBody('PFO'));
  });
});

describe('escalations: picked up within 2 working days, or re-escalated at that minute', () => {
  // a Friday
  const rig = rigFor(at('2027-01-15T10:00:00Z'), (r) =>
    r.execute('escalation.submit', { providerId: 'VB001', submissionId: `esc-${randomUUID()}`, soort: 'wachttijd', urgency: 'normaal', description: 'De wachtlijst loopt al maanden op.' }, user('contractmanager')),
  );

  it('raised on a Friday, it is due on Tuesday at the same time (the weekend does not count)', () => {
    const [e] = rig.documents('escalations');
    expect(e.body.ackDueAt).toBe('2027-01-19T10:00:00.000Z');
    expect([...rig.timers.jobs.values()].map((j) => j.dueAt.toISOString())).toEqual(['2027-01-19T10:00:00.000Z']);
  });

  it('not a minute early; at the due minute it goes out once more', async () => {
    expect(await rig.timers.runDue(at('2027-01-19T09:59:00Z'))).toBe(0);
    rig.now = at('2027-01-19T10:00:00Z');
    expect(await rig.timers.runDue(rig.now)).toBe(1);
    expect(rig.outbox.withKey(':reescalated')).toHaveLength(1);
  });

  it('resolving needs a note of 5 to 1000 characters; a refused note changes nothing', async () => {
    const [e] = rig.documents('escalations');
    const resolve = (note: string) => rig.execute('escalation.resolve', { escalationId: e.id, note }, user('regiomanager'));
    for (const note of ['abcd', '    abcd    ', 'x'.repeat(1001)]) {
      expect((await resolve(note)).text).toContain(ESCALATION_TEXTS.noteRequired);
      expect(rig.documents('escalations')[0].version).toBe(e.version);
    }
    expect((await resolve('abcde')).text).not.toContain(ESCALATION_TEXTS.noteRequired);
    expect(rig.documents('escalations')[0].body.status).toBe('afgehandeld');
  });
});

describe('export links: valid for 15 minutes', () => {
  const rig = rigFor(at('2027-01-11T10:00:00Z'), openRound2027());

  it('opens at 15:00 minutes, is expired at 15:01', async () => {
    const reply = await rig.bot.say('exporteer audit', { user: user('regiomanager') });
    const url = JSON.stringify(reply.replies).match(/\/api\/export\/([^"\\]+)/)![1];
    const get = async (when: string) => {
      rig.now = at(when);
      return (await fetch(`${rig.bot.url}/api/export/${url}`)).status;
    };
    expect(await get('2027-01-11T10:15:00Z')).toBe(200);
    expect(await get('2027-01-11T10:15:01Z')).toBe(410);
  });
});

describe('theme form over HTTP: a value under a minimum is shown in the form and nothing is stored', () => {
  const rig = rigFor(at('2027-01-11T10:00:00Z'), openRound2027());

  it('"Regionale meerwaarde" of 9 characters is refused in the form; 10 is stored', async () => {
    const send = (regionalValue: string) =>
      rig.execute('regio.theme.save', { year: 2027, submissionId: randomUUID().replace(/-/g, '').slice(0, 16), similarSeen: 'true', ...themeFields('Kampen'), regionalValue }, user('beleidsadviseur'));
    expect((await send('123456789')).text).toContain('Leg in minstens 10 tekens uit waarom dit regionaal moet en niet lokaal.');
    expect(rig.documents('themes')).toHaveLength(0);
    expect((await send('1234567890')).text).toContain('is ingediend voor gemeente Kampen');
    expect(rig.documents('themes')).toHaveLength(1);
  });
});
