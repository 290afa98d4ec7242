import type { TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';

const DEADLINE_POLICY = 'rsjOutgoingDeadline';

interface PipelineLike {
  getOrderedPolicies(): { name: string }[];
  addPolicy(policy: { name: string; sendRequest(req: { timeout: number }, next: (req: unknown) => Promise<unknown>): Promise<unknown> }): void;
}

/**
 * Puts a deadline on every call the turn's connector client makes (replies, updates, roster
 * lookups, proactive sends): its HTTP client treats timeout 0 as "wait forever", so a
 * serviceUrl that never answers would otherwise hold the turn without end.
 */
export function withOutgoingDeadline(context: TurnContext, ms: number): void {
  const connector = context.turnState.get(context.adapter.ConnectorClientKey) as { client?: { pipeline?: PipelineLike } } | undefined;
  const pipeline = connector?.client?.pipeline;
  if (!pipeline || pipeline.getOrderedPolicies().some((p) => p.name === DEADLINE_POLICY)) return;
  pipeline.addPolicy({
    name: DEADLINE_POLICY,
    sendRequest: (request, next) => {
      if (!request.timeout || request.timeout > ms) request.timeout = ms;
      return next(request);
    },
  });
}

/**
 * Without BOT_ID the adapter accepts unauthenticated local traffic (Agents Playground, tests);
 * with it, every request must carry a valid Bot Framework JWT. Every connector call ends after
 * OUTGOING_TIMEOUT_MS (middleware runs for incoming turns and proactive ones alike).
 */
export function createAdapter(
  config: Pick<Config, 'BOT_ID' | 'BOT_PASSWORD' | 'BOT_TYPE' | 'BOT_TENANT_ID'> & Partial<Pick<Config, 'OUTGOING_TIMEOUT_MS'>>,
): TeamsAdapter {
  const adapter = new TeamsAdapter({
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
  });
  const ms = config.OUTGOING_TIMEOUT_MS ?? 15_000;
  adapter.use(async (context, next) => {
    withOutgoingDeadline(context, ms);
    await next();
  });
  return adapter;
}
