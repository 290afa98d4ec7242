import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Priority, Recipient } from './notifications.ports';

/** Personal chats are keyed by the user's aadObjectId; channels and group chats by their id. */
export const personalKey = (aadObjectId: string) => `user:${aadObjectId}`;
export const conversationKey = (conversationId: string) => `conv:${conversationId}`;

export const PRIORITIES = ['urgent', 'normal', 'bulk'] as const satisfies readonly Priority[];
export const priorityRank = (p: Priority) => PRIORITIES.indexOf(p);

export const recipientSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), aadObjectId: z.string().min(1) }),
  z.object({ kind: z.literal('role'), role: z.string().min(1), gemeente: z.string().min(1).optional() }),
  z.object({ kind: z.literal('channel'), target: z.string().min(1) }),
  z.object({ kind: z.literal('conversation'), key: z.string().min(1) }),
]) satisfies z.ZodType<Recipient>;

const cardSchema = z.looseObject({ type: z.literal('AdaptiveCard') });
/** `token` names one claim, so an instance can tell its own claims that never led to a send. */
const leaseSchema = z.object({ owner: z.string(), until: z.number(), token: z.string().optional() });
export type Lease = z.infer<typeof leaseSchema>;

/** The notification as asked for: stored first, expanded into deliveries by the worker. */
export const notificationDocSchema = z.object({
  type: z.literal('notification'),
  id: z.string(),
  idempotencyKey: z.string(),
  createdAt: z.string(),
  /** Orders deliveries within one conversation: enqueue order. */
  seq: z.number(),
  priority: z.enum(PRIORITIES),
  text: z.string().optional(),
  card: cardSchema.optional(),
  updateKey: z.string().optional(),
  source: z.string().default('intern'),
  recipients: z.array(recipientSchema),
  state: z.enum(['new', 'expanded']),
  /** Conversation keys that got a delivery item (item id = notification id). */
  deliveries: z.array(z.string()).default([]),
  /** Recipients that could not be resolved to any conversation, with the reason. */
  unresolved: z.array(z.object({ recipient: z.string(), reason: z.string() })).default([]),
});
export type NotificationDoc = z.infer<typeof notificationDocSchema>;

