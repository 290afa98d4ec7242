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

interface ConnectorFactoryLike {
  create(serviceUrl: string, audience?: string): Promise<unknown>;
}
interface InboundAuthentication {
  authenticateRequest(
    activity: unknown,
    authHeader: string,
  ): Promise<{ claimsIdentity: { getClaimValue(type: string): string | null }; connectorFactory?: ConnectorFactoryLike }>;
}

/** The service URLs a bot is called from are few (Teams' regional endpoints); a local tool may send any. */
const MAX_SHARED_CONNECTOR_CLIENTS = 16;

/**
 * Incoming turns share one connector client per bot app id, service URL and audience, as botbuilder's
 * BotFrameworkAdapter kept them. CloudAdapter builds a client (pipeline, policies, HTTP client) for
 * every turn, and about 8 KB of each stayed in the old generation until a full GC: ~17 MB of RSS after
 * the 2,000 help turns of the foundation bench. The credentials sign each request themselves, so a
 * shared client stays valid.
 * Proactive sends still get a client of their own: they take the SDK's retries out of its pipeline
 * (see proactive.ts), and a reply in a turn keeps them.
 */
export function shareTurnConnectorClients(adapter: TeamsAdapter): void {
  const auth = (adapter as unknown as { botFrameworkAuthentication: InboundAuthentication }).botFrameworkAuthentication;
  const clients = new Map<string, Promise<unknown>>();
  const authenticate = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticate(activity, authHeader);
    const factory = result.connectorFactory;
    if (!factory) return result;
    const appId = result.claimsIdentity.getClaimValue('aud') ?? result.claimsIdentity.getClaimValue('appid') ?? '';
    const create = (serviceUrl: string, audience?: string) => {
      const key = `${appId}|${serviceUrl}|${audience ?? ''}`;
      let client = clients.get(key);
      if (!client) {
        if (clients.size >= MAX_SHARED_CONNECTOR_CLIENTS) clients.delete(clients.keys().next().value!);
        clients.set(key, (client = factory.create(serviceUrl, audience)));
        client.catch(() => clients.get(key) === client && clients.delete(key));
      }
      return client;
    };
    return { ...result, connectorFactory: { create } };
  };
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
  shareTurnConnectorClients(adapter);
  const ms = config.OUTGOING_TIMEOUT_MS ?? 15_000;
  adapter.use(async (context, next) => {
    withOutgoingDeadline(context, ms);
    await next();
  });
  return adapter;
}
