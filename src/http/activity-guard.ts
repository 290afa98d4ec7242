import { z } from 'zod';

// Teams omits fields it has no value for; other Bot Framework clients send null. Both are "absent".
const opt = <T extends z.ZodType>(schema: T) => schema.nullish();
const id = z.string().max(1024);

const account = z.looseObject({ id: opt(id), name: opt(z.string().max(1024)), aadObjectId: opt(id), role: opt(z.string().max(64)) });
const idHolder = z.looseObject({ id: opt(id), name: opt(z.string().max(1024)) });

/** Adaptive Card Action.Execute: the verb selects the route, data is the card's inputs. */
const cardAction = z.looseObject({
  action: z.looseObject({
    type: opt(z.string().max(64)),
    verb: z.string().max(128),
    data: opt(z.record(z.string(), z.unknown())),
  }),
  trigger: opt(z.string().max(64)),
});

/**
 * The fields the bot and teams-ai read, with the types they assume. A request that does not fit
 * is refused with 400 before the adapter sees it, so a wrong-typed field is never a TypeError
 * deep inside a turn. Unknown fields pass through untouched.
 */
export const activitySchema = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: opt(id),
    name: opt(z.string().max(256)),
    action: opt(z.string().max(64)),
    channelId: opt(z.string().max(64)),
    serviceUrl: z.string().max(2048).regex(/^https?:\/\/[^\s]+$/i),
    text: opt(z.string()),
    textFormat: opt(z.string().max(32)),
    locale: opt(z.string().max(32)),
    replyToId: opt(id),
    timestamp: opt(z.string().max(64)),
    localTimestamp: opt(z.string().max(64)),
    conversation: z.looseObject({
      id: z.string().min(1).max(1024),
      conversationType: opt(z.string().max(64)),
      tenantId: opt(id),
      isGroup: opt(z.boolean()),
    }),
    from: opt(account),
    recipient: opt(account),
    membersAdded: opt(z.array(account).max(500)),
    membersRemoved: opt(z.array(account).max(500)),
    attachments: opt(
      z
        .array(
          z.looseObject({
            contentType: opt(z.string().max(256)),
            name: opt(z.string().max(1024)),
            contentUrl: opt(z.string().max(4096)),
            content: z.unknown().optional(),
          }),
        )
        .max(20),
    ),
    entities: opt(z.array(z.looseObject({ type: z.string().max(128) })).max(100)),
    channelData: opt(
      z.looseObject({ tenant: opt(idHolder), team: opt(idHolder), channel: opt(idHolder), eventType: opt(z.string().max(128)) }),
    ),
    value: z.unknown().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.type === 'invoke' && a.name === 'adaptiveCard/action' && !cardAction.safeParse(a.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is not an Action.Execute payload' });
    }
  });

export type CheckedActivity = z.infer<typeof activitySchema>;

/** The activity, or the first field that is wrong (for the 400 answer; never echoes values). */
export function checkActivity(body: unknown): { ok: true; activity: CheckedActivity } | { ok: false; field: string } {
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  return { ok: false, field: parsed.error.issues[0]?.path.join('.').slice(0, 100) || 'activity' };
}
