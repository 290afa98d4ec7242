import { createHash, randomBytes } from 'node:crypto';
import type { Region } from '../../region';
import type { Logger } from '../../shared/logger';
import type { AuditRepository, PeopleRepository, RoundsRepository, ThemesRepository, Versioned } from '../../storage/ports';
import { AlreadyExistsError, ConcurrencyError } from '../../storage/errors';
import type { AdaptiveCardJson } from '../feature';
import type { RecipientReach } from '../notifications/reach';
import type { NotificationOutbox, Recipient, TimerService } from '../notifications/notifications.ports';
import { hasRole, isRsj, type Person } from '../people/people.domain';
import type { FormErrors, FormValues } from './cards/theme-form.card';
import { themeFormCard } from './regioagenda.cards';
import {
  acceptsChanges,
  type Actor,
  addDays,
  amsterdamInstant,
  type AuditEntry,
  daysLeft,
  describeChanges,
  isLive,
  isoDateSchema,
  type Round,
  STATUS_BODY,
  STATUS_LABELS,
  type Theme,
  THEME_FIELD_NAMES,
  themeFieldsSchema,
  type ThemeFieldName,
  type ThemeStatus,
  transitionProblem,
} from './regioagenda.domain';
import { REGIO_TEXTS as T } from './regioagenda.texts';
import { findSimilarThemes, type SimilarTheme } from './similar-themes';

/** What opening a round really did: advisers reached now, waiting for the app, gemeenten nobody hears it in. */
export interface InvitationReach {
  advisers: number;
  withChat: number;
  waiting: string[];
  unreachable: string[];
}

export interface RegioagendaDeps {
  region: Region;
  rounds: RoundsRepository;
  themes: ThemesRepository;
  audit: AuditRepository;
  people: PeopleRepository;
  outbox: NotificationOutbox;
  /** Who an invitation really reaches (advisers with a chat, linked gemeente channels). */
  reach: RecipientReach;
  timers: TimerService;
  log: Logger;
  now: () => Date;
}

export type Refused = { kind: 'refused'; reason: string };
const refused = (reason: string): Refused => ({ kind: 'refused', reason });

export type FormOutcome = { kind: 'form'; card: AdaptiveCardJson } | Refused;

export type OpenRoundOutcome = { kind: 'opened'; round: Round; invited: InvitationReach } | { kind: 'invalid'; errors: { year?: string; deadline?: string } } | Refused;

export type SubmitOutcome =
  | { kind: 'invalid'; round: Round; values: FormValues; errors: Partial<FormErrors>; editing?: Versioned<Theme>; submissionId: string }
  | { kind: 'created' | 'duplicate' | 'updated'; round: Round; theme: Theme; similar: SimilarTheme[] }
  | { kind: 'conflict'; round: Round; fresh: Versioned<Theme> }
  | Refused;

export type ThemeOutcome = { kind: 'done'; message: string; round: Round } | { kind: 'conflict'; round: Round; fresh: Versioned<Theme> } | Refused;

export const REMINDER_KIND = 'regioagenda.reminder';
const REMINDERS = [
  { key: '7d', daysBefore: 7 },
  { key: '1d', daysBefore: 1 },
] as const;

/** Card data the server must check against the directory (a card can be edited by its sender). */
interface CardMeta {
  year?: unknown;
  gemeente?: unknown;
  userId?: unknown;
  submissionId?: unknown;
  themeId?: unknown;
  version?: unknown;
}

/** The yearly round: open, submit, edit, withdraw, support, move through AO/PFO/BO, merge, remind. */
export class RegioagendaService {
  constructor(private readonly deps: RegioagendaDeps) {}

