import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { notificationIdOf } from '../../src/features/notifications/notifications.domain';
import { until } from './outbox-rig';

const TOKEN = 'test-notify-token';
const ENV = { NOTIFY_TOKEN: TOKEN, OUTBOX_TIME_SCALE: '0.05' };
const TEAM = { team: { id: '19:team-rsj@thread.tacv2' }, channel: { id: '19:pfo@thread.tacv2' } };

async function notify(bot: BotHarness, body: unknown, token: string | null = TOKEN) {
  const res = await fetch(`${bot.url}/api/notify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function report(bot: BotHarness, id: string) {
  const res = await fetch(`${bot.url}/api/notify/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: res.status, body: await res.json() };
}

const melding = (idempotencyKey: string, recipients: unknown[], extra: Record<string, unknown> = {}) => ({
  template: 'melding',
  data: { title: 'Agenda PFO', text: 'De agenda voor het PFO van 12 maart staat klaar.' },
  recipients,
  idempotencyKey,
  ...extra,
});

/** Says something in a channel of the RSJ team so the bot stores that channel's reference. */
const inChannel = (bot: BotHarness, text: string, user = DEMO.regiomanager, conversationId = '19:pfo@thread.tacv2') =>
  bot.say(text, { user, conversationType: 'channel', conversationId, channelData: TEAM });

