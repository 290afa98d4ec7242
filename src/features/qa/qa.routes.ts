import { UnreadableFileError } from '../imports/tabular';
import { z, type ZodType } from 'zod';
import type { Logger } from '../../shared/logger';
import { type ConversationContext, type FollowUpContext, followUpContext } from '../follow-up-context';
import { action, type CardAction, type CardActionResult, type FeatureRoutes, type IncomingFile, type Reply, say, type TextCommand, textCommands, type TextHandler, type Turn } from '../feature';
import { type Action, may } from '../permissions';
import { renderAnswerCard, renderNoAnswerCard, renderPassageCard } from './cards/qa.cards';
import { renderTicketCard } from './cards/ticket.card';
import { DOCUMENT_EXTENSIONS, UnreadableDocumentError } from './document-reader';
import { type ParsedDocument, parseDocument } from './ingest.service';
import type { FeedbackService } from './feedback.service';
import { type PassageRef, type PassageView, type QaResult, askExpertSchema, feedbackInputSchema, passageActionSchema, ticketAnswerSchema, ticketIdSchema } from './qa.domain';
import type { Actor, QaService, TicketOutcome } from './qa.service';
import { QA_TEXTS } from './qa.texts';
import { QA_VERBS } from './qa.verbs';
import { asksNameOfRole, asksWhetherDoneYet, asksWhoHoldsItNow, namesHolderThen, namesNoHolder } from './current-holder';
import { currentStateContact } from './declines';
import { deniesThingAsked, deniesWithoutObligation } from './yes-no-asks';
import { withSubjectOf } from './follow-up-subject';
import { recordQaOutcome } from '../../shared/telemetry';

const OPEN_TICKETS = /^(open vragen|openstaande vragen|toon open vragen)[.!?]?$/i;
const FEEDBACK_REPORT = /^(feedbackrapport|feedback rapport|feedbackoverzicht)[.!?]?$/i;
const DECLINED_REPORT = /^(vragenrapport|vragen rapport|onbeantwoorde vragen)[.!?]?$/i;
const REMOVE_DECLINED = /^verwijder vraag\s+([0-9a-f]{6})[.!]?$/i;
/** Declines worth showing RSJ: not questions about something else, not requests for personal data. */
const RECORDED_DECLINES = new Set(['low-score', 'current-state']);

/**
 * Governance Q&A: the last text handler (anything no command took is a question), the ticket
 * verbs of ask-an-expert, and documents sent by the regiomanager in personal chat.
 */
export function qaRoutes(qa: QaService, feedback: FeedbackService, download: (file: IncomingFile) => Promise<Buffer>, previous: FollowUpContext<string>): FeatureRoutes {
  return {
    textHandlers: [ingestFileHandler(qa, download), ...textCommands(commands(qa, feedback)), questionHandler(qa, previous)],
    cardActions: cardActions(qa, feedback),
    helpSection: 'Governancevragen',
    help: (person) => [
      { title: 'Vraag iets over de governance van de jeugdhulp', example: 'Wat doet de kleine commissie?' },
      ...(may('qa.experts', person) ? [{ title: 'Vragen voor de experts zien', example: 'open vragen' }, { title: 'Feedback op antwoorden', example: 'feedbackrapport' }] : []),
      ...(may('qa.ingest', person) ? [{ title: 'Document aan de kennisbank toevoegen: stuur een PDF, Word- of tekstbestand', example: 'kadernota.pdf' }] : []),
      ...(may('qa.declined', person) ? [{ title: 'Vragen die de bot niet kon beantwoorden', example: 'vragenrapport' }] : []),
    ],
  };
}

/** The question a card asks again for "Toon volledige passage" (a follow-up read with the one before it). */
const MAX_ASKED_CHARS = 2000;
/** A card stays small: a long table shows its first rows (the passage of a table row on an old answer card). */
const MAX_TABLE_ROWS = 40;

const FOLLOW_UP = /^(en|ook|maar)\b|\b(dat|die|dit|daar|daarvan|daarvoor|hij|zij|ze|hem|haar)\b/i;
const FOLLOW_UP_SECONDS = 15 * 60;

/**
 * "En wie is daar voorzitter van?" read after the question before it, which is its context: without its "En", which in
 * one message ("Is X ...? En waar ...?") asks a second question together with the first.
 */