/** `waiting`: the recipient has no chat with the bot yet; sent once the app is installed, until `waitUntil`. */
export const DELIVERY_STATUSES = ['pending', 'waiting', 'sent', 'failed', 'undeliverable'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One message to one conversation. Partitioned by conversation key, so one conversation's order is one partition. */
export const deliveryDocSchema = z.object({
  type: z.literal('delivery'),
  id: z.string(),
  notificationId: z.string(),
  conversationKey: z.string(),
  seq: z.number(),
  priority: z.enum(PRIORITIES),
  updateKey: z.string().optional(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int().default(0),
  lastError: z.string().optional(),
  activityId: z.string().optional(),
  /** Epoch ms before which no new attempt is made (backoff, Retry-After). */
  notBefore: z.number().optional(),
  /** While waiting: epoch ms after which it is given up as not installed. */
  waitUntil: z.number().optional(),
  /** While waiting: app installations asked for this recipient, and when to ask again after a failure. */
  install: z.object({ attempts: z.number().int(), retryAt: z.number().optional() }).optional(),
  /** Completion time of the acknowledged send: the rate limiter's history after a restart. */
  sentAt: z.string().optional(),
  /** Whether the message was an update of an earlier one. */
  updated: z.boolean().optional(),
  lease: leaseSchema.optional(),
});
export type DeliveryDoc = z.infer<typeof deliveryDocSchema>;

/** The message last posted for an updatable card in one conversation: what an in-place update edits. */
export const cardMessageDocSchema = z.object({
  type: z.literal('card'),
  id: z.string(),
  conversationKey: z.string(),
  updateKey: z.string(),
  activityId: z.string(),
  seq: z.number(),
});
export type CardMessageDoc = z.infer<typeof cardMessageDocSchema>;
export const cardMessageId = (updateKey: string) => `card:${updateKey}`;

export const outboxDocSchema = z.discriminatedUnion('type', [notificationDocSchema, deliveryDocSchema, cardMessageDocSchema]);
export type OutboxDoc = z.infer<typeof outboxDocSchema>;

export const isFinal = (d: DeliveryDoc) => d.status !== 'pending' && d.status !== 'waiting';
export const byDeliveryOrder = (a: DeliveryDoc, b: DeliveryDoc) =>
  priorityRank(a.priority) - priorityRank(b.priority) || a.seq - b.seq || a.id.localeCompare(b.id);

/** The same idempotency key always gives the same notification id. */
export const notificationIdOf = (idempotencyKey: string) =>
  `n-${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 20)}`;

export const notificationPk = (id: string) => `notification:${id}`;

export const isLeasedByOther = (lease: Lease | undefined, owner: string, now: number) =>
  !!lease && lease.owner !== owner && lease.until > now;

export function describeRecipient(r: Recipient): string {
  switch (r.kind) {
    case 'user':
      return `gebruiker ${r.aadObjectId}`;
    case 'role':
      return r.gemeente ? `${r.role}s van ${r.gemeente}` : `alle ${r.role}s`;
    case 'channel':
      return r.target === 'experts' ? 'het kanaal van de experts' : r.target.startsWith('gemeente:') ? `het kanaal van gemeente ${r.target.slice(9)}` : `het kanaal van het ${r.target.slice(5)}`;
    case 'conversation':
      return `gesprek ${r.key}`;
  }
}

/** Channel link targets: "body:PFO", "gemeente:Kampen" or "experts". */
export const channelTarget = {
  body: (id: string) => `body:${id}`,
  gemeente: (name: string) => `gemeente:${name}`,
  experts: 'experts',
} as const;

/** What a confirmation may truthfully say about one notification. */
export interface DeliverySummary {
  sent: number;
  /** Still being sent (retries included). */
  pending: number;
  /** Recipients without a chat with the bot: sent once they install the app. */
  waiting: number;
  /** Given up: Teams refused, retries ran out, never installed in time, or an uncertain interrupted send. */
  failed: number;
  /** Recipients that matched nobody (unknown user, empty role, unlinked channel). */
  unresolvable: number;
}

export interface DeliveryReport {
  id: string;
  /** What was sent, in words (the card's heading). */
  title: string;
  createdAt: string;
  priority: Priority;
  state: NotificationDoc['state'];
  /** Per delivery status; unresolvable recipients count as undeliverable here. */
  counts: Record<DeliveryStatus, number>;
  summary: DeliverySummary;
  rows: { recipient: string; status: DeliveryStatus; attempts: number; reason?: string }[];
}

/** A channel linked to a governance body, a gemeente or the experts ("body:PFO", "gemeente:Kampen", "experts"). */
export const channelLinkSchema = z.object({
  target: z.string().min(1),
  conversationKey: z.string().min(1),
  channelName: z.string().default(''),
  linkedBy: z.string(),
  linkedAt: z.string(),
});
export type ChannelLink = z.infer<typeof channelLinkSchema>;

/** A Bot Framework conversation reference, stored as plain JSON so a proactive send can resume it. */
export const conversationRecordSchema = z.object({
  key: z.string().min(1),
  kind: z.enum(['personal', 'channel', 'groupChat']),
  aadObjectId: z.string().optional(),
  teamId: z.string().optional(),
  channelId: z.string().optional(),
  reference: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});
export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

/** A durable timer job. `running` with an expired lease means its instance died: it may be claimed again. */
export const timerJobSchema = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  dueAt: z.string(),
  payload: z.record(z.string(), z.unknown()),
  state: z.enum(['scheduled', 'running', 'done', 'failed']),
  attempts: z.number().int().default(0),
  lastError: z.string().optional(),
  firedAt: z.string().optional(),
  lease: z.object({ owner: z.string(), until: z.number() }).optional(),
});
export type TimerJob = z.infer<typeof timerJobSchema>;
