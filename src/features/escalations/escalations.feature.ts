import type { VersionWatch } from '../version-watch';
import type { EscalationsRepository } from './escalations.ports';
import type { FeatureRoutes } from '../feature';
import { escalationCard } from './escalations.cards';
import { OpenEscalationCounts } from './escalations.counts';
import { escalationsRoutes } from './escalations.routes';
import { EscalationsService, type EscalationsServiceDeps, REESCALATE_KIND } from './escalations.service';

/** What the feature needs: the service's ports, without the card (the feature supplies it). */
export type EscalationsDeps = Omit<EscalationsServiceDeps, 'card'>;

/** The open counts exist before either feature: providers read them, escalations refresh them after writes. */
export const openEscalations = (escalations: EscalationsRepository, versions?: VersionWatch) => new OpenEscalationCounts(escalations, versions);

/** Escalations about providers: raised by contract managers, handled by the kleine commissie, re-escalated once. */
export function register(deps: EscalationsDeps): { routes: FeatureRoutes } {
  const service = new EscalationsService({ ...deps, card: escalationCard });
  deps.timers.on(REESCALATE_KIND, (payload) => service.reescalate(payload));
  return { routes: escalationsRoutes(service) };
}
