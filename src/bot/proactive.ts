import { ActivityTypes, CardFactory, type CloudAdapter, type ConversationReference, TeamsInfo, TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../features/feature';
import type { Messenger, OpenChatResult, SendResult } from '../features/notifications/notifications.ports';

type Message = { text?: string; card?: AdaptiveCardJson };
const PUBLIC_CLOUD_AUDIENCE = 'https://api.botframework.com';

/**
 * Proactive sends through the Bot Framework adapter, reported as typed results. The outbox
 * decides about retries, so the connector client's own retry policy is switched off: a hidden
 * retry would break the rate limits and hide a 429 from the scheduler.
 */
export function createMessenger(adapter: CloudAdapter, botAppId?: string): Messenger {
  const appId = botAppId ?? '';
  const proactive = proactiveCall(adapter, appId);
  const withContext = async (reference: Record<string, unknown>, logic: (context: TurnContext) => Promise<string>): Promise<SendResult> => {
    try {
      let activityId = '';
      await proactive(reference as Partial<ConversationReference>, async (context) => {
        activityId = await logic(context);
      });
      return { status: 'sent', activityId };
    } catch (err) {
      return sendResultOf(err);
    }
  };

  return {
    send: (reference, message) =>
      withContext(reference, async (context) => (await context.sendActivity(toActivity(message)))?.id ?? ''),

    update: (reference, activityId, message) =>
      withContext(reference, async (context) => {
        await context.updateActivity({ ...toActivity(message), id: activityId, conversation: context.activity.conversation });
        return activityId;
      }),

    async openPersonalChat(aadObjectId, via): Promise<OpenChatResult> {
      const channelRef = via as Partial<ConversationReference>;
      try {
        let opened: Record<string, unknown> | undefined;
        await proactive(channelRef, async (context) => {
          const member = await TeamsInfo.getMember(context, aadObjectId);
          if (!member?.id) return;
          const tenantId = channelRef.conversation?.tenantId;
          await adapter.createConversationAsync(
            appId,
            channelRef.channelId ?? 'msteams',
            channelRef.serviceUrl ?? '',
            PUBLIC_CLOUD_AUDIENCE,
            { isGroup: false, bot: channelRef.bot!, members: [member], tenantId, channelData: { tenant: { id: tenantId } } } as never,
            async (personal) => {
              opened = JSON.parse(JSON.stringify(TurnContext.getConversationReference(personal.activity)));
            },
          );
        });
        return opened ? { status: 'opened', reference: opened } : { status: 'not-member', reason: 'niet gevonden in het team' };
      } catch (err) {
        const result = sendResultOf(err);
        return result.status === 'gone' ? { status: 'not-member', reason: result.reason } : { status: 'transient', reason: reasonOf(result) };
      }
    },
  };
}

/**
 * Runs `logic` in a proactive turn. Errors are caught inside the callback: one that escapes it goes to the
 * adapter's onTurnError (the bot app sets one), which swallows it, and a failed send would be reported as sent.
 */
function proactiveCall(adapter: CloudAdapter, appId: string) {
  return async (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => {
    let failure: { err: unknown } | undefined;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      withoutSdkRetries(context);
      await logic(context).catch((err: unknown) => void (failure = { err }));
    });
    if (failure) throw failure.err;
  };
}

function toActivity(message: Message) {
  return {
    type: ActivityTypes.Message,
    text: message.text,
    attachments: message.card ? [CardFactory.adaptiveCard(message.card)] : undefined,
  };
}

/** The connector client sits in the turn state; its pipeline's retry phase is removed per turn. */
function withoutSdkRetries(context: TurnContext) {
  const client = context.turnState.get(context.adapter.ConnectorClientKey) as
    | { client?: { pipeline?: { removePolicy(p: { phase?: string; name?: string }): unknown } } }
    | undefined;
  client?.client?.pipeline?.removePolicy({ phase: 'Retry' });
  client?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

interface HttpishError {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined } };
}

const TRANSIENT = new Set([408, 412, 500, 502, 503, 504]);

/** 429 -> throttled (with Retry-After), 412/5xx/network -> transient, 403/404 and other 4xx -> gone. */
export function sendResultOf(err: unknown): SendResult {
  const e = (err ?? {}) as HttpishError;
  const status = e.statusCode;
  if (status === 429) return { status: 'throttled', retryAfterMs: parseRetryAfter(e.response?.headers?.get?.('retry-after')) };
  if (status === undefined) return { status: 'transient', reason: `netwerkfout ${e.code ?? e.message ?? ''}`.trim() };
  if (TRANSIENT.has(status) || status >= 500) return { status: 'transient', reason: `HTTP ${status}` };
  if (status === 403) return { status: 'gone', reason: 'HTTP 403: de bot is uit dit gesprek of team verwijderd' };
  if (status === 404) return { status: 'gone', reason: 'HTTP 404: gesprek of gebruiker bestaat niet meer' };
  return { status: 'gone', reason: `HTTP ${status}` };
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const reasonOf = (r: SendResult) => ('reason' in r ? r.reason : r.status);
