import { gzipSync } from 'node:zlib';
import { BotHarness, DEMO } from '../helpers/bot-harness';

const post = (url: string, body: Buffer | string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });

describe('the HTTP edge: bodies that cannot crash the process', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());
  afterEach(async () => expect((await fetch(`${bot.url}/healthz`)).status).toBe(200));

  it('when Content-Encoding says gzip but the body is not gzip, then 400 and the process lives', async () => {
    const res = await post(bot.url, '{"type":"message"}', { 'content-encoding': 'gzip' });
    expect(res.status).toBe(400);
  });

  it('when a small gzip body expands beyond the limit, then 413 without expanding it all', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20)); // 50 MB of spaces, ~50 KB compressed
    expect(bomb.length).toBeLessThan(256 * 1024);
    const res = await post(bot.url, bomb, { 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
  });

  it('when a valid gzip activity arrives, then it is decoded and answered', async () => {
    const act = bot.activity({ type: 'message', text: 'help' }, { user: DEMO.regiomanager });
    const res = await post(bot.url, gzipSync(JSON.stringify(act)), { 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(bot.connector.inConversation(act.conversation.id)).toHaveLength(1);
  });

  it.each([
    ['an unknown encoding', { 'content-encoding': 'compress' }, 415],
    ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
  ])('when the request has %s, then it is refused with a 4xx', async (_n, headers, status) => {
    const res = await post(bot.url, JSON.stringify(bot.activity({ type: 'message', text: 'help' })), headers);
    expect(res.status).toBe(status);
  });

  it('when the body is over the route limit, then 413', async () => {
    const act = bot.activity({ type: 'message', text: 'x'.repeat(300 * 1024) });
    expect((await post(bot.url, JSON.stringify(act))).status).toBe(413);
  });

  it.each([
    ['from is a string', { from: 'x' }],
    ['conversation.id is a number', { conversation: { id: 5 } }],
    ['entities hold a typeless item', { entities: [{ type: 1 }] }],
    ['attachments is an object', { attachments: {} }],
    ['text is a number', { text: 42 }],
    ['channelData.tenant is a string', { channelData: { tenant: 'x' } }],
    ['membersAdded holds a string', { type: 'conversationUpdate', membersAdded: ['x'] }],
    ['an Action.Execute without a verb', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { data: 'x' } } }],
  ])('when %s, then 400 and nothing is answered', async (_n, override) => {
    const act = { ...bot.activity({ type: 'message', text: 'help' }), ...override };
    const res = await post(bot.url, JSON.stringify(act));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/Ongeldig verzoek/);
  });

  it('when a card button has a verb nobody knows, then the card gets a Dutch message, not an empty 501', async () => {
    const answer = await bot.execute('doesNotExist', {}, { user: DEMO.regiomanager });
    expect(answer.statusCode).toBe(200);
    expect(answer.value).toMatch(/Deze knop werkt niet/);
  });

  it('when an invoke has a name nobody handles, then 200 with a Dutch message', async () => {
    const res = await bot.post(bot.activity({ type: 'invoke', name: 'composeExtension/unknown', value: {} }));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toMatch(/Deze knop werkt niet/);
  });
});

describe('the HTTP edge with authentication on (BOT_ID set)', () => {
  const bot = new BotHarness();
  // No network here, so the OpenID metadata cannot be fetched: the case that used to answer 500.
  beforeAll(() => bot.start({ BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'x' }));
  afterAll(() => bot.stop());

  it.each([
    ['no token', undefined],
    ['a forged token', 'Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IngifQ.eyJhdWQiOiIxMTEiLCJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2ln'],
    ['an expired token', 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjEwMDB9.c2ln'],
    ['garbage', 'Bearer ???'],
  ])('when the request carries %s, then 401 without internal text', async (_n, authorization) => {
    const act = bot.activity({ type: 'message', text: 'help' }, { user: DEMO.regiomanager });
    const res = await post(bot.url, JSON.stringify(act), authorization ? { authorization } : {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Niet geautoriseerd' });
    expect(bot.connector.inConversation(act.conversation.id)).toHaveLength(0);
  });
});
