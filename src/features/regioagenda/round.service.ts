import { randomBytes } from 'node:crypto';
import type { Region } from '../../region';
import type { Logger } from '../../shared/logger';
import type { RoundsRepository, ThemesRepository } from './regioagenda.ports';
import { AlreadyExistsError } from '../../shared/store-errors';
import { type AdaptiveCardJson, type Refused, refused } from '../feature';
import type { NotificationOutbox, Recipient, TimerService } from '../notifications/notifications.ports';
import type { RecipientReach } from '../notifications/reach';
import type { Person } from '../people/people.domain';
import { may } from '../permissions';
import { actorOf, type AuditTrail } from './regioagenda.audit';
import { acceptsChanges, addDays, amsterdamInstant, daysLeft, type InvitationReach, isLive, isoDateSchema, type Round, type RoundOpenInput, type Theme } from './regioagenda.domain';
import { REGIO_TEXTS as T } from './regioagenda.texts';

export const REMINDER_KIND = 'regioagenda.reminder';
const REMINDERS = [
  { key: '7d', daysBefore: 7 },
  { key: '1d', daysBefore: 1 },
] as const;

/** The theme form the outbox sends each gemeente, already naming that gemeente. */
export type InvitationCard = (form: { round: Round; gemeente: string; others: Theme[]; submissionId: string }) => AdaptiveCardJson;

export interface RoundServiceDeps {
  region: Region;
  rounds: RoundsRepository;
  themes: ThemesRepository;
  outbox: NotificationOutbox;
  /** Who an invitation really reaches (advisers with a chat, linked gemeente channels). */
  reach: RecipientReach;
  timers: TimerService;
  log: Logger;
  now: () => Date;
  audit: AuditTrail;
  invitation: InvitationCard;
}

export type OpenRoundOutcome =
  | { kind: 'opened'; round: Round; invited: InvitationReach }
  | { kind: 'invalid'; values: { year: string; deadline: string }; errors: { year?: string; deadline?: string } }
  | Refused;
export type RoundChange = { kind: 'done'; round: Round } | Refused;

/** A fresh id per form, so a second click on the same form is recognised. */
export const newSubmissionId = () => randomBytes(8).toString('hex');

/** The yearly round: open it (inviting every gemeente), extend or reopen it, close it, remind who has not submitted. */
export class RoundService {
  constructor(private readonly deps: RoundServiceDeps) {}

  get region(): Region {
    return this.deps.region;
  }

  now(): Date {
    return this.deps.now();
  }

  /** The round a command without a year is about: the newest one. */
  async latestRound(): Promise<Round | undefined> {
    const rounds = await this.deps.rounds.list();
    return rounds.sort((a, b) => b.year - a.year)[0];
  }

  async round(year?: number): Promise<Round | undefined> {
    if (year === undefined) return this.latestRound();
    return (await this.deps.rounds.get(year))?.value;
  }

  /** Rounds newest first (a theme id is looked up in the newest round that has it). */
  async rounds(): Promise<Round[]> {
    return (await this.deps.rounds.list()).sort((a, b) => b.year - a.year);
  }

  async openRound(person: Person | undefined, input: RoundOpenInput): Promise<OpenRoundOutcome> {
    if (!may('regio.round.open', person)) return refused(T.onlyRoundOpeners);
    const now = this.now();
    const thisYear = now.getUTCFullYear();
    const errors: { year?: string; deadline?: string } = {};
    const year = Number(input.year);
    if (!Number.isInteger(year) || year < thisYear || year > thisYear + 5) errors.year = T.yearInvalid(thisYear, thisYear + 5);
    const deadline = isoDateSchema.safeParse(input.deadline);
    if (!deadline.success) errors.deadline = deadline.error.issues[0].message;
    else if (amsterdamInstant(deadline.data).getTime() < now.getTime()) errors.deadline = T.deadlineInPast;
    if (errors.year || errors.deadline || !deadline.success) return { kind: 'invalid', values: { year: String(input.year ?? ''), deadline: input.deadline }, errors };

    const round: Round = { region: this.region.id, year, deadline: deadline.data, status: 'open', openedBy: actorOf(person!), openedAt: now.toISOString() };
    try {
      await this.deps.rounds.create(round);
    } catch (err) {
      if (err instanceof AlreadyExistsError) return refused(T.roundExists(year));
      throw err;
    }
    await this.deps.audit.record(year, person!, 'ronde-geopend', '', `deadline ${round.deadline}`);
    const invited = await this.inviteGemeenten(round);
    await this.scheduleReminders(round);
    return { kind: 'opened', round, invited };
  }

