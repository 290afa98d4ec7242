import type { Person } from '../people/people.domain';
import type { FeatureRoutes, HelpLine, Reply, TextHandler, Turn } from '../feature';
import { type HelpSection, renderHelpCard } from './cards/help.card';
import { HELP_TEXTS } from './help.texts';

const HELP_PATTERN = /^(help|hulp|\?|menu|wat kun je( allemaal)?( doen)?\??|wat kan je( allemaal)?( doen)?\??)$/i;

/** Groups the features' help lines for this user's role under their section headings. */
export function helpSections(person: Person | undefined, features: FeatureRoutes[]): HelpSection[] {
  const sections = new Map<string, HelpLine[]>();
  for (const feature of features) {
    const lines = feature.help?.(person) ?? [];
    if (lines.length === 0) continue;
    const title = feature.helpSection ?? HELP_TEXTS.otherSection;
    sections.set(title, [...(sections.get(title) ?? []), ...lines]);
  }
  return [...sections].map(([title, lines]) => ({ title, lines }));
}

/** The help card lists, for this user's role, what each feature offers; buttons try one example per section. */
export function helpCard(person: Person | undefined, features: FeatureRoutes[], heading: string): Reply {
  const sections = helpSections(person, features);
  const tryThese = sections
    .filter((s) => s.title !== HELP_TEXTS.adminSection)
    .map((s) => s.lines.find((l) => !l.example.includes('[')))
    .filter((l): l is HelpLine => !!l)
    .slice(0, 3)
    .map((l) => ({ title: l.example, value: l.example }));
  return {
    card: renderHelpCard({ heading, intro: HELP_TEXTS.intro(person), sections, tryThese, footer: HELP_TEXTS.footer }),
  };
}

export function helpRoutes(features: () => FeatureRoutes[]): FeatureRoutes {
  const handler: TextHandler = {
    name: 'help',
    async handle(turn: Turn) {
      if (!HELP_PATTERN.test(turn.text)) return undefined;
      return [helpCard(turn.person, features(), HELP_TEXTS.helpHeading)];
    },
  };
  return { textHandlers: [handler] };
}

export const welcomeCard = (turn: Pick<Turn, 'person' | 'user'>, features: FeatureRoutes[]): Reply =>
  helpCard(turn.person, features, HELP_TEXTS.welcomeHeading(turn.person?.name ?? turn.user.name));
