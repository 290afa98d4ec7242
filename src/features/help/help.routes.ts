import type { Person } from '../people/people.domain';
import type { ConversationKind, FeatureRoutes, HelpLine, Reply, TextHandler, Turn } from '../feature';
import { type HelpSection, renderHelpCard } from './cards/help.card';
import { HELP_TEXTS } from './help.texts';

const HELP_PATTERN = /^(help|hulp|\?|menu|wat kun je( allemaal)?( doen)?\??|wat kan je( allemaal)?( doen)?\??)$/i;

/** Groups the features' help lines for this user's role under their section headings; lines for elsewhere say where. */
export function helpSections(person: Person | undefined, features: FeatureRoutes[], kind: ConversationKind = 'personal'): HelpSection[] {
  const sections = new Map<string, HelpLine[]>();
  for (const feature of features) {
    const lines = (feature.help?.(person) ?? []).map((l) => (l.where && l.where !== kind ? { ...l, title: `${l.title} ${HELP_TEXTS.onlyIn[l.where]}` } : l));
    if (lines.length === 0) continue;
    const title = feature.helpSection ?? HELP_TEXTS.otherSection;
    sections.set(title, [...(sections.get(title) ?? []), ...lines]);
  }
  return [...sections].map(([title, lines]) => ({ title, lines }));
}

/**
 * The help card lists, for this user's role, what each feature offers; buttons try one example per
 * section, only commands that work where the card is shown.
 */
export function helpCard(person: Person | undefined, features: FeatureRoutes[], heading: string, kind: ConversationKind = 'personal', open: string[] = []): Reply {
  const sections = helpSections(person, features, kind);
  const tryThese = sections
    .filter((s) => s.title !== HELP_TEXTS.adminSection)
    .map((s) => s.lines.find((l) => !l.example.includes('[') && (!l.where || l.where === kind)))
    .filter((l): l is HelpLine => !!l)
    .slice(0, 3)
    .map((l) => ({ title: l.example, value: l.example }));
  return {
    card: renderHelpCard({ heading, intro: HELP_TEXTS.intro(person), open, sections, tryThese, footer: HELP_TEXTS.footer }),
  };
}

export function helpRoutes(features: () => FeatureRoutes[]): FeatureRoutes {
  const handler: TextHandler = {
    name: 'help',
    async handle(turn: Turn) {
      if (!HELP_PATTERN.test(turn.text)) return undefined;
      if (turn.conversation.kind !== 'personal') return [placeHelp(turn, features())];
      return [helpCard(turn.person, features(), HELP_TEXTS.helpHeading)];
    },
  };
  return { textHandlers: [handler] };
}

/** In a channel or group chat: what the bot does there, not anyone's personal overview. */
function placeHelp(turn: Pick<Turn, 'person' | 'conversation'>, features: FeatureRoutes[]): Reply {
  const kind = turn.conversation.kind;
  const sections = helpSections(turn.person, features, kind)
    .map((s) => ({ ...s, lines: s.lines.filter((l) => l.where === kind || (kind === 'channel' && !l.where && s.title === HELP_TEXTS.governanceSection)) }))
    .filter((s) => s.lines.length > 0);
  return {
    card: renderHelpCard({
      heading: kind === 'channel' ? HELP_TEXTS.channelHeading : HELP_TEXTS.groupHeading,
      intro: kind === 'channel' ? HELP_TEXTS.channelIntro : HELP_TEXTS.groupIntro,
      open: [],
      sections,
      tryThese: [],
      footer: HELP_TEXTS.placeFooter,
    }),
  };
}

/**
 * Added to a channel or group chat: one message for everyone there (never the installer's
 * personal card). In a personal chat: the help card with what is open for this person now.
 */
export async function welcomeCard(turn: Pick<Turn, 'person' | 'user' | 'conversation'>, features: FeatureRoutes[]): Promise<Reply> {
  if (turn.conversation.kind !== 'personal') return placeHelp(turn, features);
  const open: string[] = [];
  if (turn.person) for (const f of features) open.push(...((await f.openFor?.(turn.person!).catch(() => [])) ?? []));
  return helpCard(turn.person, features, HELP_TEXTS.welcomeHeading(turn.person?.name ?? turn.user.name), 'personal', open);
}
