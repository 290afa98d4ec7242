import type { GovernanceBody, Region } from '../../region';
import type { Logger } from '../../shared/logger';
import type { MeetingsRepository } from './meetings.ports';
import type { PeopleRepository } from '../people/people.ports';
import type { Versioned } from '../../shared/versioned';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import { type AdaptiveCardJson, type Refused, refused } from '../feature';
import type { NotificationOutbox, Recipient } from '../notifications/notifications.ports';
import { reachedEveryone, reachSentences, type RecipientReach } from '../notifications/reach';
import { parseDutchDate, todayIn } from '../../shared/dutch-date';
import { hasRole, type Person } from '../people/people.domain';
import { may } from '../permissions';
import { actionItems, agendaItems, agendaRowsOf, type MinutesRows } from './meetings.rows';
import {
  type FormErrors, hasTakenPlace, type Meeting, type MeetingFormValues, meetingFormSchema, meetingId, type MeetingSaveInput,
  memberRole, type MinutesSaveInput, parseDecisions,
} from './meetings.domain';
import { MEETING_TEXTS as T } from './meetings.texts';

/** The cards the outbox sends: the published agenda and the summary for the wethouders. */
export interface MeetingNotices {
  agenda(body: GovernanceBody, m: Meeting): AdaptiveCardJson;
  summary(body: GovernanceBody, m: Meeting): AdaptiveCardJson;
}

export interface MeetingsServiceDeps {
  region: Region;
  meetings: MeetingsRepository;
  people: PeopleRepository;
  outbox: NotificationOutbox;
  reach: RecipientReach;
  log: Logger;
  now: () => Date;
}

/** `held`: the meeting has taken place, so its card offers minutes; `warning` colours the notice. */
export type MeetingView = { kind: 'meeting'; body: GovernanceBody; meeting: Meeting; canManage: boolean; held: boolean; notice?: string; warning?: boolean };
export type FormView = { kind: 'form'; body: GovernanceBody; editing?: Versioned<Meeting>; values: MeetingFormValues; errors?: FormErrors; notice?: string };
/** `owners`: who an action item can be given to (the directory), for the owner picker of each row. */
export type MinutesView = { kind: 'minutes'; meeting: Versioned<Meeting>; owners: Person[]; values?: MinutesRows; errors?: FormErrors; notice?: string };
export type MeetingOutcome = MeetingView | FormView | MinutesView | Refused;
/** `reached` says in Dutch who really gets the summary (wethouders with a chat). */
export type SummaryOutcome = { kind: 'summary-queued'; reached: string; complete: boolean; skipped: number } | { kind: 'summary-already-sent'; reached: string; complete: boolean } | MeetingView | Refused;

const canManage = (p: Person | undefined) => may('meetings.manage', p);
const formValues = (m: Meeting): MeetingFormValues => ({ date: m.date, time: m.time, location: m.location, agenda: agendaRowsOf(m) });

/** Plans meetings, publishes agendas, records decisions and actions, and sends summaries to the wethouders. */
export class MeetingsService {
  constructor(private readonly deps: MeetingsServiceDeps & { notices: MeetingNotices }) {}

  mayManage(person: Person | undefined): boolean {
    return canManage(person);
  }

  /** Today in the Netherlands: after 00:00 Dutch time (22:00 or 23:00 UTC) yesterday's meetings are past. */
  today(): string {
    return todayIn(this.deps.now());
  }

  body(name: string): GovernanceBody | undefined {
    return this.deps.region.bodies.find((b) => b.id.toLowerCase() === name.trim().toLowerCase());
  }

  unknownBody(name: string): string {
    return T.unknownBody(name, this.deps.region.bodies.map((b) => b.id));
  }

  /** `dateText` is whatever followed the body name: "15-01-2027", "15 januari 2027", "volgende week dinsdag". */
  planForm(person: Person | undefined, bodyName: string, dateText: string): MeetingOutcome {
    if (!canManage(person)) return refused(T.onlySecretaries);
    const body = this.body(bodyName);
    if (!body) return refused(this.unknownBody(bodyName));
    const parsed = dateText.trim() ? parseDutchDate(dateText, { now: this.deps.now() }) : { ok: true as const, date: '' };
    if (!parsed.ok) return refused(T.badPlanDate(parsed.error, body.id));
    return { kind: 'form', body, values: { date: parsed.date, time: '', location: '', agenda: [] } };
  }

