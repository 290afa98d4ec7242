import { BotHarness, DEMO } from '../helpers/bot-harness';

// With demo data on, the server listens before the demo import is done. A turn waits only for the
// demo directory (it needs its sender's entry); a feature whose data is demo data waits for all of it.
describe('turns right after start-up with demo data loading', () => {
  const bot = new BotHarness();
  afterAll(() => bot.stop());

  it('answers help and a provider question sent at once, from the complete demo data', async () => {
    await bot.start({ DEMO_DATA: 'on' }, {}, { untilReady: false });
    const [help, totals] = await Promise.all([
      bot.say('help', { user: DEMO.regiomanager }),
      bot.say('Hoeveel contracten zijn er in totaal?', { user: DEMO.contractmanager }),
    ]);
    // The help card knows the sender from the demo directory: it names their roles.
    expect(help.text).toContain('regiomanager');
    expect(totals.replies[0].summary).toContain('237 contracten');
  });
});
