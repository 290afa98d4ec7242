import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { decodePng } from '../helpers/png';
import { unzip } from '../helpers/unzip';

const ROOT = path.join(__dirname, '..', '..');
const APP = path.join(ROOT, 'appPackage');
const SAMPLE = {
  TEAMS_APP_ID: '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  BOT_ID: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  BOT_DOMAIN: 'rsjbot.azurewebsites.net',
  APP_NAME_SUFFIX: '',
};

/** The official schema for the manifest's own version, as @microsoft/app-manifest bundles it (no download). */
function validatorFor(manifestVersion: string) {
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
const template = () => readFileSync(path.join(APP, 'manifest.json'), 'utf8');

describe('Teams app package', () => {
  it('the manifest is on a current schema version and valid against the official schema', () => {
    const manifest = JSON.parse(fill(template(), SAMPLE));
    const [major, minor] = manifest.manifestVersion.split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(122);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    const validate = validatorFor(manifest.manifestVersion);
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it('the schema check fails on a broken manifest (validation can fail)', () => {
    const manifest = JSON.parse(fill(template(), SAMPLE));
    const validate = validatorFor(manifest.manifestVersion);
    expect(validate({ ...manifest, id: 'not-a-guid' })).toBe(false);
    expect(validate({ ...manifest, description: { short: manifest.description.short } })).toBe(false);
  });

  it('the bot in the manifest is the bot the toolkit provisions, and its domain is valid', () => {
    const manifest = JSON.parse(template());
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    expect(manifest.bots[0].botId).toBe('${{BOT_ID}}');
    expect(manifest.validDomains).toContain('${{BOT_DOMAIN}}');
  });

  it('icons: color 192x192, outline 32x32 white on transparent', () => {
    const manifest = JSON.parse(template());
    const color = decodePng(readFileSync(path.join(APP, manifest.icons.color)));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = decodePng(readFileSync(path.join(APP, manifest.icons.outline)));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const offending: number[] = [];
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      if (a !== 0 && (r < 250 || g < 250 || b < 250)) offending.push(i / 4);
    }
    expect(offending).toEqual([]);
    expect(outline.pixels.some((v, i) => i % 4 === 3 && v === 0)).toBe(true);
  });

  describe('npm run package', () => {
    let out: string;
    beforeAll(() => {
      out = mkdtempSync(path.join(os.tmpdir(), 'app-package-'));
    });
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['scripts/package-app.mjs', '--env', 'packagetest', '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ...env },
      });

    it('zips the filled manifest and both icons; the zipped manifest validates', () => {
      const result = run(SAMPLE);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const entries = unzip(readFileSync(path.join(out, 'appPackage.packagetest.zip')));
      expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      expect(manifest.id).toBe(SAMPLE.TEAMS_APP_ID);
      expect(manifest.bots[0].botId).toBe(SAMPLE.BOT_ID);
      expect(validatorFor(manifest.manifestVersion)(manifest)).toBe(true);
      expect(entries.get('color.png')!.equals(readFileSync(path.join(APP, 'color.png')))).toBe(true);
    });

    it('refuses to build a package with unfilled placeholders and names them', () => {
      const result = run({ BOT_DOMAIN: 'x.example' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/No value for TEAMS_APP_ID, BOT_ID/);
    });
  });
});
