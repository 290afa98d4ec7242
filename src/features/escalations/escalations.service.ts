import { randomUUID } from 'node:crypto';
import type { Logger } from '../../shared/logger';
import type { EscalationsRepository } from './escalations.ports';
import type { Versioned } from '../../shared/versioned';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import { type AdaptiveCardJson, type Refused, refused } from '../feature';
import type { NotificationOutbox, Recipient, TimerService } from '../notifications/notifications.ports';
import { reachedEveryone, reachSentences, type RecipientReach } from '../notifications/reach';
import type { Person } from '../people/people.domain';
import { may } from '../permissions';
import type { OpenEscalationCounts } from './escalations.counts';
import type { ProviderDirectory, ProviderRef } from '../providers/providers.ports';
import {
  ACK_WORKING_DAYS,
  addWorkingDays,
  type Escalation,
  escalationFormSchema,
  type EscalationFormErrors,
  type EscalationFormValues,
  type EscalationSubmitInput,
  isOpen,
} from './escalations.domain';
import { ESCALATION_TEXTS as T } from './escalations.texts';

export const REESCALATE_KIND = 'escalation.reescalate';

/** The card the outbox sends to the kleine commissie; the routes show the same card to the clicker. */
export type EscalationCardRenderer = (e: Escalation, notice?: string, color?: 'Attention' | 'Warning' | 'Good' | 'Default') => AdaptiveCardJson;

export interface EscalationsServiceDeps {
  escalations: EscalationsRepository;
  /** Provider names and places, from the providers feature. */
  providers: ProviderDirectory;
  /** Shared with the providers feature's status answer (see openEscalations). */
  counts: OpenEscalationCounts;
  outbox: NotificationOutbox;
  /** Who a notification really reaches, for an honest confirmation. */
  reach: RecipientReach;
  timers: TimerService;
  log: Logger;
  now: () => Date;
  card: EscalationCardRenderer;
}

export type FormOutcome = { kind: 'form'; provider: ProviderRef; submissionId: string; values: EscalationFormValues; errors?: EscalationFormErrors } | Refused;
/** `reached` says in Dutch what really happens (linked KC channel, bestuurders with a chat). */
export type SubmitOutcome = FormOutcome | { kind: 'raised'; escalation: Escalation; reached: string; complete: boolean } | { kind: 'duplicate'; escalation: Escalation; reached: string; complete: boolean };
export type ChangeOutcome = { kind: 'changed'; escalation: Escalation; by: string } | Refused;
export type ListOutcome = { kind: 'list'; open: Escalation[] } | Refused;
export type ShowOutcome = { kind: 'found'; escalation: Escalation } | Refused;

const actor = (p: Person) => ({ aadObjectId: p.aadObjectId, name: p.name });
const SUBMISSION_ID = /^esc-[0-9a-f-]{36}$/;

export const mayRaise = (p: Person | undefined) => may('escalations.raise', p);
export const mayHandle = (p: Person | undefined) => may('escalations.handle', p);

/** Raises escalations about providers to the kleine commissie, tracks their handling, re-escalates once. */
export class EscalationsService {
  constructor(private readonly deps: EscalationsServiceDeps) {}

  async form(person: Person | undefined, phrase: string, description = ''): Promise<FormOutcome> {
    if (!mayRaise(person)) return refused(T.onlyRaisers);
    const match = await this.deps.providers.match(phrase);
    if (match.kind === 'no-providers') return refused(T.noProviders);
    if (match.kind === 'unknown') return refused(T.unknownProvider(phrase, match.suggestions));
    return { kind: 'form', provider: match.provider, submissionId: `esc-${randomUUID()}`, values: { soort: '', urgency: 'normaal', description: description.trim() } };
  }

