import type { AddressInfo } from 'node:net';
import cosmosServer from '@vercel/cosmosdb-server';
import { BotHarness, DEMO } from '../helpers/bot-harness';

describe('the service on Cosmos DB (STORAGE=cosmos)', () => {
  const server = cosmosServer();
  const bot = new BotHarness();

  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const endpoint = process.env.COSMOS_ENDPOINT ?? `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await bot.start({ STORAGE: 'cosmos', COSMOS_ENDPOINT: endpoint, COSMOS_DATABASE: `svc-${process.pid}` });
  });
  afterAll(async () => {
    await bot.stop();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('when it starts on Cosmos, then healthz names the store and demo users answer from the Cosmos directory', async () => {
    const health = await (await fetch(`${bot.url}/healthz`)).json();
    expect(health.storage).toBe('cosmos');
    const { text } = await bot.say('wie ben ik', { user: DEMO.contractmanager });
    expect(text).toContain('contractmanager');
  });

  it('when a provider question comes in, then the demo data loaded into Cosmos answers it', async () => {
    const { text } = await bot.say('Hoe staat het met Voorbeeldzorg De Linde?', { user: DEMO.contractmanager });
    expect(text).toMatch(/Voorbeeldzorg De Linde: \d+ contract/);
  });
});
