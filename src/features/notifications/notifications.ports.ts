import type { AdaptiveCardJson } from '../feature';

/**
 * Who a notification is for. Resolved server-side (directory, channel links) into conversations.
 * - user: one person's personal chat (aadObjectId)
 * - role / gemeente: everyone in the directory with that role (optionally only in that gemeente)
 * - channel: a linked channel, by link target ("body:PFO", "gemeente:Kampen", "experts")
 * - conversation: a stored conversation key (conversations repository)
 */
export type Recipient =
  | { kind: 'user'; aadObjectId: string }
  | { kind: 'role'; role: string; gemeente?: string }
  | { kind: 'channel'; target: string }
  | { kind: 'conversation'; key: string };

export type Priority = 'urgent' | 'normal' | 'bulk';

export interface NotificationRequest {
  /** Same key twice = the same notification: a retry never sends twice. */
  idempotencyKey: string;
  recipients: Recipient[];
  text?: string;
  card?: AdaptiveCardJson;
  priority?: Priority;
  /** When set, a later notification with the same updateKey for a conversation updates that message in place. */
  updateKey?: string;
}

/** Everything that reaches people unasked goes through the outbox: stored first, then delivered. */
export interface NotificationOutbox {
  enqueue(request: NotificationRequest): Promise<{ id: string }>;
}

/** Durable timers: stored jobs fired once, also after a restart (late, never twice). */
export interface TimerService {
  schedule(job: { id: string; kind: string; dueAt: Date; payload: Record<string, unknown> }): Promise<void>;
  cancel(id: string): Promise<void>;
  /**
   * Registers what a kind of job does when it is due. A job runs once; only when an instance dies
   * mid-run is it run again, so a handler that sends should use `job.id` as its idempotency key.
   */
  on(kind: string, handler: (payload: Record<string, unknown>, job: { id: string; attempt: number }) => Promise<void>): void;
}

/** The outcome of one proactive send, without exceptions for expected cases. */
export type SendResult =
  | { status: 'sent'; activityId: string }
  | { status: 'throttled'; retryAfterMs?: number }
  | { status: 'transient'; reason: string }
  | { status: 'gone'; reason: string };

/** Implemented in src/bot (the only place that talks Bot Framework). */
export interface Messenger {
  send(reference: Record<string, unknown>, message: { text?: string; card?: AdaptiveCardJson }): Promise<SendResult>;
  update(reference: Record<string, unknown>, activityId: string, message: { text?: string; card?: AdaptiveCardJson }): Promise<SendResult>;
  /**
   * Opens a 1:1 chat with a user who never installed the app, through the roster of a team the
   * bot is in (`via` is a stored reference of one of that team's channels).
   */
  openPersonalChat?(aadObjectId: string, via: Record<string, unknown>): Promise<OpenChatResult>;
}

export type OpenChatResult =
  | { status: 'opened'; reference: Record<string, unknown> }
  | { status: 'not-member'; reason: string }
  | { status: 'transient'; reason: string };

/**
 * Asks for the app to be installed for a user who has no chat with the bot yet (infra implements it
 * with Graph); called when a user's first delivery starts waiting, and again (bounded, with backoff)
 * after a failure. Installing makes Teams send the installation event, whose captured conversation
 * releases the waiting deliveries.
 */
export interface AppInstaller {
  requestInstall(aadObjectId: string): Promise<InstallRequest>;
}
/** `failed`: worth asking again later (Graph refused or was unreachable); the reason goes into the report. */
export type InstallRequest = { status: 'asked' } | { status: 'failed'; reason: string };
