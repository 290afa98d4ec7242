import type { FeatureDeps } from '..';
import { escalationsRepository } from '../../storage/repositories/escalations.repository';
import type { FeatureRoutes } from '../feature';
import type { ProvidersModel } from '../providers/providers.model';
import type { EscalationCounter } from '../providers/providers.service';
import { escalationsRoutes } from './escalations.routes';
import { EscalationsService, REESCALATE_KIND } from './escalations.service';

export interface EscalationsFeature {
  service: EscalationsService;
  routes: FeatureRoutes;
  /** For the provider status answer. */
  openCount: EscalationCounter;
}

/** Escalations about providers: names are resolved through the providers read model. */
export function createEscalations(deps: FeatureDeps, providers: ProvidersModel): EscalationsFeature {
  const service = new EscalationsService({
    escalations: escalationsRepository(deps.storage.store, deps.region.id),
    providers,
    outbox: deps.outbox,
    timers: deps.timers,
    log: deps.log,
    now: deps.now ?? (() => new Date()),
  });
  deps.timers.on(REESCALATE_KIND, (payload) => service.reescalate(payload));
  return { service, routes: escalationsRoutes(service), openCount: (id) => service.openCount(id) };
}
