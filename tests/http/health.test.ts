import type { AddressInfo } from 'node:net';
import cosmosServer from '@vercel/cosmosdb-server';
import { BotHarness, DEMO } from '../helpers/bot-harness';
import { until } from '../notifications/outbox-rig';
import { healthCheck, STUCK_AFTER_MS } from '../../src/http/health';

const health = async (bot: BotHarness) => {
  const res = await fetch(`${bot.url}/healthz`);
  return { status: res.status, body: await res.json() };
};

describe('/healthz reports store and outbox health', () => {
  it('when the store stops answering, then 503 with status degraded and the store check failing', async () => {
    const server = cosmosServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const bot = new BotHarness();
    try {
      await bot.start({ STORAGE: 'cosmos', COSMOS_ENDPOINT: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, COSMOS_DATABASE: `health-${process.pid}` });
      const before = await health(bot);
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ status: 'ok', storage: 'cosmos', checks: { store: { status: 'ok' }, outbox: { status: 'ok' } } });

      (server as unknown as { closeAllConnections(): void }).closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      const after = await health(bot);
      expect(after.status).toBe(503);
      expect(after.body).toMatchObject({ status: 'degraded', checks: { store: { status: 'failing', error: expect.any(String) } } });
    } finally {
      await bot.stop().catch(() => undefined);
    }
  });

  it('when sends to Teams keep failing, then status degraded with the outbox failing (200), and ok again once they go out', async () => {
    const bot = new BotHarness();
    try {
      await bot.start({ NOTIFY_TOKEN: 'health-token', OUTBOX_TIME_SCALE: '0.05' });
      await bot.say('help', { user: DEMO.wethouderDeventer }); // the bot now has a chat with this user
      bot.connector.respond = () => ({ status: 503 });
      for (const key of ['h-1', 'h-2', 'h-3']) {
        const res = await fetch(`${bot.url}/api/notify`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer health-token' },
          body: JSON.stringify({ text: `Melding ${key}`, recipients: [{ kind: 'user', aadObjectId: DEMO.wethouderDeventer }], idempotencyKey: key }),
        });
        expect(res.status).toBeLessThan(300);
      }
      await until(async () => (await health(bot)).body.checks.outbox.status === 'failing', 30_000, 100);
      const failing = await health(bot);
      expect(failing.status).toBe(200);
      expect(failing.body.status).toBe('degraded');
      expect(failing.body.checks.outbox.consecutiveFailures).toBeGreaterThanOrEqual(10);

      bot.connector.respond = undefined;
      await bot.say('help', { user: DEMO.wethouderDeventer });
      await fetch(`${bot.url}/api/notify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer health-token' },
        body: JSON.stringify({ text: 'Weer bereikbaar', recipients: [{ kind: 'user', aadObjectId: DEMO.wethouderDeventer }], idempotencyKey: 'h-4' }),
      });
      await until(async () => (await health(bot)).body.status === 'ok', 30_000, 100);
      expect((await health(bot)).body.checks.outbox.lastSentAt).toEqual(expect.any(String));
    } finally {
      await bot.stop();
    }
  });
});

describe('healthCheck: the outbox queue', () => {
  const base = { version: '1', storage: 'sqlite', region: 'ijsselland', startedAt: 0, probeStore: async () => undefined, sends: () => ({ consecutiveFailures: 0 }) };

  it('is stuck (degraded, still 200) when due work waits longer than the stuck limit, and asks with that limit', async () => {
    let askedFor = 0;
    const report = await healthCheck({ ...base, overdueWork: async (olderThanMs) => ((askedFor = olderThanMs), 2) })();
    expect(askedFor).toBe(STUCK_AFTER_MS);
    expect(report.httpStatus).toBe(200);
    expect(report.body).toMatchObject({ status: 'degraded', checks: { outbox: { status: 'stuck', overdue: 2 } } });
  });

  it('is ok with nothing overdue, and a store that cannot answer the overdue question does not make it stuck', async () => {
    expect((await healthCheck({ ...base, overdueWork: async () => 0 })()).body.status).toBe('ok');
    expect((await healthCheck({ ...base, overdueWork: async () => Promise.reject(new Error('x')) })()).body.status).toBe('ok');
  });
});
