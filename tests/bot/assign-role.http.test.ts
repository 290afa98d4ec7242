import { BotHarness, DEMO } from '../helpers/bot-harness';

/** The regiomanager grants a role by e-mail: an index look-up, and a version-checked write of that one person. */
describe('granting a role by e-mail over HTTP', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start({ DEMO_DATA: 'on' }));
  afterAll(() => bot.stop());

  it('adds the role to the person with that address (any case), keeps their other roles, and says so', async () => {
    const res = await bot.say('ken rol projectmanager toe aan Bram.Kok@demo.kampen.example', { user: DEMO.regiomanager });
    expect(res.text).toMatch(/Bram Kok \(demo\).*projectmanager/i);
    const who = await bot.say('wie ben ik', { user: DEMO.beleidsadviseurKampen });
    expect(who.text).toMatch(/projectmanager/);
    expect(who.text).toMatch(/beleidsadviseur/);
  });

  it('an unknown address changes nothing and says so in Dutch', async () => {
    const res = await bot.say('ken rol wethouder toe aan niemand@demo.kampen.example', { user: DEMO.regiomanager });
    expect(res.text).toMatch(/niemand@demo\.kampen\.example/);
    expect((await bot.say('ken rol wethouder toe aan bram.kok@demo.kampen.example', { user: DEMO.beleidsadviseurKampen })).text).toMatch(/regiomanager/i);
    expect((await bot.say('wie ben ik', { user: DEMO.beleidsadviseurKampen })).text).not.toMatch(/wethouder/);
  });
});