  /** Stores the escalation (once per form), tells the kleine commissie, and sets the re-escalation timer. */
  async submit(person: Person | undefined, input: EscalationSubmitInput): Promise<SubmitOutcome> {
    if (!mayRaise(person)) return refused(T.onlyRaisers);
    const provider = await this.deps.providers.get(input.providerId);
    if (!provider) return refused(T.providerGone);
    const submissionId = SUBMISSION_ID.test(input.submissionId) ? input.submissionId : `esc-${randomUUID()}`;
    const values = { soort: input.soort, urgency: input.urgency, description: input.description };
    const parsed = escalationFormSchema.safeParse(values);
    if (!parsed.success) {
      const errors: EscalationFormErrors = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as keyof EscalationFormErrors] ??= issue.message;
      return { kind: 'form', provider, submissionId, values, errors };
    }
    const now = this.deps.now();
    const escalation: Escalation = {
      id: submissionId,
      providerId: provider.id,
      providerName: provider.naam,
      ...parsed.data,
      status: 'open',
      raisedBy: actor(person!),
      raisedAt: now.toISOString(),
      ackDueAt: addWorkingDays(now, ACK_WORKING_DAYS).toISOString(),
      note: '',
    };
    try {
      await this.deps.escalations.create(escalation);
    } catch (err) {
      if (!(err instanceof AlreadyExistsError)) throw err;
      // A double click or a retry: send again under the same key (the outbox ignores it if it went out).
      const existing = (await this.deps.escalations.get(submissionId))!.value;
      // what the first send did, as the outbox has it: a double click never reads "al verstuurd" for a post that failed
      return { kind: 'duplicate', escalation: existing, ...(await this.notifyRaised(existing, person)) };
    }
    const { reached, complete } = await this.notifyRaised(escalation, person);
    await this.deps.timers.schedule({ id: timerId(escalation.id), kind: REESCALATE_KIND, dueAt: new Date(escalation.ackDueAt), payload: { escalationId: escalation.id } });
    await this.deps.counts.refresh(true);
    return { kind: 'raised', escalation, reached, complete };
  }

  acknowledge(person: Person | undefined, escalationId: string): Promise<ChangeOutcome> {
    return this.transition(person, escalationId, (e, p, at) => {
      if (e.status !== 'open') return e.status === 'afgehandeld' ? T.alreadyResolved : T.alreadyInProgress;
      return { ...e, status: 'in_behandeling', acknowledgedBy: actor(p), acknowledgedAt: at };
    });
  }

  resolve(person: Person | undefined, escalationId: string, noteInput: string): Promise<ChangeOutcome> {
    const note = noteInput.trim();
    return this.transition(person, escalationId, (e, p, at) => {
      if (e.status === 'afgehandeld') return T.alreadyResolved;
      if (note.length < 5 || note.length > 1000) return T.noteRequired;
      return { ...e, status: 'afgehandeld', resolvedBy: actor(p), resolvedAt: at, note, acknowledgedBy: e.acknowledgedBy ?? actor(p), acknowledgedAt: e.acknowledgedAt ?? at };
    });
  }

  async listOpen(person: Person | undefined): Promise<ListOutcome> {
    if (!mayHandle(person)) return refused(T.onlyHandlers);
    const open = (await this.deps.escalations.list())
      .map((d) => d.value)
      .filter(isOpen)
      .sort((a, b) => (a.urgency === b.urgency ? a.raisedAt.localeCompare(b.raisedAt) : a.urgency === 'spoed' ? -1 : 1));
    return { kind: 'list', open };
  }

  /** One escalation for the people who handle them: from the list, where it can be picked up without the channel's card. */
  async show(person: Person | undefined, id: string): Promise<ShowOutcome> {
    if (!mayHandle(person)) return refused(T.onlyHandlers);
    const found = id ? await this.deps.escalations.get(id) : undefined;
    return found ? { kind: 'found', escalation: found.value } : refused(T.notFound);
  }

  /** Timer job: nobody picked the escalation up in time, so it goes out once more, urgently, to the board. */
  async reescalate(payload: Record<string, unknown>): Promise<void> {
    const found = await this.deps.escalations.get(typeof payload.escalationId === 'string' ? payload.escalationId : '');
    if (!found || found.value.status !== 'open' || found.value.reescalatedAt) return;
    const next: Escalation = { ...found.value, reescalatedAt: this.deps.now().toISOString() };
    if (!(await this.replace(next, found.version))) return; // someone acted on it just now
    await this.deps.outbox.enqueue({
      idempotencyKey: `escalation:${next.id}:reescalated`,
      recipients: [{ kind: 'channel', target: 'body:KC' }, { kind: 'role', role: 'bestuurder' }, { kind: 'role', role: 'regiomanager' }],
      card: this.deps.card(next, T.reescalated(ACK_WORKING_DAYS), 'Attention'),
      priority: 'urgent',
    });
  }

  private async transition(person: Person | undefined, id: string, change: (e: Escalation, p: Person, at: string) => Escalation | string): Promise<ChangeOutcome> {
    if (!mayHandle(person)) return refused(T.onlyHandlers);
    const found = id ? await this.deps.escalations.get(id) : undefined;
    if (!found) return refused(T.notFound);
    const next = change(found.value, person!, this.deps.now().toISOString());
    if (typeof next === 'string') return refused(next);
    if (!(await this.replace(next, found.version))) return refused(T.conflict);
    await this.deps.timers.cancel(timerId(next.id));
    await this.deps.outbox.enqueue({
      idempotencyKey: `escalation:${next.id}:status:${next.status}`,
      recipients: recipientsOf(next),
      card: this.deps.card(next),
      priority: 'normal',
      updateKey: next.id,
    });
    await this.deps.counts.refresh(true);
    return { kind: 'changed', escalation: next, by: person!.name };
  }

  /** Returns what the outbox did (KC channel linked?, bestuurders reached or waiting), for the confirmation. */
  private async notifyRaised(e: Escalation, actorPerson: Person | undefined): Promise<{ reached: string; complete: boolean }> {
    const { id } = await this.deps.outbox.enqueue({
      idempotencyKey: `escalation:${e.id}:raised`,
      recipients: recipientsOf(e),
      card: this.deps.card(e),
      priority: e.urgency === 'spoed' ? 'urgent' : 'normal',
      updateKey: e.id,
    });
    const reach = await this.deps.reach.delivered([id], [recipientsOf(e)]);
    await this.deps.reach.reportUnposted(reach, T.alertSubject(e.providerName), `escalation:${e.id}`, actorPerson);
    return { reached: reachSentences(reach, { one: 'bestuurder', many: 'bestuurders' }, actorPerson), complete: reachedEveryone(reach) };
  }

  private async replace(e: Escalation, version: string): Promise<Versioned<Escalation> | undefined> {
    try {
      return await this.deps.escalations.replace(e, version);
    } catch (err) {
      if (err instanceof ConcurrencyError) return undefined;
      throw err;
    }
  }
}

const timerId = (escalationId: string) => `escalation:${escalationId}:reescalate`;

/** The kleine commissie's channel always; for spoed also every bestuurder personally. */
function recipientsOf(e: Escalation): Recipient[] {
  return [{ kind: 'channel', target: 'body:KC' }, ...(e.urgency === 'spoed' ? [{ kind: 'role' as const, role: 'bestuurder' }] : [])];
}
