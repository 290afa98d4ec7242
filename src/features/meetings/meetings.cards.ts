import type { Versioned } from '../../shared/versioned';
import type { GovernanceBody } from '../../region';
import type { AdaptiveCardJson } from '../feature';
import { renderMeetingCard } from './cards/meeting.card';
import { renderMeetingFormCard } from './cards/meeting-form.card';
import { renderMinutesFormCard } from './cards/minutes-form.card';
import { renderSummaryCard } from './cards/summary.card';
import type { Person } from '../people/people.domain';
import { AGENDA_TYPE_LABELS, dutchDate, type FormErrors, type Meeting, type MeetingFormValues } from './meetings.domain';
import { type MinutesRows, minutesRowsOf } from './meetings.rows';
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
  values: MeetingFormValues;
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
    // at least one row, so an empty form has a place to start
    agenda: (values.agenda.length ? values.agenda : [{ title: '', type: 'bespreking', description: '' }]).map((a, i) => ({
      ...a,
      titleId: `agenda_${i}_title`,
      typeId: `agenda_${i}_type`,
      descriptionId: `agenda_${i}_description`,
      number: String(i + 1),
    })),
    agendaRows: String(Math.max(1, values.agenda.length)),
    errors: { date: errors.date ?? '', time: errors.time ?? '', location: errors.location ?? '', agenda: errors.agenda ?? '' },
    submitTitle: editing ? 'Wijzigingen opslaan' : 'Opslaan als concept',
  });
}

/** `owners`: the directory, for each row's owner picker; a name typed on an older card stays a choice of its own. */
export function minutesFormCard(m: Versioned<Meeting>, owners: Person[], values?: MinutesRows, errors: FormErrors = {}, notice = ''): AdaptiveCardJson {
  const rows = values ?? minutesRowsOf(m.value);
  const decisions = rows.decisions.length ? rows.decisions : [''];
  const actions = rows.actions.length ? rows.actions : [{ text: '', owner: '', due: '' }];
  const choices = owners.map((p) => ({ title: p.name, value: `id:${p.aadObjectId}` }));
  return renderMinutesFormCard({
    heading: T.minutesHeading(m.value.body, m.value.date),
    notice,
    meetingId: m.value.id,
    version: m.version,
    decisions: decisions.map((value, i) => ({ id: `decision_${i}`, number: String(i + 1), value })),
    actions: actions.map((a, i) => ({
      ...a,
      textId: `action_${i}_text`,
      ownerId: `action_${i}_owner`,
      dueId: `action_${i}_due`,
      number: String(i + 1),
      choices: a.owner.startsWith('naam:') ? [...choices, { title: a.owner.slice(5), value: a.owner }] : choices,
    })),
    decisionRows: String(decisions.length),
    actionRows: String(actions.length),
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
