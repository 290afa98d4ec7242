import { randomBytes } from 'node:crypto';
import type { FeatureDeps } from '..';
import { auditRepository, roundsRepository, themesRepository } from '../../storage/repositories/regioagenda.repository';
import type { FeatureRoutes } from '../feature';
import { RegioagendaDownloads } from './regioagenda.downloads';
import { regioagendaRoutes } from './regioagenda.routes';
import { REMINDER_KIND, RegioagendaService } from './regioagenda.service';

export interface RegioagendaFeature {
  service: RegioagendaService;
  routes: FeatureRoutes;
  downloads: RegioagendaDownloads;
}

/** Builds the regioagenda feature on its ports and registers its reminder timer handler. */
export function createRegioagenda(deps: FeatureDeps): RegioagendaFeature {
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
