import type { FeatureRoutes } from '../feature';
import { meetingsRoutes } from './meetings.routes';
import { MeetingsService, type MeetingsServiceDeps } from './meetings.service';

export type MeetingsDeps = MeetingsServiceDeps;

/** Meetings of the governance bodies: agendas out to channels and wethouders, decisions and actions back. */
export function register(deps: MeetingsDeps): { routes: FeatureRoutes } {
  return { routes: meetingsRoutes(new MeetingsService(deps)) };
}