  async editForm(person: Person | undefined, id: string): Promise<MeetingOutcome> {
    if (!canManage(person)) return refused(T.onlySecretaries);
    const found = await this.find(id);
    if (!found) return refused(T.notFound);
    return { kind: 'form', body: found.body, editing: found.meeting, values: formValues(found.meeting.value) };
  }

  async show(person: Person | undefined, id: string): Promise<MeetingOutcome> {
    const found = await this.find(id);
    if (!found) return refused(T.notFound);
    return this.view(found.body, found.meeting.value, { canManage: canManage(person) });
  }

  /** New meeting or changed agenda; a change to a published agenda updates the posted cards in place. */
  async save(person: Person | undefined, input: MeetingSaveInput): Promise<MeetingOutcome> {
    if (!canManage(person)) return refused(T.onlySecretaries);
    const editing = input.meetingId ? await this.find(input.meetingId) : undefined;
    if (input.meetingId && !editing) return refused(T.notFound);
    const body = editing?.body ?? this.body(input.body);
    if (!body) return refused(this.unknownBody(input.body));
    const values = { date: input.date, time: input.time, location: input.location, agenda: input.agenda };
    const parsed = meetingFormSchema(this.deps.now()).safeParse(values);
    const agenda = agendaItems(values.agenda);
    if (!parsed.success || agenda.error) {
      const errors: FormErrors = { agenda: agenda.error };
      for (const issue of parsed.error?.issues ?? []) errors[issue.path[0] as keyof FormErrors] ??= issue.message;
      return { kind: 'form', body, editing: editing?.meeting, values, errors, notice: T.formInvalid };
    }
    const fields = { date: parsed.data.date, time: parsed.data.time, location: parsed.data.location, agenda: agenda.items, updatedAt: this.deps.now().toISOString() };
    if (!editing) return this.create(person!, body, fields);

    const next: Meeting = { ...editing.meeting.value, ...fields };
    const saved = await this.replace(next, input.version);
    if (!saved) {
      const fresh = (await this.find(next.id))!;
      return { kind: 'form', body, editing: fresh.meeting, values: formValues(fresh.meeting.value), notice: T.conflict };
    }
    if (next.status !== 'gepubliceerd') return this.view(body, next, { notice: T.saved });
    const reached = await this.postAgenda(body, saved, person);
    return this.view(body, next, { notice: `${T.updatedPublished} ${reached.text}`, warning: !reached.complete });
  }

  private async create(person: Person, body: GovernanceBody, fields: Pick<Meeting, 'date' | 'time' | 'location' | 'agenda' | 'updatedAt'>): Promise<MeetingOutcome> {
    const meeting: Meeting = { id: meetingId(body.id, fields.date), body: body.id, status: 'concept', decisions: [], actions: [], summaryRecipients: [], createdBy: person.aadObjectId, ...fields };
    try {
      await this.deps.meetings.create(meeting);
      return this.view(body, meeting, { notice: T.saved });
    } catch (err) {
      if (!(err instanceof AlreadyExistsError)) throw err;
      const existing = (await this.deps.meetings.get(meeting.id))!.value;
      return this.view(body, existing, { notice: T.exists(body.id, meeting.date) });
    }
  }

  async publish(person: Person | undefined, id: string): Promise<MeetingOutcome> {
    if (!canManage(person)) return refused(T.onlySecretaries);
    const found = await this.find(id);
    if (!found) return refused(T.notFound);
    const { body, meeting } = found;
    if (meeting.value.status === 'gepubliceerd') return this.view(body, meeting.value, { notice: T.alreadyPublished });
    const next: Meeting = { ...meeting.value, status: 'gepubliceerd', publishedAt: this.deps.now().toISOString() };
    const saved = await this.replace(next, meeting.version);
    if (!saved) return refused(T.conflict);
    const reached = await this.postAgenda(body, saved, person);
    return this.view(body, next, { notice: `${T.published} ${reached.text}`, warning: !reached.complete });
  }

  async minutesForm(person: Person | undefined, id: string): Promise<MeetingOutcome> {
    if (!canManage(person)) return refused(T.onlySecretaries);
    const found = await this.find(id);
    if (!found) return refused(T.notFound);
    return this.notHeldYet(found) ?? this.minutes(found.meeting);
  }

