import type { Region } from '../../region';
import { findGemeente, foldName } from '../../region';
import type { ChannelsRepository, ConversationsRepository } from './store.ports';
import type { PeopleRepository } from '../people/people.ports';
import { z } from 'zod';
import { may } from '../permissions';
import { action, type FeatureRoutes, type Reply, say, textCommands, type Turn } from '../feature';
import { renderDeliveryReportCard } from './cards/delivery-report.card';
import { channelTarget, conversationKey, type DeliveryReport } from './notifications.domain';
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
    textHandlers: textCommands([
      { name: 'link-channel', pattern: LINK, run: (turn, m) => linkChannel(turn, m[1], deps) },
      { name: 'list-channels', pattern: LIST, run: (turn) => listChannels(turn, deps) },
      { name: 'setup-checklist', pattern: SETUP, run: async (turn) => (may('setup.view', turn.person) ? say(await setupChecklist(deps)) : say(S.onlyRegiomanager)) },
      { name: 'delivery-report', pattern: REPORT, run: (turn, m) => deliveryReport(turn, deps, m[1]) },
    ]),
    cardActions: [
      // The report card refreshes itself when it is looked at (Universal Actions `refresh`) or on "Bijwerken".
      action(REFRESH_REPORT, z.object({ id: z.string().max(40) }), async (turn, { id }) => {
        if (!may('channels.view', turn.person)) return { message: C.onlyRsj };
        const report = await deps.reports.report(id);
        return report ? { card: reportCard(report) } : { message: R.notFound(id) };
      }),
    ],
    help: (person) => [
      ...(may('setup.view', person) ? [{ title: 'Zien wat nog ingesteld moet worden (kanalen, wie de app nog niet heeft)', example: 'instellingen' }] : []),
      ...(may('channels.link', person) ? [{ title: 'Een teamkanaal koppelen aan een overleg of gemeente', example: 'koppel dit kanaal aan PFO', where: 'channel' as const }] : []),
      ...(may('channels.view', person)
        ? [
            { title: 'Gekoppelde kanalen bekijken', example: 'welke kanalen' },
            { title: 'Zien of een melding is aangekomen', example: 'afleverrapport' },
          ]
        : []),
    ],
  };
}

async function linkChannel(turn: Turn, spokenTarget: string, deps: NotificationsRouteDeps): Promise<Reply[]> {
  if (!may('channels.link', turn.person)) return say(C.onlyRegiomanager);
  if (turn.conversation.kind !== 'channel') return say(C.onlyInChannel);
  const target = parseSpokenTarget(spokenTarget.trim(), deps.region);
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
  if (!may('channels.view', turn.person)) return say(C.onlyRsj);
  const links = await deps.channels.list();
  if (links.length === 0) return say(C.noLinks);
  return say(C.links(links.map((l) => C.linkLine(C.targetLabel(l.target), l.linkedBy, dutchDate(l.linkedAt)))));
}

async function deliveryReport(turn: Turn, deps: NotificationsRouteDeps, id?: string): Promise<Reply[]> {
  if (!may('channels.view', turn.person)) return say(C.onlyRsj);
  if (!id) {
    const recent = await deps.reports.recent(RECENT_REPORTS);
    if (recent.length === 0) return say(R.none);
    return [{ card: overviewCard(recent) }];
  }
  const report = await deps.reports.report(id);
  if (!report) return say(R.notFound(id));
  return [{ card: reportCard(report) }];
}

const RECENT_REPORTS = 8;
export const REFRESH_REPORT = 'notifications.report.refresh';
const GROUP_ORDER: { status: DeliveryReport['rows'][number]['status']; color: 'Good' | 'Warning' | 'Attention' | 'Default' }[] = [
  { status: 'sent', color: 'Good' },
  { status: 'pending', color: 'Default' },
  { status: 'waiting', color: 'Warning' },
  { status: 'failed', color: 'Attention' },
  { status: 'undeliverable', color: 'Attention' },
];

/** The reason without the status it repeats ("niet bezorgbaar: niet bezorgbaar: ..."). */
const reasonOf = (status: string, reason?: string) => (reason ?? '').replace(new RegExp(`^${R.status[status]}:\\s*`, 'i'), '');

/** Counts that add up: "11 ontvangers: 3 bezorgd, 8 niet bezorgbaar." */
export function countsSentence(report: DeliveryReport): string {
  const total = report.rows.length;
  const parts = GROUP_ORDER.map((g) => ({ n: report.rows.filter((r) => r.status === g.status).length, label: R.status[g.status] })).filter((p) => p.n > 0);
  if (total === 0) return report.state === 'new' ? R.resolving : R.nobody;
  return R.counts(total, parts.map((p) => `${p.n} ${p.label}`));
}

/** One notification: who got it, who not (yet), and why, grouped by outcome, one name per line. */
export function reportCard(report: DeliveryReport) {
  const groups = GROUP_ORDER.map((g) => {
    const rows = report.rows.filter((r) => r.status === g.status).sort((a, b) => a.recipient.localeCompare(b.recipient));
    const lines = g.status === 'sent' ? [rows.map((r) => r.recipient).join(', ')] : rows.map((r) => (r.reason ? `${r.recipient}: ${reasonOf(r.status, r.reason)}` : r.recipient));
    return { title: `${R.totals[g.status]} (${rows.length})`, color: g.color, lines, n: rows.length };
  })
    .filter((g) => g.n > 0)
    .map(({ n: _n, ...g }) => g);
  // The counts change while deliveries go out or wait for the app: Teams asks for the current card
  // whenever the message is shown (refresh), and "Bijwerken" does the same on demand.
  return renderDeliveryReportCard({
    heading: `${R.heading}: ${report.title}`,
    subheading: R.subheading(dutchDate(report.createdAt)),
    summary: countsSentence(report),
    groups,
    items: [],
    note: R.note,
    reportId: report.id,
    refreshTitle: R.refresh,
  });
}

/** The latest notifications, each with its counts and a button for the details. */
function overviewCard(reports: DeliveryReport[]) {
  return renderDeliveryReportCard({
    heading: R.overviewHeading,
    subheading: R.overviewSubheading(reports.length),
    summary: '',
    groups: [],
    items: reports.map((r) => ({ title: r.title, when: dutchDate(r.createdAt), summary: countsSentence(r), command: `afleverrapport ${r.id}` })),
    note: R.note,
  });
}

const dutchDate = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'short' });
