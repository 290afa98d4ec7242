import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const TLS = path.join(__dirname, '..', 'fixtures', 'tls');

/** Envelopes the Azure Monitor exporter posts, received by a fake ingestion endpoint on loopback (HTTPS: the exporter upgrades http). */
class FakeIngestion {
  envelopes: { name: string; data: { baseType: string; baseData: Record<string, any> } }[] = [];
  private server = https.createServer({ key: readFileSync(path.join(TLS, 'loopback.key')), cert: readFileSync(path.join(TLS, 'loopback.crt')) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      const text = body.toString('utf8').trim();
      const items = text.startsWith('[') ? JSON.parse(text) : text.split('\n').map((l) => JSON.parse(l));
      this.envelopes.push(...items);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
    });
  });
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `https://127.0.0.1:${(this.server.address() as { port: number }).port}/`;
  }
  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
  ofType(baseType: string) {
    return this.envelopes.filter((e) => e.data?.baseType === baseType).map((e) => e.data.baseData);
  }
}

describe('telemetry', () => {
  it('without a connection string the exporter is never loaded (start-up stays lean)', () => {
    const script = `
      const { startService } = require('./src/compose');
      const { parseConfig } = require('./src/config');
      const { createLogger } = require('./src/shared/logger');
      const os = require('node:os'); const fs = require('node:fs'); const path = require('node:path');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsj-telemetry-'));
      startService(parseConfig({ PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'silent' }), createLogger('silent')).then(async (s) => {
        const loaded = Object.keys(require.cache).filter((k) => k.includes('monitor-opentelemetry'));
        await s.stop(); fs.rmSync(dir, { recursive: true, force: true });
        console.log(JSON.stringify(loaded));
      });`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8', env: { ...process.env, APPLICATIONINSIGHTS_CONNECTION_STRING: '' } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout.trim().split('\n').pop()!)).toEqual([]);
  });

  // The exporter loads parts of itself with dynamic import, which jest's VM cannot: the bot runs in a
  // child process (plain Node with tsx), driven by the test harness, with a fake ingestion endpoint here.
  it('turns, Q&A outcomes and store calls reach Azure Monitor as spans and metrics (flushed at shutdown)', async () => {
    const ingestion = new FakeIngestion();
    const endpoint = await ingestion.start();
    try {
      const script = `
        const { BotHarness, DEMO } = require('./tests/helpers/bot-harness');
        (async () => {
          const bot = await new BotHarness().start({ APPLICATIONINSIGHTS_CONNECTION_STRING: process.env.CONN });
          await bot.say('help', { user: DEMO.regiomanager });
          await bot.say('Hoe laat vertrekt de trein naar Parijs?', { user: DEMO.beleidsadviseurKampen });
          await bot.say('Wat doet het PFO?', { user: DEMO.beleidsadviseurKampen });
          await bot.stop();
        })().catch((err) => { console.error(err); process.exit(1); });`;
      const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], {
        cwd: path.join(__dirname, '..', '..'),
        env: { ...process.env, CONN: `InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=${endpoint}`, APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', NODE_EXTRA_CA_CERTS: path.join(TLS, 'loopback.crt') },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const requests = ingestion.ofType('RequestData');
      expect(requests.filter((r) => r.name === 'bot.turn').length).toBeGreaterThanOrEqual(3);
      const outcomes = requests.map((r) => r.properties?.['qa.outcome']).filter(Boolean);
      expect(outcomes).toEqual(expect.arrayContaining(['declined']));
      const metricNames = ingestion.ofType('MetricData').flatMap((m) => m.metrics.map((x: { name: string }) => x.name));
      expect(metricNames).toEqual(expect.arrayContaining(['bot.turns', 'qa.outcomes', 'store.calls']));
    } finally {
      await ingestion.stop();
    }
  });
});
