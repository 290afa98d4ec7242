import path from 'node:path';
import Database from 'better-sqlite3';
import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { FakeOutbox, FakeTimers } from '../helpers/fake-ports';
import { ADVISER, actionData, importTestUsers, themeFields } from '../regioagenda/helpers';

const CARD = 'application/vnd.microsoft.card.adaptive';

/** One corrupt theme row must not break the regioagenda for everyone (list, status, form, submit, export). */
describe('regioagenda with one corrupt theme row', () => {
  const bot = new BotHarness();
  const clock = new Date('2026-11-02T10:00:00Z');
  beforeAll(async () => {
    await bot.start({}, { now: () => clock, outbox: new FakeOutbox(), timers: new FakeTimers() });
    await importTestUsers(bot.dataDir);
  });
  afterAll(() => bot.stop());

  const cardText = async (text: string, user: string) => {
    const { replies, text: all } = await bot.say(text, { user });
    return { card: replies[0]?.attachments?.[0]?.content, text: all };
  };
  const submit = async (gemeente: string) => {
    const { card } = await cardText('thema indienen', ADVISER[gemeente]);
    const res = await bot.execute('regio.theme.save', { ...actionData(card, 'regio.theme.save'), ...themeFields(gemeente) }, { user: ADVISER[gemeente] });
    return readable({ attachments: [{ content: res.value }] }) || String(res.value);
  };

  it('the round goes on: corrupt row quarantined, every view still works, a submission reports success', async () => {
    await bot.execute('regio.round.open', { year: '2027', deadline: '2026-12-15' }, { user: DEMO.projectmanager });
    expect(await submit('Kampen')).toContain('is ingediend voor gemeente Kampen');

    const db = new Database(path.join(bot.dataDir, 'rsj.sqlite'));
    db.prepare("INSERT INTO documents (container, pk, id, version, body, updated_at) VALUES ('themes', 'ijsselland:2027', 'zz-corrupt', 1, ?, 'x')").run(
      JSON.stringify({ id: 'zz-corrupt', title: 42, year: 'twee' }),
    );
    db.close();

    const list = await cardText("thema's", ADVISER.Zwolle);
    expect(list.card).toBeDefined();
    expect(list.text).toContain(themeFields('Kampen').title);
    expect((await bot.say('status regioagenda', { user: DEMO.projectmanager })).replies[0]?.attachments?.[0]?.contentType).toBe(CARD);
    expect(await submit('Zwolle')).toContain('is ingediend voor gemeente Zwolle');

    const exportCard = (await cardText('exporteer regioagenda', DEMO.projectmanager)).card;
    for (const url of exportCard.actions.map((a: { url: string }) => a.url)) {
      expect((await fetch(url.replace('http://localhost', 'http://127.0.0.1'))).status).toBe(200);
    }
    const health = await (await fetch(`${bot.url}/healthz`)).json();
    expect(health.quarantined).toBe(1);
  });
});
