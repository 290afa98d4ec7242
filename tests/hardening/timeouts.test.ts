import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBotProcess } from '../helpers/bot-process';
import { BotHarness, DEMO } from '../helpers/bot-harness';
import { FakeConnector } from '../helpers/fake-connector';

describe('outgoing calls have a deadline', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start({ OUTGOING_TIMEOUT_MS: '300' }));
  afterAll(() => bot.stop());

  it('when the serviceUrl never answers, then the turn ends instead of holding the request', async () => {
    bot.connector.respond = () => ({ status: 200, delayMs: 5_000 });
    const act = bot.activity({ type: 'message', text: 'help' }, { user: DEMO.regiomanager });
    const res = await bot.post(act); // without the deadline this waits the full 5 s delay
    expect(res.status).toBeLessThan(500);
    // the connector records a request only once it answers: the turn ended before that
    expect(bot.connector.requests.filter((r) => r.conversationId === act.conversation.id)).toHaveLength(0);
    bot.connector.respond = undefined;
    const { replies } = await bot.say('help', { user: DEMO.regiomanager });
    expect(replies).toHaveLength(1);
  });
});

describe('shutdown has a deadline', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rsj-deadline-'));
  const connector = new FakeConnector();
  beforeAll(() => connector.start());
  afterAll(async () => {
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when a turn hangs at SIGTERM, then the process still exits after SHUTDOWN_DEADLINE_MS', async () => {
    connector.respond = () => ({ status: 200, delayMs: 8_000 });
    const { child, port, log } = await startBotProcess({ DATA_DIR: dataDir, OUTGOING_TIMEOUT_MS: '120000', SHUTDOWN_DEADLINE_MS: '500' });
    expect(log()).toMatch(/mode: local/);
    const turn = fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'help',
        serviceUrl: connector.url,
        from: { id: '29:x', aadObjectId: DEMO.regiomanager },
        recipient: { id: '28:bot' },
        conversation: { id: 'a:hang', conversationType: 'personal' },
      }),
    }).catch(() => undefined);
    while (connector.requests.length === 0 && !(await hasPending(connector))) await new Promise((r) => setTimeout(r, 50));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log()).toContain('shutdown deadline reached');
    await turn;
  });
});

/** The fake connector records a request only when it answers; a hanging one shows as an open socket. */
async function hasPending(connector: FakeConnector): Promise<boolean> {
  const server = (connector as unknown as { server: import('node:http').Server }).server;
  return new Promise((r) => server.getConnections((_e, n) => r(n > 0)));
}
