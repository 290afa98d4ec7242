import type { Logger } from '../../shared/logger';
import type { EscalationsRepository } from '../../storage/ports';
import type { FeatureRoutes } from '../feature';
import type { NotificationOutbox, TimerService } from '../notifications/notifications.ports';
import type { RecipientReach } from '../notifications/reach';
import { escalationCard } from './escalations.cards';
import { OpenEscalationCounts } from './escalations.counts';
import type { ProviderDirectory } from './escalations.ports';
import { escalationsRoutes } from './escalations.routes';
import { EscalationsService, REESCALATE_KIND } from './escalations.service';

export interface EscalationsDeps {
  escalations: EscalationsRepository;
  /** Provider names and places, from the providers feature. */
  providers: ProviderDirectory;
  /** Shared with the providers feature's status answer (see openEscalations). */
  counts: OpenEscalationCounts;
  outbox: NotificationOutbox;
  /** Who a notification really reaches, for an honest confirmation. */
  reach: RecipientReach;
  timers: TimerService;
  log: Logger;
  now: () => Date;
}

/** The open counts exist before either feature: providers read them, escalations refresh them after writes. */
export const openEscalations = (escalations: EscalationsRepository) => new OpenEscalationCounts(escalations);

/** Escalations about providers: raised by contract managers, handled by the kleine commissie, re-escalated once. */
export function register(deps: EscalationsDeps): { routes: FeatureRoutes } {
  const service = new EscalationsService({ ...deps, card: escalationCard });
  deps.timers.on(REESCALATE_KIND, (payload) => service.reescalate(payload));
  return { routes: escalationsRoutes(service) };
}
