import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { FakeOutbox } from '../helpers/fake-ports';
import { cardProblems } from '../helpers/validate-card';
import { createStorage } from '../../src/storage';
import { actionData, importTestUsers } from '../regioagenda/helpers';

const CARD = 'application/vnd.microsoft.card.adaptive';
const OTHER_FRANK = '40000000-0000-0000-0000-000000000001';

/** Every input of a card (rows included), with the value it shows. */
function collectInputs(node: any, out: any[] = []): any[] {
  if (Array.isArray(node)) node.forEach((n) => collectInputs(n, out));
  else if (node && typeof node === 'object') {
    if (typeof node.type === 'string' && node.type.startsWith('Input.')) out.push(node);
    Object.values(node).forEach((v) => collectInputs(v, out));
  }
  return out;
}

/**
 * Issue 13, problems 1 and 3: Dutch dates in every meeting command and form (never a crash, input
 * kept), and one rule for typed commands and buttons: no decisions or summary before the meeting.
 */
describe('meeting flow: Dutch dates and the one meeting rule', () => {
  const bot = new BotHarness();
  const outbox = new FakeOutbox();
  let clock = new Date('2027-01-04T09:00:00Z'); // Monday 4 January 2027, 10:00 in Amsterdam

  beforeAll(async () => {
    await bot.start({}, { now: () => clock, outbox });
    await importTestUsers(bot.dataDir, 'meetings-gebruikers.csv');
  });
  afterAll(() => bot.stop());

  const pm = DEMO.projectmanager;
  const textOf = (card: any) => readable({ attachments: [{ content: card }] });
  const cardReply = async (text: string) => {
    const { replies } = await bot.say(text, { user: pm });
    expect(replies[0]?.attachments?.[0]?.contentType).toBe(CARD);
    const card = replies[0].attachments[0].content;
    expect(cardProblems(card)).toEqual([]);
    return card;
  };
  const exec = async (verb: string, data: Record<string, unknown>) => {
    const res = await bot.execute(verb, data, { user: pm });
    expect(res.statusCode).toBe(200);
    if (res.type !== CARD) return { card: undefined, text: String(res.value) };
    expect(cardProblems(res.value)).toEqual([]);
    return { card: res.value, text: textOf(res.value) };
  };
  const plan = async (command: string, time = '14:00') => {
    const form = await cardReply(command);
    const data = actionData(form, 'meeting.save');
    const date = (JSON.stringify(form).match(/"value":"(\d{4}-\d{2}-\d{2})"/) ?? [])[1];
    return exec('meeting.save', { ...data, date, time, location: 'Stadhuis Zwolle', agenda_0_title: 'Kadernotitie 2028', agenda_0_type: 'besluitvorming' });
  };

  it('"plan vergadering PFO 15-01-2027" and other Dutch dates open the form with that date; a wrong date is a Dutch message, not Q&A', async () => {
    for (const [command, iso] of [
      ['plan vergadering PFO 15-01-2027', '2027-01-15'],
      ['plan vergadering van het PFO op 15 januari 2027', '2027-01-15'],
      ['plan vergadering PFO volgende week dinsdag', '2027-01-12'],
      ['plan vergadering PFO morgen', '2027-01-05'],
    ]) {
      expect([command, JSON.stringify(await cardReply(command))]).toEqual([command, expect.stringContaining(iso)]);
    }
    const wrong = await bot.say('plan vergadering PFO 31-02-2027', { user: pm });
    expect(wrong.text).toContain('31 februari 2027 bestaat niet.');
    expect(wrong.text).toContain('plan vergadering PFO 15-01-2027');
  });

  it('issue 13: the agenda is card rows you can add; "Agendapunt toevoegen" keeps everything typed and stores nothing', async () => {
    const form = await cardReply('plan vergadering AO 20-01-2027');
    const typed = { date: '20 januari 2027', time: '10:00', location: 'Provinciehuis', agenda_0_title: 'Inkoopstrategie 2028', agenda_0_type: 'besluitvorming', agenda_0_description: 'vaststellen' };
    const more = await exec('meeting.agenda.addRow', { ...actionData(form, 'meeting.agenda.addRow'), ...typed });
    expect(Object.fromEntries(collectInputs(more.card).map((i: any) => [i.id, i.value ?? '']))).toMatchObject({ ...typed, agenda_1_title: '', agenda_1_type: 'bespreking' });
    expect((await bot.say('vergaderingen', { user: pm })).text).not.toContain('AO: 20 januari 2027');
    const saved = await exec('meeting.save', { ...actionData(more.card, 'meeting.save'), ...typed, agenda_1_title: 'Monitor jeugdhulp', agenda_1_type: 'informatie' });
    expect(saved.text).toContain('Inkoopstrategie 2028');
    expect(saved.text).toContain('ter besluitvorming');
    expect(saved.text).toContain('Monitor jeugdhulp');
    expect(saved.text).toContain('ter informatie');
    // editing shows the stored items as rows again
    const edit = await exec('meeting.edit', { meetingId: 'AO-2027-01-20' });
    expect(Object.fromEntries(collectInputs(edit.card).map((i: any) => [i.id, i.value ?? '']))).toMatchObject({ agenda_0_title: 'Inkoopstrategie 2028', agenda_1_title: 'Monitor jeugdhulp', agenda_1_type: 'informatie' });
  });

  it('the planning form accepts a typed Dutch date and refuses a wrong one next to the field, keeping the input', async () => {
    const form = await cardReply('plan vergadering PFO');
    const data = actionData(form, 'meeting.save');
    const bad = await exec('meeting.save', { ...data, date: '31 februari 2027', time: '14:00', location: 'Stadhuis Zwolle', agenda: 'besluit: Kadernotitie 2028' });
    expect(bad.text).toContain('31 februari 2027 bestaat niet.');
    expect(bad.text).toContain('Stadhuis Zwolle');
    const ok = await exec('meeting.save', { ...data, date: '15 januari 2027', time: '14:00', location: 'Stadhuis Zwolle', agenda: 'besluit: Kadernotitie 2028' });
    expect(ok.text).toContain('opgeslagen als concept');
    expect(ok.text).toContain('15 januari 2027');
  });

  it('right after planning, "besluitenlijst PFO" finds the meeting and explains it has not taken place; buttons follow the same rule', async () => {
    const typed = await cardReply('besluitenlijst PFO');
    expect(textOf(typed)).toContain('Het PFO van 15 januari 2027 om 14:00 heeft nog niet plaatsgevonden');
    expect(actionData(typed, 'meeting.held.confirm')).toEqual({ meetingId: 'PFO-2027-01-15' });
    expect(() => actionData(typed, 'meeting.minutes.form')).toThrow();

    const summary = await bot.say('verstuur samenvatting PFO', { user: pm });
    expect(readable(summary.replies[0])).toContain('heeft nog niet plaatsgevonden');
    for (const verb of ['meeting.minutes.form', 'meeting.summary.send']) {
      expect((await exec(verb, { meetingId: 'PFO-2027-01-15' })).text).toContain('heeft nog niet plaatsgevonden');
    }
    const early = await exec('meeting.minutes.save', { meetingId: 'PFO-2027-01-15', version: 'x', decisions: 'Besluit', actions: '' });
    expect(early.text).toContain('heeft nog niet plaatsgevonden');
    expect(outbox.withKey(':summary:')).toHaveLength(0);
  });

  it('after the meeting, action items are card rows you can add: an owner from the directory, a Dutch date; a bad date is shown and nothing typed is lost', async () => {
    clock = new Date('2027-01-15T16:00:00Z');
    const form = await cardReply('besluitenlijst PFO');
    const data = actionData(form, 'meeting.minutes.save');
    const decision = 'Het PFO adviseert positief over de kadernotitie 2028.';
    const typed = { decision_0: decision, action_0_text: 'Plan van aanpak dyslexiezorg', action_0_owner: `id:${pm}`, action_0_due: '31 februari 2027' };
    const bad = await exec('meeting.minutes.save', { ...data, ...typed });
    expect(bad.text).toContain('Actiepunt 1: 31 februari 2027 bestaat niet.');
    const inputs = (card: any) => Object.fromEntries(collectInputs(card).map((i: any) => [i.id, i.value ?? '']));
    expect(inputs(bad.card)).toMatchObject(typed);

    // "Actiepunt toevoegen": the same card with one empty row more, everything typed kept, nothing stored
    const more = await exec('meeting.minutes.addRow', { ...actionData(bad.card, 'meeting.minutes.addRow'), ...typed, add: 'action' });
    expect(inputs(more.card)).toMatchObject({ ...typed, action_1_text: '', action_1_due: '' });
    expect(more.text).not.toContain('opgeslagen');
    const rows = { ...typed, action_0_due: '15 maart 2027', action_1_text: 'Notitie wachttijden', action_1_owner: `id:${DEMO.regiomanager}`, action_1_due: '15-03-2027' };
    const ok = await exec('meeting.minutes.save', { ...actionData(more.card, 'meeting.minutes.save'), ...rows });
    expect(ok.text).toContain('Plan van aanpak dyslexiezorg (Frank Bos (demo), uiterlijk 15 maart 2027)');
    expect(ok.text).toContain('Notitie wachttijden (Anne Visser (demo), uiterlijk 15 maart 2027)');
    expect(() => actionData(ok.card, 'meeting.summary.send')).not.toThrow();

    // The welcome card lists the owner's open item, matched by directory id: another "Frank Bos" does not get it.
    const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: bot.dataDir, COSMOS_DATABASE: 'x' }, 'ijsselland');
    await storage.people.save({ aadObjectId: OTHER_FRANK, name: 'Frank Bos', email: 'f.bos@kampen.nl', roles: ['wethouder'], gemeente: 'Kampen', demo: false });
    await storage.close();
    const welcomeOf = async (user: string) => {
      const install = bot.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }, { user });
      await bot.post(install);
      return readable(bot.connector.inConversation(install.conversation.id)[0].activity);
    };
    const welcome = await welcomeOf(pm);
    expect(welcome).toContain('Actiepunt uit het PFO: Plan van aanpak dyslexiezorg, uiterlijk 15 maart 2027.');
    expect(welcome).not.toContain('Notitie wachttijden');
    const namesake = await welcomeOf(OTHER_FRANK);
    expect(namesake).toContain('Welkom');
    expect(namesake).not.toContain('Plan van aanpak dyslexiezorg');
  });

  it('"Vergadering is geweest" unlocks the minutes of a meeting held before its planned start', async () => {
    await plan('plan vergadering BO 2027-02-01', '10:00');
    expect((await exec('meeting.minutes.form', { meetingId: 'BO-2027-02-01' })).text).toContain('heeft nog niet plaatsgevonden');
    const confirmed = await exec('meeting.held.confirm', { meetingId: 'BO-2027-02-01' });
    expect(confirmed.text).toContain('Vastgelegd dat de vergadering is geweest');
    expect(() => actionData(confirmed.card, 'meeting.minutes.save')).not.toThrow();
    expect((await cardReply('besluitenlijst BO')) && true).toBe(true);
  });
});