  private async minutes(meeting: Versioned<Meeting>, extra: Partial<Omit<MinutesView, 'kind' | 'meeting' | 'owners'>> = {}): Promise<MinutesView> {
    return { kind: 'minutes', meeting, owners: (await this.deps.people.list()).sort((a, b) => a.name.localeCompare(b.name)), ...extra };
  }

  /** "Vergadering is geweest": the secretary vouches that a meeting took place before its planned start. */
  async confirmHeld(person: Person | undefined, id: string): Promise<MeetingOutcome> {
    if (!canManage(person)) return refused(T.onlySecretaries);
    const found = await this.find(id);
    if (!found) return refused(T.notFound);
    if (this.held(found.meeting.value)) return this.minutes(found.meeting);
    const saved = await this.replace({ ...found.meeting.value, heldConfirmedAt: this.deps.now().toISOString() }, found.meeting.version);
    if (!saved) return refused(T.conflict);
    return this.minutes(saved, { notice: T.heldConfirmed });
  }

  async saveMinutes(person: Person | undefined, input: MinutesSaveInput): Promise<MeetingOutcome> {
    if (!canManage(person)) return refused(T.onlySecretaries);
    const found = await this.find(input.meetingId);
    if (!found) return refused(T.notFound);
    const values = input.rows;
    const notHeld = this.notHeldYet(found);
    if (notHeld) return notHeld;
    const decisions = parseDecisions(values.decisions.join('\n')); // empty rows drop out here
    const actions = actionItems(values.actions, await this.deps.people.list(), this.deps.now());
    if (decisions.error || actions.error) {
      return this.minutes({ ...found.meeting, version: input.version }, { values, errors: { decisions: decisions.error, actions: actions.error }, notice: T.formInvalid });
    }
    const next: Meeting = { ...found.meeting.value, decisions: decisions.decisions, actions: actions.actions, updatedAt: this.deps.now().toISOString() };
    if (!(await this.replace(next, input.version))) return this.minutes((await this.find(next.id))!.meeting, { notice: T.conflict });
    return { kind: 'meeting', body: found.body, meeting: next, canManage: true, held: true, notice: T.minutesSaved };
  }

  /** One summary per wethouder per meeting: those who already had it are skipped (and the key guards retries). */
  async sendSummary(person: Person | undefined, id: string): Promise<SummaryOutcome> {
    if (!canManage(person)) return refused(T.onlySecretaries);
    const found = await this.find(id);
    if (!found) return refused(T.notFound);
    const { body, meeting } = found;
    const notHeld = this.notHeldYet(found);
    if (notHeld) return notHeld;
    if (meeting.value.decisions.length + meeting.value.actions.length === 0) return refused(T.noMinutes);
    const wethouders = (await this.deps.people.withRole('wethouder')).filter((p) => hasRole(p, 'wethouder'));
    if (wethouders.length === 0) return refused(T.noWethouders);
    const already = new Set(meeting.value.summaryRecipients);
    const todo = wethouders.filter((w) => !already.has(w.aadObjectId));
    const summary = this.deps.notices.summary(body, meeting.value);
    // enqueue assigns its order before its first await, so these keep the wethouders' order
    const keyOf = (w: Person) => `meeting:${meeting.value.id}:summary:${w.aadObjectId}`;
    const queued = todo.map((w) => this.deps.outbox.enqueue({ idempotencyKey: keyOf(w), recipients: [{ kind: 'user', aadObjectId: w.aadObjectId }], card: summary, priority: 'normal' }));
    await Promise.all(queued);
    if (todo.length > 0) {
      const next = { ...meeting.value, summaryRecipients: [...already, ...todo.map((w) => w.aadObjectId)] };
      // A lost race only means the next call re-enqueues with the same keys, which the outbox ignores.
      if (!(await this.replace(next, meeting.version))) this.deps.log.warn({ meetingId: id }, 'summary recipients not recorded (conflict)');
    }
    // Every wethouder's summary as the outbox has it, the earlier ones too: "al verstuurd" only if it arrived.
    const reach = await this.deps.reach.deliveredEarlier(wethouders.map(keyOf), wethouders.map((w) => [{ kind: 'user' as const, aadObjectId: w.aadObjectId }]));
    const reached = reachSentences(reach, { one: 'wethouder', many: 'wethouders' });
    if (todo.length === 0) return { kind: 'summary-already-sent', reached, complete: reachedEveryone(reach) };
    return { kind: 'summary-queued', reached, complete: reachedEveryone(reach), skipped: wethouders.length - todo.length };
  }

