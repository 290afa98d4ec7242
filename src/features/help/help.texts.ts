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
  governanceSection: 'Governancevragen',
  onlyIn: { channel: '(typ dit in het teamkanaal zelf)', personal: '(in je persoonlijke chat met mij)', groupChat: '(in een groepschat)' },
  channelHeading: 'Hallo allemaal',
  channelIntro:
    'Ik ben de assistent voor de governance van de jeugdhulp in de regio. Zodra de regiomanager dit kanaal koppelt aan een overleg of gemeente, plaats ik hier de agenda\'s, escalaties en meldingen die daarbij horen. Noem mij (@) met een vraag over de governance; voor je eigen taken open je de persoonlijke chat met mij.',
  groupHeading: 'Hallo allemaal',
  groupIntro:
    'Ik ben de assistent voor de governance van de jeugdhulp in de regio. Noem mij (@) met een vraag over de governance; voor je eigen taken open je de persoonlijke chat met mij.',
  placeFooter: 'Typ "help" in de persoonlijke chat met mij voor alles wat ik voor jou kan doen.',
  adminSection: 'Beheer',
  demoNote: 'Let op: deze omgeving gebruikt fictieve demogegevens.',
} as const;
