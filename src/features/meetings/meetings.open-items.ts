import { addDaysIso } from '../../shared/dutch-date';
import type { MeetingsRepository } from './meetings.ports';
import type { Person } from '../people/people.domain';

export interface OpenAction {
  text: string;
  body: string;
  due: string;
}

/** Names as typed by a secretary ("Frank Bos") and as in the directory ("Frank Bos (demo)") compare equal. */
const fold = (name: string) => name.replace(/\(.*?\)/g, '').trim().toLowerCase();

/**
 * Action items whose owner is this person (by name, as the secretary typed it), due from a week
 * ago on, soonest first: what the welcome card shows as open.
 */
export async function openActionsOf(meetings: MeetingsRepository, person: Person, today: string, max = 5): Promise<OpenAction[]> {
  const me = fold(person.name);
  const from = addDaysIso(today, -7);
  return (await meetings.list())
    .flatMap((m) => m.value.actions.map((a) => ({ text: a.text, body: m.value.body, due: a.due, owner: a.owner })))
    .filter((a) => fold(a.owner) === me && a.due >= from)
    .sort((a, b) => a.due.localeCompare(b.due))
    .slice(0, max)
    .map(({ text, body, due }) => ({ text, body, due }));
}
