import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import type { Logger } from '../../shared/logger';
import { AlreadyExistsError } from '../../shared/store-errors';
import type { KnowledgeRepository, QaRepository } from './qa.ports';
import { type AdaptiveCardJson, type Refused, refused } from '../feature';
import type { NotificationOutbox } from '../notifications/notifications.ports';
import type { ChannelReach, Reach, RecipientReach } from '../notifications/reach';
import { storeBuiltInDocuments } from './builtin-documents';
import type { KnowledgeIndex } from './knowledge-index';
import type { KnowledgeIndexStore } from './knowledge-index-store';
import type { StoredCorpus } from './stored-corpus';
import curated from './knowledge/curated-facts.json';
import { type ParsedDocument, storeDocuments } from './ingest.service';
import { type DeclinedQuestion, type DeclinedSummary, type Fact, type PassageRef, type PassageView, type QaResult, type Ticket, factSchema } from './qa.domain';
import { tableOf } from './tables';
import { QA_TEXTS } from './qa.texts';
import { AnswerCache } from './answer-cache';

export const CURATED_FACTS: Fact[] = factSchema.array().parse(curated);

/** A ticket after a change, or why it did not change. */
export type TicketOutcome = { kind: 'ticket'; ticket: Ticket; delivery?: string } | Refused;

/** How long a question waits for the knowledge to load before the bot says "even geduld". */
const LOAD_GRACE_MS = 1500;
/** How often a process looks for knowledge written by another: every instance answers from it within seconds. */
const CHANGE_POLL_MS = 2000;

/** How long declined questions are kept. */
const DECLINED_KEEP_WEEKS = 12;

/** Case, spacing and punctuation do not make another question. */
const declinedKey = (question: string) =>
  createHash('sha256').update(question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).digest('hex').slice(0, 6);

export interface Actor {
  aadObjectId: string;
  name: string;
}

export interface QaDeps {
  knowledge: KnowledgeRepository;
  repo: QaRepository;
  outbox: NotificationOutbox;
  /** What the outbox did with the experts' channel post, for an honest "doorgestuurd" (see notifications/reach.ts). */
  reach: RecipientReach;
  log: Logger;
  /** The ticket card the experts' channel gets (the routes show the same card to the clicker). */
  ticketCard: (ticket: Ticket) => AdaptiveCardJson;
  /** The store's persistent search index; without one the index is built in memory. */
  searchIndex?: KnowledgeIndexStore;
}

const EXPERTS = [{ kind: 'channel' as const, target: 'experts' }];

/** Stable per asker and question (case and spacing ignored), so a repeated request finds the first ticket. */
export function ticketIdFor(askerId: string, question: string): string {
  const normalised = question.toLowerCase().replace(/\s+/g, ' ').trim();
  return `V-${createHash('sha256').update(`${askerId}\n${normalised}`).digest('hex').slice(0, 6).toUpperCase()}`;
}

/** Question answering over the knowledge index, plus the ask-an-expert tickets and the declined-questions report. */
export class QaService {
  private index?: Promise<KnowledgeIndex>;
  /** The index questions are answered from; the previous one keeps answering while a new one builds. */
  private ready?: KnowledgeIndex;
  private stored?: StoredCorpus;
  private poll?: NodeJS.Timeout;
  private readonly answers = new AnswerCache();

  constructor(private readonly deps: QaDeps) {}

  /** Opens the persistent index (or builds one in memory) once; later changes are taken in incrementally. */
  knowledgeIndex(): Promise<KnowledgeIndex> {
    if (!this.index) {
      this.index = this.open();
      this.index.then(
        (index) => (this.ready = index),
        () => (this.index = undefined),
      );
    }
    return this.index;
  }

  private async open(): Promise<KnowledgeIndex> {
    const started = Date.now();
    // The search engine (stemmer, stop words, vocabulary, speller) loads with the index, not at start-up.
    const { KnowledgeIndex } = require('./knowledge-index') as typeof import('./knowledge-index');
    const { StoredCorpus } = require('./stored-corpus') as typeof import('./stored-corpus');
    await storeBuiltInDocuments(this.deps.knowledge).catch((err) => this.deps.log.warn({ err }, 'user guide not stored'));
    const facts = async () => [...CURATED_FACTS, ...(await this.deps.repo.facts())];
    if (!this.deps.searchIndex) {
      const index = new KnowledgeIndex(await facts(), await this.deps.knowledge.allPassages());
      this.deps.log.info({ ...index.size, ms: Date.now() - started }, 'knowledge index built');
      return index;
    }
    this.stored = await new StoredCorpus(this.deps.searchIndex, facts).open();
    const index = new KnowledgeIndex(this.stored);
    this.deps.log.info({ ...index.size, ms: Date.now() - started }, 'knowledge index ready');
    this.poll ??= setInterval(() => void this.refresh().catch((err) => this.deps.log.warn({ err }, 'knowledge changes not taken in')), CHANGE_POLL_MS);
    this.poll.unref();
    return index;
  }

