import { cardText, documentCardText } from '../../src/shared/card-text';
import { renderTicketCard } from '../../src/features/qa/cards/ticket.card';
import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { FakeOutbox, FakeTimers } from '../helpers/fake-ports';
import { ADVISER, actionData, importTestUsers, themeFields } from '../regioagenda/helpers';

const HOSTILE = '**OFFICIEEL** <at>Wethouder</at> [klik hier](https://evil.example) # Kop\n- lijst ![img](x)';

/** No markup survives: no bold, link, image, heading or list syntax and no <at> tag. */
const expectInert = (text: string) => {
  expect(text).not.toMatch(/(^|[^\\])\*\*/);
  expect(text).not.toMatch(/(^|[^\\])\[klik/);
  expect(text).not.toContain('<at>');
  expect(text).not.toMatch(/^\s*[-#]/m);
};

describe('cardText', () => {
  it('escapes markdown and mentions so they show as typed', () => {
    const out = cardText(HOSTILE);
    expectInert(out);
    expect(out).toContain('\\*\\*OFFICIEEL\\*\\*');
    expect(out).toContain('‹at›Wethouder‹/at›');
    expect(out).toContain('\\- lijst');
  });

  it('leaves ordinary Dutch text alone', () => {
    expect(cardText('Wachttijden jeugd-ggz (Zwolle): 12 weken.')).toBe('Wachttijden jeugd-ggz (Zwolle): 12 weken.');
  });

  it('the ticket card in the experts channel escapes the question and the asker', () => {
    const card = renderTicketCard({
      id: 't1',
      question: HOSTILE,
      asker: { aadObjectId: 'x', name: '<at>RSJ</at> **Directie**' },
      status: 'open',
      createdAt: '2026-11-02T10:00:00Z',
    });
    expectInert(readable({ attachments: [{ content: card }] }));
  });
});

describe('documentCardText', () => {
  it('keeps the numbers a document gives its lids when the answer shows them out of order', () => {
    // Markdown would show "2." then "1." as items 2 and 3 of one list.
    expect(documentCardText('2. Voor vervoer geldt een maximum.\n1. De vergoeding is het product.')).toBe('2\\. Voor vervoer geldt een maximum.\n\n1\\. De vergoeding is het product.');
  });

  it('leaves a list in order a list', () => {
    expect(documentCardText('1. eerst\n2. dan\n3. tot slot')).toBe('1. eerst\n2. dan\n3. tot slot');
  });
});

describe("theme text from one gemeente in another gemeente's card", () => {
  const bot = new BotHarness();
  beforeAll(async () => {
    await bot.start({}, { now: () => new Date('2026-11-02T10:00:00Z'), outbox: new FakeOutbox(), timers: new FakeTimers() });
    await importTestUsers(bot.dataDir);
  });
  afterAll(() => bot.stop());

  it('is escaped in the themes card, and stored as typed', async () => {
    await bot.execute('regio.round.open', { year: '2027', deadline: '2026-12-15' }, { user: DEMO.projectmanager });
    const { replies } = await bot.say('thema indienen', { user: ADVISER.Kampen });
    const form = replies[0].attachments[0].content;
    const fields = { ...themeFields('Kampen'), title: `Crisis ${HOSTILE.slice(0, 60)}`, problem: HOSTILE.repeat(2) };
    const saved = await bot.execute('regio.theme.save', { ...actionData(form, 'regio.theme.save'), ...fields }, { user: ADVISER.Kampen });
    expect(readable({ attachments: [{ content: saved.value }] })).toContain('is ingediend');

    const list = await bot.say("thema's", { user: ADVISER.Zwolle });
    const text = readable(list.replies[0]);
    expect(text).toContain('OFFICIEEL');
    expectInert(text);
  });
});
