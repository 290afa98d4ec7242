import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { seededRandom } from '../../bench/seeded-random';

/**
 * Hostile requests and card payloads over loopback HTTP, generated from a fixed seed and bounded by
 * count: malformed bodies and encodings, wrong-typed activity fields, hostile message text, tampered
 * card data on every known verb, unknown verbs, the notify API and export links. The bot must not
 * crash, answer 5xx or hang, must speak Dutch to users, and must not change stored data.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1200);
const SEED = Number(process.env.FUZZ_SEED ?? 14);
const HANG_MS = 30_000;

const VERBS = [
  'qa.passage', 'qa.feedback', 'qa.askExpert', 'qa.ticket.claim', 'qa.ticket.answer', 'qa.ticket.save', 'qa.ticket.refresh',
  'escalation.submit', 'escalation.acknowledge', 'escalation.resolve', 'escalation.show',
  'regio.round.open', 'regio.theme.new', 'regio.theme.save', 'regio.theme.edit', 'regio.theme.withdraw', 'regio.theme.support', 'regio.theme.list',
  'meeting.save', 'meeting.publish', 'meeting.minutes', 'nope.unknown', '', 'x'.repeat(128),
];
const COMMANDS = [
  'escaleer ', 'Hoe staat het met ', 'zet thema ', 'voeg thema ', 'koppel dit kanaal aan ', 'open ronde ', 'sluit ronde ', 'thema indienen',
  "thema's ", 'status regioagenda ', 'exporteer regioagenda ', 'vergaderingen', 'wachttijd ', 'wie ben ik', 'help ', 'verwijder ', '',
];
const JUNK = ['**vet**', '<at>Wethouder</at>', '[klik](https://x.example)', '# kop', '\u0000', '\u202e', '😀', '%s%n', '${7*7}', '{{7*7}}', "' OR 1=1 --", '../../etc/passwd', '__proto__', 'constructor', 'a'.repeat(300), '(a+)+$', '\n- lijst', '2027', 'Kampen', 'PFO', '9999-99-99', '-1', '1e309'];

// Turns legitimately write chat references, counters, follow-up context and the declined-question log.
const STORED =
  "SELECT container, pk, id, body FROM documents WHERE container NOT IN ('conversations', 'ratelimits', 'state', 'quarantine') AND pk NOT LIKE '%:declined' ORDER BY container, pk, id";
const TECHNICAL = /TypeError|ReferenceError|SyntaxError|RangeError|Cannot read|is not a function|\[object Object\]|Internal Server|ZodError|ECONNREFUSED|at \w+ \(/;
const USERS = Object.values(DEMO);

describe('fuzz: hostile requests over loopback HTTP', () => {
  const bot = new BotHarness();
  beforeAll(() => bot.start({ NOTIFY_TOKEN: 'fuzz-token', DEMO_DATA: 'on' }));
  afterAll(() => bot.stop());

  it(`${REQUESTS} generated requests: no crash, no 5xx, no hang, Dutch for users, stored data unchanged`, async () => {
    const rnd = seededRandom(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const junk = (n = 1 + Math.floor(rnd() * 4)) => Array.from({ length: n }, () => pick(JUNK)).join(pick([' ', '', '\n']));
    const hostileValue = (depth = 0): unknown =>
      pick<() => unknown>([
        () => Math.floor(rnd() * 1e6) * (rnd() < 0.5 ? -1 : 1),
        () => null,
        () => rnd() < 0.5,
        () => [hostileValue(depth + 1)],
        () => (depth > 2 ? {} : { __proto__: { admin: true }, constructor: 'x', nested: hostileValue(depth + 1) }),
        () => 'Z'.repeat(4001 + Math.floor(rnd() * 2000)),
        () => ({ toString: 'x' }),
      ])();
    const hostileData = () => Object.fromEntries(['year', 'themeId', 'version', 'question', 'ticketId', 'gemeente', 'title', 'problem', 'id', 'meetingId', 'answer'].filter(() => rnd() < 0.5).map((k) => [k, hostileValue()]));
    const user = () => pick(USERS);

    const db = new Database(path.join(bot.dataDir, 'rsj.sqlite'), { readonly: true });
    const snapshot = () => JSON.stringify(db.prepare(STORED).all());
    // one warm-up turn per user so conversation references exist before the snapshot
    for (const u of USERS) await bot.say('help', { user: u });
    const before = snapshot();
    const rssBefore = process.memoryUsage().rss;

    const generators: (() => { path: string; body: string | Buffer; headers: Record<string, string> })[] = [
      // malformed bodies and encodings
      () => ({ path: '/api/messages', body: pick(['', '{', '[]', 'null', '"x"', '{"type":', '['.repeat(5000), '{"a":'.repeat(2000)]), headers: {} }),
      () => ({ path: '/api/messages', body: 'not gzip at all', headers: { 'content-encoding': pick(['gzip', 'deflate', 'br', 'zstd', 'gzip, gzip']) } }),
      () => ({ path: '/api/messages', body: gzipSync(Buffer.alloc(1024 * 1024 * (1 + Math.floor(rnd() * 4)), 0x20)), headers: { 'content-encoding': 'gzip' } }),
      () => ({ path: '/api/messages', body: JSON.stringify(bot.activity({ type: 'message', text: 'help' })), headers: { 'content-type': pick(['text/plain', 'application/xml', 'multipart/form-data']) } }),
      // wrong-typed activity fields
      () => {
        const act: Record<string, unknown> = bot.activity({ type: 'message', text: junk() }, { user: user() });
        act[pick(['from', 'conversation', 'recipient', 'channelData', 'entities', 'attachments', 'text', 'type', 'serviceUrl', 'membersAdded', 'value'])] = hostileValue();
        return { path: '/api/messages', body: JSON.stringify(act), headers: {} };
      },
      // hostile message text, also in channels and with hostile file attachments
      () => {
        const text = pick(COMMANDS) + junk() + (rnd() < 0.1 ? 'x'.repeat(1500 + Math.floor(rnd() * 1000)) : '');
        const kind = pick(['personal', 'personal', 'channel', 'groupChat'] as const);
        const attachments = rnd() < 0.15 ? [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: pick(['a.csv', 'b.xlsx', 'c.txt', 'd.pdf']), content: { downloadUrl: pick(['http://127.0.0.1:1/x', 'file:///etc/passwd', 'https://169.254.169.254/latest', 'javascript:alert(1)']) } }] : undefined;
        const act = bot.activity({ type: 'message', text, attachments, entities: rnd() < 0.3 ? [{ type: 'mention', text: '<at>bot</at>', mentioned: { id: '28:bot' } }] : undefined }, { user: user(), conversationType: kind, channelData: kind === 'channel' ? { team: { id: '19:t' }, channel: { id: '19:c' } } : {} });
        return { path: '/api/messages', body: JSON.stringify(act), headers: {} };
      },
      // tampered card data on every verb
      () => {
        const act = bot.activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: pick(VERBS), data: hostileData() }, trigger: 'manual' } }, { user: user() });
        return { path: '/api/messages', body: JSON.stringify(act), headers: {} };
      },
      () => ({ path: '/api/messages', body: JSON.stringify(bot.activity({ type: 'invoke', name: pick(['composeExtension/query', 'task/fetch', 'signin/verifyState', junk()]), value: hostileValue() }, { user: user() })), headers: {} }),
      // the notify API and export links
      () => ({ path: '/api/notify', body: JSON.stringify(rnd() < 0.5 ? hostileValue() : { recipients: hostileValue(), text: junk(), idempotencyKey: hostileValue() }), headers: { authorization: pick(['Bearer fuzz-token', 'Bearer wrong', '']) } }),
      () => ({ path: `/api/export/${encodeURIComponent(junk())}`, body: '', headers: {} }),
    ];

    const statuses: Record<string, number> = {};
    let fiveXx = 0;
    let hangs = 0;
    const englishErrors: string[] = [];
    const receivedBefore = bot.connector.received.length;
    for (let i = 0; i < REQUESTS; i++) {
      const req = pick(generators)();
      const get = req.path.startsWith('/api/export/');
      const res = await fetch(`${bot.url}${req.path}`, {
        method: get ? 'GET' : 'POST',
        headers: get ? {} : { 'content-type': 'application/json', ...req.headers },
        body: get ? undefined : typeof req.body === 'string' ? req.body : new Uint8Array(req.body),
        signal: AbortSignal.timeout(HANG_MS),
      }).catch((err: Error) => (err.name === 'TimeoutError' ? 'hang' : err));
      if (res === 'hang') {
        hangs++;
        continue;
      }
      if (res instanceof Error) throw new Error(`request ${i} failed: ${res.message} (the process died?)`);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      const body = await res.text();
      if (res.status >= 500) fiveXx++;
      if (TECHNICAL.test(body)) englishErrors.push(`${res.status} ${body.slice(0, 200)}`);
      if (i % 100 === 0) expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    }
    for (const r of bot.connector.received.slice(receivedBefore)) {
      const text = readable(r.activity);
      if (TECHNICAL.test(text)) englishErrors.push(text.slice(0, 200));
    }
    const after = snapshot();
    db.close();
    const rssAfter = process.memoryUsage().rss;
    const report = { requests: REQUESTS, seed: SEED, statuses, fiveXx, hangs, englishErrors: englishErrors.length, repliesToUsers: bot.connector.received.length - receivedBefore, rssBeforeMb: Math.round(rssBefore / 1e6), rssAfterMb: Math.round(rssAfter / 1e6) };
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(report, null, 2));

    expect(englishErrors).toEqual([]);
    expect(fiveXx).toBe(0);
    expect(hangs).toBe(0);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect(after).toBe(before);
  }, 600_000);
});
