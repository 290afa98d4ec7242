import http from 'node:http';
import { createAppInstaller, GraphAppInstaller } from '../../src/bot/graph-app-installer';
import { createLogger } from '../../src/shared/logger';

const USER = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const CATALOG = 'b7e3c1d2-0a9f-4e8d-9c7b-6a5f4e3d2c1b';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** App Service's managed-identity token endpoint and Microsoft Graph, both faked on one loopback server. */
class FakeGraph {
  seen: Seen[] = [];
  answer: (req: Seen) => { status: number; body?: unknown; headers?: Record<string, string> } = () => ({ status: 201, body: {} });
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const seen = { method: req.method!, url: req.url!, headers: req.headers, body };
      this.seen.push(seen);
      if (req.url!.startsWith('/msi/token')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: 'graph-token-1', expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource: 'https://graph.microsoft.com', token_type: 'Bearer', client_id: 'mi-client-id' }));
        return;
      }
      const a = this.answer(seen);
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      res.end(a.body === undefined ? '' : JSON.stringify(a.body));
    });
  });
  url = '';
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }
  stop() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }
  graphCalls() {
    return this.seen.filter((s) => s.url.startsWith('/v1.0/'));
  }
}

describe('Graph app installation for recipients without a chat', () => {
  const graph = new FakeGraph();
  const log = createLogger('silent');
  const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };
  let installer: GraphAppInstaller;

  beforeAll(async () => {
    await graph.start();
    // App Service hands the managed identity's token endpoint to the process in these two variables.
    process.env.IDENTITY_ENDPOINT = `${graph.url}/msi/token`;
    process.env.IDENTITY_HEADER = 'identity-header-secret';
  });
  afterAll(async () => {
    process.env.IDENTITY_ENDPOINT = saved.endpoint;
    process.env.IDENTITY_HEADER = saved.header;
    await graph.stop();
  });
  beforeEach(() => {
    graph.seen = [];
    graph.answer = () => ({ status: 201, body: {} });
    installer = createAppInstaller({ GRAPH_APP_INSTALL: 'on', TEAMS_APP_CATALOG_ID: CATALOG, AZURE_CLIENT_ID: 'mi-client-id' }, log, graph.url)!;
  });

  it('installs the catalog app for the user with the managed identity token from the App Service endpoint', async () => {
    expect(await installer.requestInstall(USER)).toEqual({ status: 'installed' });
    const token = graph.seen.find((s) => s.url.startsWith('/msi/token'))!;
    expect(token.headers['x-identity-header']).toBe('identity-header-secret');
    expect(token.url).toContain('client_id=mi-client-id');
    expect(decodeURIComponent(token.url)).toContain('resource=https://graph.microsoft.com');
    const [install] = graph.graphCalls();
    expect(install).toMatchObject({ method: 'POST', url: `/v1.0/users/${USER}/teamwork/installedApps` });
    expect(install.headers.authorization).toBe('Bearer graph-token-1');
    expect(JSON.parse(install.body)).toEqual({ 'teamsApp@odata.bind': `${graph.url}/v1.0/appCatalogs/teamsApps/${CATALOG}` });
  });

  it('when the app is installed already (409), then it finds the existing 1:1 chat instead of waiting for an event that will not come', async () => {
    graph.answer = (req) => {
      if (req.method === 'POST') return { status: 409, body: { error: { code: 'Conflict' } } };
      if (req.url.includes('$filter')) return { status: 200, body: { value: [{ id: 'install-1' }] } };
      if (req.url.endsWith('/install-1/chat')) return { status: 200, body: { id: '19:personal-chat@unq.gbl.spaces' } };
      return { status: 404 };
    };
    expect(await installer.requestInstall(USER)).toEqual({ status: 'already-installed', chatId: '19:personal-chat@unq.gbl.spaces' });
    expect(decodeURIComponent(graph.graphCalls()[1].url)).toContain(`$filter=teamsApp/id eq '${CATALOG}'`);
  });

  it('when Graph throttles (429 with Retry-After), then it waits and tries again', async () => {
    let calls = 0;
    graph.answer = () => (++calls === 1 ? { status: 429, headers: { 'retry-after': '0.05' }, body: { error: { code: 'TooManyRequests' } } } : { status: 201, body: {} });
    expect(await installer.requestInstall(USER)).toEqual({ status: 'installed' });
    expect(graph.graphCalls()).toHaveLength(2);
  });

  it('when the permission is missing (403), then it fails with the reason, does not throw, and may be asked again', async () => {
    graph.answer = () => ({ status: 403, body: { error: { code: 'Forbidden' } } });
    expect(await installer.requestInstall(USER)).toEqual({ status: 'failed', reason: 'Graph HTTP 403 Forbidden' });
    graph.answer = () => ({ status: 201, body: {} });
    expect(await installer.requestInstall(USER)).toEqual({ status: 'installed' });
  });

  it('asks once per user however many deliveries wait, and never puts a non-GUID into a Graph URL', async () => {
    await installer.requestInstall(USER);
    expect(await installer.requestInstall(USER)).toMatchObject({ status: 'skipped' });
    expect(await installer.requestInstall('../../groups/x')).toMatchObject({ status: 'skipped' });
    expect(graph.graphCalls()).toHaveLength(1);
  });

  it('when Graph is unreachable, then the result is failed, not an exception', async () => {
    const offline = createAppInstaller({ GRAPH_APP_INSTALL: 'on', TEAMS_APP_CATALOG_ID: CATALOG, AZURE_CLIENT_ID: 'mi-client-id' }, log, 'http://127.0.0.1:9')!;
    expect(await offline.requestInstall(USER)).toMatchObject({ status: 'failed' });
  });

  it('is off unless configured: GRAPH_APP_INSTALL=off, or no identity to ask Graph with', () => {
    expect(createAppInstaller({ GRAPH_APP_INSTALL: 'off', TEAMS_APP_CATALOG_ID: CATALOG, AZURE_CLIENT_ID: 'x' }, log)).toBeUndefined();
    expect(createAppInstaller({ GRAPH_APP_INSTALL: 'on', TEAMS_APP_CATALOG_ID: CATALOG }, log)).toBeUndefined();
  });
});