  /** After a write: the persistent index takes in the change; an in-memory one is rebuilt. */
  private async refresh(): Promise<void> {
    if (this.stored) return this.stored.sync();
    if (!this.index) return;
    this.index = undefined;
    await this.knowledgeIndex();
  }

  stop(): void {
    clearInterval(this.poll);
  }

  /** False when the knowledge is still loading after a short wait: the question gets an "even geduld". */
  async isReady(): Promise<boolean> {
    if (this.ready) return true;
    return (await Promise.race([this.knowledgeIndex(), wait(LOAD_GRACE_MS)])) !== undefined;
  }

  async ask(question: string): Promise<QaResult> {
    const index = this.ready ?? (await this.knowledgeIndex());
    return this.answers.answer(index, this.stored ? this.stored.settledGeneration : 0, question, () => index.ask(question));
  }

  /** The passage (or curated fact) an answer comes from; a table row brings its whole table. Undefined once it is gone. */
  async fullPassage(ref: PassageRef): Promise<PassageView | undefined> {
    const index = this.ready ?? (await this.knowledgeIndex());
    if (ref.kind === 'fact') {
      const fact = index.fact(ref.id);
      return fact && { title: fact.source.title, section: fact.source.section, text: fact.answer };
    }
    const passage = index.passage(ref.title, ref.position);
    if (!passage) return undefined;
    const table = tableOf(passage, (position) => index.passage(passage.title, position))?.table;
    return { title: passage.title, section: passage.section, text: passage.text, table: table && { headers: table.headers, rows: table.rows } };
  }

  async ingest(docs: ParsedDocument[]): Promise<void> {
    await this.knowledgeIndex();
    await storeDocuments(this.deps.knowledge, docs);
    await this.refresh();
  }

  /**
   * One ticket per asker and question: a second click on "Vraag het aan RSJ" (or the same question
   * asked again) answers with the existing ticket instead of bothering the experts twice. `experts`
   * is what the outbox did with the post in the experts' channel (posted, still on its way, failed,
   * not linked), for a confirmation that says only what happened.
   */
  async createTicket(question: string, asker: Actor): Promise<{ ticket: Ticket; created: boolean; experts: ChannelReach }> {
    const ticket: Ticket = {
      id: ticketIdFor(asker.aadObjectId, question),
      question,
      asker,
      status: 'open',
      createdAt: new Date().toISOString(),
    };
    try {
      await this.deps.repo.createTicket(ticket);
    } catch (err) {
      if (!(err instanceof AlreadyExistsError)) throw err;
      const existing = await this.deps.repo.ticket(ticket.id);
      if (!existing) throw err;
      const first = await this.deps.reach.deliveredEarlier([publishKey(ticket)], [EXPERTS]);
      return { ticket: existing.value, created: false, experts: expertsChannel(first) };
    }
    const reach = await this.deps.reach.delivered([await this.publish(ticket)], [EXPERTS]);
    await this.deps.reach.reportUnposted(reach, QA_TEXTS.alertSubject(ticket), `qa-ticket:${ticket.id}`, undefined);
    return { ticket, created: true, experts: expertsChannel(reach) };
  }

  async claim(ticketId: string, expert: Actor): Promise<TicketOutcome> {
    return this.change(ticketId, (t) => {
      if (t.status === 'beantwoord') return QA_TEXTS.alreadyAnswered;
      return { ...t, status: 'in behandeling', claimedBy: expert };
    });
  }

  async answer(ticketId: string, answer: string, expert: Actor): Promise<TicketOutcome> {
    const changed = await this.change(ticketId, (t) => {
      if (t.status === 'beantwoord') return QA_TEXTS.alreadyAnswered;
      return { ...t, status: 'beantwoord', answer, answeredBy: expert, answeredAt: new Date().toISOString(), claimedBy: t.claimedBy ?? expert };
    });
    if (changed.kind === 'refused') return changed;
    const { ticket } = changed;
    await this.deps.outbox.enqueue({
      idempotencyKey: answerKey(ticket),
      recipients: [{ kind: 'user', aadObjectId: ticket.asker.aadObjectId }],
      text: QA_TEXTS.answerToAsker(ticket),
      priority: 'normal',
    });
    return { ...changed, delivery: await this.answerDelivery(ticket) };
  }

  /** An answered ticket: whether the answer reached the asker, as the outbox has it (for the experts' card). */
  async answerDelivery(ticket: Ticket): Promise<string | undefined> {
    if (ticket.status !== 'beantwoord') return undefined;
    const reach = await this.deps.reach.deliveredEarlier([answerKey(ticket)], [[{ kind: 'user', aadObjectId: ticket.asker.aadObjectId }]]);
    return QA_TEXTS.answerDelivery(ticket.asker.name, reach.people);
  }

