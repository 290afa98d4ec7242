import { BotHarness, DEMO, readable } from '../helpers/bot-harness';

/** Issue 13 (8): help and welcome depend on where the bot is (personal chat, channel, group chat). */
describe('help and welcome by place', () => {
  const bot = new BotHarness();
  const clock = new Date('2026-11-02T09:00:00Z');
  beforeAll(() => bot.start({}, { now: () => clock }));
  afterAll(() => bot.stop());

  const submitButtons = (reply: any) => (reply?.attachments?.[0]?.content?.actions ?? []).map((a: any) => a.data?.msteams?.value ?? a.title);
  const install = async (user: string, conversationType: 'personal' | 'channel' | 'groupChat') => {
    const act = bot.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }, { user, conversationType });
    await bot.post(act);
    const posted = bot.connector.inConversation(act.conversation.id);
    expect(posted).toHaveLength(1);
    return posted[0].activity;
  };

  it('in a personal chat, "koppel dit kanaal aan PFO" is explained as a channel command, never offered as a button', async () => {
    const { replies } = await bot.say('help', { user: DEMO.regiomanager });
    const text = readable(replies[0]);
    expect(text).toContain('(typ dit in het teamkanaal zelf)');
    expect(submitButtons(replies[0])).not.toContain('koppel dit kanaal aan PFO');
    expect(submitButtons(replies[0]).length).toBeGreaterThan(0);
  });

  it('added to a channel by the regiomanager, the bot greets the channel, not with the installer\'s personal card', async () => {
    const greeting = readable(await install(DEMO.regiomanager, 'channel'));
    expect(greeting).toContain('Hallo allemaal');
    expect(greeting).not.toContain('Welkom, Anne');
    expect(greeting).not.toContain('Je staat bij mij bekend als');
    const group = readable(await install(DEMO.regiomanager, 'groupChat'));
    expect(group).toContain('Hallo allemaal');
    expect(group).not.toContain('Je staat bij mij bekend als');
  });

  it('"help" in a channel lists what works there', async () => {
    const { replies } = await bot.say('help', { user: DEMO.regiomanager, conversationType: 'channel' });
    const text = readable(replies[0]);
    expect(text).toContain('koppel dit kanaal aan PFO');
    expect(text).not.toContain('(typ dit in het teamkanaal zelf)');
    expect(text).not.toContain('open ronde');
  });

  it('the personal welcome shows what is open for the user: an open round for a beleidsadviseur', async () => {
    expect(readable(await install(DEMO.beleidsadviseurKampen, 'personal'))).not.toContain('Nu open voor jou');
    const opened = await bot.execute('regio.round.open', { year: '2027', deadline: '2026-12-15' }, { user: DEMO.regiomanager });
    expect(opened.statusCode).toBe(200);
    const welcome = readable(await install(DEMO.beleidsadviseurKampen, 'personal'));
    expect(welcome).toContain('Nu open voor jou');
    expect(welcome).toContain('De regioagenda-ronde 2027 staat open tot en met 15 december 2026: Kampen heeft nog geen thema ingediend');
  });

  it('"instellingen" shows the regiomanager what is linked and who has not opened the app', async () => {
    expect((await bot.say('instellingen', { user: DEMO.beleidsadviseurKampen })).text).toContain('Alleen de regiomanager');
    const before = (await bot.say('instellingen', { user: DEMO.regiomanager })).text;
    expect(before).toContain('nog niet gekoppeld: BO, PFO, AO, MO, KC');
    expect(before).toContain('Kanalen van de gemeenten: 0 van 11 gekoppeld');
    expect(before).toContain('Kanaal van de experts: nog niet gekoppeld');
    expect(before).toMatch(/Gebruikers: \d+ van \d+ hebben de app geopend\. Nog niet: .*Daan Smit \(demo\)/);
    expect(before).not.toMatch(/Nog niet: [^.]*Anne Visser/);

    const linked = await bot.say('koppel dit kanaal aan PFO', { user: DEMO.regiomanager, conversationType: 'channel', conversationId: '19:pfo@thread.tacv2' });
    expect(linked.text).toContain('gekoppeld aan het PFO');
    const after = (await bot.say('instellingen', { user: DEMO.regiomanager })).text;
    expect(after).toContain('PFO gekoppeld; nog niet gekoppeld: BO, AO, MO, KC');
  });
});