const inContextOf = (before: string, followUp: string) => `${before} ${followUp.replace(/^\s*en\s+(\p{L})/iu, (_, first: string) => first.toUpperCase())}`;

/** The previous question per conversation, so "En hoeveel kost dat?" can be read in its context. */
export const previousQuestions = (store: ConversationContext, log: Logger) =>
  followUpContext(store, 'qa-question', z.string().max(4000), FOLLOW_UP_SECONDS, log);

function questionHandler(qa: QaService, previous: FollowUpContext<string>): TextHandler {
  return {
    name: 'qa-question',
    async handle(turn) {
      if (!turn.text) return undefined;
      // Only a follow-up reads the question before it.
      const isFollowUp = FOLLOW_UP.test(turn.text) && turn.text.split(/\s+/).length <= 8;
      const before = isFollowUp ? await previous.get(turn.conversation.id) : undefined;
      // "En het PFO?" after "Hoe vaak komt het BO bijeen?" is that question about the PFO: remembered as such for the next follow-up.
      const aboutNewSubject = before ? withSubjectOf(before, turn.text) : undefined;
      turn.afterReply(() => previous.put(turn.conversation.id, (aboutNewSubject ?? turn.text).slice(0, 4000)));
      if (!(await qa.isReady())) return say(QA_TEXTS.knowledgeLoading);
      let asked = aboutNewSubject ?? turn.text;
      let result = await qa.ask(asked);
      if (isFollowUp && before && !aboutNewSubject) {
        const withBefore = inContextOf(before, turn.text);
        const inContext = await qa.ask(withBefore);
        if (inContext.kind === 'answer' && (result.kind === 'none' || inContext.confidence >= result.confidence)) [result, asked] = [inContext, withBefore];
      }
      recordQaOutcome(result.kind === 'answer' ? 'answered' : 'declined', result.kind === 'none' ? result.reason : undefined);
      // An answer that found nothing about the thing asked is a gap RSJ should see too.
      if ((result.kind === 'none' && RECORDED_DECLINES.has(result.reason)) || (result.kind === 'answer' && (result.missing || result.unanswered || result.unansweredAsk))) {
        // The log helps RSJ; a failing write must not cost the user the reply.
        await qa.recordDeclined(aboutNewSubject ?? turn.text, turn.person?.roles ?? [], result.kind === 'none' ? result.reason : 'low-score').catch(() => undefined);
      }
      return [answerReply(aboutNewSubject ?? turn.text, result, { passage: await passageBehind(qa, result), asked })];
    },
  };
}

/** A curated fact's answer is all of it: only a document passage can say more than the answer. */
const passageBehind = async (qa: QaService, result: QaResult) =>
  result.kind === 'answer' && result.passageRef.kind === 'passage' ? qa.fullPassage(result.passageRef) : undefined;

/**
 * The reply text repeats the card's answer and source, so clients without cards read the same. "Toon
 * volledige passage" draws the same card again with the passage under the answer (`expanded`), and back.
 */
