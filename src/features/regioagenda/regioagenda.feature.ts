import { randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { Region } from '../../region';
import type { Logger } from '../../shared/logger';
import type { Storage } from '../../storage';
import { auditRepository, roundsRepository, themesRepository } from '../../storage/repositories/regioagenda.repository';
import type { FeatureRoutes } from '../feature';
import type { NotificationOutbox, TimerService } from '../notifications/notifications.ports';
import { RegioagendaDownloads } from './regioagenda.downloads';
import { regioagendaRoutes } from './regioagenda.routes';
import { REMINDER_KIND, RegioagendaService } from './regioagenda.service';

export interface RegioagendaFeatureDeps {
  config: Config;
  region: Region;
  storage: Storage;
  log: Logger;
  outbox: NotificationOutbox;
  timers: TimerService;
  now?: () => Date;
  /** The bot's public base URL, known only once the server listens. */
  publicUrl?: () => string;
}

export interface RegioagendaFeature {
  service: RegioagendaService;
  routes: FeatureRoutes;
  downloads: RegioagendaDownloads;
}

/** Builds the regioagenda feature on its ports and registers its reminder timer handler. */
export function createRegioagenda(deps: RegioagendaFeatureDeps): RegioagendaFeature {
  const { storage, region } = deps;
  const service = new RegioagendaService({
    region,
    rounds: roundsRepository(storage.store, region.id),
    themes: themesRepository(storage.store, region.id),
    audit: auditRepository(storage.store, region.id),
    people: storage.people,
    outbox: deps.outbox,
    timers: deps.timers,
    log: deps.log,
    now: deps.now ?? (() => new Date()),
  });
  deps.timers.on(REMINDER_KIND, async (payload) => {
    await service.sendReminders(payload);
  });
  // Without a configured secret, links stop working after a restart: acceptable for 15-minute links.
  const secret = deps.config.EXPORT_SECRET ?? randomBytes(32).toString('hex');
  const publicUrl = deps.publicUrl ?? (() => deps.config.PUBLIC_URL ?? `http://localhost:${deps.config.PORT}`);
  const downloads = new RegioagendaDownloads(service, region, secret, publicUrl);
  return { service, routes: regioagendaRoutes(service, downloads), downloads };
}