describe('POST /api/notify and channel links, over HTTP', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start(ENV));
  afterAll(() => bot.stop());

  it('without the bearer token, then 401 and nothing is stored', async () => {
    expect((await notify(bot, melding('x', [{ kind: 'user', aadObjectId: DEMO.regiomanager }]), null)).status).toBe(401);
    expect((await notify(bot, melding('x', [{ kind: 'user', aadObjectId: DEMO.regiomanager }]), 'wrong')).status).toBe(401);
    expect((await fetch(`${bot.url}/api/notify/n-1`)).status).toBe(401);
    expect((await report(bot, notificationIdOf('x'))).status).toBe(404);
  });

  it('with an invalid body, then 400 with Dutch reasons per field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ recipients: [], idempotencyKey: 'a', text: 'x' }, /recipients/],
      [melding('b', [{ kind: 'role', role: 'wethouder', gemeente: 'Amsterdam' }]), /onbekende gemeente "Amsterdam"/],
      [melding('c', [{ kind: 'role', role: 'koning' }]), /recipients\.0\.role/],
      [melding('d', [{ kind: 'channel', target: 'body:XYZ' }]), /onbekend kanaaldoel/],
      [{ ...melding('e', [{ kind: 'user', aadObjectId: 'u' }]), template: 'bestaatniet' }, /onbekend sjabloon/],
      [{ ...melding('f', [{ kind: 'user', aadObjectId: 'u' }]), data: { title: '' } }, /data\.(title|text)/],
      [{ recipients: [{ kind: 'user', aadObjectId: 'u' }], idempotencyKey: 'g' }, /template of text/],
      ['geen json-object', /body/],
    ];
    for (const [body, reason] of cases) {
      const res = await notify(bot, body);
      expect(res.status).toBe(400);
      expect(res.body.reasons.join('\n')).toMatch(reason);
    }
  });

  it('when a wethouder who chatted with the bot is notified by role and gemeente, then 202, the card arrives and the report says delivered', async () => {
    const chat = await bot.say('hallo', { user: DEMO.wethouderDeventer });
    const res = await notify(bot, melding('agenda-1', [{ kind: 'role', role: 'wethouder', gemeente: 'deventer' }]));
    expect(res.status).toBe(202);
    await until(() => bot.connector.inConversation(chat.conversationId).some((r) => readable(r.activity).includes('Agenda PFO')));
    await until(async () => (await report(bot, res.body.id)).body.counts.sent === 1);
    const again = await notify(bot, melding('agenda-1', [{ kind: 'role', role: 'wethouder', gemeente: 'deventer' }]));
    expect(again.body.id).toBe(res.body.id);
    const rep = (await report(bot, res.body.id)).body;
    expect(rep.rows).toEqual([expect.objectContaining({ recipient: 'Daan Smit (demo)', status: 'sent' })]);
    expect((await report(bot, 'n-onbekend')).status).toBe(404);
  });

  it('when a channel is linked to the PFO, then "welke kanalen" lists it and a notification to body:PFO lands in that channel', async () => {
    expect((await inChannel(bot, 'koppel dit kanaal aan PFO', DEMO.beleidsadviseurKampen)).text).toMatch(/Alleen de regiomanager/);
    expect((await bot.say('koppel dit kanaal aan PFO', { user: DEMO.regiomanager })).text).toMatch(/alleen in het teamkanaal/);
    expect((await inChannel(bot, 'koppel dit kanaal aan de kerngroep')).text).toMatch(/Ik weet niet wat "de kerngroep" is/);
    expect((await inChannel(bot, 'koppel dit kanaal aan gemeente Atlantis')).text).toMatch(/geen gemeente in deze regio/);
    expect((await inChannel(bot, 'koppel dit kanaal aan het PFO')).text).toMatch(/gekoppeld aan het PFO/);
    expect((await inChannel(bot, 'koppel dit kanaal aan gemeente kampen', DEMO.regiomanager, '19:kampen@thread.tacv2')).text).toMatch(/gemeente Kampen/);
    const list = await bot.say('welke kanalen', { user: DEMO.contractmanager });
    expect(list.text).toMatch(/het PFO: gekoppeld door Anne Visser/);
    expect(list.text).toMatch(/gemeente Kampen/);
    expect((await bot.say('welke kanalen', { user: DEMO.wethouderDeventer })).text).toMatch(/alleen voor medewerkers van RSJ/);

    const res = await notify(bot, melding('pfo-kanaal', [{ kind: 'channel', target: 'body:pfo' }]));
    expect(res.status).toBe(202);
    await until(() => bot.connector.inConversation('19:pfo@thread.tacv2').some((r) => readable(r.activity).includes('Agenda PFO')));
  });

  it('when the link command is a reply in a thread, then notifications go to the channel itself, not the thread', async () => {
    const thread = '19:experts@thread.tacv2;messageid=1700000000000';
    expect((await inChannel(bot, 'koppel dit kanaal aan de experts', DEMO.regiomanager, thread)).text).toMatch(/experts van RSJ/);
    await notify(bot, { recipients: [{ kind: 'channel', target: 'experts' }], text: 'Nieuwe vraag voor de experts', idempotencyKey: 'experts-1' });
    await until(() => bot.connector.inConversation('19:experts@thread.tacv2').some((r) => r.activity.text === 'Nieuwe vraag voor de experts'));
  });

  it('when a user never installed the app but is in the team, then a 1:1 chat is opened through the roster', async () => {
    await inChannel(bot, 'hallo'); // the bot knows the team's channel
    bot.connector.members.add(DEMO.beleidsadviseurZwolle);
    const res = await notify(bot, { recipients: [{ kind: 'user', aadObjectId: DEMO.beleidsadviseurZwolle }], text: 'Je thema is besproken.', idempotencyKey: 'roster-1' });
    await until(() => bot.connector.received.some((r) => r.activity.text === 'Je thema is besproken.'));
    const arrived = bot.connector.received.find((r) => r.activity.text === 'Je thema is besproken.')!;
    expect(arrived.conversationId).toMatch(/^a:/);
    await until(async () => (await report(bot, res.body.id)).body.counts.sent === 1);
  });

  it('when a user never opened the app, then the delivery waits (the report says so, the rest is truthful) and goes out once they open it', async () => {
    const res = await notify(bot, { recipients: [{ kind: 'user', aadObjectId: DEMO.projectmanager }, { kind: 'channel', target: 'gemeente:Zwolle' }], text: 'Wachtend bericht', idempotencyKey: 'nobody' });
    await until(async () => (await report(bot, res.body.id)).body.summary.waiting === 1);
    const rep = (await report(bot, res.body.id)).body;
    expect(rep.summary).toEqual({ sent: 0, pending: 0, waiting: 1, failed: 0, unresolvable: 1 });
    expect(rep.rows.map((r: { reason: string }) => r.reason).join('\n')).toMatch(/wacht tot de ontvanger de app opent[\s\S]*niet gekoppeld/);
    expect(bot.connector.received.filter((r) => r.activity.text === 'Wachtend bericht')).toHaveLength(0);
    // the user opens the app: the captured chat releases the waiting delivery
    await bot.say('help', { user: DEMO.projectmanager });
    await until(async () => (await report(bot, res.body.id)).body.summary.sent === 1);
    expect(bot.connector.received.filter((r) => r.activity.text === 'Wachtend bericht')).toHaveLength(1);
  });

  it('when the regiomanager asks for the "afleverrapport", then the latest notifications come with counts, and one of them per name', async () => {
    const { replies, text } = await bot.say('afleverrapport', { user: DEMO.regiomanager });
    expect(replies[0].attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(text).toContain('Afleverrapporten');
    // Every notification by what it was, with counts that add up (issue 13, 7).
    expect(text).toMatch(/Wachtend bericht\n.*\n2 ontvangers: 1 bezorgd, 1 niet bezorgbaar\./);
    const details = (replies[0].attachments[0].content.body as any[]).flatMap((b) => b.items ?? []).flatMap((i: any) => i.actions ?? []);
    const command = details[0].data.msteams.value as string;
    expect(command).toMatch(/^afleverrapport \S+$/);
    const one = (await bot.say(command, { user: DEMO.regiomanager })).text;
    expect(one).toContain('Afleverrapport: Wachtend bericht');
    expect(one).toContain('Bezorgd (1)');
    expect(one).toContain('Niet bezorgbaar (1)');
    expect(one).not.toMatch(/niet bezorgbaar: niet bezorgbaar/i);
    expect((await bot.say('afleverrapport n-bestaatniet', { user: DEMO.regiomanager })).text).toMatch(/geen melding met nummer n-bestaatniet/);
    expect((await bot.say('afleverrapport', { user: DEMO.beleidsadviseurKampen })).text).toMatch(/alleen voor medewerkers van RSJ/);
  });

  it('when the service restarts in the middle of a fan-out, then the rest is delivered after the restart and nothing twice', async () => {
    const channels = Array.from({ length: 8 }, (_, i) => `19:fan${i}@thread.tacv2`);
    for (const id of channels) await inChannel(bot, 'hallo', DEMO.regiomanager, id);
    bot.connector.respond = () => ({ status: 200, delayMs: 5 });
    for (let n = 0; n < 6; n++) {
      const res = await notify(bot, { recipients: channels.map((c) => ({ kind: 'conversation', key: `conv:${c}` })), text: `ronde ${n}`, idempotencyKey: `fan-${n}` });
      expect(res.status).toBe(202);
    }
    const fanned = () => bot.connector.received.filter((r) => /^ronde \d$/.test(r.activity.text ?? ''));
    await until(() => fanned().length >= 10, 30_000, 1);
    await bot.restart(ENV);
    expect(fanned().length).toBeLessThan(48);
    await until(() => fanned().length >= 48);
    await new Promise((r) => setTimeout(r, 200));
    for (const c of channels) {
      expect(fanned().filter((r) => r.conversationId === c).map((r) => r.activity.text)).toEqual([0, 1, 2, 3, 4, 5].map((n) => `ronde ${n}`));
    }
    bot.connector.respond = undefined;
  });
});

describe('POST /api/notify without NOTIFY_TOKEN', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('answers 503 "niet ingesteld", also with a token', async () => {
    const res = await notify(bot, melding('x', [{ kind: 'user', aadObjectId: DEMO.regiomanager }]));
    expect(res.status).toBe(503);
    expect(res.body.error).toMatch(/niet ingesteld/);
  });
});
