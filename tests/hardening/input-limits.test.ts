import { BotHarness, DEMO } from '../helpers/bot-harness';
import { MAX_FIELD_CHARS } from '../../src/bot/input-limits';

describe('input limits before any matching', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it.each([
    ['a long message', 'a'.repeat(150_000)],
    ['"escaleer" with 100 KB', `escaleer ${'x '.repeat(50_000)}`],
    ['"Hoe staat het met" with 100 KB', `Hoe staat het met ${'thema '.repeat(17_000)}`],
  ])('when %s arrives, then a Dutch "too long" answer comes back and nothing is matched', async (_n, text) => {
    const { status, replies, text: answer } = await bot.say(text, { user: DEMO.regiomanager });
    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(answer).toMatch(/Je bericht is te lang .* maximaal 2\.000/);
  });

  it('when a message is exactly at the limit, then it is still handled as usual', async () => {
    const { text } = await bot.say(`help ${' '.repeat(1990)}`, { user: DEMO.regiomanager });
    expect(text).toContain('Wat kan ik voor je doen?');
  });

  it('when a card field is oversized, then a Dutch message comes back without echoing the input', async () => {
    const huge = 'Z'.repeat(MAX_FIELD_CHARS + 1);
    const answer = await bot.execute('regio.theme.save', { year: 2027, title: huge, problem: huge }, { user: DEMO.beleidsadviseurKampen });
    expect(answer.statusCode).toBe(200);
    expect(answer.value).toMatch(/te lang .*Er is niets opgeslagen/);
    expect(JSON.stringify(answer)).not.toContain('ZZZZZZZZZZ');
    expect(JSON.stringify(answer).length).toBeLessThan(1000);
  });
});
