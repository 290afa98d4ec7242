import { BotHarness, DEMO, readable } from '../helpers/bot-harness';

const text = (answer: { type: string; value: unknown }) =>
  typeof answer.value === 'string' ? answer.value : readable({ attachments: [{ content: answer.value }] });

describe('per-person limits on broadcasting actions, kept in the store', () => {
  const bot = new BotHarness();
  // An injected clock: the windows are counted on it, so a run never straddles a real window boundary.
  let clock = new Date('2026-11-30T09:00:01Z');
  const now = () => clock;
  beforeAll(() => bot.start({}, { now }));
  afterAll(() => bot.stop());

  it('the sixth expert question in ten minutes is refused in Dutch, also after a restart; others are not affected', async () => {
    for (let i = 1; i <= 5; i++) {
      const answer = await bot.execute('qa.askExpert', { question: `Vraag nummer ${i} over wachttijden?` }, { user: DEMO.unknown });
      expect(text(answer)).not.toMatch(/al 5 keer gedaan/);
    }
    const sixth = await bot.execute('qa.askExpert', { question: 'Vraag nummer 6 over wachttijden?' }, { user: DEMO.unknown });
    expect(text(sixth)).toMatch(/de afgelopen 10 minuten al 5 keer gedaan.*er is nu niets verwerkt/);

    await bot.restart({}, { now }); // counters live in the store, not in the process
    const afterRestart = await bot.execute('qa.askExpert', { question: 'Vraag nummer 7 over wachttijden?' }, { user: DEMO.unknown });
    expect(text(afterRestart)).toMatch(/al 5 keer gedaan/);

    const other = await bot.execute('qa.askExpert', { question: 'Een andere vraag over contracten?' }, { user: DEMO.contractmanager });
    expect(text(other)).not.toMatch(/al 5 keer gedaan/);

    // just before the window ends: still refused; in the next window: allowed again
    clock = new Date('2026-11-30T09:09:59Z');
    expect(text(await bot.execute('qa.askExpert', { question: 'Vraag nummer 8 over wachttijden?' }, { user: DEMO.unknown }))).toMatch(/al 5 keer gedaan/);
    clock = new Date('2026-11-30T09:10:00Z');
    expect(text(await bot.execute('qa.askExpert', { question: 'Vraag nummer 9 over wachttijden?' }, { user: DEMO.unknown }))).not.toMatch(/al 5 keer gedaan/);
  });

  it('exports are limited per person too', async () => {
    const answers: string[] = [];
    for (let i = 0; i < 11; i++) answers.push((await bot.say('exporteer regioagenda', { user: DEMO.projectmanager })).text);
    expect(answers.slice(0, 10).some((a) => /al 10 keer gedaan/.test(a))).toBe(false);
    expect(answers[10]).toMatch(/al 10 keer gedaan/);
  });
});
