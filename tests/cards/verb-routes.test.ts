import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeFeatures, type Features } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { loadRegion } from '../../src/region';
import { createLogger } from '../../src/shared/logger';
import { createRepositories, type Storage } from '../../src/storage';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { FakeOutbox, FakeTimers } from '../helpers/fake-ports';

const srcDir = path.resolve(__dirname, '..', '..', 'src');

function cardTemplates(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return cardTemplates(full);
    return name.endsWith('.card.json') ? [full] : [];
  });
}

const verbsIn = (file: string) => [...readFileSync(file, 'utf8').matchAll(/"verb"\s*:\s*"([^"]+)"/g)].map((m) => m[1]);

describe('card verbs and routes', () => {
  let dir: string;
  let storage: Storage;
  let features: Features;
  let routed: string[];

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-verbs-'));
    const config = parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
    storage = createRepositories(openSqliteStore(dir), 'ijsselland');
    // The composition root builds every feature's routes, on a scratch store with fake notification ports.
    features = composeFeatures({ config, region: loadRegion(config.REGION), storage, log: createLogger('silent') }, { outbox: new FakeOutbox(), timers: new FakeTimers() });
    routed = features.routes.flatMap((r) => (r.cardActions ?? []).map((a) => a.verb));
  });

  afterAll(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const templates = cardTemplates(srcDir);

  it('finds the card templates and the routed verbs', () => {
    expect(templates.length).toBeGreaterThan(10);
    expect(routed.length).toBeGreaterThan(10);
  });

  it.each(templates.map((t) => [path.relative(srcDir, t), t]))('%s: every Action.Execute verb has a route', (_name, file) => {
    const missing = verbsIn(file).filter((verb) => !routed.includes(verb));
    expect(missing).toEqual([]);
  });

  it('routes each verb once (a second route for a verb would never run)', () => {
    expect(routed.filter((v, i) => routed.indexOf(v) !== i)).toEqual([]);
  });

  it('fails when a route is removed: without the escalation routes their verbs are unrouted', () => {
    const withoutOne = features.routes
      .filter((r) => !(r.cardActions ?? []).some((a) => a.verb === 'escalation.submit'))
      .flatMap((r) => (r.cardActions ?? []).map((a) => a.verb));
    const unrouted = templates.flatMap(verbsIn).filter((verb) => !withoutOne.includes(verb));
    expect(unrouted).toContain('escalation.submit');
  });
});
