import { randomUUID } from 'node:crypto';
import { FEATURE_TEXTS } from '../../src/features/feature.texts';
import { ESCALATION_TEXTS } from '../../src/features/escalations/escalations.texts';
import { MEETING_TEXTS } from '../../src/features/meetings/meetings.texts';
import { CHANNEL_TEXTS, SETUP_TEXTS } from '../../src/features/notifications/notifications.texts';
import { PEOPLE_TEXTS } from '../../src/features/people/people.texts';
import { type Action, type Permission, PERMISSIONS } from '../../src/features/permissions';
import { PROVIDER_TEXTS } from '../../src/features/providers/providers.texts';
import { QA_TEXTS } from '../../src/features/qa/qa.texts';
import { REGIO_TEXTS } from '../../src/features/regioagenda/regioagenda.texts';
import { themeFields } from '../regioagenda/helpers';
import { type Answer, type PermissionRig, type Principal, PRINCIPALS, rigFor, type RigState, user } from './rig';

/**
 * Every card verb and every text command of the permissions table, sent over HTTP the way Teams
 * sends it, by one user per role and by someone not in the directory. Where the role may not act:
 * a Dutch refusal and nothing stored, queued or scheduled. Where it may: no refusal.
 */

/** The Dutch sentences that say "you may not" for each action (besides "I do not know you yet"). */
const REFUSALS: Record<Action, string[]> = {
  'qa.ask': [],
  'qa.experts': [QA_TEXTS.rsjOnly, QA_TEXTS.expertsOnly],
  'qa.declined': [QA_TEXTS.regiomanagerOnly],
  'qa.ingest': [QA_TEXTS.ingestOnlyRegiomanager],
  'people.whoAmI': [],
  'people.assignRole': [PEOPLE_TEXTS.onlyRegiomanager],
  'imports.data': ['Alleen contractmanagers en de regiomanager kunnen gegevens importeren.'],
  'imports.people': ['Alleen contractmanagers en de regiomanager kunnen gegevens importeren.', 'Alleen de regiomanager kan gebruikers importeren.'],
  'regio.view': [],
  'regio.round.open': [REGIO_TEXTS.onlyRoundOpeners],
  'regio.round.change': [REGIO_TEXTS.onlyRegiomanager],
  'regio.theme.submit': [REGIO_TEXTS.onlySubmitters],
  'regio.theme.support': [REGIO_TEXTS.onlySubmitters],
  'regio.theme.govern': [REGIO_TEXTS.onlyRsj],
  'regio.export': [REGIO_TEXTS.onlyRsj],
  'meetings.view': [],
  'meetings.manage': [MEETING_TEXTS.onlySecretaries],
  'escalations.raise': [ESCALATION_TEXTS.onlyRaisers],
  'escalations.handle': [ESCALATION_TEXTS.onlyHandlers],
  'providers.contracts': [PROVIDER_TEXTS.noAccess],
  'channels.link': [CHANNEL_TEXTS.onlyRegiomanager],
  'channels.view': [CHANNEL_TEXTS.onlyRsj],
  'setup.view': [SETUP_TEXTS.onlyRegiomanager],
  help: [],
};

/** Written out again here (not calling the table's own `grant`), so a bug there cannot agree with itself. */
function expectAllowed(p: Permission, who: Principal): boolean {
  if (p.who === 'anyone') return true;
  if (who.roles.length === 0) return false;
  if (p.who === 'members') return true;
  return who.roles.some((r) => (p.who as readonly string[]).includes(r) && (!p.ownGemeente?.includes(r) || !!who.gemeente));
}

