import { createAdapter } from '../../src/bot/adapter';
import { createMessenger, parseRetryAfter, sendResultOf } from '../../src/bot/proactive';
import { FakeConnector } from '../helpers/fake-connector';

describe('the proactive messenger', () => {
  const connector = new FakeConnector();
  const messenger = createMessenger(createAdapter({ BOT_TYPE: 'MultiTenant' }));
  const ref = () => ({ channelId: 'msteams', serviceUrl: connector.url, conversation: { id: 'a:1', tenantId: 't' }, bot: { id: '28:bot' } });
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());
  afterEach(() => (connector.respond = undefined));

  it.each([
    [{ status: 429, headers: { 'Retry-After': '3' } }, { status: 'throttled', retryAfterMs: 3000 }],
    [{ status: 503 }, { status: 'transient', reason: 'HTTP 503' }],
    [{ status: 412 }, { status: 'transient', reason: 'HTTP 412' }],
    [{ status: 502 }, { status: 'transient', reason: 'HTTP 502' }],
    [{ status: 403 }, { status: 'gone', reason: expect.stringMatching(/403/) }],
    [{ status: 404 }, { status: 'gone', reason: expect.stringMatching(/404/) }],
  ])('when Teams answers %j, then one request is made and the result is %j', async (answer, expected) => {
    const before = connector.requests.length;
    connector.respond = () => answer;
    expect(await messenger.send(ref(), { text: 'hoi' })).toEqual(expected);
    expect(connector.requests.length - before).toBe(1); // the SDK's own retries are off
  });

  it('when the adapter has a turn error handler (the bot app sets one), then a failed send is still reported, not swallowed as sent', async () => {
    const adapter = createAdapter({ BOT_TYPE: 'MultiTenant' });
    let handled = 0;
    adapter.onTurnError = async () => void handled++;
    connector.respond = () => ({ status: 503 });
    expect(await createMessenger(adapter).send(ref(), { text: 'hoi' })).toEqual({ status: 'transient', reason: 'HTTP 503' });
    expect(handled).toBe(0);
  });

  it('when the connector is unreachable, then the result is transient', async () => {
    const result = await messenger.send({ ...ref(), serviceUrl: 'http://127.0.0.1:9/' }, { text: 'hoi' });
    expect(result).toMatchObject({ status: 'transient', reason: expect.stringMatching(/netwerkfout/) });
  });

  it('sends a card and updates it in place', async () => {
    const card = { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'v1' }] };
    const sent = await messenger.send(ref(), { card });
    expect(sent.status).toBe('sent');
    const id = (sent as { activityId: string }).activityId;
    expect(await messenger.update(ref(), id, { text: 'v2' })).toEqual({ status: 'sent', activityId: id });
    expect(connector.received.slice(-2).map((r) => r.method)).toEqual(['POST', 'PUT']);
  });

  it('opens a personal chat only for a member of the team', async () => {
    connector.members.add('aad-lid');
    expect(await messenger.openPersonalChat!('aad-lid', ref())).toMatchObject({ status: 'opened', reference: { conversation: { id: expect.stringMatching(/^a:/) } } });
    expect(await messenger.openPersonalChat!('aad-vreemde', ref())).toMatchObject({ status: 'not-member' });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('1.5')).toBe(1500);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('onzin')).toBeUndefined();
    expect(sendResultOf(new Error('boom'))).toMatchObject({ status: 'transient' });
  });
});
