import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeFeatures, type Features } from '../../src/compose';
import { parseConfig } from '../../src/config';
import type { Person } from '../../src/features/people/people.domain';
import { grant, may, ownGemeente, type Permission, PERMISSIONS, permissionsMarkdown } from '../../src/features/permissions';
import { loadRegion } from '../../src/region';
import { createLogger } from '../../src/shared/logger';
import { createRepositories, type Storage } from '../../src/storage';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { withPermissions } from '../../scripts/permissions-readme';
import { FakeOutbox, FakeTimers } from '../helpers/fake-ports';

const root = path.resolve(__dirname, '..', '..');
const table = Object.values(PERMISSIONS as Record<string, Permission>);
const tableVerbs = table.flatMap((p) => p.verbs);
const tableHandlers = new Set(table.flatMap((p) => p.commands.map((c) => c.handler)));

function cardTemplates(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return cardTemplates(full);
    return name.endsWith('.card.json') ? [full] : [];
  });
}
const templateVerbs = cardTemplates(path.join(root, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/"verb"\s*:\s*"([^"]+)"/g)].map((m) => m[1]));

const person = (roles: Person['roles'], gemeente?: string): Person => ({ aadObjectId: 'x', name: 'X', email: '', roles, gemeente, demo: false });

describe('the permissions table', () => {
  it('is what the README shows (run `npm run docs:permissions` after changing it)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(permissionsMarkdown());
    expect(withPermissions(readme)).toBe(readme);
  });

  it('fails the README check when a role is added to an action', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const before = PERMISSIONS['regio.round.change'].who;
    (PERMISSIONS['regio.round.change'] as { who: unknown }).who = ['regiomanager', 'projectmanager'];
    try {
      expect(withPermissions(readme)).not.toBe(readme);
    } finally {
      (PERMISSIONS['regio.round.change'] as { who: unknown }).who = before;
    }
  });

  it('names each verb and each text handler once', () => {
    expect(tableVerbs.filter((v, i) => tableVerbs.indexOf(v) !== i)).toEqual([]);
    const examples = table.flatMap((p) => p.commands.map((c) => c.example));
    expect(examples.filter((e, i) => examples.indexOf(e) !== i)).toEqual([]);
  });

  it('grants by role, limits gemeente roles to their gemeente and needs a gemeente for them', () => {
    expect(grant('providers.contracts', person(['contractmanager']))).toEqual({ all: true });
    expect(grant('providers.contracts', person(['wethouder'], 'Deventer'))).toEqual({ all: false, gemeente: 'Deventer' });
    expect(grant('providers.contracts', person(['wethouder']))).toBeUndefined();
    // A region-wide role wins over a gemeente role of the same person.
    expect(grant('providers.contracts', person(['wethouder', 'regiomanager'], 'Deventer'))).toEqual({ all: true });
    expect(ownGemeente('regio.theme.submit', person(['beleidsadviseur'], 'Kampen'))).toBe('Kampen');
    expect(ownGemeente('regio.theme.submit', person(['beleidsadviseur']))).toBeUndefined();
    expect(may('regio.view', undefined)).toBe(false);
    expect(may('regio.view', person(['bestuurder']))).toBe(true);
    expect(may('qa.ask', undefined)).toBe(true);
    expect(may('escalations.handle', person(['bestuurder']))).toBe(true);
    expect(may('escalations.raise', person(['projectmanager']))).toBe(false);
  });
});

describe('verbs and text commands of every feature against the table', () => {
  let dir: string;
  let storage: Storage;
  let features: Features;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-perms-'));
    const config = parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
    storage = createRepositories(openSqliteStore(dir), 'ijsselland');
    features = composeFeatures({ config, region: loadRegion(config.REGION), storage, log: createLogger('silent') }, { outbox: new FakeOutbox(), timers: new FakeTimers() });
  });
  afterAll(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const routedVerbs = () => features.routes.flatMap((r) => (r.cardActions ?? []).map((a) => a.verb));
  const handlerNames = () => features.routes.flatMap((r) => (r.textHandlers ?? []).map((h) => h.name));

  it('every routed verb is in the table, and every verb in the table has a route', () => {
    expect(routedVerbs().filter((v) => !tableVerbs.includes(v))).toEqual([]);
    expect(tableVerbs.filter((v) => !routedVerbs().includes(v))).toEqual([]);
  });

  it('every verb a card template sends is in the table (so it is routed and tested)', () => {
    expect([...new Set(templateVerbs)].filter((v) => !tableVerbs.includes(v))).toEqual([]);
  });

  it('every routed verb is one a card sends (no route left behind by a renamed template verb)', () => {
    expect(routedVerbs().filter((v) => !templateVerbs.includes(v))).toEqual([]);
  });

  it('every text handler of every feature is in the table, and every handler in the table exists', () => {
    expect(handlerNames().filter((n) => !tableHandlers.has(n))).toEqual([]);
    expect([...tableHandlers].filter((n) => !handlerNames().includes(n))).toEqual([]);
  });
});
