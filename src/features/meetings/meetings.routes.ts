import type { CardAction, FeatureRoutes, Outcome, Reply, TextHandler, Turn } from '../feature';
import { outcomeAction as action, outcomeReplies as reply, say } from '../feature';
import { renderMeetingsListCard } from './cards/meetings-list.card';
import { dutchDate } from './meetings.domain';
import type { MeetingsService } from './meetings.service';
import { MEETING_TEXTS as T } from './meetings.texts';
import { MEETING_VERBS as V } from './meetings.verbs';

// Anything after the body is the date, so "plan vergadering PFO 15-01-2027" never falls through to Q&A.
const PLAN = /^plan (?:een )?vergadering (?:van (?:het )?)?(\S+)(?:\s+(.+))?$/i;
const PUBLISH = /^publiceer (?:de )?agenda(?: (?:van (?:het )?)?(\S+))?$/i;
const EDIT = /^(?:wijzig|bewerk) (?:de )?agenda(?: (?:van (?:het )?)?(\S+))?$/i;
const MINUTES = /^(?:besluitenlijst|actiepunten|notuleer|leg besluiten vast)(?: (?:van (?:het )?)?(\S+))?$/i;
const SUMMARY = /^verstuur (?:de )?samenvatting(?: (?:van (?:het )?)?(\S+))?$/i;
const LIST = /^(?:toon |komende )?vergaderingen$/i;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function meetingsRoutes(service: MeetingsService): FeatureRoutes {
  const text = (name: string, pattern: RegExp, run: (turn: Turn, m: RegExpMatchArray) => Promise<Reply[]>): TextHandler => ({
    name,
    async handle(turn) {
      const m = turn.text.trim().match(pattern);
      return m ? run(turn, m) : undefined;
    },
  });
  /** Commands about one meeting, named by body or id; only the secretaries may use them. */
  const onMeeting = (name: string, pattern: RegExp, when: 'next' | 'latest', use: (turn: Turn, id: string) => Promise<Outcome>) =>
    text(name, pattern, async (turn, m) => {
      if (!service.mayManage(turn.person)) return say(T.onlySecretaries);
      const target = await service.resolve(m[1], when);
      return 'text' in target ? say(target.text) : reply(await use(turn, target.id));
    });

  const textHandlers: TextHandler[] = [
    text('meeting-plan', PLAN, async (turn, m) => reply(service.planForm(turn.person, m[1], m[2] ?? ''))),
    onMeeting('meeting-publish', PUBLISH, 'next', (turn, id) => service.publish(turn.person, id)),
    onMeeting('meeting-edit', EDIT, 'next', (turn, id) => service.editForm(turn.person, id)),
    onMeeting('meeting-minutes', MINUTES, 'latest', (turn, id) => service.minutesForm(turn.person, id)),
    onMeeting('meeting-summary', SUMMARY, 'latest', (turn, id) => service.sendSummary(turn.person, id)),
    text('meeting-list', LIST, async () => {
      const meetings = await service.upcoming();
      return [
        {
          card: renderMeetingsListCard({
            empty: T.noUpcoming,
            meetings: meetings.map((m) => ({
              id: m.id,
              title: `${m.body}: ${dutchDate(m.date)}, ${m.time}`,
              details: `${m.location} · ${m.agenda.length} agendapunten · ${m.status === 'gepubliceerd' ? T.statusPublished : T.statusConcept}`,
            })),
          }),
        },
      ];
    }),
  ];

  const cardActions: CardAction[] = [
    action(V.save, (turn, data) => service.save(turn.person, data)),
    action(V.edit, (turn, data) => service.editForm(turn.person, str(data.meetingId))),
    action(V.open, (turn, data) => service.show(turn.person, str(data.meetingId))),
    action(V.publish, (turn, data) => service.publish(turn.person, str(data.meetingId))),
    action(V.minutesForm, (turn, data) => service.minutesForm(turn.person, str(data.meetingId))),
    action(V.saveMinutes, (turn, data) => service.saveMinutes(turn.person, data)),
    action(V.sendSummary, (turn, data) => service.sendSummary(turn.person, str(data.meetingId))),
    action(V.confirmHeld, (turn, data) => service.confirmHeld(turn.person, str(data.meetingId))),
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
