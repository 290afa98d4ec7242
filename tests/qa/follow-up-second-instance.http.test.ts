import { rmSync } from 'node:fs';
import { BotHarness, DEMO } from '../helpers/bot-harness';

/**
 * The previous question is remembered after the reply is sent (the user does not wait for that write):
 * it must still be in the store when the follow-up comes, also on another instance.
 */
describe('a Q&A follow-up sent to a second instance on the same store', () => {
  const a = new BotHarness();
  const b = new BotHarness();

  beforeAll(async () => {
    await a.start();
    rmSync(b.dataDir, { recursive: true, force: true });
    b.dataDir = a.dataDir;
    await b.start();
  });
  afterAll(async () => {
    await b.service?.stop();
    await b.connector.stop();
    await a.stop();
  });

  const summary = (r: { replies: any[] }) => r.replies.map((x) => x.summary ?? x.text ?? '').join('\n');
  // Only pronouns: alone it names nothing to answer about.
  const FOLLOW_UP = 'En wie zit daarin?';

  it('is read in the context of the question the first instance answered', async () => {
    const conversationId = `a:follow-${Date.now()}`;
    const first = await a.say('Wat doet de kleine commissie?', { user: DEMO.beleidsadviseurKampen, conversationId });
    expect(summary(first)).toMatch(/kleine commissie/i);

    const followUp = await b.say(FOLLOW_UP, { user: DEMO.beleidsadviseurKampen, conversationId });
    expect(summary(followUp)).toMatch(/3 bestuurders/);
  });

  it('without that question before it, the same follow-up finds no answer', async () => {
    const alone = await b.say(FOLLOW_UP, { user: DEMO.beleidsadviseurKampen, conversationId: `a:alone-${Date.now()}` });
    expect(summary(alone)).not.toMatch(/3 bestuurders/);
  });
});