  /** Saves the question and the expert's answer as a curated fact; the next question can find it. */
  async saveAsKnowledge(ticketId: string, expert: Actor): Promise<TicketOutcome> {
    const changed = await this.change(ticketId, (t) => {
      if (t.status !== 'beantwoord' || !t.answer) return QA_TEXTS.answerFirst;
      return { ...t, savedAsFactId: `ticket-${t.id}` };
    });
    if (changed.kind === 'refused') return changed;
    const { ticket } = changed;
    await this.deps.repo.saveFact({
      id: ticket.savedAsFactId!,
      questions: [ticket.question],
      keywords: [],
      answer: ticket.answer!,
      source: { title: QA_TEXTS.expertSourceTitle, section: `vraag ${ticket.id}` },
      addedBy: expert.aadObjectId,
    });
    await this.refresh();
    return changed;
  }

  async ticket(id: string): Promise<Ticket | undefined> {
    return (await this.deps.repo.ticket(id))?.value;
  }

  async openTickets(): Promise<Ticket[]> {
    return (await this.deps.repo.tickets()).filter((t) => t.status !== 'beantwoord').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Remembers a question the bot could not answer: its text, time, the asker's roles and why. No name. */
  async recordDeclined(question: string, roles: string[], reason: string, now = new Date()): Promise<void> {
    const text = question.trim().slice(0, 500);
    if (!text) return;
    await this.deps.repo.addDeclined({ id: randomUUID(), key: declinedKey(text), question: text, at: now.toISOString(), roles, reason });
  }

  /**
   * The questions asked most often without an answer in the last `weeks`, most asked first.
   * Asks older than DECLINED_KEEP_WEEKS are deleted on the way: the log keeps what is recent.
   */
  async declinedReport(now = new Date(), weeks = 4, top = 10): Promise<DeclinedSummary[]> {
    const all = await this.deps.repo.declined();
    const week = 7 * 24 * 3600_000;
    const expired = all.filter((d) => now.getTime() - Date.parse(d.at) > DECLINED_KEEP_WEEKS * week);
    if (expired.length) await this.deps.repo.removeDeclined(expired.map((d) => d.id));
    const groups = new Map<string, DeclinedQuestion[]>();
    for (const d of all) if (now.getTime() - Date.parse(d.at) <= weeks * week) groups.set(d.key, [...(groups.get(d.key) ?? []), d]);
    return [...groups.entries()]
      .map(([key, asks]) => {
        const latest = asks.reduce((a, b) => (a.at > b.at ? a : b));
        return { key, question: latest.question, count: asks.length, lastAt: latest.at, roles: [...new Set(asks.flatMap((a) => a.roles))].sort() };
      })
      .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
      .slice(0, top);
  }

  /** Removes every stored ask of one question (by its key from the report); the number removed. */
  async removeDeclined(key: string): Promise<number> {
    const asks = (await this.deps.repo.declined()).filter((d) => d.key === key);
    await this.deps.repo.removeDeclined(asks.map((d) => d.id));
    return asks.length;
  }

  /** Read, change, write with the version guard; the experts' channel card follows every change. */
  private async change(ticketId: string, update: (t: Ticket) => Ticket | string): Promise<TicketOutcome> {
    const stored = await this.deps.repo.ticket(ticketId);
    if (!stored) return refused(QA_TEXTS.unknownTicket);
    const next = update(stored.value);
    if (typeof next === 'string') return refused(next);
    await this.deps.repo.updateTicket(next, stored.version);
    await this.publish(next);
    return { kind: 'ticket', ticket: next };
  }

  /** Posts (or updates) the ticket's card in the experts' channel; returns the notification id. */
  private async publish(ticket: Ticket): Promise<string> {
    const { id } = await this.deps.outbox.enqueue({
      idempotencyKey: publishKey(ticket),
      recipients: EXPERTS,
      card: this.deps.ticketCard(ticket),
      text: QA_TEXTS.ticketNotice(ticket),
      priority: 'normal',
      updateKey: `qa-ticket:${ticket.id}`,
    });
    return id;
  }
}

/** One post per state of the ticket: the first (open, unclaimed) is the one that brought it to the experts. */
const publishKey = (t: Ticket) => `qa-ticket:${t.id}:${t.status}:${t.claimedBy?.aadObjectId ?? ''}:${t.savedAsFactId ? 'saved' : ''}`;

const answerKey = (t: Ticket) => `qa-answer:${t.id}`;

const expertsChannel = (reach: Reach): ChannelReach => reach.channels[0] ?? { target: 'experts', state: 'pending' };
