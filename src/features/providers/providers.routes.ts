import { z } from 'zod';
import type { CardAction, FeatureRoutes, Reply, TextHandler, Turn } from '../feature';
import { say } from '../feature';
import type { Person } from '../people/people.domain';
import { grant, may } from '../permissions';
import type { Region } from '../../region';
import type { Logger } from '../../shared/logger';
import { type ConversationContext, type FollowUpContext, followUpContext } from '../follow-up-context';
import { renderProviderAnswerCard } from './cards/provider-answer.card';
import { CONTRACT_SOORTEN, SIGNAL_NIVEAUS, SIGNAL_SOORTEN } from './providers.domain';
import type { ProvidersModel } from './providers.model';
import { mayFollowUp, type Parsed, parseQuestion, type Query, todayIso } from './providers.query';
import type { ProvidersService, Scope } from './providers.service';
import { PROVIDER_TEXTS as T } from './providers.texts';

export interface ProvidersRoutesDeps {
  model: ProvidersModel;
  service: ProvidersService;
  region: Region;
  last: FollowUpContext<Query>;
  today?: () => string;
  /** The governance Q&A, for questions that name no provider or ask nothing of the provider data. */
  governance?: GovernanceKnowledge;
}

/** What the providers' routing asks of the governance Q&A. */
export interface GovernanceKnowledge {
  /** Whether a name that matches no provider is a governance topic ("de Hervormingsagenda", "Twente"). */
  namesTopic(name: string): Promise<boolean>;
  /** Whether the documents answer a question ("Waar escaleer je een probleem met een zorgaanbieder?"). */
  answers(question: string): Promise<boolean>;
  /** Whether a question asks personal details ("Waar woont wethouder Ed Anker?"): Q&A declines those, no provider data holds them. */
  asksPersonalData(question: string): boolean;
  /** The documents' answer to a question (not the user guide's), as Q&A shows it; undefined when they give none. */
  documentAnswer?(question: string): Promise<Reply[] | undefined>;
}

/** Contract figures: RSJ sees everything; wethouders and beleidsadviseurs see their gemeente's contracts. */
export const scopeFor = (person: Person | undefined): Scope | undefined => grant('providers.contracts', person);

export const PROVIDER_VERBS = { more: 'providers.more' } as const;

const mayEscalate = (p: Person | undefined) => may('escalations.raise', p);

/** The query a "Toon meer" button carries: only the filters, re-checked against the clicker's scope. */
const querySchema = z.object({
  kind: z.enum(['status', 'waits', 'signals', 'ending', 'contracts', 'top']),
  providerId: z.string().max(100).optional(),
  gemeente: z.string().max(100).optional(),
  soort: z.enum(CONTRACT_SOORTEN).optional(),
  product: z.string().max(200).optional(),
  minWeeks: z.number().min(0).max(520).optional(),
  inclusive: z.boolean().optional(),
  niveau: z.enum(SIGNAL_NIVEAUS).optional(),
  signalSoort: z.enum(SIGNAL_SOORTEN).optional(),
  endFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  endBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  endLabel: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(25).optional(),
  perGemeente: z.boolean().optional(),
});
const pageSchema = z.object({
  query: z.string().max(2000).transform((text, ctx) => {
    try {
      return querySchema.parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'bad query' });
      return z.NEVER;
    }
  }),
  table: z.coerce.number().int().min(0).max(5),
  offset: z.coerce.number().int().min(0).max(100_000),
});

/** Contract totals of the whole region: what a document such as a kadernota also counts. */
const asksTotals = (q: Query) => q.kind === 'contracts' && !q.providerId && !q.gemeente && !q.product;

/** "Hoeveel eenjarige contracten zijn er?": the data answers for now; a document may give a figure of its own date. */
async function withDocumentFigure(replies: Reply[], query: Query, text: string, governance?: GovernanceKnowledge): Promise<Reply[]> {
  const documents = asksTotals(query) ? await governance?.documentAnswer?.(text) : undefined;
  return documents ? [...replies, { text: T.alsoInDocuments }, ...documents] : replies;
}

/**
 * A name that matches no provider but a topic of the documents ("de Hervormingsagenda"), or a provider's name in a
 * question that asks nothing of the data ("welke stappen kent de escalatie ladder", with a provider De Ladder) when the
 * documents answer it: Q&A's, for everyone, since the documents are open to all.
 */
