import { addDaysIso } from '../../shared/dutch-date';
import type { MeetingsRepository } from './meetings.ports';
import type { Person } from '../people/people.domain';

export interface OpenAction {
  text: string;
  body: string;
  due: string;
}

/**
 * Action items whose owner is this person (by directory id, picked in the minutes form: two people
 * with one name, or a name typed differently, never mix), due from a week ago on, soonest first:
 * what the welcome card shows as open.
 */
export async function openActionsOf(meetings: MeetingsRepository, person: Person, today: string, max = 5): Promise<OpenAction[]> {
  const from = addDaysIso(today, -7);
  return (await meetings.list())
    .flatMap((m) => m.value.actions.map((a) => ({ text: a.text, body: m.value.body, due: a.due, ownerId: a.ownerId })))
    .filter((a) => a.ownerId === person.aadObjectId && a.due >= from)
    .sort((a, b) => a.due.localeCompare(b.due))
    .slice(0, max)
    .map(({ text, body, due }) => ({ text, body, due }));
}
