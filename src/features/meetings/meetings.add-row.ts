import type { Person } from '../people/people.domain';
import type { MeetingSaveInput, MinutesSaveInput } from './meetings.domain';
import type { RowSection } from './meetings.rows';
import type { MeetingOutcome, MeetingsService } from './meetings.service';

/**
 * "Add a row" (Adaptive Cards 1.5 has no repeater): the same form again with everything typed and
 * one empty row more, through the service's own form use cases (so the same permission and meeting
 * checks apply) and with the version the card carried; nothing is stored.
 */
export async function withRow(service: MeetingsService, person: Person | undefined, input: MeetingSaveInput | MinutesSaveInput, section: RowSection): Promise<MeetingOutcome> {
  if ('rows' in input) {
    const base = await service.minutesForm(person, input.meetingId);
    if (base.kind !== 'minutes') return base;
    const { decisions, actions } = input.rows;
    const values = section === 'decision' ? { decisions: [...decisions, ''], actions } : { decisions, actions: [...actions, { text: '', owner: '', due: '' }] };
    return { ...base, meeting: { ...base.meeting, version: input.version }, values };
  }
  const base = input.meetingId ? await service.editForm(person, input.meetingId) : service.planForm(person, input.body, '');
  if (base.kind !== 'form') return base;
  const editing = base.editing && { ...base.editing, version: input.version };
  return { ...base, editing, values: { date: input.date, time: input.time, location: input.location, agenda: [...input.agenda, { title: '', type: 'bespreking', description: '' }] } };
}
