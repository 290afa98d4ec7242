import type { Config } from '../../config';
import type { Region } from '../../region';
import type { Logger } from '../../shared/logger';
import type { ChannelsRepository, ConversationsRepository, OutboxRepository, TimersRepository } from './store.ports';
import type { PeopleRepository } from '../people/people.ports';
import type { FeatureRoutes } from '../feature';
import { DeliveryReports } from './delivery-reports';
import type { AppInstaller, Messenger } from './notifications.ports';
import { notificationsRoutes } from './notifications.routes';
import { OutboxService } from './outbox.service';
import { DEFAULT_WORKER_OPTIONS, OutboxWorker, type WorkerOptions } from './outbox.worker';
import { scaleWindows, TEAMS_CONVERSATION_WINDOWS } from './rate-limits';
import { DurableTimers } from './timers.service';

export interface NotificationsDeps {
  config: Pick<Config, 'OUTBOX_GLOBAL_RPS' | 'OUTBOX_TIME_SCALE'>;
  region: Region;
  log: Logger;
  outbox: OutboxRepository;
  timers: TimersRepository;
  channels: ChannelsRepository;
  conversations: ConversationsRepository;
  people: PeopleRepository;
}

export interface Notifications {
  routes: FeatureRoutes;
  outbox: OutboxService;
  timers: DurableTimers;
  reports: DeliveryReports;
  /** Starts the delivery worker and the timer clock; the messenger (and a Graph installer) come from src/bot. */
  start(messenger: Messenger, installer?: AppInstaller): void;
  /** A conversation reference was stored: deliveries waiting for it go out. False when that failed; never throws. */
  conversationCaptured(key: string): Promise<boolean>;
  stop(): Promise<void>;
}

/** Outbox, delivery worker, reports and durable timers; channel links and delivery reports in chat. */
export function register(deps: NotificationsDeps): Notifications {
  const { config, region, log, channels, conversations, people } = deps;
  const outbox = new OutboxService({ outbox: deps.outbox });
  const scale = config.OUTBOX_TIME_SCALE;
  const timers = new DurableTimers(deps.timers, log, {
    sweepMs: Math.max(50, 10_000 * scale),
    leaseMs: 5 * 60_000 * scale,
    retryMs: 60_000 * scale,
  });
  const reports = new DeliveryReports({ outbox: deps.outbox, people, channels });
  let worker: OutboxWorker | undefined;
  return {
    routes: notificationsRoutes({ region, channels, conversations, people, reports }),
    outbox,
    timers,
    reports,
    start(messenger, installer) {
      worker = new OutboxWorker({ outbox: deps.outbox, conversations, channels, people, messenger, installer, log }, workerOptions(config.OUTBOX_GLOBAL_RPS, scale));
      outbox.onEnqueued(() => worker?.wake());
      worker.start();
      timers.start();
    },
    async conversationCaptured(key) {
      try {
        const released = (await worker?.releaseWaiting(key)) ?? 0;
        if (released > 0) log.info({ conversation: key, released }, 'waiting deliveries released');
        return true;
      } catch (err) {
        // the sweep does not look at waits before their expiry: the capture of the next turn tries again
        log.error({ err, conversation: key }, 'releasing waiting deliveries failed');
        return false;
      }
    },
    async stop() {
      await worker?.stop();
      await timers.stop();
    },
  };
}

export function workerOptions(globalRps: number, scale: number): Partial<WorkerOptions> {
  const d = DEFAULT_WORKER_OPTIONS;
  return {
    conversationWindows: scaleWindows(TEAMS_CONVERSATION_WINDOWS, scale),
    globalWindows: scaleWindows([{ limit: Math.floor(globalRps), ms: 1_000 }], scale),
    sweepMs: Math.max(20, d.sweepMs * scale),
    waitMs: d.waitMs * scale,
    leaseMs: d.leaseMs * scale,
    backoffBaseMs: d.backoffBaseMs * scale,
    backoffMaxMs: d.backoffMaxMs * scale,
    installRetryBaseMs: d.installRetryBaseMs * scale,
  };
}
