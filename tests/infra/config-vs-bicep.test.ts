import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_SETTINGS, parseConfig } from '../../src/config';
import { objectProperties, parseBicep, propertyAt, stringLiteral } from '../helpers/bicep';

const ROOT = path.join(__dirname, '..', '..');

/** Settings App Service or the deployment itself reads, not the app's configuration. */
const PLATFORM_SETTINGS: Record<string, string> = {
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service installs production dependencies at deploy',
  CUSTOM_BUILD_COMMAND: 'replaces the default npm install + build by a production-only install',
  NODE_ENV: 'production mode for the dependencies',
};

/** Plausible resolved values for settings Bicep fills with an expression. */
const RESOLVED: Record<string, string> = {
  BOT_ID: '00000000-0000-0000-0000-0000000000a1',
  BOT_TENANT_ID: '00000000-0000-0000-0000-0000000000b2',
  AZURE_CLIENT_ID: '00000000-0000-0000-0000-0000000000a1',
  COSMOS_ENDPOINT: 'https://rsjbot-cosmos.documents.azure.com:443/',
  EXPORT_SECRET: 'a'.repeat(43),
  NOTIFY_TOKEN: 'b'.repeat(43),
  PUBLIC_URL: 'https://rsjbot.azurewebsites.net',
  REGION: 'ijsselland',
  OUTBOX_GLOBAL_RPS: '50',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000',
  GRAPH_APP_INSTALL: 'off',
  TEAMS_APP_CATALOG_ID: '',
};

async function bicepAppSettings(): Promise<Map<string, string | undefined>> {
  const bicep = await parseBicep(path.join(ROOT, 'infra', 'azure.bicep'));
  const settings = objectProperties(propertyAt(bicep.resource('appSettings'), ['properties'])!);
  // A plain `var x = 'literal'` reference resolves to its literal.
  const vars = new Map(
    bicep.root.namedChildren
      .filter((n) => n?.type === 'variable_declaration')
      .map((n) => [n!.namedChildren[0]!.text, stringLiteral(n!.namedChildren[1] ?? undefined)]),
  );
  return new Map([...settings].map(([name, value]) => [name, value.type === 'identifier' ? vars.get(value.text) : stringLiteral(value)]));
}

/** Setting names in the "Settings" table of docs/beheer.md marked optional. */
function documentedOptional(): string[] {
  const doc = readFileSync(path.join(ROOT, 'docs', 'beheer.md'), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith('Settings'));
  if (!section) throw new Error('docs/beheer.md has no "## Settings" section');
  return [...section.matchAll(/^\| `([A-Z0-9_]+)` \| optional \|/gm)].map((m) => m[1]);
}

describe('config schema versus Bicep app settings', () => {
  it('every setting the app reads is set by Bicep or documented as optional in docs/beheer.md', async () => {
    const set = await bicepAppSettings();
    const optional = documentedOptional();
    expect(CONFIG_SETTINGS.filter((name) => !set.has(name) && !optional.includes(name))).toEqual([]);
  });

  it('Bicep sets no setting the app does not read (a typo would silently do nothing)', async () => {
    const set = await bicepAppSettings();
    expect([...set.keys()].filter((name) => !(CONFIG_SETTINGS as string[]).includes(name) && !(name in PLATFORM_SETTINGS))).toEqual([]);
  });

  it('what Bicep sets is accepted by the config schema (literal values as written, expressions as resolved)', async () => {
    const set = await bicepAppSettings();
    const env: Record<string, string> = {};
    for (const [name, literal] of set) {
      if (name in PLATFORM_SETTINGS) continue;
      const value = literal ?? RESOLVED[name];
      if (value === undefined) throw new Error(`add a resolved sample value for ${name}`);
      env[name] = value;
    }
    const config = parseConfig(env);
    expect(config).toMatchObject({ STORAGE: 'cosmos', BOT_TYPE: 'UserAssignedMSI', DEMO_DATA: 'off' });
    expect(config.COSMOS_KEY).toBeUndefined();
  });

  it('an unresolved Key Vault reference stops start-up instead of becoming a guessable secret', () => {
    expect(() => parseConfig({ NOTIFY_TOKEN: '@Microsoft.KeyVault(VaultName=kv;SecretName=notify-token)' })).toThrow(/NOTIFY_TOKEN is an unresolved Key Vault reference/);
  });

  it('optional settings documented are real settings (no stale rows)', () => {
    expect(documentedOptional().filter((name) => !(CONFIG_SETTINGS as string[]).includes(name))).toEqual([]);
  });
});
