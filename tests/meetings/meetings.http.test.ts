import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { FakeOutbox } from '../helpers/fake-ports';
import { cardProblems } from '../helpers/validate-card';
import { actionData, importTestUsers } from '../regioagenda/helpers';
import type { NotificationRequest } from '../../src/features/notifications/notifications.ports';

const CARD = 'application/vnd.microsoft.card.adaptive';
const WIM = '30000000-0000-0000-0000-000000000001';
const ZOE = '30000000-0000-0000-0000-000000000002';

/** Counts every enqueue call, also the ones the outbox would drop as duplicates. */
class CountingOutbox extends FakeOutbox {
  calls = 0;
  override async enqueue(request: NotificationRequest) {
    this.calls++;
    return super.enqueue(request);
  }
}

/**
 * A PFO meeting over HTTP: plan -> publish (channel + wethouders) -> change (same updateKey)
 * -> besluitenlijst and actiepunten -> summary to each wethouder, once.
 */
describe('meetings over HTTP', () => {
  const bot = new BotHarness();
  const outbox = new CountingOutbox();
  let clock = new Date('2027-01-04T09:00:00Z');

  beforeAll(async () => {
    await bot.start({}, { now: () => clock, outbox });
    await importTestUsers(bot.dataDir, 'meetings-gebruikers.csv');
  });
  afterAll(() => bot.stop());

  const valid = (card: any) => {
    expect(cardProblems(card)).toEqual([]);
    return card;
  };
  const cardReply = async (text: string, user: string) => {
    const { replies } = await bot.say(text, { user });
    expect(replies[0]?.attachments?.[0]?.contentType).toBe(CARD);
    return valid(replies[0].attachments[0].content);
  };
  const exec = async (verb: string, data: Record<string, unknown>, user: string) => {
    const res = await bot.execute(verb, data, { user });
    expect(res.statusCode).toBe(200);
    if (res.type === CARD) return { card: valid(res.value), text: readable({ attachments: [{ content: res.value }] }) };
    return { card: undefined, text: String(res.value) };
  };
  const agenda = ['besluit: Kadernotitie 2028 - advies aan het BO', 'bespreking: Aanpak wachttijden - stand van zaken', 'info: Monitor jeugdhulp'].join('\n');
  let meetingCard: any;

  it('only a projectmanager or regiomanager may plan; an unknown body gets the list of bodies', async () => {
    expect((await bot.say('plan vergadering PFO 2027-01-15', { user: DEMO.beleidsadviseurKampen })).text).toMatch(/Alleen een projectmanager/);
    expect((await bot.say('plan vergadering XYZ 2027-01-15', { user: DEMO.projectmanager })).text).toContain('Kies uit: BO, PFO, AO, MO, KC');
  });

  it('plans a meeting from the form; invalid input comes back next to the fields and stores nothing', async () => {
    const form = await cardReply('plan vergadering PFO 2027-01-15', DEMO.projectmanager);
    expect(JSON.stringify(form)).toContain('2027-01-15');
    const data = actionData(form, 'meeting.save');
    const bad = await exec('meeting.save', { ...data, date: '2027-01-15', time: '25:00', location: 'Stadhuis Zwolle', agenda: '' }, DEMO.projectmanager);
    expect(bad.text).toContain('Kies een tijd');
    expect(bad.text).toContain('minstens één agendapunt');
    expect((await bot.say('vergaderingen', { user: DEMO.projectmanager })).text).toContain('Er zijn geen vergaderingen gepland');

    const ok = await exec('meeting.save', { ...data, date: '2027-01-15', time: '14:00', location: 'Stadhuis Zwolle', agenda }, DEMO.projectmanager);
    expect(ok.text).toContain('opgeslagen als concept');
    expect(ok.text).toContain('ter besluitvorming');
    expect(ok.text).toContain('Kadernotitie 2028');
    meetingCard = ok.card;
    expect(outbox.requests).toHaveLength(0);

    const list = await cardReply('vergaderingen', DEMO.wethouderDeventer);
    expect(readable({ attachments: [{ content: list }] })).toContain('PFO: 15 januari 2027, 14:00');
  });

  it('publishing posts the agenda to the PFO channel and to the wethouders; a change updates it in place', async () => {
    expect((await exec('meeting.publish', actionData(meetingCard, 'meeting.publish'), DEMO.beleidsadviseurKampen)).text).toMatch(/Alleen een projectmanager/);
    const res = await bot.say('publiceer agenda PFO', { user: DEMO.regiomanager });
    expect(res.text).toContain('gepubliceerd');
    // Issue 13 (2): no PFO channel is linked and only Daan has talked to the bot: the confirmation says so.
    expect(res.text).toContain('Het kanaal van het PFO is nog niet gekoppeld, dus daar is niets geplaatst');
    expect(res.text).toContain('Typ in dat teamkanaal: "koppel dit kanaal aan PFO"');
    expect(res.text).not.toContain('krijgt hierover een melding'); // she acted herself: nobody else is told
    expect(res.text).toContain('Nog bij geen van de 3 wethouders aangekomen; 1 wordt nog verstuurd; 2 hebben de app nog niet geopend (Wim Kampen (test), Zoë Zwolle (test))');
    expect(res.text).not.toMatch(/gepubliceerd in het kanaal/);
    // The regiomanager published and read it in the confirmation: no second message to her.
    expect(outbox.withKey('setup:unlinked:body:PFO')).toHaveLength(0);
    const agendaPosts = () => outbox.requests.filter((r) => r.idempotencyKey.startsWith('meeting:'));
    expect(agendaPosts()).toHaveLength(1);
    const [posted] = agendaPosts();
    expect(posted.recipients).toEqual([{ kind: 'channel', target: 'body:PFO' }, { kind: 'role', role: 'wethouder' }]);
    expect(posted.updateKey).toBe('PFO-2027-01-15');
    valid(posted.card);
    expect(JSON.stringify(posted.card)).not.toContain('meeting.publish'); // the posted copy has no secretary buttons

    const edit = await exec('meeting.edit', { meetingId: 'PFO-2027-01-15' }, DEMO.projectmanager);
    const changed = await exec(
      'meeting.save',
      { ...actionData(edit.card, 'meeting.save'), date: '2027-01-15', time: '15:30', location: 'Stadhuis Zwolle', agenda: `${agenda}\nbesluit: Inkoopstrategie 2029` },
      DEMO.projectmanager,
    );
    expect(changed.text).toContain('bijgewerkt');
    // A projectmanager changed it: the regiomanager is told which channel to link.
    const [alert] = outbox.withKey('setup:unlinked:body:PFO');
    expect(alert.recipients).toEqual([{ kind: 'role', role: 'regiomanager' }]);
    expect(alert.text).toContain('koppel dit kanaal aan PFO');
    expect(agendaPosts()).toHaveLength(2);
    const update = agendaPosts()[1];
    expect(update.updateKey).toBe(posted.updateKey);
    expect(update.idempotencyKey).not.toBe(posted.idempotencyKey);
    expect(readable({ attachments: [{ content: update.card }] })).toContain('Inkoopstrategie 2029');
    expect(readable({ attachments: [{ content: update.card }] })).toContain('15:30');

    // A second save with the old version is a conflict: nothing is stored or sent.
    const stale = await exec('meeting.save', { ...actionData(edit.card, 'meeting.save'), date: '2027-01-15', time: '09:00', location: 'Elders', agenda }, DEMO.projectmanager);
    expect(stale.text).toContain('Iemand anders heeft deze vergadering net gewijzigd');
    expect(agendaPosts()).toHaveLength(2);
  });

  it('an AO agenda goes only to the AO channel, not to the wethouders', async () => {
    const form = await cardReply('plan vergadering AO 2027-01-08', DEMO.projectmanager);
    await exec('meeting.save', { ...actionData(form, 'meeting.save'), date: '2027-01-08', time: '10:00', location: 'Online', agenda: 'info: Voortgang projecten' }, DEMO.projectmanager);
    await exec('meeting.publish', { meetingId: 'AO-2027-01-08' }, DEMO.projectmanager);
    expect(outbox.withKey('meeting:AO-2027-01-08')[0].recipients).toEqual([{ kind: 'channel', target: 'body:AO' }]);
  });

  it('after the meeting the secretary records decisions and actions; bad action lines are shown', async () => {
    clock = new Date('2027-01-15T17:00:00Z');
    const form = await cardReply('besluitenlijst PFO', DEMO.projectmanager);
    const data = actionData(form, 'meeting.minutes.save');
    const decisions = 'Het PFO adviseert positief over de kadernotitie 2028.\nDe aanpak wachttijden loopt door in 2027.';
    const bad = await exec('meeting.minutes.save', { ...data, decisions, actions: 'Notitie opstellen ; Frank Bos' }, DEMO.projectmanager);
    expect(bad.text).toContain('Actiepunt 1');
    const ok = await exec('meeting.minutes.save', { ...data, decisions, actions: 'Notitie wachttijden opstellen ; Frank Bos ; 2027-02-15' }, DEMO.projectmanager);
    expect(ok.text).toContain('Besluitenlijst');
    // a name typed on an older card is linked to the one directory person with that name
    expect(ok.text).toContain('Notitie wachttijden opstellen (Frank Bos (demo), uiterlijk 15 februari 2027)');
  });

  it('the summary goes to each wethouder personally, once; a second call sends nothing new', async () => {
    const before = outbox.calls;
    const res = await bot.say('verstuur samenvatting PFO', { user: DEMO.projectmanager });
    expect(res.text).toContain('De samenvatting staat klaar voor de wethouders. Nog bij geen van de 3 wethouders aangekomen; 1 wordt nog verstuurd; 2 hebben de app nog niet geopend');
    const summaries = outbox.withKey(':summary:');
    expect(summaries.map((s) => s.recipients[0]).sort((a: any, b: any) => a.aadObjectId.localeCompare(b.aadObjectId))).toEqual(
      [DEMO.wethouderDeventer, WIM, ZOE].sort().map((aadObjectId) => ({ kind: 'user', aadObjectId })),
    );
    for (const s of summaries) {
      valid(s.card);
      expect(readable({ attachments: [{ content: s.card }] })).toContain('Het PFO adviseert positief');
    }
    expect(outbox.calls - before).toBe(3);

    const again = await exec('meeting.summary.send', { meetingId: 'PFO-2027-01-15' }, DEMO.projectmanager);
    // counted from the outbox (here replaced: nothing known to have arrived), never "al naar alle 3 gestuurd"
    expect(again.text).toContain('De samenvatting is al eerder naar de wethouders gestuurd; er is niets opnieuw verstuurd. Nog bij geen van de 3 wethouders aangekomen; 1 wordt nog verstuurd; 2 hebben de app nog niet geopend');
    expect(outbox.calls - before).toBe(3);
  });

  it('help shows the meeting commands to a projectmanager only', async () => {
    expect((await bot.say('help', { user: DEMO.projectmanager })).text).toContain('publiceer agenda PFO');
    const adviser = (await bot.say('help', { user: DEMO.beleidsadviseurKampen })).text;
    expect(adviser).toContain('Vergaderingen');
    expect(adviser).not.toContain('publiceer agenda');
  });
});
