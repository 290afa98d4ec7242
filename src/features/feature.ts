import type { AdaptiveCardJson } from '../shared/render-card';
import type { Person } from './people/people.domain';

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

/** What a use case hands back: a card for the user, or a sentence. */
export type Outcome = { kind: 'card'; card: AdaptiveCardJson } | { kind: 'message'; text: string };

export const cardOutcome = (card: AdaptiveCardJson): Outcome => ({ kind: 'card', card });
export const messageOutcome = (text: string): Outcome => ({ kind: 'message', text });

/** An outcome as chat replies. */
export const outcomeReplies = (o: Outcome): Reply[] => (o.kind === 'card' ? [{ card: o.card }] : say(o.text));

/** A card action whose use case hands back an outcome. */
export const outcomeAction = (verb: string, run: (turn: Turn, data: Record<string, unknown>) => Promise<Outcome>): CardAction => ({
  verb,
  handle: async (turn, data) => {
    const o = await run(turn, data);
    return o.kind === 'card' ? { card: o.card } : { message: o.text };
  },
});

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
}

export interface HelpLine {
  title: string;
  example: string;
}

/** Serves a file for a signed, expiring link the bot handed out (GET /api/export/:token). */
export type FileDownload = (
  token: string,
) => Promise<{ ok: true; fileName: string; contentType: string; body: Buffer } | { ok: false; status: number; message: string }>;
