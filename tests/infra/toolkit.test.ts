import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const placeholders = (text: string) => [...text.matchAll(/\$\{\{\s*(?:local:)?([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]);
const envKeys = (file: string) => [...read(file).matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]);
/** Variables a lifecycle file writes: writeToEnvironmentFile blocks (`key: NAME` lines). */
const written = (yml: string) => [...yml.matchAll(/^\s+\w+: ([A-Z][A-Z0-9_]+)\s*$/gm)].map((m) => m[1]);
const bicepOutputs = () => [...read('infra/azure.bicep').matchAll(/^output (\w+) /gm)].map((m) => m[1]);
const stages = (yml: string) => [...yml.matchAll(/^(provision|deploy|publish):/gm)].map((m) => m[1]);
const actionsOf = (yml: string, stage: string) => {
  const body = yml.split(/^(?=provision:|deploy:|publish:)/m).find((s) => s.startsWith(`${stage}:`)) ?? '';
  return [...body.matchAll(/- uses: (\S+)/g)].map((m) => m[1]);
};
/** JSON with // comments (VS Code's jsonc). */
const jsonc = (file: string) => JSON.parse(read(file).replace(/^\s*\/\/.*$/gm, ''));

describe('Agents Toolkit lifecycle', () => {
  it.each(['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml'])('%s is on yml schema v1.11', (file) => {
    const yml = read(file);
    expect(yml).toMatch(/^version: v1\.11$/m);
    expect(yml).toContain('$schema=https://aka.ms/m365-agents-toolkits/v1.11/yaml.schema.json');
  });

  it('m365agents.yml provisions, deploys and publishes, validating the app package before update and publish', () => {
    const yml = read('m365agents.yml');
    expect(stages(yml)).toEqual(['provision', 'deploy', 'publish']);
    const provision = actionsOf(yml, 'provision');
    expect(provision.indexOf('teamsApp/validateAppPackage')).toBeGreaterThan(provision.indexOf('teamsApp/zipAppPackage'));
    expect(provision.indexOf('teamsApp/validateAppPackage')).toBeLessThan(provision.indexOf('teamsApp/update'));
    expect(provision).toContain('arm/deploy');
    expect(provision).not.toContain('botAadApp/create'); // the managed identity is the bot's identity
    expect(actionsOf(yml, 'deploy')).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    const publish = actionsOf(yml, 'publish');
    expect(publish.indexOf('teamsApp/validateAppPackage')).toBeLessThan(publish.indexOf('teamsApp/publishAppPackage'));
    expect(yml).toMatch(/args: run build/);
    expect(yml).toMatch(/ignoreFile: \.webappignore/);
  });

  it('every ${{VAR}} the dev lifecycle, Bicep parameters and manifest use is defined, written by an earlier step or generated', () => {
    const yml = read('m365agents.yml');
    const generated = [...read('scripts/ensure-secrets.mjs').matchAll(/'(SECRET_[A-Z_]+)'/g)].map((m) => m[1]);
    const known = new Set([...envKeys('env/.env.dev'), ...written(yml), ...bicepOutputs(), ...generated]);
    const used = [...placeholders(yml), ...placeholders(read('infra/azure.parameters.json')), ...placeholders(read('appPackage/manifest.json'))];
    expect([...new Set(used)].filter((name) => !known.has(name))).toEqual([]);
  });

  it('F5: the local lifecycle, manifest and launch URLs find their variables in env/.env.local or earlier steps', () => {
    const yml = read('m365agents.local.yml');
    const known = new Set([...envKeys('env/.env.local'), ...written(yml)]);
    const used = [...placeholders(yml), ...placeholders(read('appPackage/manifest.json')), ...placeholders(read('.vscode/launch.json'))];
    expect([...new Set(used)].filter((name) => !known.has(name))).toEqual([]);
    expect(envKeys('env/.env.local')).toEqual(expect.arrayContaining(['BOT_ENDPOINT', 'BOT_DOMAIN', 'TEAMS_APP_ID', 'BOT_ID']));
    expect(yml).toContain('messagingEndpoint: ${{BOT_ENDPOINT}}/api/messages');
  });

  it('F5 tasks start a public dev tunnel on the bot port that writes BOT_ENDPOINT and BOT_DOMAIN, then provision and start the bot', () => {
    const tasks = jsonc('.vscode/tasks.json').tasks as { label: string; args?: any; command?: string; dependsOn?: string[] }[];
    const tunnel = tasks.find((t) => t.command === 'debug-start-local-tunnel')!;
    expect(tunnel.args.type).toBe('dev-tunnel');
    expect(tunnel.args.ports[0]).toMatchObject({ portNumber: 3978, access: 'public', writeToEnvironmentFile: { endpoint: 'BOT_ENDPOINT', domain: 'BOT_DOMAIN' } });
    const start = tasks.find((t) => t.label === 'Start Teams App Locally')!;
    expect(start.dependsOn!.indexOf('Start local tunnel')).toBeLessThan(start.dependsOn!.indexOf('Create resources'));
    const bot = tasks.find((t) => t.label === 'Start bot') as any;
    const script = JSON.parse(read('package.json')).scripts[bot.command.replace('npm run ', '')];
    expect(script).toContain('--inspect=9239');
    const launch = jsonc('.vscode/launch.json');
    expect(launch.configurations.find((c: any) => c.request === 'attach').port).toBe(9239);
    expect(launch.compounds.map((c: any) => c.name)).toContain('Debug in Teams (Edge)');
  });

  it('npm start runs the built bot with node only; nothing compiles at start', () => {
    const scripts = JSON.parse(read('package.json')).scripts;
    expect(scripts.start).toBe('node dist/src/index.js');
    expect(scripts.prestart).toBeUndefined();
    expect(read('infra/azure.bicep')).toContain("appCommandLine: 'node dist/src/index.js'");
  });
});
