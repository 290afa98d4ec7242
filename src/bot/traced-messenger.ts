import type { Messenger } from '../features/notifications/notifications.ports';
import type { SendHealth } from '../http/health';
import { traceSend } from '../shared/telemetry';

/**
 * The outbox's messenger with a span and a counter per call, and the send health /healthz reports.
 * A 'gone' result is about one recipient, not the connection to Teams: it neither fails nor heals.
 */
export function tracedMessenger(messenger: Messenger): { messenger: Messenger; health: () => SendHealth } {
  const health: SendHealth = { consecutiveFailures: 0 };
  const note = <T extends { status: string }>(result: T): T => {
    if (result.status === 'sent' || result.status === 'opened') {
      health.consecutiveFailures = 0;
      health.lastSentAt = Date.now();
    } else if (result.status === 'throttled' || result.status === 'transient') {
      health.consecutiveFailures++;
    }
    return result;
  };
  const open = messenger.openPersonalChat?.bind(messenger);
  return {
    health: () => ({ ...health }),
    messenger: {
      send: async (reference, message) => note(await traceSend('send', () => messenger.send(reference, message))),
      update: async (reference, activityId, message) => note(await traceSend('update', () => messenger.update(reference, activityId, message))),
      openPersonalChat: open && (async (aadObjectId, via) => note(await traceSend('open-chat', () => open(aadObjectId, via)))),
    },
  };
}
