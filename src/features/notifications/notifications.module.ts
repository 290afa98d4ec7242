import type { Config } from '../../config';
import type { Region } from '../../region';
import type { Logger } from '../../shared/logger';
import type { Storage } from '../../storage';
import { type ChannelsRepository, channelsRepository } from '../../storage/repositories/channels.repository';
import { timersRepository } from '../../storage/repositories/timers.repository';
import { DeliveryReports } from './delivery-reports';
import type { Messenger } from './notifications.ports';
import { OutboxService } from './outbox.service';
import { DEFAULT_WORKER_OPTIONS, OutboxWorker, type WorkerOptions } from './outbox.worker';
import { scaleWindows, TEAMS_CONVERSATION_WINDOWS } from './rate-limits';
import { DurableTimers } from './timers.service';

export interface Notifications {
  outbox: OutboxService;
  timers: DurableTimers;
  reports: DeliveryReports;
  channels: ChannelsRepository;
  /** Starts the delivery worker and the timer clock; the messenger comes from src/bot. */
  start(messenger: Messenger): void;
  stop(): Promise<void>;
}

type Deps = { config: Pick<Config, 'OUTBOX_GLOBAL_RPS' | 'OUTBOX_TIME_SCALE'>; storage: Storage; region: Region; log: Logger };

/** Outbox, delivery worker, reports and durable timers on one store. */
export function createNotifications({ config, storage, region, log }: Deps): Notifications {
  const channels = channelsRepository(storage.store, region.id);
  const outbox = new OutboxService({ outbox: storage.outbox });
  const scale = config.OUTBOX_TIME_SCALE;
  const timers = new DurableTimers(timersRepository(storage.store, region.id), log, {
    pattern: scale < 1 ? '* * * * * *' : '*/5 * * * * *',
    leaseMs: 5 * 60_000 * scale,
    retryMs: 60_000 * scale,
  });
  const reports = new DeliveryReports({ outbox: storage.outbox, people: storage.people, channels });
  let worker: OutboxWorker | undefined;
  return {
    outbox,
    timers,
    reports,
    channels,
    start(messenger) {
      worker = new OutboxWorker(
        { outbox: storage.outbox, conversations: storage.conversations, channels, people: storage.people, messenger, log },
        workerOptions(config.OUTBOX_GLOBAL_RPS, scale),
      );
      outbox.onEnqueued(() => worker?.wake());
      worker.start();
      timers.start();
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
    leaseMs: d.leaseMs * scale,
    backoffBaseMs: d.backoffBaseMs * scale,
    backoffMaxMs: d.backoffMaxMs * scale,
  };
}
