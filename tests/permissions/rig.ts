import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Role } from '../../src/features/people/people.domain';
import { BotHarness, DEMO, readable, type SendOptions } from '../helpers/bot-harness';
import { FakeOutbox, FakeTimers } from '../helpers/fake-ports';
import { importTestUsers, themeFields } from '../regioagenda/helpers';

export const TENANT = 'tenant-test';
const FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';

/** One test user per role (tests/fixtures/permissions-gebruikers.csv), the gemeente ones in Kampen or Deventer. */
export interface Principal {
  label: string;
  id: string;
  roles: Role[];
  gemeente?: string;
}
export const PRINCIPALS: Principal[] = [
  { label: 'beleidsadviseur (Kampen)', id: '20000000-0000-0000-0000-000000000001', roles: ['beleidsadviseur'], gemeente: 'Kampen' },
  { label: 'wethouder (Deventer)', id: '20000000-0000-0000-0000-000000000002', roles: ['wethouder'], gemeente: 'Deventer' },
  { label: 'bestuurder (Deventer)', id: '20000000-0000-0000-0000-000000000003', roles: ['bestuurder'], gemeente: 'Deventer' },
  { label: 'contractmanager', id: '20000000-0000-0000-0000-000000000004', roles: ['contractmanager'] },
  { label: 'projectmanager', id: '20000000-0000-0000-0000-000000000005', roles: ['projectmanager'] },
  { label: 'regiomanager', id: '20000000-0000-0000-0000-000000000006', roles: ['regiomanager'] },
  { label: 'unknown user', id: DEMO.unknown, roles: [] },
];
export const user = (role: Role) => PRINCIPALS.find((p) => p.roles.includes(role))!.id;
export const ZWOLLE_ADVISER = '20000000-0000-0000-0000-000000000007';
export const ZWOLLE_WETHOUDER = '20000000-0000-0000-0000-000000000008';

/** What the bot said back, as a person reads it: the replies of a message, or the card/toast of an invoke. */
export interface Answer {
  text: string;
  /** Something came back at all (a bot that ignores an activity sends nothing). */
  answered: boolean;
}

/** Ids of what the setup stored, for the card data the verbs carry. */
export interface RigState {
  kampenTheme: { id: string; version: string };
  zwolleTheme: { id: string; version: string };
  pastMeeting: { id: string; version: string };
  escalationId: string;
  ticketId: string;
}

// Containers that change on every turn whoever sends it (conversation references, rate counters,
// follow-up context): not what a refused action may leave behind.
const NOISE = ['conversations', 'ratelimits', 'state'];

/**
 * The real service over HTTP (SQLite), one user per role, a fixed clock, fake notification ports
 * (so what would be sent is counted, not delivered), and a file server for files sent in chat.
 */
export class PermissionRig {
  readonly bot = new BotHarness();
  readonly outbox = new FakeOutbox();
  readonly timers = new FakeTimers();
  state!: RigState;
  private db!: Database.Database;
  private filesUrl = '';
  private readonly files = http.createServer((req, res) => {
    const name = path.basename(req.url ?? '');
    const file: Record<string, string> = {
      'contracten.csv': path.join(__dirname, '..', '..', 'config', 'demo', 'contracten.csv'),
      'gebruikers.csv': path.join(__dirname, '..', 'fixtures', 'permissions-gebruikers.csv'),
    };
    res.end(file[name] ? readFileSync(file[name]) : 'Kadernota jeugdhulp IJsselland: de regio werkt samen aan de inkoop van specialistische jeugdhulp.');
  });

  /** The service clock; tests move it. */
  constructor(public now: Date) {}

  async start(env: Record<string, string> = {}): Promise<this> {
    await new Promise<void>((r) => this.files.listen(0, '127.0.0.1', r));
    this.filesUrl = `http://127.0.0.1:${(this.files.address() as { port: number }).port}`;
    await importTestUsers(this.bot.dataDir, 'permissions-gebruikers.csv');
    await this.bot.start({ BOT_TENANT_ID: TENANT, FILE_DOWNLOAD_HOSTS: '127.0.0.1', ...env }, { now: () => this.now, outbox: this.outbox, timers: this.timers });
    this.db = new Database(path.join(this.bot.dataDir, 'rsj.sqlite'), { readonly: true });
    return this;
  }

  async stop(): Promise<void> {
    this.db?.close();
    await this.bot.stop();
    await new Promise<void>((r) => this.files.close(() => r()));
  }

  /** Everything a refused action could have changed: stored documents, notifications and timers. */
  snapshot(): string {
    const rows = this.db
      .prepare(`SELECT container, pk, id, version, body FROM documents WHERE container NOT IN (${NOISE.map(() => '?').join(',')}) ORDER BY container, pk, id`)
      .all(...NOISE);
    return JSON.stringify({ rows, outbox: this.outbox.requests.length, timers: [...this.timers.jobs.keys()].sort() });
  }

