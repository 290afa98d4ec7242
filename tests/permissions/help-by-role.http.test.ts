import type { Role } from '../../src/features/people/people.domain';
import { type Action, type Permission, PERMISSIONS } from '../../src/features/permissions';
import { PRINCIPALS, rigFor } from './rig';

/**
 * The help card offers a command exactly to the roles the permissions table allows it: nobody is
 * shown a command that will be refused, and nobody misses one they may use.
 */
const HELP_EXAMPLES: Partial<Record<Action, string>> = {
  'qa.experts': 'open vragen',
  'qa.declined': 'vragenrapport',
  'qa.ingest': 'kadernota.pdf',
  'people.assignRole': 'ken rol',
  'imports.data': 'contracten.csv',
  'regio.round.open': 'open ronde',
  'regio.round.change': 'verleng ronde',
  'regio.theme.submit': 'thema indienen',
  'regio.theme.govern': 'zet thema',
  'regio.export': 'exporteer regioagenda',
  'meetings.view': 'vergaderingen',
  'meetings.manage': 'plan vergadering',
  'escalations.raise': 'escaleer',
  'escalations.handle': 'open escalaties',
  'providers.contracts': 'Hoe staat het met',
  'channels.link': 'koppel dit kanaal',
  'channels.view': 'welke kanalen',
  'setup.view': 'instellingen',
};

const allowed = (p: Permission, roles: readonly Role[], gemeente?: string) =>
  p.who === 'anyone' || (roles.length > 0 && (p.who === 'members' || roles.some((r) => (p.who as readonly string[]).includes(r) && (!p.ownGemeente?.includes(r) || !!gemeente))));

describe('help per role follows the permissions table', () => {
  const rig = rigFor(new Date('2027-01-11T10:00:00Z'));

  it.each(PRINCIPALS.map((p) => [p.label, p] as const))('%s', async (_label, who) => {
    const help = (await rig.say('help', who.id)).text;
    const wrong = (Object.entries(HELP_EXAMPLES) as [Action, string][])
      .filter(([action, example]) => help.includes(example) !== allowed(PERMISSIONS[action], who.roles, who.gemeente))
      .map(([action, example]) => `${action} ("${example}") ${help.includes(example) ? 'shown' : 'missing'}`);
    expect(wrong).toEqual([]);
  });
});
