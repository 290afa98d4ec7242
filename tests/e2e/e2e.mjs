// End-to-end: the built bot and Microsoft 365 Agents Playground (offline, one instance and config
// per demo user), driven in Debian's Chromium with playwright-core. Screenshots go to test-results/.
//   npm run test:e2e            (builds first; E2E_ONLY=<part of a journey name> runs only those)
// Exits non-zero with the failing step's name and a screenshot of every open window.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { journeys } from './journeys.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));
const playgroundCli = join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
const results = join(root, 'test-results');
const work = mkdtempSync(join(tmpdir(), 'rsj-e2e-'));
const children = [];

/** Demo users (config/demo/gebruikers.csv), each in their own playground window. */
const USERS = ['anne', 'bram', 'carla', 'daan'];

const freePort = () =>
  new Promise((done, fail) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => done(port));
    });
    srv.on('error', fail);
  });

function start(name, args, env, cwd = root) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  children.push({ name, child, log });
  return child;
}

async function waitForPort(port, what, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${what} did not start on port ${port}`);
}

/** The demo people as the playground describes users, from the bot's own demo user list. */
function demoPeople() {
  const rows = readFileSync(join(root, 'config/demo/gebruikers.csv'), 'utf8').trim().split('\n').slice(1);
  const people = new Map();
  for (const row of rows) {
    const [aadObjectId, naam, email] = row.split(',');
    const key = naam.split(' ')[0].toLowerCase();
    const [givenName, ...rest] = naam.replace(' (demo)', '').split(' ');
    if (!people.has(key)) people.set(key, { id: `user-${key}`, name: naam, userPrincipleName: email, aadObjectId, givenName, surname: rest.join(' '), email });
  }
  return people;
}

const yamlUser = (u, indent) => Object.entries(u).map(([k, v], i) => `${i === 0 ? '' : indent}${k}: "${v}"`).join('\n');

/** One config per user: that user is currentUser; personal chat per user, one shared group chat and team. */
function userConfig(key, people) {
  const me = people.get(key);
  const others = [...people.values()].filter((p) => p !== me);
  const text = [
    'version: "0.1.1"',
    'tenantId: 00000000-0000-0000-0000-0000000000001',
    'bot:\n  id: 00000000-0000-0000-0000-00000000000011\n  name: RSJ Governance',
    `currentUser:\n  ${yamlUser(me, '  ')}`,
    `users:\n${others.map((o) => `  - ${yamlUser(o, '    ')}`).join('\n')}`,
    `personalChat:\n  id: personal-chat-${key}`,
    'groupChat:\n  id: group-chat-rsj\n  name: RSJ groepschat',
    'team:\n  id: team-id\n  name: RSJ IJsselland\n  aadGroupId: 00000000-0000-0000-0000-000000000031\n  channels:\n    - id: channel-pfo-id\n      name: PFO',
  ].join('\n');
  const file = join(work, `${key}.yml`);
  writeFileSync(file, `${text}\n`);
  return file;
}

async function main() {
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  const botPort = await freePort();
  start('bot', ['dist/src/index.js'], { ENV_NAME: 'playground', PORT: String(botPort), DATA_DIR: join(work, 'data'), LOG_LEVEL: 'warn', DEMO_DATA: 'on' });
  await waitForPort(botPort, 'the bot');

  const windows = {};
  const people = demoPeople();
  for (const key of USERS) {
    const port = await freePort();
    start(`playground-${key}`, [playgroundCli, '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(port), '--dt'], {
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: userConfig(key, people),
    }, work);
    windows[key] = port;
  }
  for (const [key, port] of Object.entries(windows)) await waitForPort(port, `the playground of ${key}`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run'],
  });
  const pages = {};
  try {
    for (const [key, port] of Object.entries(windows)) {
      const page = await browser.newPage({ viewport: { width: 1500, height: 1100 } });
      await page.goto(`http://127.0.0.1:${port}`, { waitUntil: 'networkidle' });
      // The log panel takes a third of the window; the chat is what users look at.
      await page.getByRole('button', { name: /close/i }).first().click({ timeout: 3000 }).catch(() => {});
      pages[key] = page;
    }
    let step = 0;
    const shot = async (page, name) => page.screenshot({ path: join(results, `${String(++step).padStart(2, '0')}-${name}.png`) });
    // E2E_ONLY=<part of a name>: run only those journeys (while working on one; the full run is the check).
    const chosen = journeys.filter((j) => !process.env.E2E_ONLY || j.name.includes(process.env.E2E_ONLY));
    for (const journey of chosen) {
      process.stdout.write(`- ${journey.name} ... `);
      await journey.run({ pages, shot });
      process.stdout.write('ok\n');
    }
    console.log(`e2e: ${chosen.length} journeys passed; screenshots in ${results}`);
  } catch (err) {
    console.log('FAILED');
    console.error(err instanceof Error ? err.stack : err);
    for (const [key, page] of Object.entries(pages)) await page.screenshot({ path: join(results, `failure-${key}.png`) }).catch(() => {});
    for (const { name, log } of children) console.error(`--- ${name} (last output)\n${log.join('').slice(-3000)}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

function stopAll() {
  for (const { child } of children) if (child.exitCode === null) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(stopAll);
