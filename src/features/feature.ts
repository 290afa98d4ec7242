import type { ZodError, ZodType } from 'zod';
import type { AdaptiveCardJson } from '../shared/render-card';
import { FEATURE_TEXTS } from './feature.texts';
import type { Person } from './person';

export type { AdaptiveCardJson };

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

/**
 * What a feature knows about a turn. Built by src/bot from the activity; identity comes from
 * the activity and the directory, never from message text or card data.
 */
export interface Turn {
  text: string;
  user: { aadObjectId?: string; name: string };
  /** The directory entry of the sender, if known. */
  person?: Person;
  conversation: { id: string; kind: ConversationKind; teamId?: string; channelId?: string };
  /** Files attached to the message (Teams file download info). */
  files: IncomingFile[];
  /**
   * Work the reply does not depend on (remembering this turn for a follow-up): it runs once the reply is
   * sent, so the user does not wait for a store write. A failure is logged; the reply is already out.
   */
  afterReply(task: () => Promise<void>): void;
}

export interface IncomingFile {
  name: string;
  downloadUrl: string;
}

export interface Reply {
  text?: string;
  card?: AdaptiveCardJson;
}

export const say = (text: string): Reply[] => [{ text }];

/** A text handler returns replies when the message is for it, undefined to let the next one try. */
export interface TextHandler {
  readonly name: string;
  handle(turn: Turn): Promise<Reply[] | undefined>;
}

/** The result of an Action.Execute: a card replaces the clicked one; a message shows as a toast. */
export type CardActionResult = { card: AdaptiveCardJson } | { message: string };

export interface CardAction {
  readonly verb: string;
  handle(turn: Turn, data: Record<string, unknown>): Promise<CardActionResult>;
}

/** A use case said no, with the reason the user reads (Dutch): an expected outcome, not an exception. */
export type Refused = { kind: 'refused'; reason: string };
export const refused = (reason: string): Refused => ({ kind: 'refused', reason });

/** A card-action result as chat replies (text commands and card buttons share their views). */
export const replies = (r: CardActionResult): Reply[] => ('card' in r ? [{ card: r.card }] : say(r.message));

/**
 * A card action whose data is parsed with `schema` (from the feature's domain) before the use case
 * runs: data that does not fit is one Dutch toast and changes nothing. Identity comes from the turn.
 */
export function action<T>(
  verb: string,
  schema: ZodType<T>,
  run: (turn: Turn, input: T) => Promise<CardActionResult>,
  invalid: (issues: ZodError['issues']) => string = () => FEATURE_TEXTS.badCardData,
): CardAction {
  return {
    verb,
    async handle(turn, raw) {
      const parsed = schema.safeParse(raw);
      return parsed.success ? run(turn, parsed.data) : { message: invalid(parsed.error.issues) };
    },
  };
}

/** One row of a feature's text-command table: a pattern and what it does. */
export interface TextCommand {
  name: string;
  pattern: RegExp;
  run(turn: Turn, match: RegExpMatchArray): Promise<Reply[]>;
}

/** Text handlers from a command table: the first row whose pattern matches the whole message runs. */
export const textCommands = (commands: TextCommand[]): TextHandler[] =>
  commands.map(({ name, pattern, run }) => ({
    name,
    async handle(turn) {
      const m = turn.text.trim().match(pattern);
      return m ? run(turn, m) : undefined;
    },
  }));

/** What a feature contributes to the bot: handlers tried in order, and card verbs. */
export interface FeatureRoutes {
  textHandlers?: TextHandler[];
  cardActions?: CardAction[];
  /** Only for people in the directory: others get one polite message, whatever the handler said. */
  membersOnly?: boolean;
  /** Heading of this feature's part of the help card. */
  helpSection?: string;
  /** Lines for the help card, per role; shown only to users who may use them. */
  help?: (person: Person | undefined) => HelpLine[];
  /** What is open for this person right now (an open round, their action items), for the welcome card. */
  openFor?: (person: Person) => Promise<string[]>;
}

export interface HelpLine {
  title: string;
  example: string;
  /** Where the command works (default: everywhere); elsewhere it is explained, never offered as a button. */
  where?: ConversationKind;
}

/** Serves a file for a signed, expiring link the bot handed out (GET /api/export/:token). */
export type FileDownload = (
  token: string,
) => Promise<{ ok: true; fileName: string; contentType: string; body: Buffer } | { ok: false; status: number; message: string }>;
