import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { FakeOutbox } from '../helpers/fake-ports';
import { cardProblems } from '../helpers/validate-card';
import { actionData, importTestUsers } from '../regioagenda/helpers';

const CARD = 'application/vnd.microsoft.card.adaptive';

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
    return exec('meeting.save', { ...data, date, time, location: 'Stadhuis Zwolle', agenda: 'besluit: Kadernotitie 2028' });
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

  it('after the meeting, action items take Dutch dates; a bad date is shown next to the field and nothing typed is lost', async () => {
    clock = new Date('2027-01-15T16:00:00Z');
    const form = await cardReply('besluitenlijst PFO');
    const data = actionData(form, 'meeting.minutes.save');
    const decisions = 'Het PFO adviseert positief over de kadernotitie 2028.';
    const typed = 'Plan van aanpak dyslexiezorg ; Frank Bos ; 31 februari 2027';
    const bad = await exec('meeting.minutes.save', { ...data, decisions, actions: typed });
    expect(bad.text).toContain('Actiepunt 1: 31 februari 2027 bestaat niet.');
    expect(JSON.stringify(bad.card)).toContain(typed);
    expect(JSON.stringify(bad.card)).toContain(decisions);

    const actions = 'Plan van aanpak dyslexiezorg ; Frank Bos ; 15 maart 2027\nNotitie wachttijden ; Anne Visser ; 15-03-2027';
    const ok = await exec('meeting.minutes.save', { ...data, decisions, actions });
    expect(ok.text).toContain('Plan van aanpak dyslexiezorg (Frank Bos, uiterlijk 15 maart 2027)');
    expect(ok.text).toContain('Notitie wachttijden (Anne Visser, uiterlijk 15 maart 2027)');
    expect(() => actionData(ok.card, 'meeting.summary.send')).not.toThrow();

    // The owner's welcome card lists the open action item (Frank Bos is the demo projectmanager).
    const install = bot.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }, { user: pm });
    await bot.post(install);
    const welcome = readable(bot.connector.inConversation(install.conversation.id)[0].activity);
    expect(welcome).toContain('Actiepunt uit het PFO: Plan van aanpak dyslexiezorg, uiterlijk 15 maart 2027.');
    expect(welcome).not.toContain('Notitie wachttijden');
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