  get region() {
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

  listThemes(year: number): Promise<Versioned<Theme>[]> {
    return this.deps.themes.list(year);
  }

  listAudit(year: number): Promise<AuditEntry[]> {
    return this.deps.audit.list(year);
  }

  newSubmissionId(): string {
    return randomBytes(8).toString('hex');
  }

  // ---- rounds -------------------------------------------------------------------------------

  async openRound(person: Person | undefined, input: { year?: unknown; deadline?: unknown }): Promise<OpenRoundOutcome> {
    if (!hasRole(person, 'projectmanager', 'regiomanager')) return refused(T.onlyRoundOpeners);
    const now = this.now();
    const thisYear = now.getUTCFullYear();
    const errors: { year?: string; deadline?: string } = {};
    const year = Number(input.year);
    if (!Number.isInteger(year) || year < thisYear || year > thisYear + 5) errors.year = T.yearInvalid(thisYear, thisYear + 5);
    const deadline = isoDateSchema.safeParse(input.deadline);
    if (!deadline.success) errors.deadline = deadline.error.issues[0].message;
    else if (amsterdamInstant(deadline.data).getTime() < now.getTime()) errors.deadline = T.deadlineInPast;
    if (errors.year || errors.deadline || !deadline.success) return { kind: 'invalid', errors };

    const round: Round = {
      region: this.region.id,
      year,
      deadline: deadline.data,
      status: 'open',
      openedBy: actorOf(person!),
      openedAt: now.toISOString(),
    };
    try {
      await this.deps.rounds.create(round);
    } catch (err) {
      if (err instanceof AlreadyExistsError) return refused(T.roundExists(year));
      throw err;
    }
    await this.record(year, person!, 'ronde-geopend', '', `deadline ${round.deadline}`);
    const invited = await this.inviteGemeenten(round);
    await this.scheduleReminders(round);
    return { kind: 'opened', round, invited };
  }

  /** Extending and reopening are the same act: a new deadline and an open round. */
  async extendRound(person: Person | undefined, year: number, deadline: string): Promise<Refused | { kind: 'done'; round: Round }> {
    if (!hasRole(person, 'regiomanager')) return refused(T.onlyRegiomanager);
    const stored = await this.deps.rounds.get(year);
    if (!stored) return refused(T.noRoundForYear(year));
    if (!isoDateSchema.safeParse(deadline).success) return refused(isoDateSchema.safeParse(deadline).error!.issues[0].message);
    if (amsterdamInstant(deadline).getTime() < this.now().getTime()) return refused(T.deadlineInPast);
    const round: Round = { ...stored.value, deadline, status: 'open' };
    await this.deps.rounds.replace(round, stored.version);
    await this.record(year, person!, 'ronde-gewijzigd', '', `deadline ${stored.value.deadline} -> ${deadline}, status open`);
    await this.cancelReminders(stored.value);
    await this.scheduleReminders(round);
    return { kind: 'done', round };
  }

  async closeRound(person: Person | undefined, year: number): Promise<Refused | { kind: 'done'; round: Round }> {
    if (!hasRole(person, 'regiomanager')) return refused(T.onlyRegiomanager);
    const stored = await this.deps.rounds.get(year);
    if (!stored) return refused(T.noRoundForYear(year));
    const round: Round = { ...stored.value, status: 'closed' };
    await this.deps.rounds.replace(round, stored.version);
    await this.record(year, person!, 'ronde-gesloten', '', '');
    await this.cancelReminders(stored.value);
    return { kind: 'done', round };
  }

  // ---- submissions ----------------------------------------------------------------------------

  /** Checks that the person may work on themes of this round now; returns the round or a refusal. */
  private async writableRound(person: Person | undefined, meta: CardMeta): Promise<Round | Refused> {
    if (!person) return refused(T.unknownUser);
    if (!hasRole(person, 'beleidsadviseur') || !person.gemeente) return refused(T.onlySubmitters);
    const year = Number(meta.year);
    const round = Number.isInteger(year) ? await this.round(year) : undefined;
    if (!round) return refused(T.noRound);
    if (typeof meta.gemeente === 'string' && meta.gemeente !== '' && meta.gemeente !== person.gemeente) {
      return this.refuseTampered(person, year, '', `kaart noemt gemeente "${meta.gemeente}"`);
    }
    if (typeof meta.userId === 'string' && meta.userId !== '' && meta.userId !== person.aadObjectId) {
      return this.refuseTampered(person, year, '', `kaart noemt gebruiker "${meta.userId}"`);
    }
    if (!acceptsChanges(round, this.now())) return refused(T.locked(round.year, round.deadline));
    return round;
  }

  /** A theme of this person's own gemeente, still editable; anything else is refused. */
  private async ownTheme(person: Person, round: Round, themeId: unknown): Promise<Versioned<Theme> | Refused> {
    const id = typeof themeId === 'string' ? themeId : '';
    const stored = id ? await this.deps.themes.get(round.year, id) : undefined;
    if (!stored) return refused(T.themeNotFound(id));
    if (stored.value.gemeente !== person.gemeente) {
      return this.refuseTampered(person, round.year, id, `thema van gemeente ${stored.value.gemeente}`);
    }
    if (stored.value.status !== 'ingediend') return refused(T.notEditable(STATUS_LABELS[stored.value.status]));
    return stored;
  }

  /** The empty form for a new theme of the person's gemeente. */
  async newThemeForm(person: Person | undefined, meta: CardMeta): Promise<FormOutcome> {
    const round = await this.writableRound(person, { ...meta, year: meta.year ?? (await this.latestRound())?.year });
    if ('kind' in round) return round;
    const others = (await this.listThemes(round.year)).map((t) => t.value);
    return { kind: 'form', card: themeFormCard({ round, gemeente: person!.gemeente!, others, submissionId: this.newSubmissionId() }) };
  }

  async editThemeForm(person: Person | undefined, meta: CardMeta): Promise<FormOutcome> {
    const round = await this.writableRound(person, meta);
    if ('kind' in round) return round;
    const editing = await this.ownTheme(person!, round, meta.themeId);
    if ('kind' in editing) return editing;
    const others = (await this.listThemes(round.year)).map((t) => t.value);
    return { kind: 'form', card: themeFormCard({ round, gemeente: person!.gemeente!, others, editing }) };
  }

  /** Create (with submissionId) or edit (with themeId + version); validation errors keep the input. */
  async submit(person: Person | undefined, data: Record<string, unknown>): Promise<SubmitOutcome> {
    const round = await this.writableRound(person, data);
    if ('kind' in round) return round;
    const p = person!;
    const editing = data.themeId ? await this.ownTheme(p, round, data.themeId) : undefined;
    if (editing && 'kind' in editing) return editing;

    const values = formValues(data);
    const submissionId = typeof data.submissionId === 'string' ? data.submissionId : '';
    if (!editing && !/^[a-f0-9]{16}$/.test(submissionId)) {
      return this.refuseTampered(p, round.year, '', `ongeldige submissionId "${String(data.submissionId).slice(0, 40)}"`);
    }
    const parsed = themeFieldsSchema.safeParse({ ...values, relatedThemeIds: splitIds(values.relatedThemeIds) });
    const errors: Partial<FormErrors> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as ThemeFieldName;
        errors[field] ??= field === 'relatedThemeIds' ? T.unknownRelated : issue.message;
      }
    } else if (!(await this.allLive(round.year, parsed.data.relatedThemeIds))) {
      errors.relatedThemeIds = T.unknownRelated;
    }
    if (!parsed.success || Object.keys(errors).length > 0) return { kind: 'invalid', round, values, errors, editing, submissionId };
    const fields = parsed.data;
    const now = this.now().toISOString();
    const actor = actorOf(p);

