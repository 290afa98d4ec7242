import path from 'node:path';
import { parseConfig, ConfigError, describeMode, loadConfig } from '../src/config';
import { loadRegion } from '../src/region';

describe('configuration', () => {
  it('defaults to a local SQLite bot on port 3978 with demo data', () => {
    expect(parseConfig({})).toMatchObject({ PORT: 3978, DATA_DIR: './data', STORAGE: 'sqlite', REGION: 'ijsselland', DEMO_DATA: 'on' });
  });

  it('loads no demo data by default once the bot has real credentials', () => {
    expect(parseConfig({ BOT_ID: 'app-id', BOT_PASSWORD: 'secret' }).DEMO_DATA).toBe('off');
  });

  it('refuses demo data together with BOT_ID (the demo people include a regiomanager)', () => {
    expect(() => parseConfig({ BOT_ID: 'app-id', DEMO_DATA: 'on' })).toThrow(/DEMO_DATA/);
  });

  it('the checked-in env/.env.local does not pin DEMO_DATA over the BOT_ID-aware default', () => {
    const env: NodeJS.ProcessEnv = { ENV_NAME: 'local', BOT_ID: 'app-id', BOT_PASSWORD: 'secret' };
    expect(loadConfig(env, path.resolve(__dirname, '..')).DEMO_DATA).toBe('off');
  });

  it('describes the mode it runs in on one line', () => {
    expect(describeMode(parseConfig({}))).toMatch(/local .*demo data on/);
    expect(describeMode(parseConfig({ BOT_ID: 'app-id', BOT_PASSWORD: 's' }))).toMatch(/Teams .*demo data off/);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ STORAGE: 'mysql' }, 'STORAGE'],
    [{ STORAGE: 'cosmos' }, 'COSMOS_ENDPOINT'],
    [{ BOT_TYPE: 'Other' }, 'BOT_TYPE'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ COSMOS_ENDPOINT: 'not a url' }, 'COSMOS_ENDPOINT'],
  ])('refuses %j with one line naming %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    try {
      parseConfig(env);
    } catch (err) {
      expect((err as Error).message).toContain(name);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});

describe('regions as data', () => {
  it('IJsselland has eleven gemeenten and the five governance bodies', () => {
    const region = loadRegion('ijsselland');
    expect(region.gemeenten).toHaveLength(11);
    expect(region.bodies.map((b) => b.id).sort()).toEqual(['AO', 'BO', 'KC', 'MO', 'PFO']);
  });

  it('Twente loads from its own file with fourteen gemeenten, without code changes', () => {
    const region = loadRegion('twente');
    expect(region.gemeenten).toHaveLength(14);
    expect(region.gemeenten).toContain('Hof van Twente');
  });

  it('an unknown region is a clear error', () => {
    expect(() => loadRegion('atlantis')).toThrow(/atlantis/);
  });
});
