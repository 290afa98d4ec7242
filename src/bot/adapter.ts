import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';

/**
 * Without BOT_ID the adapter accepts unauthenticated local traffic (Agents Playground, tests);
 * with it, every request must carry a valid Bot Framework JWT.
 */
export function createAdapter(config: Pick<Config, 'BOT_ID' | 'BOT_PASSWORD' | 'BOT_TYPE' | 'BOT_TENANT_ID'>): TeamsAdapter {
  return new TeamsAdapter({
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
  });
}
