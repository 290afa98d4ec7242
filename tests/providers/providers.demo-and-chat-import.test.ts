import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { FIXTURES } from './fixture-figures';

const FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';

describe('demo data and importing a file sent in chat', () => {
  const bot = new BotHarness();
  // Serves fixture files the way Teams serves an uploaded file's downloadUrl.
  const files = http.createServer((req, res) => {
    try {
      res.end(readFileSync(path.join(FIXTURES, path.basename(req.url ?? ''))));
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  let filesUrl = '';

  beforeAll(async () => {
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    filesUrl = `http://127.0.0.1:${(files.address() as { port: number }).port}`;
    await bot.start({ DEMO_DATA: 'on', FILE_DOWNLOAD_HOSTS: '127.0.0.1' });
  });
  afterAll(async () => {
    await bot.stop();
    await new Promise<void>((r) => files.close(() => r()));
  });

  const sendFiles = async (names: string[], user: string, conversationType: 'personal' | 'channel' = 'personal') => {
    const act = bot.activity(
      { type: 'message', text: '', attachments: names.map((name) => ({ contentType: FILE_DOWNLOAD, name, content: { downloadUrl: `${filesUrl}/${name}`, fileType: 'csv' } })) },
      { user, conversationType },
    );
    await bot.post(act);
    return bot.connector.inConversation(act.conversation.id).map((r) => readable(r.activity)).join('\n');
  };

  it('with DEMO_DATA on, the fictional data set answers totals and says it is fictional', async () => {
    const res = await bot.say('Hoeveel contracten zijn er in totaal?', { user: DEMO.contractmanager });
    expect(res.replies[0].summary).toContain('237 contracten, met een totale waarde van € 147.000.000: 137 meerjarig');
    expect(res.text).toContain('Fictieve demogegevens');
    const status = await bot.say('Hoe staat het met Voorbeeldzorg De Lnde?', { user: DEMO.contractmanager });
    expect(status.replies[0].summary).toMatch(/^Voorbeeldzorg De Linde: \d+ contract/);
  });

  it('a contractmanager can send CSV files in personal chat; they are imported and answered at once', async () => {
    const report = await sendFiles(['aanbieders.csv', 'contracten.csv'], DEMO.contractmanager);
    expect(report).toContain('aanbieders.csv (aanbieders): 5 regels verwerkt, 2 afgekeurd');
    expect(report).toContain('contracten.csv (contracten): 10 regels verwerkt, 5 afgekeurd');
    const res = await bot.say('Hoe staat het met Horizon?', { user: DEMO.contractmanager });
    expect(res.replies[0].summary).toContain('Stichting Testzorg Horizon: 3 contracten met een totale waarde van € 4.950.000');
  });

  it('a file from someone without the role, or in a channel, is refused and changes nothing', async () => {
    expect(await sendFiles(['wachttijden.csv'], DEMO.beleidsadviseurKampen)).toContain('Alleen contractmanagers');
    expect(await sendFiles(['wachttijden.csv'], DEMO.contractmanager, 'channel')).toContain('persoonlijke chat');
  });

  it('a contractmanager cannot change roles by sending a gebruikers file; the directory stays as it was', async () => {
    expect(await sendFiles(['gebruikers.csv'], DEMO.contractmanager)).toContain('Alleen de regiomanager kan gebruikers importeren');
    expect((await bot.say('wie ben ik', { user: DEMO.contractmanager })).text).not.toContain('regiomanager');
    const res = await bot.say('Hoe staat het met Horizon?', { user: DEMO.contractmanager });
    expect(res.replies[0].summary).toContain('Er zijn geen wachttijden bekend');
  });
});
