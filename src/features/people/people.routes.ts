import { type FeatureRoutes, type Reply, say, textCommands, type Turn } from '../feature';
import type { PeopleRepository } from './people.ports';
import type { Region } from '../../region';
import { findGemeente } from '../../region';
import { may } from '../permissions';
import { ROLE_LABELS, ROLES, type Role } from './people.domain';
import { PEOPLE_TEXTS as T } from './people.texts';

const WHO_AM_I = /^(wie ben ik|mijn rol(len)?|wat is mijn rol)\??$/i;
// "ken rol contractmanager toe aan jan@example.nl" / "... aan jan@example.nl gemeente Kampen"
const ASSIGN = /^ken (?:de )?rol (\S+) toe aan (\S+@\S+)(?: (?:voor )?(?:gemeente )?(.+))?$/i;

export function peopleRoutes(people: PeopleRepository, region: Region): FeatureRoutes {
  return {
    textHandlers: textCommands([
      { name: 'who-am-i', pattern: WHO_AM_I, run: async (turn) => whoAmI(turn) },
      { name: 'assign-role', pattern: ASSIGN, run: (turn, m) => assignRole(turn, m, people, region) },
    ]),
    helpSection: 'Beheer',
    help: (person) =>
      may('people.assignRole', person)
        ? [{ title: 'Rollen toekennen', example: 'ken rol contractmanager toe aan naam@gemeente.nl' }]
        : [],
  };
}

function whoAmI(turn: Turn): Reply[] {
  const p = turn.person;
  if (!p) return say(T.unknownUser);
  return say(T.youAre(p.name, p.roles.map((r) => ROLE_LABELS[r]), p.gemeente));
}

async function assignRole(turn: Turn, [, roleText, email, gemeenteText]: RegExpMatchArray, people: PeopleRepository, region: Region): Promise<Reply[]> {
  if (!may('people.assignRole', turn.person)) return say(T.onlyRegiomanager);
  const role = roleText.toLowerCase() as Role;
  if (!ROLES.includes(role)) return say(T.unknownRole(ROLES));
  const target = await people.findByEmail(email);
  if (!target) return say(T.unknownEmail(email));
  const gemeente = gemeenteText ? findGemeente(region, gemeenteText) : target.gemeente;
  if (gemeenteText && !gemeente) return say(T.unknownGemeente(gemeenteText, region.gemeenten));
  // version-checked: a role granted at the same moment by someone else is kept, not overwritten
  const granted = await people.update(target.aadObjectId, (p) => ({ ...p, roles: [...new Set([...p.roles, role])], gemeente }));
  if (!granted) return say(T.unknownEmail(email));
  return say(T.assigned(granted.name, ROLE_LABELS[role], gemeente));
}
