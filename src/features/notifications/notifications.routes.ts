import type { Region } from '../../region';
import { findGemeente, foldName } from '../../region';
import type { ChannelsRepository, ConversationsRepository, PeopleRepository } from '../../storage/ports';
import { hasRole, isRsj } from '../people/people.domain';
import { type FeatureRoutes, type Reply, say, type Turn } from '../feature';
import { renderDeliveryReportCard } from './cards/delivery-report.card';
import { channelTarget, conversationKey, DELIVERY_STATUSES, type DeliveryReport } from './notifications.domain';
import { CHANNEL_TEXTS as C, REPORT_TEXTS as R, SETUP_TEXTS as S } from './notifications.texts';
import { setupChecklist } from './setup-checklist';
import type { DeliveryReports } from './delivery-reports';

const LINK = /^koppel (?:dit )?kanaal aan (.+?)\.?$/i;
const LIST = /^welke kanalen(?: zijn (?:er )?gekoppeld)?\??$/i;
const REPORT = /^afleverrapport(?: (?:van |voor )?(\S+))?$/i;
const SETUP = /^(?:instellingen|inrichting|setup|wat moet (?:er )?nog (?:ingesteld|gekoppeld) worden)\??$/i;

export interface NotificationsRouteDeps {
  region: Region;
  channels: ChannelsRepository;
  conversations: ConversationsRepository;
  people: PeopleRepository;
  reports: DeliveryReports;
}

export function notificationsRoutes(deps: NotificationsRouteDeps): FeatureRoutes {
  return {
    membersOnly: true,
    textHandlers: [
      { name: 'link-channel', handle: (turn) => (LINK.test(turn.text) ? linkChannel(turn, deps) : Promise.resolve(undefined)) },
      { name: 'list-channels', handle: (turn) => (LIST.test(turn.text) ? listChannels(turn, deps) : Promise.resolve(undefined)) },
      {
        name: 'setup-checklist',
        handle: async (turn) => {
          if (!SETUP.test(turn.text.trim())) return undefined;
          return hasRole(turn.person, 'regiomanager') ? say(await setupChecklist(deps)) : say(S.onlyRegiomanager);
        },
      },
      {
        name: 'delivery-report',
        handle: (turn) => {
          const m = turn.text.match(REPORT);
          return m ? deliveryReport(turn, deps, m[1]) : Promise.resolve(undefined);
        },
      },
    ],
    help: (person) => [
      ...(hasRole(person, 'regiomanager') ? [{ title: 'Zien wat nog ingesteld moet worden (kanalen, wie de app nog niet heeft)', example: 'instellingen' }] : []),
      ...(hasRole(person, 'regiomanager') ? [{ title: 'Een teamkanaal koppelen aan een overleg of gemeente', example: 'koppel dit kanaal aan PFO', where: 'channel' as const }] : []),
      ...(isRsj(person)
        ? [
            { title: 'Gekoppelde kanalen bekijken', example: 'welke kanalen' },
            { title: 'Zien of een melding is aangekomen', example: 'afleverrapport' },
          ]
        : []),
    ],
  };
}

async function linkChannel(turn: Turn, deps: NotificationsRouteDeps): Promise<Reply[]> {
  if (!hasRole(turn.person, 'regiomanager')) return say(C.onlyRegiomanager);
  if (turn.conversation.kind !== 'channel') return say(C.onlyInChannel);
  const input = turn.text.match(LINK)![1].trim();
  const target = parseSpokenTarget(input, deps.region);
  if ('error' in target) return say(target.error);
  // a message in a thread carries ";messageid=…": notifications go to the channel itself
  const channelId = turn.conversation.id.split(';')[0];
  const key = conversationKey(channelId);
  const record = (await deps.conversations.get(key)) ?? (await deps.conversations.get(conversationKey(turn.conversation.id)));
  if (!record) return say(C.noReference);
  if (record.key !== key) {
    const reference = { ...record.reference, conversation: { ...(record.reference.conversation as object), id: channelId }, activityId: undefined };
    await deps.conversations.save({ ...record, key, reference, updatedAt: new Date().toISOString() });
  }
  const previous = await deps.channels.get(target.target);
  await deps.channels.link({
    target: target.target,
    conversationKey: key,
    channelName: '',
    linkedBy: turn.person!.name,
    linkedAt: new Date().toISOString(),
  });
  return say(C.linked(C.targetLabel(target.target), previous && previous.conversationKey !== key ? previous.conversationKey : undefined));
}

/** "PFO", "het PFO", "gemeente Kampen", "experts", "de experts". */
function parseSpokenTarget(input: string, region: Region): { target: string } | { error: string } {
  const text = input.replace(/^(het|de)\s+/i, '').trim();
  if (/^experts?( van rsj)?$/i.test(text)) return { target: channelTarget.experts };
  const gemeente = text.match(/^gemeente\s+(.+)$/i);
  if (gemeente) {
    const g = findGemeente(region, gemeente[1]);
    return g ? { target: channelTarget.gemeente(g) } : { error: C.unknownGemeente(gemeente[1], region.gemeenten) };
  }
  const body = region.bodies.find((b) => b.id.toLowerCase() === text.toLowerCase() || foldName(b.name) === foldName(text));
  if (body) return { target: channelTarget.body(body.id) };
  return { error: C.unknownTarget(input, region.bodies.map((b) => b.id)) };
}

async function listChannels(turn: Turn, deps: NotificationsRouteDeps): Promise<Reply[]> {
  if (!isRsj(turn.person)) return say(C.onlyRsj);
  const links = await deps.channels.list();
  if (links.length === 0) return say(C.noLinks);
  return say(C.links(links.map((l) => C.linkLine(C.targetLabel(l.target), l.linkedBy, dutchDate(l.linkedAt)))));
}

async function deliveryReport(turn: Turn, deps: NotificationsRouteDeps, id?: string): Promise<Reply[]> {
  if (!isRsj(turn.person)) return say(C.onlyRsj);
  const reportId = id ?? (await deps.reports.lastNotificationId());
  if (!reportId) return say(R.none);
  const report = await deps.reports.report(reportId);
  if (!report) return say(R.notFound(reportId));
  return [{ card: reportCard(report) }];
}

export function reportCard(report: DeliveryReport) {
  return renderDeliveryReportCard({
    heading: R.heading,
    subheading: R.subheading(report.id, dutchDate(report.createdAt), report.state),
    totals: DELIVERY_STATUSES.map((s) => ({ title: R.totals[s], value: String(report.counts[s]) })),
    rows: report.rows.map((r) => ({ recipient: r.recipient, status: r.reason && r.status !== 'sent' ? `${R.status[r.status]}: ${r.reason}` : R.status[r.status] })),
    note: R.note,
  });
}

const dutchDate = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'short' });
