import type { Person } from '../people/people.domain';
import { ROLE_LABELS } from '../people/people.domain';

export const HELP_TEXTS = {
  welcomeHeading: (name: string) => `Welkom, ${name}`,
  helpHeading: 'Wat kan ik voor je doen?',
  intro: (person: Person | undefined) =>
    person
      ? `Je staat bij mij bekend als ${person.roles.map((r) => ROLE_LABELS[r]).join(' en ')}${person.gemeente ? ` (gemeente ${person.gemeente})` : ''}. Ik help je met de governance van de jeugdhulp in de regio.`
      : 'Ik beantwoord vragen over de governance van de jeugdhulp in de regio. Voor de andere functies heb je een rol nodig: vraag de regiomanager van RSJ om je toe te voegen.',
  footer: 'Typ "help" om dit overzicht opnieuw te zien.',
  otherSection: 'Overig',
  adminSection: 'Beheer',
  demoNote: 'Let op: deze omgeving gebruikt fictieve demogegevens.',
} as const;