export function answerReply(question: string, result: QaResult, shown: { passage?: PassageView; asked?: string; expanded?: boolean; vote?: string; voted?: boolean } = {}): Reply {
  const q = question.slice(0, 500);
  if (result.kind === 'none') {
    const contact = result.reason === 'current-state' ? currentStateContact(q) : undefined;
    const message = contact ? `${QA_TEXTS.declined[result.reason]} ${QA_TEXTS.currentStateHint[contact]}` : QA_TEXTS.declined[result.reason];
    return { text: message, card: renderNoAnswerCard({ message, question: q, askExpertButton: QA_TEXTS.askExpertButton }) };
  }
  const sourceLine = QA_TEXTS.sourceLine(result.source.title, result.source.section, result.source.also);
  // A table's cell in the column asked ("budgetbeheerder: functioneel beheerder") says who fills the role: no "names nobody".
  const caveat = result.missing ? QA_TEXTS.thingNotFound(result.missing) : result.unanswered ? QA_TEXTS.thingNotAnswered(result.unanswered) : result.unansweredAsk ? QA_TEXTS.askNotAnswered(result.unansweredAsk) : result.asOfDocument ? QA_TEXTS.stateOfTheDocument : deniesWithoutObligation(q, result.answer) ? QA_TEXTS.notWithoutObligation : deniesThingAsked(q, result.answer) ? QA_TEXTS.thereIsNone : asksWhoHoldsItNow(q) || namesHolderThen(q, result.answer) ? QA_TEXTS.currentHolder : asksWhetherDoneYet(q) ? QA_TEXTS.doneYet : (!result.table || asksNameOfRole(q)) && namesNoHolder(q, result.answer) ? QA_TEXTS.roleOnlyDefined : undefined;
  const answer = caveat ? `${caveat}\n\n${result.answer}` : result.answer;
  return {
    text: `${answer}\n\n${sourceLine}`,
    card: renderAnswerCard({
      answer,
      table: result.table,
      sourceLine,
      sourceTitle: result.source.title,
      question: q,
      asked: (shown.asked ?? question).slice(0, MAX_ASKED_CHARS),
      passage: shown.passage,
      expanded: shown.expanded,
      vote: shown.vote,
      voted: shown.voted,
      showPassageButton: QA_TEXTS.showPassageButton,
      hidePassageButton: QA_TEXTS.hidePassageButton,
      passageRowsCut: QA_TEXTS.passageRowsCut,
      helpfulButton: QA_TEXTS.helpfulButton,
      notHelpfulButton: QA_TEXTS.notHelpfulButton,
    }),
  };
}

/** A command only some roles may use: the others get `refusal` and nothing runs. */
const guarded = (permission: Action, refusal: string, run: (turn: Turn, m: RegExpMatchArray) => Promise<string>) => async (turn: Turn, m: RegExpMatchArray) =>
  say(may(permission, turn.person) ? await run(turn, m) : refusal);

function commands(qa: QaService, feedback: FeedbackService): TextCommand[] {
  return [
    {
      name: 'qa-open-tickets',
      pattern: OPEN_TICKETS,
      run: guarded('qa.experts', QA_TEXTS.rsjOnly, async () => {
        const open = await qa.openTickets();
        return open.length ? QA_TEXTS.openTickets(open) : QA_TEXTS.noOpenTickets;
      }),
    },
    { name: 'qa-feedback-report', pattern: FEEDBACK_REPORT, run: guarded('qa.experts', QA_TEXTS.rsjOnly, async () => QA_TEXTS.feedbackReport(await feedback.counts())) },
    { name: 'qa-declined-report', pattern: DECLINED_REPORT, run: guarded('qa.declined', QA_TEXTS.regiomanagerOnly, async () => QA_TEXTS.declinedReport(await qa.declinedReport())) },
    {
      name: 'qa-remove-declined',
      pattern: REMOVE_DECLINED,
      run: guarded('qa.declined', QA_TEXTS.regiomanagerOnly, async (_turn, [, id]) => QA_TEXTS.declinedRemoved(id.toLowerCase(), await qa.removeDeclined(id.toLowerCase()))),
    },
  ];
}

/** All files are read before anything is stored: one unreadable file changes nothing. */
function ingestFileHandler(qa: QaService, download: (file: IncomingFile) => Promise<Buffer>): TextHandler {
  return {
    name: 'qa-ingest-file',
    async handle(turn) {
      const files = turn.files.filter((f) => DOCUMENT_EXTENSIONS.test(f.name));
      if (files.length === 0) return undefined;
      if (turn.conversation.kind !== 'personal') return say(QA_TEXTS.ingestPersonalOnly);
      if (!may('qa.ingest', turn.person)) return say(QA_TEXTS.ingestOnlyRegiomanager);
      const docs: ParsedDocument[] = [];
      try {
        for (const file of files) docs.push(await parseDocument(file.name, await download(file)));
      } catch (err) {
        if (err instanceof UnreadableDocumentError || err instanceof UnreadableFileError) return say(QA_TEXTS.ingestFailed((err as Error).message));
        throw err;
      }
      await qa.ingest(docs);
      return say(QA_TEXTS.ingested(docs));
    },
  };
}

const actorOf = (turn: Turn): Actor => ({ aadObjectId: turn.user.aadObjectId ?? 'onbekend', name: turn.person?.name ?? turn.user.name });