async function isGovernanceQuestion(parsed: Parsed, text: string, followsUp: boolean, governance?: GovernanceKnowledge): Promise<boolean> {
  if (parsed.type === 'unknown-provider') return !!(await governance?.namesTopic(parsed.phrase));
  return parsed.type === 'query' && !!parsed.documentsFirst && !followsUp && !!(await governance?.answers(text));
}

/** The last query per conversation, so "en in Deventer?" has something to build on. */
export const lastQueries = (store: ConversationContext, log: Logger): FollowUpContext<Query> =>
  followUpContext(store, 'provider-query', querySchema, 30 * 60, log);

/** Placed before the Q&A fallback: answers only what it understands, and lets generic questions through. */
export function providersRoutes(deps: ProvidersRoutesDeps): FeatureRoutes {
  const { model, service, region, last } = deps;
  const today = deps.today ?? todayIso;

  const handler: TextHandler = {
    name: 'provider-query',
    async handle(turn: Turn): Promise<Reply[] | undefined> {
      if (!turn.text || deps.governance?.asksPersonalData(turn.text)) return undefined;
      await model.ensureLoaded();
      const previous = mayFollowUp(turn.text) ? await last.get(turn.conversation.id) : undefined;
      const parsed = parseQuestion(turn.text, { region, matcher: model.matcher, products: model.products, today: today(), last: previous });
      if (!parsed || (await isGovernanceQuestion(parsed, turn.text, !!previous, deps.governance))) return undefined;
      const scope = scopeFor(turn.person);
      const namesProvider = parsed.type === 'unknown-provider' || (parsed.type === 'query' && !!parsed.query.providerId && !previous);
      // Generic questions (totals) may also be governance questions: leave them to Q&A when we cannot answer.
      if (!scope) return namesProvider ? say(T.noAccess) : undefined;
      if (model.isEmpty) return namesProvider ? say(T.noData) : undefined;
      // A governance question that mentions aanbieders or contracten ("wie sluit de contracten af?") is Q&A's when it answers it.
      if (parsed.type === 'vague') return (await deps.governance?.answers(turn.text)) ? undefined : say([T.notUnderstood, ...T.examples.map((e) => `- ${e}`)].join('\n'));
      if (parsed.type === 'unknown-provider') {
        return say(T.unknownProvider(parsed.phrase, model.matcher.suggest(parsed.phrase).map((p) => p.naam)));
      }
      const query = parsed.query;
      if (!scope.all && query.gemeente && query.gemeente !== scope.gemeente) return say(T.otherGemeente(scope.gemeente, query.gemeente));
      turn.afterReply(() => last.put(turn.conversation.id, query));
      const answer = await service.answer(query, scope, today(), { canEscalate: mayEscalate(turn.person) });
      return withDocumentFigure([{ text: answer.summary, card: renderProviderAnswerCard(answer) }], query, turn.text, previous ? undefined : deps.governance);
    },
  };

  /** "Toon meer": the next page of one list; the scope comes from the clicker, never from the card. */
  const more: CardAction = {
    verb: PROVIDER_VERBS.more,
    async handle(turn, data) {
      const scope = scopeFor(turn.person);
      if (!scope) return { message: T.noAccess };
      const page = pageSchema.safeParse(data);
      if (!page.success) return { message: T.pageGone };
      const query = page.data.query;
      if (!scope.all && query.gemeente && query.gemeente !== scope.gemeente) return { message: T.otherGemeente(scope.gemeente, query.gemeente) };
      await model.ensureLoaded();
      if (query.providerId && !model.providers.has(query.providerId)) return { message: T.pageGone };
      const answer = await service.answer(query, scope, today(), { canEscalate: mayEscalate(turn.person), page: { table: page.data.table, offset: page.data.offset } });
      return { card: renderProviderAnswerCard(answer) };
    },
  };

  return {
    textHandlers: [handler],
    cardActions: [more],
    helpSection: 'Zorgaanbieders en contracten',
    help: (person) =>
      scopeFor(person)
        ? [
            { title: 'Stand van zaken van een aanbieder', example: 'Hoe staat het met [naam aanbieder]?' },
            { title: 'Lijsten en totalen over contracten', example: 'Welke contracten lopen dit jaar af?' },
          ]
        : [],
  };
}

