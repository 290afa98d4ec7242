import type { FeatureRoutes, Turn } from '../feature';
import { say } from '../feature';
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
    textHandlers: [
      {
        name: 'who-am-i',
        async handle(turn: Turn) {
          if (!WHO_AM_I.test(turn.text)) return undefined;
          const p = turn.person;
          if (!p) return say(T.unknownUser);
          return say(T.youAre(p.name, p.roles.map((r) => ROLE_LABELS[r]), p.gemeente));
        },
      },
      {
        name: 'assign-role',
        async handle(turn: Turn) {
          const m = turn.text.match(ASSIGN);
          if (!m) return undefined;
          if (!may('people.assignRole', turn.person)) return say(T.onlyRegiomanager);
          const role = m[1].toLowerCase() as Role;
          if (!ROLES.includes(role)) return say(T.unknownRole(ROLES));
          const target = (await people.list()).find((p) => p.email.toLowerCase() === m[2].toLowerCase());
          if (!target) return say(T.unknownEmail(m[2]));
          const gemeente = m[3] ? findGemeente(region, m[3]) : target.gemeente;
          if (m[3] && !gemeente) return say(T.unknownGemeente(m[3], region.gemeenten));
          await people.save({ ...target, roles: [...new Set([...target.roles, role])], gemeente });
          return say(T.assigned(target.name, ROLE_LABELS[role], gemeente));
        },
      },
    ],
    helpSection: 'Beheer',
    help: (person) =>
      may('people.assignRole', person)
        ? [{ title: 'Rollen toekennen', example: 'ken rol contractmanager toe aan naam@gemeente.nl' }]
        : [],
  };
}