/** A bad answer field says what is wrong with it; any other bad card data gets the generic message. */
const invalidTicketData = (issues: { path: PropertyKey[]; message: string }[]) => (issues[0]?.path[0] === 'answer' ? issues[0].message : QA_TEXTS.badCardData);

/** Answer cards sent before the passage unfolded under the answer carry the passage reference: the passage alone. */
async function sentEarlier(qa: QaService, ref: PassageRef): Promise<CardActionResult> {
  const passage = await qa.fullPassage(ref);
  if (!passage) return { message: QA_TEXTS.passageGone };
  return { card: renderPassageCard({ ...passage, table: passage.table && { headers: passage.table.headers, rows: passage.table.rows.slice(0, MAX_TABLE_ROWS) } }) };
}

const ticketView = (o: TicketOutcome): CardActionResult => (o.kind === 'refused' ? { message: o.reason } : { card: renderTicketCard(o.ticket, o.delivery) });

function expertAction<T>(verb: string, schema: ZodType<T>, run: (turn: Turn, data: T) => Promise<CardActionResult>): CardAction {
  return action(verb, schema, async (turn, data) => (may('qa.experts', turn.person) ? run(turn, data) : { message: QA_TEXTS.expertsOnly }), invalidTicketData);
}

function cardActions(qa: QaService, feedback: FeedbackService): CardAction[] {
  return [
    action(QA_VERBS.showPassage, passageActionSchema, async (turn, data) => {
      if ('kind' in data) return sentEarlier(qa, data);
      // Asked again rather than read from the card: card data is not shown as the bot's answer.
      const result = await qa.ask(data.asked);
      if (result.kind !== 'answer') return { message: QA_TEXTS.answerGone };
      const question = data.question || data.asked;
      // The redrawn card keeps saying how this person voted: read from the store, not from the card.
      const voted = turn.user.aadObjectId ? await feedback.voteOf(turn.user.aadObjectId, question, result.source.title) : undefined;
      const vote = voted === undefined ? undefined : QA_TEXTS.feedback.stored(voted);
      return { card: answerReply(question, result, { passage: await passageBehind(qa, result), asked: data.asked, expanded: data.expand, vote, voted }).card! };
    }),
    action(QA_VERBS.feedback, feedbackInputSchema, async (turn, data) => {
      if (!turn.user.aadObjectId) return { message: QA_TEXTS.feedbackWithoutUser };
      const { helpful, question, source, asked, expanded } = data;
      const vote = QA_TEXTS.feedback[await feedback.vote(turn.user.aadObjectId, { helpful, question, source })](helpful);
      // The vote stays on the card; a card sent before, or an answer that has changed since, gets it as a toast.
      const result = asked ? await qa.ask(asked) : undefined;
      if (result?.kind !== 'answer' || result.source.title !== source) return { message: vote };
      return { card: answerReply(question || asked, result, { passage: await passageBehind(qa, result), asked, expanded, vote, voted: helpful }).card! };
    }),
    action(QA_VERBS.askExpert, askExpertSchema, async (turn, data) => {
      const { ticket, created, experts } = await qa.createTicket(data.question, actorOf(turn));
      // The clicked card becomes the confirmation: no button left to click twice.
      const message = created ? QA_TEXTS.ticketCreated(ticket, experts) : QA_TEXTS.ticketExists(ticket, experts);
      return { card: renderNoAnswerCard({ message, question: ticket.question, askExpertButton: '', asked: QA_TEXTS.yourQuestion(ticket.question) }) };
    }),
    expertAction(QA_VERBS.claimTicket, ticketIdSchema, async (turn, data) => ticketView(await qa.claim(data.ticketId, actorOf(turn)))),
    expertAction(QA_VERBS.answerTicket, ticketAnswerSchema, async (turn, data) => ticketView(await qa.answer(data.ticketId, data.answer, actorOf(turn)))),
    expertAction(QA_VERBS.saveTicket, ticketIdSchema, async (turn, data) => ticketView(await qa.saveAsKnowledge(data.ticketId, actorOf(turn)))),
    expertAction(QA_VERBS.refreshTicket, ticketIdSchema, async (_turn, data) => {
      const ticket = await qa.ticket(data.ticketId);
      return ticket ? { card: renderTicketCard(ticket, await qa.answerDelivery(ticket)) } : { message: QA_TEXTS.unknownTicket };
    }),
  ];
}
