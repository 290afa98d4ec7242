import { laterClause } from '../../src/features/notifications/notifications.texts';
import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { FakeOutbox, FakeTimers } from '../helpers/fake-ports';
import { cardProblems } from '../helpers/validate-card';
import { actionData, importTestUsers } from '../regioagenda/helpers';

const CARD = 'application/vnd.microsoft.card.adaptive';
const WIM_BESTUURDER = '30000000-0000-0000-0000-000000000001';

/**
 * Escalations over HTTP: raise -> kleine commissie channel (and bestuurders for spoed) -> open count in the
 * provider status -> in behandeling / afgehandeld (card updated in place) -> re-escalation after 2 working days, once.
 */
describe('escalations over HTTP', () => {
  const bot = new BotHarness();
  const outbox = new FakeOutbox();
  const timers = new FakeTimers();
  // A Thursday: two working days later is the next Monday.
  let clock = new Date('2027-01-14T10:00:00Z');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await bot.start({}, { now: () => clock, outbox, timers });
    await importTestUsers(bot.dataDir, 'meetings-gebruikers.csv');
  });
  afterAll(() => bot.stop());

  const valid = (card: any) => {
    expect(cardProblems(card)).toEqual([]);
    return card;
  };
  const ask = async (text: string, user: string) => {
    const res = await bot.say(text, { user });
    for (const a of res.replies.flatMap((r: any) => r.attachments ?? [])) valid(a.content);
    return res;
  };
  const form = async (text: string, user = DEMO.contractmanager) => {
    const { replies } = await ask(text, user);
    expect(replies[0]?.attachments?.[0]?.contentType).toBe(CARD);
    return replies[0].attachments[0].content;
  };
  const exec = async (verb: string, data: Record<string, unknown>, user: string) => {
    const res = await bot.execute(verb, data, { user });
    expect(res.statusCode).toBe(200);
    if (res.type === CARD) return { card: valid(res.value), text: readable({ attachments: [{ content: res.value }] }) };
    return { card: undefined, text: String(res.value) };
  };
  const status = async (name: string) => (await ask(`Hoe staat het met ${name}?`, DEMO.contractmanager)).replies.map((r: any) => r.summary ?? r.text ?? '').join('\n');

  it('only contractmanagers and the regiomanager may escalate', async () => {
    expect((await ask('escaleer De Linde', DEMO.beleidsadviseurKampen)).text).toContain('Alleen een contractmanager of de regiomanager');
    expect((await ask('escaleer De Linde', DEMO.wethouderDeventer)).text).toContain('Alleen een contractmanager of de regiomanager');
  });

  it('an unknown provider gets suggestions; a typo still finds the provider', async () => {
    const unknown = (await ask('escaleer Voorbeeldzorg Lindeboom', DEMO.contractmanager)).text;
    expect(unknown).toContain('Ik ken geen aanbieder "Voorbeeldzorg Lindeboom"');
    expect(unknown).toContain('Voorbeeldzorg De Linde');
    const card = await form('escaleer Voorbeeldzorg De Lnde');
    expect(readable({ attachments: [{ content: card }] })).toContain('Escalatie over Voorbeeldzorg De Linde');
  });

  it('a submitted escalation is stored under the clicker, not whoever the card data names, and goes to the kleine commissie', async () => {
    const card = await form('escalatie over De Linde: de wachtlijst voor dagbehandeling loopt snel op');
    const data = actionData(card, 'escalation.submit');
    expect(JSON.stringify(card)).toContain('de wachtlijst voor dagbehandeling loopt snel op');

    const invalid = await exec('escalation.submit', { ...data, soort: 'onzin', urgency: 'normaal', description: 'kort' }, DEMO.contractmanager);
    expect(invalid.text).toContain('Kies de soort probleem.');
    expect(invalid.text).toContain('minstens 10 tekens');
    expect(outbox.requests).toHaveLength(0);

    const fields = { soort: 'wachttijd', urgency: 'normaal', description: 'De wachtlijst voor dagbehandeling loopt snel op.' };
    const tampered = { ...data, ...fields, raisedBy: DEMO.regiomanager, userId: DEMO.regiomanager, aadObjectId: DEMO.regiomanager };
    const ok = await exec('escalation.submit', tampered, DEMO.contractmanager);
    // Issue 13 (2): no KC channel is linked, so the confirmation says nothing was posted and how to fix it.
    expect(ok.text).toContain('De escalatie is ingediend. Het kanaal van de kleine commissie is nog niet gekoppeld, dus daar is niets geplaatst');
    expect(ok.text).toContain('De regiomanager moet in dat kanaal "koppel dit kanaal aan KC" typen; die krijgt hierover een melding.');
    expect(ok.text).not.toContain('gedeeld met de kleine commissie');
    expect(outbox.withKey(`setup:unlinked:body:KC`)[0].recipients).toEqual([{ kind: 'role', role: 'regiomanager' }]);
    expect(ok.text).toContain('Carla Mulder (demo)');
    expect(ok.text).not.toContain('Anne Visser');
    // Two working days to pick it up (a Thursday: the next Monday).
    expect(ok.text).toContain('Ingediend door\nCarla Mulder (demo), op 14 januari 2027 om 11:00');
    expect(ok.text).toContain('Oppakken vóór\n18 januari 2027 om 11:00');
    ids.linde = actionData(ok.card, 'escalation.acknowledge').escalationId as string;

    const raised = outbox.withKey(`${ids.linde}:raised`);
    expect(raised).toHaveLength(1);
    expect(raised[0].recipients).toEqual([{ kind: 'channel', target: 'body:KC' }]);
    expect(raised[0].priority).toBe('normal');
    expect(raised[0].updateKey).toBe(ids.linde);
    valid(raised[0].card);

    // A double click on the same form stores and sends one escalation.
    expect((await exec('escalation.submit', tampered, DEMO.contractmanager)).text).toContain('al ingediend');
    expect(outbox.withKey(':raised')).toHaveLength(1);
    expect([...timers.jobs.values()].map((j) => j.dueAt.toISOString())).toEqual(['2027-01-18T10:00:00.000Z']);
  });

  it('a tampered provider id is refused and stores nothing', async () => {
    const card = await form('escaleer Het Anker');
    const res = await exec('escalation.submit', { ...actionData(card, 'escalation.submit'), providerId: 'NOPE', soort: 'kwaliteit', urgency: 'spoed', description: 'Een beschrijving die lang genoeg is.' }, DEMO.contractmanager);
    expect(res.text).toContain('staat niet (meer) in de gegevens');
    expect(outbox.withKey(':raised')).toHaveLength(1);
  });

  it('spoed also goes to every bestuurder, urgently', async () => {
    const card = await form('escaleer Het Anker', DEMO.regiomanager);
    const ok = await exec(
      'escalation.submit',
      { ...actionData(card, 'escalation.submit'), soort: 'kwaliteit', urgency: 'spoed', description: 'Ernstige calamiteit op een groepswoning; inspectie is ingelicht.' },
      DEMO.regiomanager,
    );
    // a replaced outbox: nothing is known to have arrived yet, so the one with a chat is "nog verstuurd"
    expect(ok.text).toContain(`Nog bij geen van de 2 bestuurders aangekomen; 1 wordt nog verstuurd; 1 heeft de app nog niet geopend (Wim Kampen (test)) en ${laterClause(1, 'het')}.`);
    ids.anker = actionData(ok.card, 'escalation.resolve').escalationId as string;
    const [raised] = outbox.withKey(`${ids.anker}:raised`);
    expect(raised.recipients).toEqual([{ kind: 'channel', target: 'body:KC' }, { kind: 'role', role: 'bestuurder' }]);
    expect(raised.priority).toBe('urgent');
  });

  it('the provider status counts the open escalations; "open escalaties" lists them', async () => {
    expect(await status('De Linde')).toContain('Open escalaties: 1');
    const list = readable({ attachments: [{ content: await form('open escalaties', WIM_BESTUURDER) }] });
    expect(list).toContain('Open escalaties (2)');
    expect(list).toContain('SPOED: Voorbeeld Jeugdhulp Het Anker');
    expect((await ask('open escalaties', DEMO.beleidsadviseurKampen)).text).toContain('Alleen medewerkers van RSJ en bestuurders');
  });

  it('each listed escalation opens its own card, so it can be picked up without the kleine commissie channel', async () => {
    const list = await form('open escalaties', DEMO.regiomanager);
    expect(readable({ attachments: [{ content: list }] })).toContain('Openen om op te pakken');
    const opened = await exec('escalation.show', actionData(list, 'escalation.show'), DEMO.regiomanager);
    expect(opened.text).toContain('Escalatie: Voorbeeld Jeugdhulp Het Anker');
    expect(actionData(opened.card, 'escalation.acknowledge').escalationId).toBe(ids.anker);
    expect(actionData(opened.card, 'escalation.resolve').escalationId).toBe(ids.anker);
    // opening changes nothing
    expect(outbox.withKey(`${ids.anker}:status`)).toEqual([]);
    expect((await exec('escalation.show', { escalationId: ids.anker }, DEMO.beleidsadviseurKampen)).text).toContain('Alleen medewerkers van RSJ en bestuurders');
    expect((await exec('escalation.show', { escalationId: 'bestaat-niet' }, DEMO.regiomanager)).text).toContain('Ik kan die escalatie niet vinden');
  });

  it('a bestuurder takes it in behandeling: the posted card is updated in place and the re-escalation is cancelled', async () => {
    expect((await exec('escalation.acknowledge', { escalationId: ids.linde }, DEMO.beleidsadviseurKampen)).text).toContain('Alleen medewerkers van RSJ en bestuurders');
    const ack = await exec('escalation.acknowledge', { escalationId: ids.linde, userId: DEMO.regiomanager }, WIM_BESTUURDER);
    expect(ack.text).toContain('Wim Kampen (test) heeft de escalatie in behandeling genomen');
    const [update] = outbox.withKey(`${ids.linde}:status:in_behandeling`);
    expect(update.updateKey).toBe(ids.linde);
    expect(update.recipients).toEqual([{ kind: 'channel', target: 'body:KC' }]);
    const picked = readable({ attachments: [{ content: valid(update.card) }] });
    expect(picked).toContain('in behandeling');
    // Once picked up, the deadline row gives way to who picked it up and when.
    expect(picked).toContain('Opgepakt door\nWim Kampen (test), op 14 januari 2027 om 11:00');
    expect(picked).not.toContain('Oppakken vóór');
    expect(timers.jobs.has(`escalation:${ids.linde}:reescalate`)).toBe(false);
    expect((await exec('escalation.acknowledge', { escalationId: ids.linde }, DEMO.contractmanager)).text).toContain('al in behandeling');
    expect(await status('De Linde')).toContain('Open escalaties: 1');
  });

  it('afgehandeld needs a note; then the count drops to 0', async () => {
    expect((await exec('escalation.resolve', { escalationId: ids.linde, note: '' }, DEMO.contractmanager)).text).toContain('Schrijf bij het afhandelen');
    const done = await exec('escalation.resolve', { escalationId: ids.linde, note: 'Extra capaciteit ingekocht bij twee andere aanbieders.' }, DEMO.contractmanager);
    expect(done.text).toContain('afgehandeld');
    expect(JSON.stringify(done.card)).not.toContain('escalation.resolve');
    expect(outbox.withKey(`${ids.linde}:status:afgehandeld`)[0].updateKey).toBe(ids.linde);
    expect(await status('De Linde')).toContain('Open escalaties: 0');
    expect((await exec('escalation.resolve', { escalationId: ids.linde, note: 'Nog een keer afhandelen.' }, DEMO.contractmanager)).text).toContain('al afgehandeld');
  });

  it('an escalation nobody picks up within 2 working days is re-escalated once', async () => {
    clock = new Date('2027-01-15T16:00:00Z'); // Friday: not yet due
    expect(await timers.runDue(clock)).toBe(0);
    clock = new Date('2027-01-18T10:05:00Z'); // Monday
    expect(await timers.runDue(clock)).toBe(1);
    const re = outbox.withKey(':reescalated');
    expect(re).toHaveLength(1);
    expect(re[0].recipients).toEqual([{ kind: 'channel', target: 'body:KC' }, { kind: 'role', role: 'bestuurder' }, { kind: 'role', role: 'regiomanager' }]);
    expect(re[0].priority).toBe('urgent');
    expect(readable({ attachments: [{ content: valid(re[0].card) }] })).toContain('nog niet opgepakt');
    expect(await timers.runDue(new Date('2027-01-25T10:00:00Z'))).toBe(0);
  });

  it('help shows escalation lines by role', async () => {
    expect((await ask('help', DEMO.contractmanager)).text).toContain('escaleer [naam aanbieder]');
    const kampen = (await ask('help', DEMO.beleidsadviseurKampen)).text;
    expect(kampen).not.toContain('escaleer');
  });
});
