import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { actionData } from '../regioagenda/helpers';
import { until } from './outbox-rig';

const TEAM = { team: { id: '19:team-rsj@thread.tacv2' } };
const EXPERTS = '19:experts@thread.tacv2';
const KC = '19:kc@thread.tacv2';
const REFUSED = 'HTTP 403: de bot is uit dit gesprek of team verwijderd';

/**
 * A post into a channel is confirmed from the outbox's delivery into that channel (posted, still on
 * its way and why, failed and why), never from the channel being linked: a linked channel whose
 * post Teams refuses or holds back is not "doorgestuurd" or "geplaatst".
 */
describe('channel posts confirmed from the outbox, not from the channel link', () => {
  const bot = new BotHarness();
  const chats: Record<string, string> = {};
  beforeAll(async () => {
    await bot.start();
    for (const [command, id] of [['koppel dit kanaal aan experts', EXPERTS], ['koppel dit kanaal aan KC', KC]]) {
      expect((await bot.say(command, { user: DEMO.regiomanager, conversationType: 'channel', conversationId: id, channelData: { ...TEAM, channel: { id } } })).text).toContain('gekoppeld');
    }
    for (const user of [DEMO.regiomanager, DEMO.beleidsadviseurKampen, DEMO.beleidsadviseurZwolle, DEMO.contractmanager]) {
      const act = bot.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }, { user, conversationType: 'personal' });
      await bot.post(act);
      chats[user] = act.conversation.id as string;
    }
  });
  afterAll(() => bot.stop());
  afterEach(() => (bot.connector.respond = undefined));

  /** Teams answers every new message into this conversation with `status` (403: the bot was removed; 429: wait). */
  const teamsAnswers = (conversationId: string, status: number, headers?: Record<string, string>) =>
    (bot.connector.respond = (r) => (r.conversationId === conversationId && r.method === 'POST' ? { status, headers } : undefined));
  const askExpert = async (question: string, user = DEMO.beleidsadviseurKampen) => {
    const res = await bot.execute('qa.askExpert', { question }, { user, conversationId: chats[user] });
    expect(res.statusCode).toBe(200);
    return readable({ attachments: [{ content: res.value }] });
  };
  const inChat = (user: string) => bot.connector.inConversation(chats[user]).map((r) => readable(r.activity)).join('\n');
  const ticketIn = (text: string) => /vraag (V-[0-9A-F]{6})/.exec(text)![1];
  /** The expert clicks a button on the ticket card in the experts' channel. */
  const onTicket = async (verb: string, data: Record<string, unknown>) => {
    const act = bot.activity(
      { type: 'invoke', name: 'adaptiveCard/action', replyToId: 'ticket-message', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } },
      { user: DEMO.contractmanager, conversationId: EXPERTS, conversationType: 'channel', channelData: { ...TEAM, channel: { id: EXPERTS } } },
    );
    const { body } = await bot.post(act);
    return readable({ attachments: [{ content: body.value }] });
  };

  it('Teams refuses the post in the linked experts channel: the asker is not told "doorgestuurd", the regiomanager is told', async () => {
    teamsAnswers(EXPERTS, 403);
    const text = await askExpert('Wie betaalt de parkeerkosten bij het PFO?');
    // before: "Je vraag is doorgestuurd naar de experts van RSJ" (the channel is linked)
    expect(text).not.toContain('doorgestuurd');
    expect(text).toContain(`maar kon niet in het kanaal van de experts van RSJ worden geplaatst (${REFUSED}), dus daar zien ze hem niet. De regiomanager krijgt hierover een melding`);
    await until(() => /kon niet in het kanaal van de experts van RSJ worden geplaatst \(HTTP 403/.test(inChat(DEMO.regiomanager)), 10_000);
    // the same question again: the first ticket, still not "al doorgestuurd"
    const again = await askExpert('Wie betaalt de parkeerkosten bij het PFO?');
    expect(again).toContain(`Deze vraag heb je al gesteld (vraag ${ticketIn(text)}), maar hij kon niet in het kanaal van de experts van RSJ worden geplaatst`);
    expect(again).not.toContain('doorgestuurd');
  });

  it('posted: "doorgestuurd"; the answer card tells the expert whether the answer reached the asker', async () => {
    const text = await askExpert('Wie regelt de catering bij het MO?', DEMO.beleidsadviseurZwolle);
    expect(text).toContain(`Je vraag is doorgestuurd naar de experts van RSJ (vraag ${ticketIn(text)}).`);
    expect(bot.connector.inConversation(EXPERTS).some((r) => readable(r.activity).includes('Wie regelt de catering bij het MO?'))).toBe(true);

    const answered = await onTicket('qa.ticket.answer', { ticketId: ticketIn(text), answer: 'De gemeente waar het MO vergadert.' });
    expect(answered).toMatch(/Het antwoord is bij .+ aangekomen\./);
    expect(inChat(DEMO.beleidsadviseurZwolle)).toContain('De gemeente waar het MO vergadert.');
    // the card as Teams refreshes it later says the same, from the outbox
    expect(await onTicket('qa.ticket.refresh', { ticketId: ticketIn(text) })).toMatch(/Het antwoord is bij .+ aangekomen\./);
  });

  it('an answer Teams refuses to deliver to the asker is not shown as arrived', async () => {
    const text = await askExpert('Wie notuleert bij het AO?');
    teamsAnswers(chats[DEMO.beleidsadviseurKampen], 403);
    const answered = await onTicket('qa.ticket.answer', { ticketId: ticketIn(text), answer: 'De secretaris van het AO.' });
    expect(answered).toContain('beantwoord');
    expect(answered).toMatch(/Het antwoord kon niet bij .+ worden bezorgd: zie "afleverrapport"/);
    expect(answered).not.toContain('aangekomen');
  });

  it('an escalation whose post Teams refuses in the linked KC channel is not "geplaatst", and the notice is a warning', async () => {
    const submit = async (data: Record<string, unknown>) => {
      const res = await bot.execute('escalation.submit', data, { user: DEMO.contractmanager, conversationId: chats[DEMO.contractmanager] });
      const notice = res.value.body.find((b: any) => b.type === 'TextBlock' && /kanaal van de kleine commissie/.test(b.text ?? ''));
      return { text: readable({ attachments: [{ content: res.value }] }), color: notice?.color, data };
    };
    const raise = async (description: string) => {
      const { replies } = await bot.say('escaleer De Linde', { user: DEMO.contractmanager, conversationId: chats[DEMO.contractmanager] });
      return submit({ ...actionData(replies[0].attachments[0].content, 'escalation.submit'), soort: 'wachttijd', urgency: 'normaal', description });
    };
    teamsAnswers(KC, 403);
    const refused = await raise('De wachtlijst voor dagbehandeling loopt snel op.');
    // before: "Geplaatst in het kanaal van de kleine commissie.", green
    expect(refused.text).not.toContain('Geplaatst in het kanaal');
    expect(refused.text).toContain(`Plaatsen in het kanaal van de kleine commissie is mislukt (${REFUSED}), dus daar staat het niet. De regiomanager krijgt hierover een melding.`);
    expect(refused.color).toBe('Warning');
    // a double click on the same form: not sent again, and still not "geplaatst"
    const again = await submit(refused.data);
    expect(again.text).toContain('Deze escalatie was al ingediend; hij is niet nog een keer verstuurd. Plaatsen in het kanaal van de kleine commissie is mislukt');
    expect(again.color).toBe('Warning');

    bot.connector.respond = undefined;
    const posted = await raise('De wachtlijst voor ambulante hulp loopt ook op.');
    expect(posted.text).toContain('Geplaatst in het kanaal van de kleine commissie.');
  });

  it("a round opened while Teams refuses the invitation in a gemeente's linked channel says so, in a warning", async () => {
    const kampen = '19:kampen@thread.tacv2';
    await bot.say('koppel dit kanaal aan gemeente Kampen', { user: DEMO.regiomanager, conversationType: 'channel', conversationId: kampen, channelData: { ...TEAM, channel: { id: kampen } } });
    teamsAnswers(kampen, 403);
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const year = String(Number(deadline.slice(0, 4)) + 1);
    const res = await bot.execute('regio.round.open', { year, deadline }, { user: DEMO.regiomanager, conversationId: chats[DEMO.regiomanager] });
    const text = readable({ attachments: [{ content: res.value }] });
    // before: nothing about the channel; Kampen counted as reached through it
    expect(text).toContain('In het kanaal van gemeente Kampen kon de uitnodiging niet worden geplaatst: zie "afleverrapport".');
    const notice = res.value.body.find((b: any) => b.type === 'TextBlock' && /gemeente Kampen/.test(b.text ?? ''));
    expect(notice.color).toBe('Warning');
  });

  it('an agenda published while Teams refuses the post in the linked PFO channel is not "geplaatst"', async () => {
    const pfo = '19:pfo@thread.tacv2';
    await bot.say('koppel dit kanaal aan PFO', { user: DEMO.regiomanager, conversationType: 'channel', conversationId: pfo, channelData: { ...TEAM, channel: { id: pfo } } });
    const date = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const as = { user: DEMO.projectmanager, conversationId: `a:pm-${date}` };
    await bot.execute('meeting.save', { body: 'PFO', date, time: '14:00', location: 'Stadhuis Deventer', agenda: 'besluit: Kadernotitie 2028' }, as);
    teamsAnswers(pfo, 403);
    const res = await bot.execute('meeting.publish', { meetingId: `PFO-${date}` }, as);
    const text = readable({ attachments: [{ content: res.value }] });
    expect(text).toContain('De agenda is gepubliceerd.');
    // before: "Geplaatst in het kanaal van het PFO."
    expect(text).not.toContain('Geplaatst in het kanaal');
    expect(text).toContain(`Plaatsen in het kanaal van het PFO is mislukt (${REFUSED}), dus daar staat het niet.`);
  });

  // last: the held-back post stays at the head of the experts channel's queue, later posts wait behind it
  it('Teams asks to wait (429): the question is "nog onderweg" with the reason, not "doorgestuurd"', async () => {
    teamsAnswers(EXPERTS, 429, { 'retry-after': '120' });
    const text = await askExpert('Hoe lang bewaart RSJ de presentielijsten van het BO?');
    expect(text).toContain('is nog onderweg naar het kanaal van de experts van RSJ (Teams vraagt om later te versturen (HTTP 429)); de bot probeert het opnieuw.');
    expect(text).not.toContain('doorgestuurd');
  });
});
