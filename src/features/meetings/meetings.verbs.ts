/** Action.Execute verbs of the meeting cards; the templates use the same strings. */
export const MEETING_VERBS = {
  save: 'meeting.save',
  edit: 'meeting.edit',
  open: 'meeting.open',
  publish: 'meeting.publish',
  minutesForm: 'meeting.minutes.form',
  saveMinutes: 'meeting.minutes.save',
  addAgendaRow: 'meeting.agenda.addRow',
  addMinutesRow: 'meeting.minutes.addRow',
  sendSummary: 'meeting.summary.send',
  confirmHeld: 'meeting.held.confirm',
} as const;
