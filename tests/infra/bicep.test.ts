import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTAINERS } from '../../src/storage/document-store';
import { objectProperties, parseBicep, propertyAt, stringLiteral } from '../helpers/bicep';

const INFRA = path.join(__dirname, '..', '..', 'infra');
const BICEP = path.join(INFRA, 'azure.bicep');

describe('infra/azure.bicep', () => {
  it('parses without syntax errors', async () => {
    expect((await parseBicep(BICEP)).syntaxErrors).toEqual([]);
  });

  it('the parse check fails on a broken file (an unclosed object, a stray token)', async () => {
    const source = readFileSync(BICEP, 'utf8');
    expect((await parseBicep(source.replace("httpsOnly: true", 'httpsOnly: true ]'), true)).syntaxErrors).not.toEqual([]);
    expect((await parseBicep(source.replace("channelName: 'MsTeamsChannel' }\n}", "channelName: 'MsTeamsChannel' }\n"), true)).syntaxErrors).not.toEqual([]);
  });

  it('every parameter without a default is in azure.parameters.json, and that file names no unknown parameter', async () => {
    const { params } = await parseBicep(BICEP);
    const given = Object.keys(JSON.parse(readFileSync(path.join(INFRA, 'azure.parameters.json'), 'utf8')).parameters);
    const required = [...params].filter(([, p]) => !p.hasDefault).map(([name]) => name);
    expect(required.filter((name) => !given.includes(name))).toEqual([]);
    expect(given.filter((name) => !params.has(name))).toEqual([]);
  });

  it('App Service runs Node 22 LTS on Linux, HTTPS only, TLS 1.2+, no FTP, with a health check and always on', async () => {
    const bicep = await parseBicep(BICEP);
    const site = bicep.resource('webApp');
    const siteConfig = (key: string) => propertyAt(site, ['properties', 'siteConfig', key])?.text;
    expect(propertyAt(site, ['kind'])?.text).toBe("'app,linux'");
    expect(propertyAt(site, ['properties', 'httpsOnly'])?.text).toBe('true');
    expect(siteConfig('linuxFxVersion')).toBe("'NODE|22-lts'");
    expect(siteConfig('minTlsVersion')).toBe("'1.2'");
    expect(siteConfig('ftpsState')).toBe("'Disabled'");
    expect(siteConfig('healthCheckPath')).toBe("'/healthz'");
    expect(siteConfig('alwaysOn')).toBe('true');
    expect(siteConfig('appCommandLine')).toBe("'node dist/src/index.js'");
    expect(propertyAt(bicep.resource('ftpPublishing'), ['properties', 'allow'])?.text).toBe('false');
  });

  it('the bot, Cosmos and Key Vault use the managed identity; no key or password is handed out', async () => {
    const bicep = await parseBicep(BICEP);
    expect(propertyAt(bicep.resource('botService'), ['properties', 'msaAppType'])?.text).toBe("'UserAssignedMSI'");
    expect(propertyAt(bicep.resource('cosmosAccount'), ['properties', 'disableLocalAuth'])?.text).toBe('true');
    expect(propertyAt(bicep.resource('keyVault'), ['properties', 'enableRbacAuthorization'])?.text).toBe('true');
    expect(propertyAt(bicep.resource('webApp'), ['properties', 'keyVaultReferenceIdentity'])?.text).toBe('identity.id');
    expect(propertyAt(bicep.resource('cosmosDataRole'), ['properties', 'principalId'])?.text).toBe('identity.properties.principalId');
    const source = readFileSync(BICEP, 'utf8');
    expect(source).not.toMatch(/listKeys\(|listConnectionStrings\(|BOT_PASSWORD|COSMOS_KEY/);
  });

  it('secrets in app settings are Key Vault references to the vault the template makes', async () => {
    const settings = objectProperties(propertyAt((await parseBicep(BICEP)).resource('appSettings'), ['properties'])!);
    for (const name of ['EXPORT_SECRET', 'NOTIFY_TOKEN']) {
      expect(settings.get(name)?.text).toMatch(/^'@Microsoft\.KeyVault\(VaultName=\$\{keyVault\.name\};SecretName=\$\{\w+\}\)'$/);
    }
  });

  it('Cosmos containers come from cosmos-containers.json, which declares every container the storage uses', async () => {
    expect(readFileSync(BICEP, 'utf8')).toContain("loadJsonContent('cosmos-containers.json')");
    const declared = JSON.parse(readFileSync(path.join(INFRA, 'cosmos-containers.json'), 'utf8')) as { id: string; partitionKeyPath: string; indexingPolicy: unknown }[];
    expect(declared.map((c) => c.id).sort()).toEqual(Object.keys(CONTAINERS).sort());
    for (const c of declared) {
      expect(c.partitionKeyPath).toMatch(/^\/\w+/);
      expect(c.indexingPolicy).toBeDefined();
    }
  });

  it('outputs what an operator needs: bot endpoint and identity, Key Vault and the notify token secret name', async () => {
    const outputs = (await parseBicep(BICEP)).root.namedChildren
      .filter((n) => n?.type === 'output_declaration')
      .map((n) => n!.namedChildren[0]!.text);
    expect(outputs).toEqual(expect.arrayContaining(['BOT_MESSAGING_ENDPOINT', 'BOT_ID', 'BOT_TENANT_ID', 'BOT_DOMAIN', 'BOT_AZURE_APP_SERVICE_RESOURCE_ID', 'KEY_VAULT_NAME', 'NOTIFY_TOKEN_SECRET_NAME', 'NOTIFY_URL']));
    const notifyName = (await parseBicep(BICEP)).root.namedChildren.find((n) => n?.type === 'variable_declaration' && n.namedChildren[0]?.text === 'notifyTokenName');
    expect(stringLiteral(notifyName?.namedChildren[1] ?? undefined)).toBe('notify-token');
  });
});
