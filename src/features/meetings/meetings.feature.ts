import type { Person } from '../people/people.domain';
import { openActionsOf } from './meetings.open-items';
import { MEETING_TEXTS as T } from './meetings.texts';
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
  const service = new MeetingsService({ ...deps, notices });
  // The welcome card lists a person's open action items.
  const openFor = async (person: Person) => {
    const today = service.today();
    return (await openActionsOf(deps.meetings, person, today)).map((a) => T.openAction(a.text, a.body, a.due, a.due < today));
  };
  return { routes: { ...meetingsRoutes(service), openFor } };
}
