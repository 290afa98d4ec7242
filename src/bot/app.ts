import { ActivityTypes, CardFactory, MemoryStorage, type TurnContext } from 'botbuilder';
import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { CardAction, FeatureRoutes, Reply, Turn } from '../features/feature';
import { PEOPLE_TEXTS } from '../features/people/people.texts';
import type { Logger } from '../shared/logger';
import type { ConversationsRepository } from '../features/notifications/store.ports';
import type { PeopleRepository } from '../features/people/people.ports';
import type { RateLimitsRepository } from '../storage/ports';
import { dutchErrorMessage } from './bot-errors';
import { INPUT_TEXTS, MAX_MESSAGE_CHARS, cardDataProblem } from './input-limits';
import { type ConversationCaptured, installationCapture } from './installation';
import { type RatePolicy, cardPolicy, messagePolicy, rateLimitedText } from './rate-limit';
import { toTurn } from './turn';

export interface BotDeps {
  adapter: TeamsAdapter;
  botId?: string;
  /** When set, activities from any other tenant are ignored before a handler runs. */
  tenantId?: string;
  people: PeopleRepository;
  conversations: ConversationsRepository;
  /** Per-person limits on expensive or broadcasting actions, shared by all instances. */
  rateLimits: RateLimitsRepository;
  /** The clock the rate-limit windows are counted on (tests move it instead of waiting). */
  now?: () => Date;
  features: FeatureRoutes[];
  /** The card a new user or channel gets when the bot is added. */
  welcome: (turn: Turn) => Promise<Reply>;
  log: Logger;
  /** A chat or channel reference was stored: the outbox sends what waited for it. */
  onConversationCaptured?: ConversationCaptured;
}

const UNKNOWN_VERB = 'Deze knop werkt niet (meer). Typ "help" om te zien wat ik kan.';
const NOT_UNDERSTOOD = 'Dat heb ik niet begrepen. Typ "help" om te zien wat ik kan.';

export async function sendReplies(context: TurnContext, replies: Reply[]): Promise<void> {
  for (const reply of replies) {
    // A card already shows the answer; its text becomes the summary (chat list preview, notifications)
    // instead of a second copy of the same words above the card.
    await context.sendActivity(
      reply.card
        ? { type: ActivityTypes.Message, summary: reply.text, attachments: [CardFactory.adaptiveCard(reply.card)] }
        : { type: ActivityTypes.Message, text: reply.text },
    );
  }
}

/** The teams-ai Application: turns activities into calls of the features' handlers. */
export function createBotApp(deps: BotDeps): Application<TurnState> {
  const { features, log } = deps;
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.botId,
    storage: new MemoryStorage(),
    startTypingTimer: false,
    removeRecipientMention: true,
  });
  // One guard for every route: a single-tenant bot never serves another organisation.
  app.turn('beforeTurn', async (context) => {
    const tenant = context.activity.conversation?.tenantId ?? context.activity.channelData?.tenant?.id;
    if (!deps.tenantId || tenant === deps.tenantId) return true;
    log.warn({ tenant }, 'activity from another tenant ignored');
    return false;
  });
  const capture = installationCapture(deps.conversations, deps.onConversationCaptured);
  const turnOf = (context: TurnContext) => toTurn(context, deps.people);

  const greet = async (context: TurnContext) => {
    await capture(context, true);
    await sendReplies(context, [await deps.welcome(await turnOf(context))]);
  };

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) await greet(context);
  });
  // Teams sends both membersAdded and installationUpdate on install: greet once, capture on both.
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    if (context.activity.action === 'add') await capture(context, true);
  });

  const allowed = (turn: Turn, policy: RatePolicy) =>
    deps.rateLimits.take(turn.user.aadObjectId ?? `anon:${turn.user.name}`, policy.action, policy.limit, policy.windowMs, (deps.now ?? (() => new Date()))().getTime());
  app.activity(ActivityTypes.Message, async (context) => {
    await capture(context);
    await sendReplies(context, await answerMessage(context, turnOf, allowed, features));
  });

  for (const feature of features) {
    for (const action of feature.cardActions ?? []) registerCardAction(app, action, feature.membersOnly ?? false, turnOf, capture, allowed, log);
  }
  // Registered last, so it only sees verbs no feature claimed (an old card, a tampered verb).
  app.adaptiveCards.actionExecute(/.*/, async () => UNKNOWN_VERB);

  app.error(async (context, err) => {
    const { text, reference, expected } = dutchErrorMessage(err);
    if (expected) log.warn({ err: err.message }, 'expected failure in turn');
    else log.error({ err, reference, activityId: context.activity?.id }, 'turn failed');
    await context.sendActivity(text).catch((sendErr) => log.error({ err: sendErr }, 'could not send error message'));
  });
  return app;
}

/** Length and rate limits first, so an oversized or flooding message never reaches matching. */
async function answerMessage(
  context: TurnContext,
  turnOf: (c: TurnContext) => Promise<Turn>,
  allowed: (turn: Turn, policy: RatePolicy) => Promise<boolean>,
  features: FeatureRoutes[],
): Promise<Reply[]> {
  const length = context.activity.text?.length ?? 0;
  if (length > MAX_MESSAGE_CHARS) return [{ text: INPUT_TEXTS.messageTooLong(length) }];
  const turn = await turnOf(context);
  const policy = messagePolicy(turn.text, turn.files.length);
  if (policy && !(await allowed(turn, policy))) return [{ text: rateLimitedText(policy) }];
  return dispatchText(turn, features);
}

/** Handlers are tried in feature order; the first that answers wins. */
export async function dispatchText(turn: Turn, features: FeatureRoutes[]): Promise<Reply[]> {
  if (!turn.text && turn.files.length === 0) return [{ text: NOT_UNDERSTOOD }];
  for (const feature of features) {
    for (const handler of feature.textHandlers ?? []) {
      const replies = await handler.handle(turn);
      if (!replies) continue;
      return feature.membersOnly && !turn.person ? [{ text: PEOPLE_TEXTS.unknownUser }] : replies;
    }
  }
  return [{ text: NOT_UNDERSTOOD }];
}

function registerCardAction(
  app: Application<TurnState>,
  action: CardAction,
  membersOnly: boolean,
  turnOf: (c: TurnContext) => Promise<Turn>,
  capture: (c: TurnContext) => Promise<void>,
  allowed: (turn: Turn, policy: RatePolicy) => Promise<boolean>,
  log: Logger,
) {
  const policy = cardPolicy(action.verb);
  app.adaptiveCards.actionExecute(action.verb, async (context, _state, data) => {
    try {
      const fields = (data ?? {}) as Record<string, unknown>;
      // Refused before any handler runs, so an oversized input is never stored or echoed back.
      const problem = cardDataProblem(fields);
      if (problem) return problem;
      await capture(context);
      const turn = await turnOf(context);
      if (membersOnly && !turn.person) return PEOPLE_TEXTS.unknownUser;
      if (policy && !(await allowed(turn, policy))) return rateLimitedText(policy);
      const result = await action.handle(turn, fields);
      return 'card' in result ? result.card : result.message;
    } catch (err) {
      const { text, reference } = dutchErrorMessage(err);
      log.error({ err, reference, verb: action.verb }, 'card action failed');
      return text;
    }
  });
}