  /** Extending and reopening are the same act: a new deadline and an open round. */
  async extendRound(person: Person | undefined, year: number, deadline: string): Promise<RoundChange> {
    if (!may('regio.round.change', person)) return refused(T.onlyRegiomanager);
    const stored = await this.deps.rounds.get(year);
    if (!stored) return refused(T.noRoundForYear(year));
    const valid = isoDateSchema.safeParse(deadline);
    if (!valid.success) return refused(valid.error.issues[0].message);
    if (amsterdamInstant(deadline).getTime() < this.now().getTime()) return refused(T.deadlineInPast);
    const round: Round = { ...stored.value, deadline, status: 'open' };
    await this.deps.rounds.replace(round, stored.version);
    await this.deps.audit.record(year, person!, 'ronde-gewijzigd', '', `deadline ${stored.value.deadline} -> ${deadline}, status open`);
    await this.cancelReminders(stored.value);
    await this.scheduleReminders(round);
    return { kind: 'done', round };
  }

  async closeRound(person: Person | undefined, year: number): Promise<RoundChange> {
    if (!may('regio.round.change', person)) return refused(T.onlyRegiomanager);
    const stored = await this.deps.rounds.get(year);
    if (!stored) return refused(T.noRoundForYear(year));
    const round: Round = { ...stored.value, status: 'closed' };
    await this.deps.rounds.replace(round, stored.version);
    await this.deps.audit.record(year, person!, 'ronde-gesloten', '', '');
    await this.cancelReminders(stored.value);
    return { kind: 'done', round };
  }

  /**
   * Fired by the timer service. Skips stale jobs (deadline moved, round closed); the idempotency
   * key per round, gemeente, reminder and deadline makes a re-fired job send nothing twice.
   */
  async sendReminders(payload: Record<string, unknown>): Promise<number> {
    const round = await this.round(Number(payload.year));
    if (!round || round.deadline !== payload.deadline || !acceptsChanges(round, this.now())) return 0;
    const themes = (await this.deps.themes.list(round.year)).map((t) => t.value).filter(isLive);
    const missing = this.region.gemeenten.filter((g) => !themes.some((t) => t.gemeente === g));
    const days = daysLeft(round, this.now());
    for (const gemeente of missing) {
      await this.deps.outbox.enqueue({
        idempotencyKey: `regioagenda:${round.region}:${round.year}:reminder:${String(payload.reminder)}:${round.deadline}:${gemeente}`,
        recipients: recipientsOf(gemeente),
        text: T.reminder(round.year, round.deadline, days),
        card: this.deps.invitation({ round, gemeente, others: themes, submissionId: newSubmissionId() }),
        priority: 'normal',
      });
    }
    this.deps.log.info({ year: round.year, reminder: payload.reminder, gemeenten: missing.length }, 'regioagenda reminders enqueued');
    return missing.length;
  }

  /** One notification per gemeente, carrying a form that already names that gemeente; returns who it really reaches. */
  private async inviteGemeenten(round: Round): Promise<InvitationReach> {
    const ids: string[] = [];
    for (const gemeente of this.region.gemeenten) {
      const { id } = await this.deps.outbox.enqueue({
        idempotencyKey: `regioagenda:${round.region}:${round.year}:open:${gemeente}`,
        recipients: recipientsOf(gemeente),
        text: T.invitation(round.year, round.deadline),
        card: this.deps.invitation({ round, gemeente, others: [], submissionId: newSubmissionId() }),
        priority: 'normal',
      });
      ids.push(id);
    }
    // One wait for all of them: the worker resolves and tries the gemeenten's notifications together.
    const reaches = await this.deps.reach.deliveredEach(ids, this.region.gemeenten.map(recipientsOf));
    const invited: InvitationReach = { advisers: 0, sent: 0, pending: 0, waiting: [], failed: [], unreachable: [], channelFailed: [] };
    for (const [i, gemeente] of this.region.gemeenten.entries()) {
      const reach = reaches[i];
      invited.advisers += reach.people.total;
      invited.sent += reach.people.sent;
      invited.pending += reach.people.pending;
      invited.waiting.push(...reach.people.waiting);
      invited.failed.push(...reach.people.failed);
      if (reach.people.total === 0 && reach.channels.every((c) => c.state === 'unlinked')) invited.unreachable.push(gemeente);
      if (reach.channels.some((c) => c.state === 'failed')) invited.channelFailed.push(gemeente);
    }
    return invited;
  }

  private reminderJobs(round: Round) {
    return REMINDERS.map((r) => ({
      id: `regioagenda:${round.region}:${round.year}:${r.key}:${round.deadline}`,
      kind: REMINDER_KIND,
      dueAt: amsterdamInstant(addDays(round.deadline, -r.daysBefore), '09:00:00'),
      payload: { year: round.year, deadline: round.deadline, reminder: r.key },
    }));
  }

  private async scheduleReminders(round: Round): Promise<void> {
    const now = this.now().getTime();
    for (const job of this.reminderJobs(round)) if (job.dueAt.getTime() > now) await this.deps.timers.schedule(job);
  }

  private async cancelReminders(round: Round): Promise<void> {
    for (const job of this.reminderJobs(round)) await this.deps.timers.cancel(job.id);
  }
}

/** Each gemeente's beleidsadviseurs personally, and its linked channel. */
function recipientsOf(gemeente: string): Recipient[] {
  return [
    { kind: 'role', role: 'beleidsadviseur', gemeente },
    { kind: 'channel', target: `gemeente:${gemeente}` },
  ];
}
