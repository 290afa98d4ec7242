import { action, type CardActionResult, type FeatureRoutes, replies, say, type TextCommand, textCommands, type Turn } from '../feature';
import { renderMeetingsListCard } from './cards/meetings-list.card';
import { meetingCard, meetingFormCard, minutesFormCard } from './meetings.cards';
import { z } from 'zod';
import { dutchDate, type Meeting, meetingRefInput, meetingSaveInput, minutesSaveInput } from './meetings.domain';
import { withRow } from './meetings.add-row';
import { agendaRowsFrom, minutesRowsFrom } from './meetings.rows';
import type { MeetingOutcome, MeetingsService, SummaryOutcome } from './meetings.service';
import { MEETING_TEXTS as T } from './meetings.texts';
import { MEETING_VERBS as V } from './meetings.verbs';

// Anything after the body is the date, so "plan vergadering PFO 15-01-2027" never falls through to Q&A.
const PLAN = /^plan (?:een )?vergadering (?:van (?:het )?)?(\S+)(?:\s+(.+))?$/i;
const PUBLISH = /^publiceer (?:de )?agenda(?: (?:van (?:het )?)?(\S+))?$/i;
const EDIT = /^(?:wijzig|bewerk) (?:de )?agenda(?: (?:van (?:het )?)?(\S+))?$/i;
const MINUTES = /^(?:besluitenlijst|actiepunten|notuleer|leg besluiten vast)(?: (?:van (?:het )?)?(\S+))?$/i;
const SUMMARY = /^verstuur (?:de )?samenvatting(?: (?:van (?:het )?)?(\S+))?$/i;
const LIST = /^(?:toon |komende )?vergaderingen$/i;

/** The one place a meeting outcome becomes a card or a sentence. */
export function meetingView(o: MeetingOutcome): CardActionResult {
  switch (o.kind) {
    case 'refused':
      return { message: o.reason };
    case 'meeting':
      return { card: meetingCard(o.body, o.meeting, o) };
    case 'form':
      return { card: meetingFormCard(o) };
    case 'minutes':
      return { card: minutesFormCard(o.meeting, o.owners, o.values, o.errors, o.notice) };
  }
}

function summaryView(o: SummaryOutcome): CardActionResult {
  if (o.kind === 'summary-queued') return { message: T.summaryQueued(o.reached, o.skipped) };
  if (o.kind === 'summary-already-sent') return { message: T.summaryAlreadySent(o.reached) };
  return meetingView(o);
}

const listCard = (meetings: Meeting[]) =>
  renderMeetingsListCard({
    empty: T.noUpcoming,
    meetings: meetings.map((m) => ({
      id: m.id,
      title: `${m.body}: ${dutchDate(m.date)}, ${m.time}`,
      details: `${m.location} · ${m.agenda.length} agendapunten · ${m.status === 'gepubliceerd' ? T.statusPublished : T.statusConcept}`,
    })),
  });

export function meetingsRoutes(service: MeetingsService): FeatureRoutes {
  /** Commands about one meeting, named by body or id; only the secretaries may use them. */
  const onMeeting = (name: string, pattern: RegExp, when: 'next' | 'latest', use: (turn: Turn, id: string) => Promise<CardActionResult>): TextCommand => ({
    name,
    pattern,
    run: async (turn, m) => {
      if (!service.mayManage(turn.person)) return say(T.onlySecretaries);
      const target = await service.resolve(m[1], when);
      return 'text' in target ? say(target.text) : replies(await use(turn, target.id));
    },
  });

  const textHandlers = textCommands([
    { name: 'meeting-plan', pattern: PLAN, run: async (turn, m) => replies(meetingView(service.planForm(turn.person, m[1], m[2] ?? ''))) },
    onMeeting('meeting-publish', PUBLISH, 'next', async (turn, id) => meetingView(await service.publish(turn.person, id))),
    onMeeting('meeting-edit', EDIT, 'next', async (turn, id) => meetingView(await service.editForm(turn.person, id))),
    onMeeting('meeting-minutes', MINUTES, 'latest', async (turn, id) => meetingView(await service.minutesForm(turn.person, id))),
    onMeeting('meeting-summary', SUMMARY, 'latest', async (turn, id) => summaryView(await service.sendSummary(turn.person, id))),
    { name: 'meeting-list', pattern: LIST, run: async () => [{ card: listCard(await service.upcoming()) }] },
  ]);

  const cardActions = [
    action(V.save, meetingSaveInput, async (turn, input) => meetingView(await service.save(turn.person, { ...input, agenda: agendaRowsFrom(input) }))),
    action(V.addAgendaRow, meetingSaveInput, async (turn, input) => meetingView(await withRow(service, turn.person, { ...input, agenda: agendaRowsFrom(input) }, 'agenda'))),
    action(V.edit, meetingRefInput, async (turn, { meetingId }) => meetingView(await service.editForm(turn.person, meetingId))),
    action(V.open, meetingRefInput, async (turn, { meetingId }) => meetingView(await service.show(turn.person, meetingId))),
    action(V.publish, meetingRefInput, async (turn, { meetingId }) => meetingView(await service.publish(turn.person, meetingId))),
    action(V.minutesForm, meetingRefInput, async (turn, { meetingId }) => meetingView(await service.minutesForm(turn.person, meetingId))),
    action(V.saveMinutes, minutesSaveInput, async (turn, input) => meetingView(await service.saveMinutes(turn.person, { ...input, rows: minutesRowsFrom(input) }))),
    action(V.addMinutesRow, minutesSaveInput.extend({ add: z.enum(['decision', 'action']) }), async (turn, input) =>
      meetingView(await withRow(service, turn.person, { ...input, rows: minutesRowsFrom(input) }, input.add)),
    ),
    action(V.sendSummary, meetingRefInput, async (turn, { meetingId }) => summaryView(await service.sendSummary(turn.person, meetingId))),
    action(V.confirmHeld, meetingRefInput, async (turn, { meetingId }) => meetingView(await service.confirmHeld(turn.person, meetingId))),
  ];

  return {
    membersOnly: true,
    textHandlers,
    cardActions,
    helpSection: 'Vergaderingen',
    help: (person) => {
      if (!person) return [];
      const lines = [{ title: 'De komende vergaderingen bekijken', example: 'vergaderingen' }];
      if (service.mayManage(person)) {
        lines.push(
          { title: 'Een vergadering plannen met agenda', example: 'plan vergadering PFO 15 januari 2027' },
          { title: 'De agenda publiceren in het kanaal en bij de wethouders', example: 'publiceer agenda PFO' },
          { title: 'Besluiten en actiepunten vastleggen (na de vergadering)', example: 'besluitenlijst PFO' },
          { title: 'De samenvatting naar de wethouders sturen', example: 'verstuur samenvatting PFO' },
        );
      }
      return lines;
    },
  };
}
