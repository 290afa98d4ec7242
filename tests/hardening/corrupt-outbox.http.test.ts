import path from 'node:path';
import Database from 'better-sqlite3';
import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { until } from '../notifications/outbox-rig';

const TOKEN = 'test-notify-token';
const ENV = { NOTIFY_TOKEN: TOKEN, OUTBOX_TIME_SCALE: '0.05' };

const notify = (bot: BotHarness, key: string, text: string) =>
  fetch(`${bot.url}/api/notify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ recipients: [{ kind: 'role', role: 'wethouder', gemeente: 'deventer' }], text, idempotencyKey: key }),
  });

/** One corrupt outbox row (due now, in the recipient's own conversation) must not stop delivery, also after a restart. */
describe('outbox with a corrupt row', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start(ENV));
  afterAll(() => bot.stop());

  it('delivers the rest, before and after a restart, and counts the corrupt row once', async () => {
    const chat = await bot.say('hallo', { user: DEMO.wethouderDeventer });
    const db = new Database(path.join(bot.dataDir, 'rsj.sqlite'));
    const insert = db.prepare('INSERT INTO documents (container, pk, id, version, body, updated_at, due) VALUES (?, ?, ?, 1, ?, ?, 0)');
    // the region's outbox partitions (`<region>/<key>`): the worker of this region reads them
    insert.run('outbox', `ijsselland/user:${DEMO.wethouderDeventer}`, 'd-corrupt', JSON.stringify({ type: 'delivery', status: 17 }), 'x');
    insert.run('outbox', 'ijsselland/n:elsewhere', 'n-corrupt', '{"type":"notification",', 'x');
    db.close();

    expect((await notify(bot, 'na-corrupt-1', 'Eerste bericht')).status).toBe(202);
    const arrived = (text: string) => bot.connector.inConversation(chat.conversationId).some((r) => readable(r.activity).includes(text));
    await until(() => arrived('Eerste bericht'));

    await bot.restart(ENV);
    expect((await notify(bot, 'na-corrupt-2', 'Tweede bericht')).status).toBe(202);
    await until(() => arrived('Tweede bericht'));
    expect((await (await fetch(`${bot.url}/healthz`)).json()).quarantined).toBe(2);
  });
});
