import http from 'node:http';
import { UnreadableFileError } from '../../src/features/imports/tabular';
import { DOWNLOAD_TEXTS, TEAMS_FILE_HOSTS, allowedUrl, createFileDownloader } from '../../src/features/imports/file-download';
import { BotHarness, DEMO } from '../helpers/bot-harness';

const FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';

/** Loopback file server: /ok, /big (streams 12 MB without a length), /silent (never answers), /redirect-out. */
function fileServer() {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits++;
    if (req.url === '/ok.csv') return res.end('naam,email\nA,a@b.nl\n');
    if (req.url === '/big.csv') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const push = () => {
        while (sent < 12 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', push);
        }
        res.end();
      };
      return push();
    }
    if (req.url === '/redirect-out.csv') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' });
      return res.end();
    }
    if (req.url === '/redirect-in.csv') {
      res.writeHead(302, { location: '/ok.csv' });
      return res.end();
    }
    // /silent: keep the socket open without answering
  });
  return {
    server,
    hits: () => hits,
    async start() {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describe('which URLs may be downloaded', () => {
  it.each([
    ['https://contoso-my.sharepoint.com/personal/x/file.csv', true],
    ['https://contoso.sharepoint.com/sites/rsj/a.xlsx', true],
    ['http://contoso.sharepoint.com/a.csv', false],
    ['https://sharepoint.com.evil.nl/a.csv', false],
    ['https://evilsharepoint.com/a.csv', false],
    ['https://user:pw@contoso.sharepoint.com/a.csv', false],
    ['http://127.0.0.1:9/a.csv', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s -> %s with the default Teams hosts', (url, ok) => {
    expect(!!allowedUrl(url, TEAMS_FILE_HOSTS)).toBe(ok);
  });

  it('loopback over http only when the configuration lists it', () => {
    expect(allowedUrl('http://127.0.0.1:9/a.csv', ['127.0.0.1'])).toBeDefined();
    expect(allowedUrl('http://10.0.0.1/a.csv', ['10.0.0.1'])).toBeUndefined();
  });
});

describe('the downloader against a loopback server', () => {
  const files = fileServer();
  let base = '';
  beforeAll(async () => {
    base = await files.start();
  });
  afterAll(() => files.stop());
  const get = (path: string, timeoutMs = 20_000) =>
    createFileDownloader({ hosts: ['127.0.0.1'], maxBytes: 10 * 1024 * 1024, timeoutMs })({ name: 'x.csv', downloadUrl: `${base}${path}` });

  it('fetches an allowed file and follows a redirect on the same host', async () => {
    expect((await get('/ok.csv')).toString()).toContain('a@b.nl');
    expect((await get('/redirect-in.csv')).toString()).toContain('a@b.nl');
  });

  it.each([
    ['/big.csv', DOWNLOAD_TEXTS.tooLarge(10), 20_000],
    ['/silent.csv', DOWNLOAD_TEXTS.timeout, 300],
    ['/redirect-out.csv', DOWNLOAD_TEXTS.notAllowed, 20_000],
  ])('%s is refused with a Dutch message', async (path, message, timeoutMs) => {
    const err = await get(path, timeoutMs).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect((err as Error).message).toBe(message);
  });

  it('a host not on the list is never contacted', async () => {
    const before = files.hits();
    const strict = createFileDownloader({ hosts: TEAMS_FILE_HOSTS, maxBytes: 1024, timeoutMs: 500 });
    await expect(strict({ name: 'x.csv', downloadUrl: `${base}/ok.csv` })).rejects.toThrow(DOWNLOAD_TEXTS.notAllowed);
    expect(files.hits()).toBe(before);
  });
});

describe('a file from an arbitrary URL in chat', () => {
  const bot = new BotHarness();
  const files = fileServer();
  let base = '';
  beforeAll(async () => {
    base = await files.start();
    await bot.start(); // default hosts: Teams' SharePoint only
  });
  afterAll(async () => {
    await bot.stop();
    await files.stop();
  });

  it.each(['contracten.csv', 'beleid.txt'])('%s from loopback is refused in Dutch and nothing is fetched', async (name) => {
    const before = files.hits();
    const act = bot.activity(
      { type: 'message', text: '', attachments: [{ contentType: FILE_DOWNLOAD, name, content: { downloadUrl: `${base}/ok.csv` } }] },
      { user: DEMO.regiomanager },
    );
    await bot.post(act);
    const text = bot.connector.inConversation(act.conversation.id).map((r) => r.activity.text).join('\n');
    expect(text).toContain(DOWNLOAD_TEXTS.notAllowed);
    expect(files.hits()).toBe(before);
  });
});
