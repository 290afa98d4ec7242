import { BotHarness, DEMO } from '../helpers/bot-harness';

describe('the bot over HTTP, as Teams talks to it', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('when someone says help, then a Dutch help card comes back in that conversation', async () => {
    const { status, replies, text } = await bot.say('help', { user: DEMO.regiomanager });
    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(replies[0].attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(text).toContain('Wat kan ik voor je doen?');
    expect(text).toContain('regiomanager');
  });

  it('when a demo user asks who they are, then the role and gemeente come from the directory', async () => {
    const { text } = await bot.say('wie ben ik', { user: DEMO.beleidsadviseurKampen });
    expect(text).toContain('beleidsadviseur jeugd');
    expect(text).toContain('Kampen');
  });

  it('when an unknown user asks who they are, then they are told whom to ask for access', async () => {
    const { text } = await bot.say('wie ben ik', { user: DEMO.unknown });
    expect(text).toMatch(/regiomanager/);
  });

  it('when a member asks for the regioagenda status before any round is open, then they are told how a round is opened', async () => {
    const { text } = await bot.say('status regioagenda', { user: DEMO.beleidsadviseurKampen });
    expect(text).toBe('Er is nog geen regioagenda-ronde geopend. De projectmanager of regiomanager opent een ronde met "open ronde" en het jaartal.');
  });

  it.each(['status regioagenda', 'vergaderingen', 'open escalaties', 'welke kanalen'])(
    'when an unknown user says "%s", then they are told whom to ask instead of seeing member data',
    async (command) => {
      const { text } = await bot.say(command, { user: DEMO.unknown });
      expect(text).toContain('regiomanager van RSJ je toe');
    },
  );

  it.each([
    ['empty body', ''],
    ['not JSON', '{not json'],
    ['JSON without activity fields', '{"hello":1}'],
    ['an array', '[]'],
  ])('when the body is %s, then the answer is 400 and the bot keeps running', async (_name, body) => {
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('healthz reports status, version, storage kind and uptime', async () => {
    const health = await (await fetch(`${bot.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', storage: 'sqlite', version: expect.any(String) });
    expect(typeof health.uptimeSeconds).toBe('number');
  });

  it('when the bot is installed, then it greets with a welcome card', async () => {
    const act = bot.activity(
      { type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] },
      { user: DEMO.contractmanager },
    );
    await bot.post(act);
    const posted = bot.connector.inConversation(act.conversation.id);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0].activity)).toContain('Welkom');
  });
});

describe('a bot for one tenant (BOT_TENANT_ID)', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start({ BOT_TENANT_ID: 'tenant-rsj' }));
  afterAll(() => bot.stop());

  it('when a message comes from another tenant, then nothing is answered', async () => {
    const { status, replies } = await bot.say('help', { user: DEMO.regiomanager });
    expect(status).toBe(200);
    expect(replies).toHaveLength(0);
  });

  it('when a message comes from the configured tenant, then it is answered', async () => {
    const act = bot.activity({ type: 'message', text: 'help' }, { user: DEMO.regiomanager });
    act.conversation.tenantId = 'tenant-rsj';
    await bot.post(act);
    expect(bot.connector.inConversation(act.conversation.id)).toHaveLength(1);
  });
});
