import type { Person } from '../people/people.domain';
import type { FeatureRoutes, HelpLine, Reply, TextHandler, Turn } from '../feature';
import { renderHelpCard } from './cards/help.card';
import { HELP_TEXTS } from './help.texts';

const HELP_PATTERN = /^(help|hulp|\?|menu|wat kun je( allemaal)?( doen)?\??|wat kan je( allemaal)?( doen)?\??)$/i;

/** The help card lists, for this user's role, what each feature offers. */
export function helpCard(person: Person | undefined, features: FeatureRoutes[], heading: string): Reply {
  const lines: HelpLine[] = features.flatMap((f) => f.help?.(person) ?? []);
  return {
    card: renderHelpCard({
      heading,
      intro: HELP_TEXTS.intro(person),
      lines,
      tryThese: lines.slice(0, 3).map((l) => ({ title: l.example, value: l.example })),
      footer: HELP_TEXTS.footer,
    }),
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