/** Card data a real card would carry for this verb, pointing at what the set-up stored. */
function cardData(verb: string, s: RigState): Record<string, unknown> {
  const theme = { year: 2027, themeId: s.kampenTheme.id, version: s.kampenTheme.version };
  const meeting = { meetingId: s.pastMeeting.id };
  const data: Record<string, Record<string, unknown>> = {
    'qa.passage': { kind: 'fact', id: 'onbekend' },
    'qa.feedback': { helpful: 'true', question: 'Wat doet de kleine commissie?', source: 'Governance' },
    'qa.askExpert': { question: `Hoe wordt het PFO voorbereid? (${randomUUID().slice(0, 8)})` },
    'qa.ticket.claim': { ticketId: s.ticketId },
    'qa.ticket.answer': { ticketId: s.ticketId, answer: 'De kleine commissie bestaat uit drie wethouders.' },
    'qa.ticket.save': { ticketId: s.ticketId },
    'qa.ticket.refresh': { ticketId: s.ticketId },
    'regio.theme.list': { year: 2027 },
    'regio.round.open': { year: '2028', deadline: '2028-03-01' },
    'regio.theme.new': { year: 2027 },
    'regio.theme.save': { year: 2027, submissionId: randomUUID().replace(/-/g, '').slice(0, 16), similarSeen: 'true', ...themeFields('Kampen') },
    'regio.theme.edit': theme,
    'regio.theme.withdraw': theme,
    'regio.theme.support': { year: 2027, themeId: s.zwolleTheme.id },
    'meeting.open': meeting,
    'meeting.save': { body: 'PFO', date: '2027-02-20', time: '10:00', location: 'Provinciehuis Zwolle', agenda: 'besluit: Inkoopstrategie' },
    'meeting.edit': meeting,
    'meeting.publish': meeting,
    'meeting.minutes.form': meeting,
    'meeting.minutes.save': { ...meeting, version: s.pastMeeting.version, decisions: 'Kadernota vastgesteld', actions: '' },
    'meeting.agenda.addRow': { body: 'PFO', date: '2027-02-20', time: '10:00', location: 'Provinciehuis Zwolle', agendaRows: '1', agenda_0_title: 'Inkoopstrategie' },
    'meeting.minutes.addRow': { ...meeting, version: s.pastMeeting.version, add: 'action', decisionRows: '1', actionRows: '1' },
    'meeting.summary.send': meeting,
    'meeting.held.confirm': meeting,
    'escalation.submit': { providerId: 'VB001', submissionId: `esc-${randomUUID()}`, soort: 'kwaliteit', urgency: 'spoed', description: 'Een calamiteit bij de aanbieder.' },
    'escalation.acknowledge': { escalationId: s.escalationId },
    'escalation.resolve': { escalationId: s.escalationId, note: 'Besproken met de aanbieder.' },
    'escalation.show': { escalationId: s.escalationId },
    'providers.more': { query: JSON.stringify({ kind: 'contracts' }), table: 0, offset: 0 },
    'notifications.report.refresh': { id: 'n-00000000000000000000' },
  };
  if (!data[verb]) throw new Error(`no card data for ${verb}: add it here`);
  return data[verb];
}

/** Answers that mean the handler never ran: no route, bad card data, a crash. Never right for an allowed role. */
const NOT_HANDLED = ['Dat heb ik niet begrepen', 'Deze knop werkt niet (meer)', FEATURE_TEXTS.badCardData, 'Er ging iets mis aan mijn kant'];

/** What the HTTP layer answers to an invoke no handler took (src/http/server.ts). */
const IGNORED_INVOKE = 'Deze knop werkt niet (meer). Typ "help" om te zien wat ik kan.';

type Case = { action: Action; label: string; send: (rig: PermissionRig, from: string, opts?: { tenant?: string | null }) => Promise<Answer> };

const FILE_HANDLERS = new Set(['import-file', 'qa-ingest-file']);

/** Teams' tenant fields: another organisation's id, or none at all. */
function tenantOpts(tenant: string | null | undefined) {
  if (tenant === undefined) return {};
  return { channelData: { tenant: tenant === null ? undefined : { id: tenant } }, tenantId: tenant };
}

const CASES: Case[] = (Object.entries(PERMISSIONS) as [Action, Permission][]).flatMap(([action, p]) => [
  ...p.verbs.map((verb) => ({
    action,
    label: `${action}: card verb ${verb}`,
    send: (rig: PermissionRig, from: string, opts: { tenant?: string | null } = {}) => withTenant(rig, opts.tenant, (o) => rig.execute(verb, cardData(verb, rig.state), from, o)),
  })),
  ...p.commands.map((c) => ({
    action,
    label: `${action}: ${FILE_HANDLERS.has(c.handler) ? 'file' : 'text'} "${c.example}"`,
    send: (rig: PermissionRig, from: string, opts: { tenant?: string | null } = {}) =>
      withTenant(rig, opts.tenant, (o) =>
        FILE_HANDLERS.has(c.handler)
          ? rig.sendFile(c.example, from, o)
          : rig.say(c.example, from, { ...o, conversationType: p.where === 'team channel' ? 'channel' : 'personal' }),
      ),
  })),
]);

