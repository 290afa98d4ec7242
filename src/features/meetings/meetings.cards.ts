import type { Versioned } from '../../shared/versioned';
import type { GovernanceBody } from '../../region';
import type { AdaptiveCardJson } from '../feature';
import { renderMeetingCard } from './cards/meeting.card';
import { renderMeetingFormCard } from './cards/meeting-form.card';
import { renderMinutesFormCard } from './cards/minutes-form.card';
import { renderSummaryCard } from './cards/summary.card';
import { actionsText, AGENDA_TYPE_LABELS, dutchDate, type FormErrors, type Meeting } from './meetings.domain';
import { MEETING_TEXTS as T } from './meetings.texts';
import { cardText } from '../../shared/card-text';

/** Turns meetings into card data; the only place that knows how the meeting cards are filled. */

const actionRows = (m: Meeting) => m.actions.map((a) => ({ text: cardText(a.text), owner: cardText(a.owner), dueText: dutchDate(a.due) }));

/** `held`: the meeting has taken place (hasTakenPlace), so the card offers minutes instead of "Vergadering is geweest". */
export function meetingCard(body: GovernanceBody, m: Meeting, opts: { canManage: boolean; held: boolean; notice?: string; warning?: boolean }): AdaptiveCardJson {
  const published = m.status === 'gepubliceerd';
  return renderMeetingCard({
    heading: T.agendaHeading(body.id, m.date),
    notice: opts.notice ?? '',
    noticeColor: opts.warning ? 'Warning' : 'Good',
    meetingId: m.id,
    bodyName: `${body.name} (${body.id})`,
    dateText: dutchDate(m.date),
    time: m.time,
    location: cardText(m.location),
    statusText: published ? T.statusPublished : T.statusConcept,
    agenda: m.agenda.map((a, i) => ({ number: i + 1, title: cardText(a.title), typeLabel: AGENDA_TYPE_LABELS[a.type], description: cardText(a.description) })),
    decisions: m.decisions.map(cardText),
    actions: actionRows(m),
    canManage: opts.canManage,
    published,
    held: opts.held,
    hasMinutes: opts.held && m.decisions.length + m.actions.length > 0,
  });
}

export interface FormInput {
  body: GovernanceBody;
  editing?: Versioned<Meeting>;
  values: { date: string; time: string; location: string; agenda: string };
  errors?: FormErrors;
  notice?: string;
}

export function meetingFormCard({ body, editing, values, errors = {}, notice = '' }: FormInput): AdaptiveCardJson {
  return renderMeetingFormCard({
    heading: editing ? T.editHeading(body.id, editing.value.date) : T.planHeading(body.id),
    bodyName: body.name,
    notice,
    body: body.id,
    meetingId: editing?.value.id ?? '',
    version: editing?.version ?? '',
    ...values,
    errors: { date: errors.date ?? '', time: errors.time ?? '', location: errors.location ?? '', agenda: errors.agenda ?? '' },
    submitTitle: editing ? 'Wijzigingen opslaan' : 'Opslaan als concept',
  });
}

export function minutesFormCard(
  m: Versioned<Meeting>,
  values?: { decisions: string; actions: string },
  errors: FormErrors = {},
  notice = '',
): AdaptiveCardJson {
  return renderMinutesFormCard({
    heading: T.minutesHeading(m.value.body, m.value.date),
    notice,
    meetingId: m.value.id,
    version: m.version,
    decisions: values?.decisions ?? m.value.decisions.join('\n'),
    actions: values?.actions ?? actionsText(m.value.actions),
    errors: { decisions: errors.decisions ?? '', actions: errors.actions ?? '' },
  });
}

export function summaryCard(body: GovernanceBody, m: Meeting): AdaptiveCardJson {
  return renderSummaryCard({
    heading: T.summaryHeading(body.id, m.date),
    intro: T.summaryIntro(body.name, m.date),
    decisions: m.decisions.map(cardText),
    actions: actionRows(m),
  });
}
