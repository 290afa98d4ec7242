import { randomUUID } from 'node:crypto';
import type { Logger } from '../../shared/logger';
import type { NotificationOutbox } from '../notifications/notifications.ports';

/** Stand-in when no real outbox is wired: notifications are logged, not delivered. */
export function loggingOutbox(log: Logger): NotificationOutbox {
  return {
    async enqueue(request) {
      log.warn({ key: request.idempotencyKey, recipients: request.recipients }, 'no outbox configured; notification not delivered');
      return { id: randomUUID() };
    },
  };
}
