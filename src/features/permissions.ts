import { type Person, RSJ_ROLES, type Role, ROLES } from './person';

/**
 * Who may do what: the one table every role check asks (services, routes, help lines), rendered
 * into the README and sent through the bot over HTTP by tests/permissions. A Teams client can send
 * any Action.Execute verb with any data, so the services check this table themselves; routes only
 * ask it to answer early.
 */
export interface Permission {
  /** What it is, for the README (English, like all docs). */
  summary: string;
  /** `anyone`: also people not in the directory; `members`: everyone in the directory; else these roles. */
  who: 'anyone' | 'members' | readonly Role[];
  /** Roles that act only for their own gemeente (their directory entry must name one); the others act region-wide. */
  ownGemeente?: readonly Role[];
  /** Action.Execute verbs that lead here. */
  verbs: readonly string[];
  /** Text commands that lead here: the text handler's name and a message it answers. */
  commands: readonly { handler: string; example: string }[];
  /** Where it works, when not everywhere (the route says so in Dutch). */
  where?: 'personal chat' | 'team channel';
}

const RSJ = RSJ_ROLES;
const cmd = (handler: string, example: string) => ({ handler, example });

export const PERMISSIONS = {
  'qa.ask': {
    summary: 'Ask a governance question, open a source passage, give feedback, ask the experts (ticket)',
    who: 'anyone',
    verbs: ['qa.passage', 'qa.feedback', 'qa.askExpert'],
    commands: [cmd('qa-question', 'Wat doet de kleine commissie?')],
  },
  'qa.experts': {
    summary: 'Claim, answer and save expert tickets; list open questions and the feedback report',
    who: RSJ,
    verbs: ['qa.ticket.claim', 'qa.ticket.answer', 'qa.ticket.save', 'qa.ticket.refresh'],
    commands: [cmd('qa-open-tickets', 'open vragen'), cmd('qa-feedback-report', 'feedbackrapport')],
  },
  'qa.declined': {
    summary: 'See and remove the questions the bot could not answer',
    who: ['regiomanager'],
    verbs: [],
    commands: [cmd('qa-declined-report', 'vragenrapport'), cmd('qa-remove-declined', 'verwijder vraag abcdef')],
  },
  'qa.ingest': {
    summary: 'Add documents to the knowledge base (send a file)',
    who: ['regiomanager'],
    verbs: [],
    commands: [cmd('qa-ingest-file', 'kadernota.pdf')],
    where: 'personal chat',
  },
  'people.whoAmI': {
    summary: 'Ask which roles the directory gives you',
    who: 'anyone',
    verbs: [],
    commands: [cmd('who-am-i', 'wie ben ik')],
  },
  'people.assignRole': {
    summary: 'Assign a role in chat',
    who: ['regiomanager'],
    verbs: [],
    commands: [cmd('assign-role', 'ken rol wethouder toe aan naam@gemeente.example')],
  },
  'imports.data': {
    summary: 'Import contract, wait-time and signal data (send a file)',
    who: ['contractmanager', 'regiomanager'],
    verbs: [],
    commands: [cmd('import-file', 'contracten.csv')],
    where: 'personal chat',
  },
  'imports.people': {
    summary: 'Import the user list (send a file)',
    who: ['regiomanager'],
    verbs: [],
    commands: [cmd('import-file', 'gebruikers.csv')],
    where: 'personal chat',
  },
  'regio.view': {
    summary: 'See the regioagenda round and its themes',
    who: 'members',
    verbs: ['regio.theme.list'],
    commands: [cmd('regio-status', 'status regioagenda'), cmd('regio-themes', "thema's")],
  },
  'regio.round.open': {
    summary: 'Open a regioagenda round',
    who: ['projectmanager', 'regiomanager'],
    verbs: ['regio.round.open'],
    commands: [cmd('regio-open', 'open ronde 2027')],
  },
  'regio.round.change': {
    summary: 'Extend, reopen or close a round',
    who: ['regiomanager'],
    verbs: [],
    commands: [cmd('regio-close', 'sluit ronde 2027'), cmd('regio-extend', 'verleng ronde 2027 tot 2027-03-31')],
  },
  'regio.theme.submit': {
    summary: "Submit, edit or withdraw a theme of the own gemeente while the round is open",
    who: ['beleidsadviseur'],
    ownGemeente: ['beleidsadviseur'],
    verbs: ['regio.theme.new', 'regio.theme.save', 'regio.theme.edit', 'regio.theme.withdraw'],
    commands: [cmd('regio-new-theme', 'thema indienen')],
  },
  'regio.theme.support': {
    summary: "Support another gemeente's theme on behalf of the own gemeente",
    who: ['beleidsadviseur'],
    ownGemeente: ['beleidsadviseur'],
    verbs: ['regio.theme.support'],
    commands: [],
  },
  'regio.theme.govern': {
    summary: 'Move themes through AO, PFO and BO; merge themes',
    who: RSJ,
    verbs: [],
    commands: [cmd('regio-move', 'zet thema RA-2027-KAM-01 op geagendeerd AO'), cmd('regio-merge', 'voeg thema RA-2027-KAM-01 samen met RA-2027-ZWO-01')],
  },
  'regio.export': {
    summary: 'Export the regioagenda (Word, Excel) and its audit log',
    who: RSJ,
    verbs: [],
    commands: [cmd('regio-export', 'exporteer regioagenda'), cmd('regio-export-audit', 'exporteer audit')],
  },
  'meetings.view': {
    summary: 'See the coming meetings',
    who: 'members',
    verbs: ['meeting.open'],
    commands: [cmd('meeting-list', 'vergaderingen')],
  },
  'meetings.manage': {
    summary: 'Plan meetings, publish agendas, record decisions and action items, send summaries',
    who: ['projectmanager', 'regiomanager'],
    verbs: ['meeting.save', 'meeting.agenda.addRow', 'meeting.edit', 'meeting.publish', 'meeting.minutes.form', 'meeting.minutes.save', 'meeting.minutes.addRow', 'meeting.summary.send', 'meeting.held.confirm'],
    commands: [
      cmd('meeting-plan', 'plan vergadering PFO 15-01-2030'),
      cmd('meeting-publish', 'publiceer agenda PFO'),
      cmd('meeting-edit', 'wijzig agenda PFO'),
      cmd('meeting-minutes', 'besluitenlijst PFO'),
      cmd('meeting-summary', 'verstuur samenvatting PFO'),
    ],
  },
  'escalations.raise': {
    summary: 'Raise an escalation about a provider',
    who: ['contractmanager', 'regiomanager'],
    verbs: ['escalation.submit'],
    commands: [cmd('escalation-raise', 'escaleer De Linde')],
  },
  'escalations.handle': {
    summary: 'See, pick up and resolve escalations',
    who: [...RSJ, 'bestuurder'],
    verbs: ['escalation.acknowledge', 'escalation.resolve', 'escalation.show'],
    commands: [cmd('escalation-list', 'open escalaties')],
  },
  'providers.contracts': {
    summary: 'Provider status, wait times, signals and contracts',
    who: [...RSJ, 'wethouder', 'beleidsadviseur', 'bestuurder'],
    ownGemeente: ['wethouder', 'beleidsadviseur', 'bestuurder'],
    verbs: ['providers.more'],
    commands: [cmd('provider-query', 'Hoe staat het met De Linde?')],
  },
  'channels.link': {
    summary: 'Link a team channel to a meeting body, a gemeente or the experts',
    who: ['regiomanager'],
    verbs: [],
    commands: [cmd('link-channel', 'koppel dit kanaal aan PFO')],
    where: 'team channel',
  },
  'channels.view': {
    summary: 'See linked channels and delivery reports',
    who: RSJ,
    verbs: ['notifications.report.refresh'],
    commands: [cmd('list-channels', 'welke kanalen'), cmd('delivery-report', 'afleverrapport')],
  },
  'setup.view': {
    summary: 'See what still has to be set up (channels, people without the app)',
    who: ['regiomanager'],
    verbs: [],
    commands: [cmd('setup-checklist', 'instellingen')],
  },
  help: {
    summary: 'Help: what you can do here',
    who: 'anyone',
    verbs: [],
    commands: [cmd('help', 'help')],
  },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;

/** What a grant allows: the whole region, or only the person's own gemeente. */
export type Grant = { all: true } | { all: false; gemeente: string };

/** Undefined when the person may not do this; otherwise how far their permission reaches. */
export function grant(action: Action, person: Person | undefined): Grant | undefined {
  const p: Permission = PERMISSIONS[action];
  if (p.who === 'anyone' || (p.who === 'members' && person)) return { all: true };
  if (!person || p.who === 'members') return undefined;
  const roles = person.roles.filter((r) => p.who.includes(r));
  if (roles.some((r) => !p.ownGemeente?.includes(r))) return { all: true };
  return roles.length > 0 && person.gemeente ? { all: false, gemeente: person.gemeente } : undefined;
}

export const may = (action: Action, person: Person | undefined): boolean => grant(action, person) !== undefined;

/** The gemeente a person acts for when their permission is limited to it; undefined otherwise. */
export function ownGemeente(action: Action, person: Person | undefined): string | undefined {
  const g = grant(action, person);
  return g && !g.all ? g.gemeente : undefined;
}

/** The README's "Who may do what" table, generated from PERMISSIONS (tests/permissions checks it is current). */
export function permissionsMarkdown(): string {
  const head = ['Action', 'Unknown user', ...ROLES, 'Card verbs and text commands'];
  const cell = (p: Permission, role: Role | undefined) => {
    if (p.who === 'anyone') return 'yes';
    if (!role) return 'no';
    if (p.who === 'members') return 'yes';
    if (!p.who.includes(role)) return 'no';
    return p.ownGemeente?.includes(role) ? 'own gemeente' : 'yes';
  };
  const rows = Object.entries(PERMISSIONS as Record<string, Permission>).map(([name, p]) => {
    const how = [...p.verbs.map((v) => `\`${v}\``), ...p.commands.map((c) => `"${c.example}"`)].join(', ') || '-';
    const where = p.where ? ` (${p.where} only)` : '';
    return [`${p.summary}${where} <br>\`${name}\``, cell(p, undefined), ...ROLES.map((r) => cell(p, r)), how];
  });
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
