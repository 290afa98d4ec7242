import type { GovernanceBody } from '../../region';
import type { FeatureRoutes } from '../feature';
import { meetingCard, summaryCard } from './meetings.cards';
import type { Meeting } from './meetings.domain';
import { meetingsRoutes } from './meetings.routes';
import { MeetingsService, type MeetingsServiceDeps } from './meetings.service';

export type MeetingsDeps = MeetingsServiceDeps;

/** Meetings of the governance bodies: agendas out to channels and wethouders, decisions and actions back. */
export function register(deps: MeetingsDeps): { routes: FeatureRoutes } {
  // What the outbox posts is read-only: the buttons to manage a meeting are only on the secretary's own card.
  const notices = { agenda: (body: GovernanceBody, m: Meeting) => meetingCard(body, m, { canManage: false, held: false }), summary: summaryCard };
  return { routes: meetingsRoutes(new MeetingsService({ ...deps, notices })) };
}