  documents(container: string): { id: string; version: string; body: any }[] {
    return (this.db.prepare('SELECT id, version, body FROM documents WHERE container = ? ORDER BY id').all(container) as { id: string; version: number; body: string }[]).map(
      (r) => ({ id: r.id, version: String(r.version), body: JSON.parse(r.body) }),
    );
  }

  async say(text: string, from: string, opts: SendOptions = {}): Promise<Answer> {
    const res = await this.bot.say(text, { ...opts, user: from });
    return { text: res.text, answered: res.replies.length > 0 };
  }

  async sendFile(name: string, from: string, opts: SendOptions = {}): Promise<Answer> {
    const act = this.bot.activity({ type: 'message', text: '', attachments: [{ contentType: FILE_DOWNLOAD, name, content: { downloadUrl: `${this.filesUrl}/${name}` } }] }, { ...opts, user: from });
    return this.deliver(act);
  }

  async execute(verb: string, data: Record<string, unknown>, from: string, opts: SendOptions = {}): Promise<Answer> {
    // Teams sends a button click as a reply to the message that holds the card (a card with a refresh is updated there).
    const act = this.bot.activity(
      { type: 'invoke', name: 'adaptiveCard/action', replyToId: `card-${randomUUID()}`, value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } },
      { ...opts, user: from },
    );
    return this.deliver(act);
  }

  /** Posts any activity; the answer is the invoke response (card or toast) plus anything posted into the conversation. */
  async deliver(act: any): Promise<Answer> {
    const before = this.bot.connector.inConversation(act.conversation.id).length;
    const res = await this.bot.post(act);
    const posted = this.bot.connector.inConversation(act.conversation.id).slice(before).map((r) => readable(r.activity));
    const value = res.body?.value;
    const invoke = typeof value === 'string' ? value : value && typeof value === 'object' ? readable({ attachments: [value] }) : '';
    const text = [invoke, ...posted].filter(Boolean).join('\n');
    return { text, answered: text.length > 0 };
  }

  /** A round, a theme of Kampen and one of Zwolle, a held meeting, an open escalation and an open ticket. */
  async setUp(): Promise<RigState> {
    const ok = (a: Answer, what: string) => {
      if (!a.answered) throw new Error(`set-up: ${what} got no answer`);
      return a;
    };
    ok(await this.execute('regio.round.open', { year: '2027', deadline: '2027-03-01' }, user('projectmanager')), 'round');
    const theme = async (gemeente: string, from: string) => {
      ok(await this.execute('regio.theme.save', { year: 2027, submissionId: randomUUID().replace(/-/g, '').slice(0, 16), similarSeen: 'true', ...themeFields(gemeente) }, from), `theme ${gemeente}`);
      const t = this.documents('themes').find((d) => d.body.gemeente === gemeente)!;
      return { id: t.id, version: t.version };
    };
    const kampenTheme = await theme('Kampen', user('beleidsadviseur'));
    const zwolleTheme = await theme('Zwolle', ZWOLLE_ADVISER);
    ok(await this.execute('meeting.save', { body: 'PFO', date: '2027-01-05', time: '14:00', location: 'Provinciehuis Zwolle', agenda: 'besluit: Kadernota jeugdhulp' }, user('projectmanager')), 'meeting');
    const m = this.documents('meetings').find((d) => d.id === 'PFO-2027-01-05')!;
    ok(await this.execute('escalation.submit', { providerId: 'VB001', submissionId: `esc-${randomUUID()}`, soort: 'wachttijd', urgency: 'normaal', description: 'De wachtlijst loopt al maanden op.' }, user('contractmanager')), 'escalation');
    ok(await this.execute('qa.askExpert', { question: 'Wie zit er in de kleine commissie?' }, user('beleidsadviseur')), 'ticket');
    const [escalation] = this.documents('escalations');
    const [ticket] = this.documents('tickets');
    if (!kampenTheme.id || !zwolleTheme.id || !m || !escalation || !ticket) throw new Error('set-up incomplete');
    this.state = { kampenTheme, zwolleTheme, pastMeeting: { id: m.id, version: m.version }, escalationId: escalation.id, ticketId: ticket.id };
    return this.state;
  }
}

/**
 * A rig for one describe block at `now`: started (then `prepare`d) before its tests, stopped after.
 * Call it in the describe body, where jest's beforeAll/afterAll belong to that block.
 */
export function rigFor(now: Date, prepare: (rig: PermissionRig) => Promise<unknown> = async () => undefined): PermissionRig {
  const rig = new PermissionRig(now);
  beforeAll(async () => {
    await rig.start();
    await prepare(rig);
  }, 60_000);
  afterAll(() => rig.stop());
  return rig;
}

/** A `prepare` step: round 2027 open until 1 March, opened by `by`; a refusal fails the set-up instead of the tests after it. */
export const openRound2027 =
  (by: Role = 'regiomanager') =>
  async (rig: PermissionRig) => {
    const { text } = await rig.execute('regio.round.open', { year: '2027', deadline: '2027-03-01' }, user(by));
    if (!text.includes('Ronde 2027 is geopend')) throw new Error(`round 2027 not opened: ${text}`);
  };
