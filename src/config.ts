import { existsSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { REGION_ID } from './shared/region-id';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

export const configSchema = z
  .object({
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
    STORAGE: z.preprocess(emptyToUndefined, z.enum(['sqlite', 'cosmos']).default('sqlite')),
    COSMOS_ENDPOINT: z.preprocess(emptyToUndefined, z.url().optional()),
    COSMOS_KEY: optionalString,
    COSMOS_DATABASE: z.preprocess(emptyToUndefined, z.string().default('rsj-governance')),
    /** Cosmos: the local folder where this instance keeps its searchable copy of the knowledge (default: in the OS temp dir). */
    KNOWLEDGE_CACHE_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
    /** Create database and containers from infra/cosmos-containers.json: local/emulator only (default: on for a loopback endpoint). */
    COSMOS_CREATE_CONTAINERS: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).optional()),
    /** Days finished deliveries and notifications are kept (Cosmos TTL; SQLite purge). */
    RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(3650).default(30)),
    /** How often each instance reads its region's version document (one point read) to reload changed data. */
    VERSION_POLL_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(50).max(10_000).default(5000)),
    BOT_ID: optionalString,
    BOT_PASSWORD: optionalString,
    BOT_TENANT_ID: optionalString,
    BOT_TYPE: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
    NOTIFY_TOKEN: optionalString,
    /** App-wide Teams budget of this instance: with N instances set 50 / N. */
    OUTBOX_GLOBAL_RPS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(50).default(50)),
    /** 1 in production; tests run the Teams rate windows, backoff and leases on a faster clock. */
    OUTBOX_TIME_SCALE: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(1).default(1)),
    REGION: z.preprocess(emptyToUndefined, z.string().regex(REGION_ID).default('ijsselland')),
    // Demo users include a regiomanager with a known id: on by default only for local, unauthenticated runs.
    DEMO_DATA: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).optional()),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    PUBLIC_URL: z.preprocess(emptyToUndefined, z.url().optional()),
    /** Deadline for every outgoing call: connector replies, proactive sends, file downloads. */
    OUTGOING_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(120_000).default(15_000)),
    /** Hosts shared files may be downloaded from (comma-separated, `*.` for subdomains); https only, plain http only for a listed loopback host (tests). */
    FILE_DOWNLOAD_HOSTS: z.preprocess(emptyToUndefined, z.string().optional()),
    /** Largest file the bot downloads from a chat (imports, ingest). */
    FILE_DOWNLOAD_MAX_MB: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(100).default(10)),
    /** SIGTERM: in-flight turns get this long; after it the process exits and the outbox keeps the rest. */
    SHUTDOWN_DEADLINE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(120_000).default(10_000)),
    /** Signs export download links; without it a random secret per process is used. */
    EXPORT_SECRET: z.preprocess(emptyToUndefined, z.string().min(16).optional()),
    /** Client id of the user-assigned managed identity; @azure/identity reads it for Cosmos and Graph tokens. */
    AZURE_CLIENT_ID: optionalString,
    /** Telemetry goes to Azure Monitor only when this is set. */
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalString,
    /** Install the app through Microsoft Graph for recipients without a chat with the bot. */
    GRAPH_APP_INSTALL: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).default('off')),
    /** The app's id in the organisation app catalog (Graph teamsApp id), needed for GRAPH_APP_INSTALL. */
    TEAMS_APP_CATALOG_ID: optionalString,
  })
  .superRefine((c, ctx) => {
    if (c.STORAGE === 'cosmos' && !c.COSMOS_ENDPOINT) {
      ctx.addIssue({ code: 'custom', path: ['COSMOS_ENDPOINT'], message: 'is required when STORAGE=cosmos' });
    }
    if (c.DEMO_DATA === 'on' && c.BOT_ID) {
      ctx.addIssue({ code: 'custom', path: ['DEMO_DATA'], message: 'must not be on when BOT_ID is set (demo users include a regiomanager)' });
    }
    if (c.GRAPH_APP_INSTALL === 'on' && !c.TEAMS_APP_CATALOG_ID) {
      ctx.addIssue({ code: 'custom', path: ['TEAMS_APP_CATALOG_ID'], message: 'is required when GRAPH_APP_INSTALL=on' });
    }
    if (c.BOT_TYPE !== 'MultiTenant' && c.BOT_ID && !c.BOT_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['BOT_TENANT_ID'], message: `is required when BOT_TYPE=${c.BOT_TYPE}` });
    }
  })
  .transform((c) => ({ ...c, DEMO_DATA: c.DEMO_DATA ?? (c.BOT_ID ? 'off' : 'on') }));

export type Config = z.infer<typeof configSchema>;

/** Every environment variable the configuration reads. */
export const CONFIG_SETTINGS = Object.keys(configSchema.in.shape) as (keyof typeof configSchema.in.shape)[];

export class ConfigError extends Error {}

/** One line for the start-up log: who can reach the bot and whether demo people are loaded. */
export function describeMode(c: Pick<Config, 'BOT_ID' | 'DEMO_DATA' | 'STORAGE'>): string {
  const auth = c.BOT_ID ? 'Teams (authenticated, BOT_ID set)' : 'local (unauthenticated, no BOT_ID)';
  return `mode: ${auth}; demo data ${c.DEMO_DATA}; storage ${c.STORAGE}`;
}

/** Parses settings; throws one ConfigError whose message names the first bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  // App Service passes an unresolvable Key Vault reference through as its literal text: never use that as a secret.
  for (const name of CONFIG_SETTINGS) {
    if (env[name]?.startsWith('@Microsoft.KeyVault(')) {
      throw new ConfigError(`Invalid configuration: ${name} is an unresolved Key Vault reference (does the secret exist, may the app's identity read it?)`);
    }
  }
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue.path.join('.') || 'environment';
  throw new ConfigError(`Invalid configuration: ${name} ${issue.message}`);
}

/**
 * Loads env/.env.<ENV_NAME> (default "local") and its .user twin for local runs;
 * real environment variables always win.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const envName = env.ENV_NAME ?? 'local';
  for (const file of [`.env.${envName}.user`, `.env.${envName}`]) {
    const full = path.join(root, 'env', file);
    if (existsSync(full)) dotenv.config({ path: full, processEnv: env as Record<string, string>, quiet: true, override: false });
  }
  return parseConfig(env);
}
