import type { FeatureDeps } from '..';
import { meetingsRepository } from '../../storage/repositories/meetings.repository';
import type { FeatureRoutes } from '../feature';
import { meetingsRoutes } from './meetings.routes';
import { MeetingsService } from './meetings.service';

export interface MeetingsFeature {
  service: MeetingsService;
  routes: FeatureRoutes;
}

/** Meetings of the governance bodies: agendas out to channels and wethouders, decisions and actions back. */
export function createMeetings(deps: FeatureDeps): MeetingsFeature {
  const service = new MeetingsService({
    region: deps.region,
    meetings: meetingsRepository(deps.storage.store, deps.region.id),
    people: deps.storage.people,
    outbox: deps.outbox,
    log: deps.log,
    now: deps.now ?? (() => new Date()),
  });
  return { service, routes: meetingsRoutes(service) };
}