  async upcoming(): Promise<Meeting[]> {
    const today = this.today();
    return (await this.deps.meetings.list())
      .map((m) => m.value)
      .filter((m) => m.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time));
  }

  /**
   * The meeting a text command means: an id, or a body name. For a body, `when` picks the next
   * upcoming meeting (agenda work) or the latest one that has started (minutes and summaries).
   */
  async resolve(ref: string | undefined, when: 'next' | 'latest'): Promise<{ id: string } | { text: string }> {
    const today = this.today();
    const all = (await this.deps.meetings.list()).map((m) => m.value);
    if (ref && all.some((m) => m.id.toLowerCase() === ref.toLowerCase())) return { id: all.find((m) => m.id.toLowerCase() === ref.toLowerCase())!.id };
    const body = ref ? this.body(ref) : undefined;
    if (ref && !body) return { text: this.unknownBody(ref) };
    const ofBody = all.filter((m) => !body || m.body === body.id);
    const upcoming = ofBody.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date));
    const held = ofBody.filter((m) => this.held(m)).sort((a, b) => b.date.localeCompare(a.date) || b.time.localeCompare(a.time));
    // Minutes for a meeting that has not taken place yet: pick it anyway, the service explains the rule.
    const candidates = when === 'next' ? upcoming : held.length > 0 ? held : upcoming;
    if (candidates.length === 0) return { text: body ? T.noneOfBody(body.id) : T.noneToPick };
    if (!body && new Set(candidates.map((m) => m.body)).size > 1) return { text: T.which(candidates.slice(0, 5).map((m) => m.body)) };
    return { id: candidates[0].id };
  }

  private held(m: Meeting): boolean {
    return hasTakenPlace(m, this.deps.now());
  }

  /** The secretary's card of a meeting (manage buttons on). */
  private view(body: GovernanceBody, meeting: Meeting, opts: { canManage?: boolean; notice?: string; warning?: boolean }): MeetingView {
    return { kind: 'meeting', body, meeting, canManage: opts.canManage ?? true, held: this.held(meeting), notice: opts.notice, warning: opts.warning };
  }

  /** The one meeting rule for typed commands and buttons alike: no decisions or summary before the meeting. */
  private notHeldYet(found: { body: GovernanceBody; meeting: Versioned<Meeting> }): MeetingView | undefined {
    const m = found.meeting.value;
    if (this.held(m)) return undefined;
    return { kind: 'meeting', body: found.body, meeting: m, canManage: true, held: false, warning: true, notice: T.notHeldYet(m.body, m.date, m.time) };
  }

  private async find(id: string): Promise<{ body: GovernanceBody; meeting: Versioned<Meeting> } | undefined> {
    if (!id) return undefined;
    const meeting = await this.deps.meetings.get(id);
    const body = meeting && this.body(meeting.value.body);
    return meeting && body ? { body, meeting } : undefined;
  }

  private async replace(m: Meeting, version: string): Promise<Versioned<Meeting> | undefined> {
    try {
      return await this.deps.meetings.replace(m, version);
    } catch (err) {
      if (err instanceof ConcurrencyError) return undefined;
      throw err;
    }
  }

  /**
   * The agenda goes to the body's channel and, for BO and PFO, to each wethouder; updates replace
   * the posted card. Returns what really happens, for the confirmation.
   */
  private async postAgenda(body: GovernanceBody, saved: Versioned<Meeting>, actor: Person | undefined): Promise<{ text: string; complete: boolean }> {
    const role = memberRole(body.id);
    const recipients: Recipient[] = [{ kind: 'channel', target: `body:${body.id}` }, ...(role ? [{ kind: 'role' as const, role }] : [])];
    const { id } = await this.deps.outbox.enqueue({
      idempotencyKey: `meeting:${saved.value.id}:agenda:${saved.version}`,
      recipients,
      card: this.deps.notices.agenda(body, saved.value),
      priority: 'normal',
      updateKey: saved.value.id,
    });
    const reach = await this.deps.reach.delivered([id], [recipients]);
    await this.deps.reach.reportUnposted(reach, T.agendaHeading(body.id, saved.value.date), `agenda:${saved.value.id}`, actor);
    return { text: reachSentences(reach, { one: 'wethouder', many: 'wethouders' }, actor), complete: reachedEveryone(reach) };
  }
}
