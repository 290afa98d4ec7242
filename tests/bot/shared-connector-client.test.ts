import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { FakeConnector } from '../helpers/fake-connector';

/** One incoming message through the adapter as the HTTP route hands it over; returns the turn's connector client. */
async function incoming(adapter: ReturnType<typeof createAdapter>, serviceUrl: string, reply = true): Promise<unknown> {
  const body = {
    type: 'message',
    id: 'm1',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:u', aadObjectId: 'u' },
    recipient: { id: '28:bot' },
    conversation: { id: 'a:1', conversationType: 'personal', tenantId: 't' },
    text: 'hoi',
  };
  const res = { status: () => res, send: () => res, end: () => res, header: () => res };
  let client: unknown;
  await adapter.process({ body, headers: {}, method: 'POST' } as never, res as never, async (context: TurnContext) => {
    client = context.turnState.get(context.adapter.ConnectorClientKey);
    if (reply) await context.sendActivity('antwoord');
  });
  return client;
}

describe('connector clients of incoming turns', () => {
  const connector = new FakeConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  it('are shared by turns from the same service URL, and every reply still arrives', async () => {
    const adapter = createAdapter({ BOT_TYPE: 'MultiTenant' });
    const before = connector.received.length;
    const first = await incoming(adapter, connector.url);
    const second = await incoming(adapter, connector.url);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(connector.received.slice(before).map((r) => r.activity.text)).toEqual(['antwoord', 'antwoord']);
  });

  it('differ per service URL, and a bounded number is kept', async () => {
    const adapter = createAdapter({ BOT_TYPE: 'MultiTenant' });
    const first = await incoming(adapter, 'https://smba.example/emea/', false);
    expect(await incoming(adapter, 'https://smba.example/amer/', false)).not.toBe(first);
    expect(await incoming(adapter, 'https://smba.example/emea/', false)).toBe(first);
    for (let i = 0; i < 16; i++) await incoming(adapter, `https://tool.example/${i}/`, false);
    expect(await incoming(adapter, 'https://smba.example/emea/', false)).not.toBe(first);
  });

  it('are not the clients of proactive sends, which take the SDK retries out of theirs', async () => {
    const adapter = createAdapter({ BOT_TYPE: 'MultiTenant' });
    const shared = await incoming(adapter, connector.url);
    let proactive: unknown;
    const ref = { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: 'a:1', tenantId: 't' }, bot: { id: '28:bot' } };
    await adapter.continueConversationAsync('', ref as never, async (context) => {
      proactive = context.turnState.get(context.adapter.ConnectorClientKey);
    });
    expect(proactive).toBeDefined();
    expect(proactive).not.toBe(shared);
  });
});
