import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { Config } from '../config';
import type { Logger } from '../shared/logger';
import { recordAppInstallation } from '../shared/telemetry';

/**
 * Installs the app as a personal app for a user who has no chat with the bot, through Microsoft Graph
 * (POST /users/{id}/teamwork/installedApps, application permission TeamsAppInstallation.ReadWriteForUser.All),
 * as Company Communicator does. Teams then sends the installation event; the bot captures that
 * conversation and the outbox delivers what was waiting for this user.
 */
export type InstallResult =
  | { status: 'installed' }
  /** Installed before: no installation event will come; chatId is the existing 1:1 chat when Graph gives it. */
  | { status: 'already-installed'; chatId?: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };

export interface GraphAppInstallerOptions {
  /** Id of the app in the organisation catalog (teamsApp id, not the manifest's external id). */
  catalogAppId: string;
  /** Bearer token for https://graph.microsoft.com/.default (application permissions). */
  token: () => Promise<string>;
  log: Logger;
  graphUrl?: string;
  /** One request per user within this time: many waiting deliveries for one user ask once. */
  dedupeMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

const GRAPH = 'https://graph.microsoft.com';
const MAX_ATTEMPTS = 3;
const MAX_RETRY_AFTER_MS = 5_000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class GraphAppInstaller {
  private readonly asked = new Map<string, number>();
  private permissionWarned = false;
  private readonly graph: string;

  constructor(private readonly options: GraphAppInstallerOptions) {
    this.graph = (options.graphUrl ?? GRAPH).replace(/\/$/, '');
  }

  /** The outbox's AppInstaller port: never throws, reports what happened. */
  async requestInstall(aadObjectId: string): Promise<InstallResult> {
    const result = await this.install(aadObjectId).catch((err: Error): InstallResult => ({ status: 'failed', reason: err.message }));
    recordAppInstallation(result.status);
    const level = result.status === 'failed' ? 'warn' : 'info';
    this.options.log[level]({ user: aadObjectId, ...result }, 'graph app installation');
    return result;
  }

  private async install(aadObjectId: string): Promise<InstallResult> {
    // The id goes into a URL path: only a real object id (GUID), never an arbitrary string.
    if (!GUID.test(aadObjectId)) return { status: 'skipped', reason: 'geen geldig Entra object-id' };
    const now = (this.options.now ?? Date.now)();
    const last = this.asked.get(aadObjectId);
    if (last !== undefined && now - last < (this.options.dedupeMs ?? 60 * 60_000)) return { status: 'skipped', reason: 'al aangevraagd' };
    this.asked.set(aadObjectId, now);

    const installed = `${this.graph}/v1.0/users/${aadObjectId}/teamwork/installedApps`;
    const res = await this.call('POST', installed, { 'teamsApp@odata.bind': `${this.graph}/v1.0/appCatalogs/teamsApps/${this.options.catalogAppId}` });
    if (res.status === 201 || res.status === 200) return { status: 'installed' };
    if (res.status === 409) return { status: 'already-installed', chatId: await this.existingChat(installed) };
    this.asked.delete(aadObjectId); // a failure may be asked again
    if (res.status === 403 && !this.permissionWarned) {
      this.permissionWarned = true;
      this.options.log.error('Graph refused the app installation: grant the identity TeamsAppInstallation.ReadWriteForUser.All (docs/beheer.md)');
    }
    return { status: 'failed', reason: `Graph HTTP ${res.status}${res.code ? ` ${res.code}` : ''}` };
  }

  /** The 1:1 chat of an existing installation (installation id first, then its chat). */
  private async existingChat(installedUrl: string): Promise<string | undefined> {
    const filter = encodeURIComponent(`teamsApp/id eq '${this.options.catalogAppId}'`);
    const list = await this.call('GET', `${installedUrl}?$expand=teamsApp&$filter=${filter}`);
    const installationId = (list.body?.value as { id?: string }[] | undefined)?.[0]?.id;
    if (list.status !== 200 || !installationId) return undefined;
    const chat = await this.call('GET', `${installedUrl}/${encodeURIComponent(installationId)}/chat`);
    return chat.status === 200 ? (chat.body?.id as string | undefined) : undefined;
  }

  /** One Graph call with a timeout; 429 and 5xx are retried a few times (Retry-After honoured, capped). */
  private async call(method: 'GET' | 'POST', url: string, body?: unknown): Promise<{ status: number; code?: string; body?: Record<string, unknown> }> {
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${await this.options.token()}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      const text = await res.text();
      const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
      const retryable = res.status === 429 || res.status >= 500;
      if (!retryable || attempt >= MAX_ATTEMPTS) {
        return { status: res.status, code: (parsed?.error as { code?: string } | undefined)?.code, body: parsed };
      }
      const retryAfter = Number(res.headers.get('retry-after'));
      const waitMs = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS) : 200 * attempt;
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * The installer when GRAPH_APP_INSTALL=on: on Azure with the app's managed identity (AZURE_CLIENT_ID),
 * locally with the bot's Entra app and secret. Undefined (deliveries simply wait) otherwise.
 */
export function createAppInstaller(
  config: Pick<Config, 'GRAPH_APP_INSTALL' | 'TEAMS_APP_CATALOG_ID' | 'AZURE_CLIENT_ID' | 'BOT_ID' | 'BOT_PASSWORD' | 'BOT_TENANT_ID'>,
  log: Logger,
  graphUrl?: string,
): GraphAppInstaller | undefined {
  if (config.GRAPH_APP_INSTALL !== 'on' || !config.TEAMS_APP_CATALOG_ID) return undefined;
  let credential: TokenCredential;
  if (config.AZURE_CLIENT_ID) credential = new ManagedIdentityCredential({ clientId: config.AZURE_CLIENT_ID });
  else if (config.BOT_ID && config.BOT_PASSWORD && config.BOT_TENANT_ID) credential = new ClientSecretCredential(config.BOT_TENANT_ID, config.BOT_ID, config.BOT_PASSWORD);
  else {
    log.warn('GRAPH_APP_INSTALL=on but no identity for Graph (AZURE_CLIENT_ID, or BOT_ID + BOT_PASSWORD + BOT_TENANT_ID): deliveries wait for the user to open the app');
    return undefined;
  }
  const token = async () => {
    const result = await credential.getToken(GRAPH_SCOPE);
    if (!result) throw new Error('no Graph token');
    return result.token;
  };
  return new GraphAppInstaller({ catalogAppId: config.TEAMS_APP_CATALOG_ID, token, log, graphUrl });
}