/** Sends with the conversation's and channelData's tenant replaced (or removed) when asked. */
async function withTenant(rig: PermissionRig, tenant: string | null | undefined, send: (o: any) => Promise<Answer>): Promise<Answer> {
  if (tenant === undefined) return send({});
  const activity = rig.bot.activity.bind(rig.bot);
  rig.bot.activity = (partial, opts = {}) => {
    const act: any = activity(partial, opts);
    if (tenant === null) {
      delete act.conversation.tenantId;
      delete act.channelData.tenant;
    } else {
      act.conversation.tenantId = tenant;
      act.channelData.tenant = { id: tenant };
    }
    return act;
  };
  try {
    return await send({});
  } finally {
    rig.bot.activity = activity;
  }
}

describe('every action as every role, over HTTP (permissions table)', () => {
  const rig = rigFor(new Date('2027-01-11T10:00:00Z'), (r) => r.setUp());

  it('covers every verb and command of the table', () => {
    const listed = (Object.values(PERMISSIONS) as Permission[]).reduce((n, p) => n + p.verbs.length + p.commands.length, 0);
    expect(CASES).toHaveLength(listed);
    expect(CASES.length).toBeGreaterThan(45);
  });

  it.each(CASES.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
    const permission: Permission = PERMISSIONS[c.action];
    // Refused roles first: what an allowed role does must not be what makes a refusal look right.
    const ordered = [...PRINCIPALS].sort((a, b) => Number(expectAllowed(permission, a)) - Number(expectAllowed(permission, b)));
    const problems: string[] = [];
    for (const who of ordered) {
      const allowed = expectAllowed(permission, who);
      const before = rig.snapshot();
      const answer = await c.send(rig, who.id);
      const refusals = who.roles.length === 0 && permission.who !== 'anyone' ? [...REFUSALS[c.action], PEOPLE_TEXTS.unknownUser] : REFUSALS[c.action];
      const refusedWith = refusals.find((r) => answer.text.includes(r));
      if (!answer.answered) problems.push(`${who.label}: no answer`);
      else if (allowed && refusedWith) problems.push(`${who.label} may, but was refused: ${refusedWith}`);
      else if (allowed && NOT_HANDLED.some((t) => answer.text.includes(t))) problems.push(`${who.label} may, but it was not handled: ${answer.text.slice(0, 200)}`);
      else if (!allowed && !refusedWith) problems.push(`${who.label} may not, but got: ${answer.text.slice(0, 200)}`);
      else if (!allowed && rig.snapshot() !== before) problems.push(`${who.label} was refused, but something was stored, queued or scheduled`);
    }
    expect(problems).toEqual([]);
  });
});

describe('another tenant, and no tenant at all, while BOT_TENANT_ID is set', () => {
  const rig = rigFor(new Date('2027-01-11T10:00:00Z'), (r) => r.setUp());

  it.each(CASES.map((c) => [c.label, c] as const))('%s: the regiomanager of another tenant, or without a tenant, gets nothing and changes nothing', async (_label, c) => {
    for (const tenant of ['tenant-elders', null]) {
      const before = rig.snapshot();
      const answer = await c.send(rig, user('regiomanager'), { tenant });
      // A message gets no reply; an invoke gets the server's generic "this button does not work" toast.
      expect({ tenant, answer: answer.text.replace(IGNORED_INVOKE, '') }).toEqual({ tenant, answer: '' });
      expect(rig.snapshot()).toBe(before);
    }
  });

  it('the same activity from the own tenant is answered (so the silence above is the tenant check)', async () => {
    expect((await rig.say('wie ben ik', user('regiomanager'))).text).toContain('Rita Regio');
  });

  it('the own tenant is recognised in either field Teams may fill (conversation.tenantId or channelData.tenant)', async () => {
    for (const drop of ['conversation', 'channelData'] as const) {
      const act: any = rig.bot.activity({ type: 'message', text: 'wie ben ik' }, { user: user('regiomanager') });
      if (drop === 'conversation') delete act.conversation.tenantId;
      else delete act.channelData.tenant;
      expect({ drop, text: (await rig.deliver(act)).text }).toEqual({ drop, text: expect.stringContaining('Rita Regio') });
    }
  });
});