    if (editing) {
      const updated: Theme = { ...editing.value, ...fields, updatedBy: actor, updatedAt: now };
      const cardVersion = typeof data.version === 'string' ? data.version : '';
      try {
        await this.deps.themes.replace(updated, cardVersion);
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err;
        return { kind: 'conflict', round, fresh: (await this.deps.themes.get(round.year, updated.id))! };
      }
      await this.record(round.year, p, 'gewijzigd', updated.id, describeChanges(editing.value, updated));
      return { kind: 'updated', round, theme: updated, similar: [] };
    }

    const theme: Theme = {
      ...fields,
      id: themeIdFor(submissionId, p.aadObjectId),
      region: this.region.id,
      year: round.year,
      gemeente: p.gemeente!,
      status: 'ingediend',
      supporters: [],
      history: [{ to: 'ingediend', by: actor, at: now, meeting: '' }],
      createdBy: actor,
      createdAt: now,
      updatedBy: actor,
      updatedAt: now,
    };
    try {
      await this.deps.themes.create(theme);
    } catch (err) {
      if (!(err instanceof AlreadyExistsError)) throw err;
      // A second click or a retry of the same form: answer with what the first one stored.
      const existing = (await this.deps.themes.get(round.year, theme.id))!;
      return { kind: 'duplicate', round, theme: existing.value, similar: [] };
    }
    await this.record(round.year, p, 'aangemaakt', theme.id, theme.title);
    const others = (await this.listThemes(round.year)).map((t) => t.value).filter((t) => isLive(t) && t.gemeente !== theme.gemeente);
    const similar = findSimilarThemes(theme, others);
    return { kind: 'created', round, theme, similar };
  }

  /** Point reads: linking to a handful of themes must not read the whole round. */
  private async allLive(year: number, ids: string[]): Promise<boolean> {
    for (const id of ids) {
      const t = await this.deps.themes.get(year, id);
      if (!t || !isLive(t.value)) return false;
    }
    return true;
  }

  async withdraw(person: Person | undefined, data: Record<string, unknown>): Promise<ThemeOutcome> {
    const round = await this.writableRound(person, data);
    if ('kind' in round) return round;
    const stored = await this.ownTheme(person!, round, data.themeId);
    if ('kind' in stored) return stored;
    const now = this.now().toISOString();
    const actor = actorOf(person!);
    const theme: Theme = {
      ...stored.value,
      status: 'ingetrokken',
      updatedBy: actor,
      updatedAt: now,
      history: [...stored.value.history, { from: stored.value.status, to: 'ingetrokken', by: actor, at: now, meeting: '' }],
    };
    try {
      await this.deps.themes.replace(theme, typeof data.version === 'string' ? data.version : '');
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      return { kind: 'conflict', round, fresh: (await this.deps.themes.get(round.year, theme.id))! };
    }
    await this.record(round.year, person!, 'ingetrokken', theme.id, theme.title);
    return { kind: 'done', message: T.withdrawn(theme.title), round };
  }

  /** Support is a set union, so a lost race is simply retried on the fresh version. */
  async support(person: Person | undefined, data: Record<string, unknown>): Promise<ThemeOutcome> {
    if (!person) return refused(T.unknownUser);
    if (!hasRole(person, 'beleidsadviseur') || !person.gemeente) return refused(T.onlySubmitters);
    const round = await this.round(Number(data.year));
    if (!round) return refused(T.noRound);
    const id = typeof data.themeId === 'string' ? data.themeId : '';
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = id ? await this.deps.themes.get(round.year, id) : undefined;
      if (!stored) return refused(T.themeNotFound(id));
      const t = stored.value;
      if (!isLive(t)) return refused(T.notLive);
      if (t.gemeente === person.gemeente) return refused(T.ownTheme);
      if (t.supporters.includes(person.gemeente)) return { kind: 'done', message: T.alreadySupported(t.title), round };
      const theme = { ...t, supporters: [...t.supporters, person.gemeente] };
      try {
        await this.deps.themes.replace(theme, stored.version);
      } catch (err) {
        if (err instanceof ConcurrencyError) continue;
        throw err;
      }
      await this.record(round.year, person, 'gesteund', t.id, person.gemeente);
      return { kind: 'done', message: T.supported(t.title, theme.supporters.length), round };
    }
    return refused(T.conflictRetry);
  }

  // ---- lifecycle after the deadline ------------------------------------------------------------

  /** Finds a theme by id in the newest round that has it. */
  private async findTheme(id: string): Promise<{ round: Round; stored: Versioned<Theme> } | undefined> {
    const rounds = (await this.deps.rounds.list()).sort((a, b) => b.year - a.year);
    for (const round of rounds) {
      const stored = await this.deps.themes.get(round.year, id);
      if (stored) return { round, stored };
    }
    return undefined;
  }

  async transition(
    person: Person | undefined,
    input: { themeId: string; to: ThemeStatus; meeting?: string; trekkerEmail?: string; projectmanagerEmail?: string },
  ): Promise<ThemeOutcome> {
    if (!isRsj(person)) return refused(T.onlyRsj);
    const found = await this.findTheme(input.themeId);
    if (!found) return refused(T.themeNotFound(input.themeId));
    const { round, stored } = found;
    if (acceptsChanges(round, this.now())) return refused(T.stillOpen(round.deadline));
    const problem = transitionProblem(stored.value.status, input.to);
    if (problem) return refused(problem);

    const extra: Partial<Theme> = {};
    if (input.to === 'in_uitvoering') {
      if (!input.trekkerEmail || !input.projectmanagerEmail) return refused(T.needsTrekker);
      const people = await this.deps.people.list();
      const byEmail = (email: string) => people.find((p) => p.email.toLowerCase() === email.toLowerCase());
      const trekker = byEmail(input.trekkerEmail);
      if (!hasRole(trekker, 'wethouder')) return refused(T.notAWethouder(input.trekkerEmail));
      const pm = byEmail(input.projectmanagerEmail);
      if (!hasRole(pm, 'projectmanager')) return refused(T.notAProjectmanager(input.projectmanagerEmail));
      extra.trekker = actorOf(trekker!);
      extra.projectmanager = actorOf(pm!);
    }
    const now = this.now().toISOString();
    const actor = actorOf(person!);
    const meeting = input.meeting?.trim() || STATUS_BODY[input.to] || '';
    const theme: Theme = {
      ...stored.value,
      ...extra,
      status: input.to,
      updatedBy: actor,
      updatedAt: now,
      history: [...stored.value.history, { from: stored.value.status, to: input.to, by: actor, at: now, meeting }],
    };
    try {
      await this.deps.themes.replace(theme, stored.version);
    } catch (err) {
      if (err instanceof ConcurrencyError) return refused(T.conflictRetry);
      throw err;
    }
    const trekkerNote = extra.trekker ? `; trekker ${extra.trekker.name}, projectmanager ${extra.projectmanager!.name}` : '';
    await this.record(round.year, person!, 'status', theme.id, `${STATUS_LABELS[stored.value.status]} -> ${STATUS_LABELS[input.to]}${meeting ? ` (${meeting})` : ''}${trekkerNote}`);
    return { kind: 'done', message: T.statusChanged(theme.title, STATUS_LABELS[input.to], meeting), round };
  }

  /** Folds `sourceId` into `targetId`: the source gemeente and its supporters support the target. */
  async merge(person: Person | undefined, sourceId: string, targetId: string): Promise<ThemeOutcome> {
    if (!isRsj(person)) return refused(T.onlyRsj);
    if (sourceId === targetId) return refused(T.mergeSame);
    const source = await this.findTheme(sourceId);
    if (!source) return refused(T.themeNotFound(sourceId));
    const target = await this.deps.themes.get(source.round.year, targetId);
    if (!target) return refused(T.themeNotFound(targetId));
    if (!isLive(source.stored.value) || !isLive(target.value)) return refused(T.notLive);
    const s = source.stored.value;
    const now = this.now().toISOString();
    const actor = actorOf(person!);
    const supporters = [...new Set([...target.value.supporters, s.gemeente, ...s.supporters])].filter((g) => g !== target.value.gemeente);
    const merged: Theme = {
      ...target.value,
      supporters,
      relatedThemeIds: [...new Set([...target.value.relatedThemeIds, s.id])].slice(0, 10),
      updatedBy: actor,
      updatedAt: now,
    };
    const folded: Theme = {
      ...s,
      status: 'samengevoegd',
      mergedInto: target.value.id,
      updatedBy: actor,
      updatedAt: now,
      history: [...s.history, { from: s.status, to: 'samengevoegd', by: actor, at: now, meeting: '' }],
    };
    try {
      // Target first: if the second write loses a race, re-running the merge is harmless (set union).
      await this.deps.themes.replace(merged, target.version);
      await this.deps.themes.replace(folded, source.stored.version);
    } catch (err) {
      if (err instanceof ConcurrencyError) return refused(T.conflictRetry);
      throw err;
    }
    await this.record(source.round.year, person!, 'samengevoegd', s.id, `samengevoegd met ${merged.id}; steun nu: ${supporters.join(', ')}`);
    return { kind: 'done', message: T.merged(s.title, merged.title, supporters.length), round: source.round };
  }

  // ---- notifications ---------------------------------------------------------------------------

  private recipients(gemeente: string): Recipient[] {
    return [
      { kind: 'role', role: 'beleidsadviseur', gemeente },
      { kind: 'channel', target: `gemeente:${gemeente}` },
    ];
  }

  /** One notification per gemeente, carrying a form that already names that gemeente; returns who it really reaches. */
  private async inviteGemeenten(round: Round): Promise<InvitationReach> {
    const invited: InvitationReach = { advisers: 0, withChat: 0, waiting: [], unreachable: [] };
    for (const gemeente of this.region.gemeenten) {
      const reach = await this.deps.reach.of(this.recipients(gemeente));
      invited.advisers += reach.people.total;
      invited.withChat += reach.people.withChat;
      invited.waiting.push(...reach.people.waiting);
      if (reach.people.total === 0 && !reach.channels.some((c) => c.linked)) invited.unreachable.push(gemeente);
      await this.deps.outbox.enqueue({
        idempotencyKey: `regioagenda:${round.region}:${round.year}:open:${gemeente}`,
        recipients: this.recipients(gemeente),
        text: T.invitation(round.year, round.deadline),
        card: themeFormCard({ round, gemeente, others: [], submissionId: this.newSubmissionId() }),
        priority: 'normal',
      });
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

  /**
   * Fired by the timer service. Skips stale jobs (deadline moved, round closed); the idempotency
   * key per round, gemeente, reminder and deadline makes a re-fired job send nothing twice.
   */
  async sendReminders(payload: Record<string, unknown>): Promise<number> {
    const round = await this.round(Number(payload.year));
    if (!round || round.deadline !== payload.deadline || !acceptsChanges(round, this.now())) return 0;
    const themes = (await this.listThemes(round.year)).map((t) => t.value).filter(isLive);
    const missing = this.region.gemeenten.filter((g) => !themes.some((t) => t.gemeente === g));
    const days = daysLeft(round, this.now());
    for (const gemeente of missing) {
      await this.deps.outbox.enqueue({
        idempotencyKey: `regioagenda:${round.region}:${round.year}:reminder:${String(payload.reminder)}:${round.deadline}:${gemeente}`,
        recipients: this.recipients(gemeente),
        text: T.reminder(round.year, round.deadline, days),
        card: themeFormCard({ round, gemeente, others: themes, submissionId: this.newSubmissionId() }),
        priority: 'normal',
      });
    }
    this.deps.log.info({ year: round.year, reminder: payload.reminder, gemeenten: missing.length }, 'regioagenda reminders enqueued');
    return missing.length;
  }

  // ---- audit -------------------------------------------------------------------------------------

  private async record(year: number, person: Person, action: AuditEntry['action'], themeId: string, details: string) {
    await this.deps.audit.append(year, { at: this.now().toISOString(), actor: actorOf(person), action, themeId, details });
  }

  /** Card data that contradicts the directory: refuse, warn, and leave a trace in the round's audit. */
  private async refuseTampered(person: Person, year: number, themeId: string, what: string): Promise<Refused> {
    this.deps.log.warn({ user: person.aadObjectId, gemeente: person.gemeente, year, themeId, what }, 'regioagenda: tampered card data refused');
    if (Number.isInteger(year) && (await this.deps.rounds.get(year))) await this.record(year, person, 'geweigerd', themeId, what);
    return refused(T.tampered);
  }
}

const actorOf = (p: Person): Actor => ({ aadObjectId: p.aadObjectId, name: p.name });

/** Deterministic per form and person: a double click maps onto the same document id. */
export const themeIdFor = (submissionId: string, aadObjectId: string) =>
  createHash('sha256').update(`${submissionId}:${aadObjectId}`).digest('hex').slice(0, 10);

const splitIds = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/** Card inputs as strings, whatever the client sent. */
function formValues(data: Record<string, unknown>): FormValues {
  return Object.fromEntries(THEME_FIELD_NAMES.map((f) => [f, typeof data[f] === 'string' ? (data[f] as string) : ''])) as FormValues;
}
