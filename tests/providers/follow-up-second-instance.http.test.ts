import { rmSync } from 'node:fs';
import { BotHarness, DEMO } from '../helpers/bot-harness';

/** Issue 12 (3): App Service runs several instances; a follow-up may land on another one than its question. */
describe('a follow-up sent to a second instance on the same store', () => {
  const a = new BotHarness();
  const b = new BotHarness();

  beforeAll(async () => {
    await a.start({ DEMO_DATA: 'on' });
    rmSync(b.dataDir, { recursive: true, force: true });
    b.dataDir = a.dataDir;
    await b.start({ DEMO_DATA: 'on' });
  });
  afterAll(async () => {
    await b.service?.stop();
    await b.connector.stop();
    await a.stop();
  });

  const summary = (r: { replies: any[] }) => r.replies.map((x) => x.summary ?? x.text ?? '').join('\n');

  it('is read in the context of the question the first instance answered', async () => {
    const conversationId = `a:carla-${Date.now()}`;
    const first = await a.say('Hoeveel contracten zijn er in totaal?', { user: DEMO.contractmanager, conversationId });
    expect(summary(first)).toMatch(/\d+ contracten, met een totale waarde van/);

    const followUp = await b.say('en in Deventer?', { user: DEMO.contractmanager, conversationId });
    expect(summary(followUp)).toMatch(/Deventer neemt deel aan \d+ contract/);
  });

  it('another conversation on the second instance does not see that context', async () => {
    await a.say('Hoeveel contracten zijn er in totaal?', { user: DEMO.contractmanager, conversationId: `a:carla-two-${Date.now()}` });
    const other = await b.say('en in Deventer?', { user: DEMO.contractmanager, conversationId: `a:elsewhere-${Date.now()}` });
    expect(summary(other)).not.toMatch(/neemt deel aan/);
  });
});
