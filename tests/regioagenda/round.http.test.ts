import { laterClause } from '../../src/features/notifications/notifications.texts';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { BotHarness, DEMO, readable } from '../helpers/bot-harness';
import { FakeOutbox, FakeTimers } from '../helpers/fake-ports';
import { createStorage } from '../../src/storage';
import { ADVISER, KAMPEN_COLLEAGUE, actionData, allActionData, importTestUsers, themeFields } from './helpers';

const CARD = 'application/vnd.microsoft.card.adaptive';
const GEMEENTEN = Object.keys(ADVISER);

/**
 * The whole yearly round over HTTP, as Teams would drive it, with an injected clock and
 * in-memory notification ports: open -> eleven submissions -> edits -> deadline -> lifecycle -> export.
 */
describe('regioagenda round over HTTP', () => {
  const bot = new BotHarness();
  const outbox = new FakeOutbox();
  const timers = new FakeTimers();
  let clock = new Date('2026-11-02T10:00:00Z');
  const themeIds: Record<string, string> = {};

  beforeAll(async () => {
    await bot.start({}, { now: () => clock, outbox, timers });
    await importTestUsers(bot.dataDir);
  });
  afterAll(() => bot.stop());

  const cardReply = async (text: string, user: string) => {
    const { replies } = await bot.say(text, { user });
    expect(replies[0]?.attachments?.[0]?.contentType).toBe(CARD);
    return replies[0].attachments[0].content;
  };
  const exec = async (verb: string, data: Record<string, unknown>, user: string) => {
    const res = await bot.execute(verb, data, { user });
    expect(res.statusCode).toBe(200);
    return res.type === CARD ? { card: res.value, text: readable({ attachments: [{ content: res.value }] }) } : { card: undefined, text: String(res.value) };
  };
  const submit = async (gemeente: string, fields: Record<string, string>, user = ADVISER[gemeente]) => {
    const form = await cardReply('thema indienen', user);
    return exec('regio.theme.save', { ...actionData(form, 'regio.theme.save'), ...fields }, user);
  };
  const themesCard = async (user: string) => cardReply("thema's", user);

  it('a beleidsadviseur cannot open a round; a projectmanager gets the open-round card', async () => {
    expect((await bot.say('open ronde 2027', { user: ADVISER.Kampen })).text).toMatch(/Alleen een projectmanager/);
    const card = await cardReply('open ronde 2027', DEMO.projectmanager);
    expect(JSON.stringify(card)).toContain('Input.Date');
  });

  it('an invalid deadline comes back in the card; a valid one opens the round and notifies all gemeenten', async () => {
    const bad = await exec('regio.round.open', { year: '2027', deadline: '2026-10-01' }, DEMO.projectmanager);
    expect(bad.text).toContain('De deadline moet vandaag of later zijn.');

    const ok = await exec('regio.round.open', { year: '2027', deadline: '2026-12-15' }, DEMO.projectmanager);
    expect(ok.text).toContain('Ronde 2027 is geopend');
    // Issue 13 (2): not "alle 11 gemeenten krijgen een uitnodiging" when nobody has opened the app yet.
    expect(ok.text).not.toContain('alle 11 gemeenten');
    expect(ok.text).toContain(`Nog geen van de 14 beleidsadviseurs heeft de uitnodiging; 1 wordt nog verstuurd; 13 hebben de app nog niet geopend en ${laterClause(13, 'hem')}.`);
    // Before any theme each gemeente is named once, in the "nog niet ingediend" line.
    for (const g of GEMEENTEN) expect([g, ok.text.split(g).length - 1]).toEqual([g, 1]);
    const invitations = outbox.withKey(':open:');
    expect(invitations).toHaveLength(11);
    for (const g of GEMEENTEN) {
      const inv = invitations.find((r) => r.idempotencyKey.endsWith(`:${g}`))!;
      expect(inv.recipients).toEqual([{ kind: 'role', role: 'beleidsadviseur', gemeente: g }, { kind: 'channel', target: `gemeente:${g}` }]);
      expect(actionData(inv.card, 'regio.theme.save')).toMatchObject({ gemeente: g, year: 2027 });
    }
    expect([...timers.jobs.values()].map((j) => j.dueAt.toISOString()).sort()).toEqual(['2026-12-08T08:00:00.000Z', '2026-12-14T08:00:00.000Z']);

    const again = await exec('regio.round.open', { year: '2027', deadline: '2026-12-20' }, DEMO.regiomanager);
    expect(again.text).toContain('Er is al een ronde voor 2027');
  });

  it('invalid input is shown next to the fields with the entered values kept; nothing is stored until it is fixed', async () => {
    const form = await cardReply('thema indienen', ADVISER.Dalfsen);
    expect(readable({ attachments: [{ content: form }] })).toContain('Dalfsen');
    const data = actionData(form, 'regio.theme.save');
    const fields = themeFields('Dalfsen');
    const invalid = await exec('regio.theme.save', { ...data, ...fields, title: 'Kort', urgency: '' }, ADVISER.Dalfsen);
    expect(invalid.text).toContain('Geef een titel van minstens 5 tekens.');
    expect(invalid.text).toContain('Kies de urgentie');
    expect(JSON.stringify(invalid.card)).toContain(fields.problem);
    expect(allActionData(await themesCard(ADVISER.Zwolle), 'regio.theme.support')).toHaveLength(0);

    const fixed = await exec('regio.theme.save', { ...actionData(invalid.card, 'regio.theme.save'), ...fields }, ADVISER.Dalfsen);
    expect(fixed.text).toContain('is ingediend voor gemeente Dalfsen');
    themeIds.Dalfsen = actionData(fixed.card, 'regio.theme.edit').themeId as string;
  });

  it('the 7-day reminder goes only to gemeenten without a theme, once', async () => {
    for (const g of GEMEENTEN.filter((g) => g !== 'Dalfsen' && g !== 'Ommen')) {
      let res = await submit(g, themeFields(g));
      if (g === 'Zwolle') {
        // Issue 13 (5): Deventer's look-alike is shown BEFORE anything is stored, the input kept; a second click submits.
        expect(res.text).toContain('Je thema lijkt op "Wachttijden specialistische jeugdhulp verkorten" (Deventer)');
        expect(res.text).toContain('Er is nog niets opgeslagen');
        expect(JSON.stringify(res.card)).toContain('De wachttijden voor specialistische jeugdhulp zijn te lang');
        expect(readable({ attachments: [{ content: await themesCard(ADVISER.Zwolle) }] })).not.toContain('Aanpak wachttijden specialistische jeugdhulp');
        const again = actionData(res.card, 'regio.theme.save');
        expect(again.similarSeen).toBe('ja');
        res = await exec('regio.theme.save', { ...again, ...themeFields(g) }, ADVISER[g]);
      } else {
        // Unrelated themes go straight through: no hint below the threshold.
        expect(res.text).not.toContain('lijkt op');
      }
      expect(res.text).toContain(`is ingediend voor gemeente ${g}`);
      // Issue 13 (7): a kenmerk people can say and type, not a hex id.
      expect(res.text).toMatch(new RegExp(`Kenmerk\\nRA-2027-${g.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase()}[A-Z]*-0[12]\\n`));
      themeIds[g] = actionData(res.card, 'regio.theme.edit').themeId as string;
      if (g === 'Zwolle') expect(res.text).toContain('Wachttijden specialistische jeugdhulp verkorten'); // still named after saving
    }
    clock = new Date('2026-12-08T08:30:00Z');
    expect(await timers.runDue(clock)).toBe(1);
    expect(outbox.withKey(':reminder:7d:').map((r) => r.recipients[0])).toEqual([{ kind: 'role', role: 'beleidsadviseur', gemeente: 'Ommen' }]);
    expect(await timers.runDue(clock)).toBe(0);

    const ommen = await submit('Ommen', themeFields('Ommen'));
    themeIds.Ommen = actionData(ommen.card, 'regio.theme.edit').themeId as string;
    clock = new Date('2026-12-14T08:30:00Z');
    await timers.runDue(clock);
    expect(outbox.withKey(':reminder:1d:')).toHaveLength(0);
  });

  it('a double click on the same form stores one theme', async () => {
    const form = await cardReply('thema indienen', ADVISER.Kampen);
    const data = { ...actionData(form, 'regio.theme.save'), ...themeFields('Kampen'), title: 'Tweede thema van Kampen' };
    const [a, b] = await Promise.all([exec('regio.theme.save', data, ADVISER.Kampen), exec('regio.theme.save', data, ADVISER.Kampen)]);
    expect([a.text, b.text].join('\n')).toMatch(/is ingediend|al ontvangen/);
    const list = readable({ attachments: [{ content: await themesCard(ADVISER.Zwolle) }] });
    expect(list.split('Tweede thema van Kampen').length - 1).toBe(1);
    themeIds.Kampen2 = actionData(a.card, 'regio.theme.edit').themeId as string;
  });

  it('issue 13: two advisers of one gemeente submitting at the same instant get different kenmerken', async () => {
    // Another instance is storing a Kampen theme right now: it has claimed the next number, its theme is not listed yet.
    const other = await createStorage({ STORAGE: 'sqlite', DATA_DIR: bot.dataDir, COSMOS_DATABASE: 'x' }, 'ijsselland');
    const next = (await other.themes.list(2027)).filter((t) => t.value.gemeente === 'Kampen').length + 1;
    const claimed = `RA-2027-KAM-${String(next).padStart(2, '0')}`;
    expect(await other.themes.reserveKenmerk(2027, claimed, 'theme-on-another-instance')).toBe(true);
    await other.close();
    const fields = (title: string) => ({ ...themeFields('Kampen'), title, problem: `${title}: het probleem is in de hele regio zichtbaar en groeit elk jaar verder.` });
    const forms = await Promise.all([ADVISER.Kampen, KAMPEN_COLLEAGUE].map((u) => cardReply('thema indienen', u)));
    const [a, b] = await Promise.all([
      exec('regio.theme.save', { ...actionData(forms[0], 'regio.theme.save'), ...fields('Logopedie in het basisonderwijs') }, ADVISER.Kampen),
      exec('regio.theme.save', { ...actionData(forms[1], 'regio.theme.save'), ...fields('Mediation bij vechtscheidingen') }, KAMPEN_COLLEAGUE),
    ]);
    const kenmerk = (text: string) => /RA-2027-KAM-\d\d/.exec(text)?.[0];
    expect(kenmerk(a.text)).toBeDefined();
    expect(kenmerk(b.text)).toBeDefined();
    expect(kenmerk(a.text)).not.toBe(kenmerk(b.text));
    expect([kenmerk(a.text), kenmerk(b.text)]).not.toContain(claimed);
    // withdrawn again, so the counts of the tests below stay as they were
    const list = await themesCard(ADVISER.Kampen);
    for (const d of allActionData(list, 'regio.theme.withdraw').filter((d) => ![themeIds.Kampen, themeIds.Kampen2].includes(String(d.themeId)))) {
      expect((await exec('regio.theme.withdraw', d, ADVISER.Kampen)).text).toContain('is ingetrokken');
    }
  });

  it('tampered card data (another gemeente, another user, a theme of another gemeente) is refused and audited', async () => {
    const form = await cardReply('thema indienen', ADVISER.Kampen);
    const data = { ...actionData(form, 'regio.theme.save'), ...themeFields('Kampen'), title: 'Ingediend namens Zwolle' };
    expect((await exec('regio.theme.save', { ...data, gemeente: 'Zwolle' }, ADVISER.Kampen)).text).toContain('is geweigerd');
    expect((await exec('regio.theme.save', { ...data, userId: ADVISER.Zwolle }, ADVISER.Kampen)).text).toContain('is geweigerd');
    const zwolleEdit = { year: 2027, themeId: themeIds.Zwolle, version: '1', ...themeFields('Zwolle'), title: 'Gekaapt door Kampen' };
    expect((await exec('regio.theme.save', zwolleEdit, ADVISER.Kampen)).text).toContain('is geweigerd');
    expect((await exec('regio.theme.withdraw', { year: 2027, themeId: themeIds.Zwolle, version: '1' }, ADVISER.Kampen)).text).toContain('is geweigerd');
    const list = readable({ attachments: [{ content: await themesCard(ADVISER.Zwolle) }] });
    expect(list).not.toContain('Ingediend namens Zwolle');
    expect(list).not.toContain('Gekaapt door Kampen');
  });

  it('a colleague of the same gemeente edits; a second edit from the stale card gets a clear message and the fresh card', async () => {
    const edit = await exec('regio.theme.edit', { year: 2027, themeId: themeIds.Kampen }, KAMPEN_COLLEAGUE);
    const staleData = actionData(edit.card, 'regio.theme.save');
    const saved = await exec('regio.theme.save', { ...staleData, ...themeFields('Kampen'), title: 'Crisisplekken regionaal regelen' }, KAMPEN_COLLEAGUE);
    expect(saved.text).toContain('zijn opgeslagen');

    const second = await exec('regio.theme.save', { ...staleData, ...themeFields('Kampen'), title: 'Overschreven titel' }, ADVISER.Kampen);
    expect(second.text).toContain('Iemand anders heeft dit thema net gewijzigd');
    expect(JSON.stringify(second.card)).toContain('Crisisplekken regionaal regelen');
    expect(readable({ attachments: [{ content: await themesCard(ADVISER.Zwolle) }] })).not.toContain('Overschreven titel');

    // Another gemeente's adviser may not edit at all.
    expect((await exec('regio.theme.edit', { year: 2027, themeId: themeIds.Kampen }, ADVISER.Zwolle)).text).toContain('is geweigerd');
  });

  it('beleidsadviseurs support other gemeenten\' themes, not their own; withdraw removes a theme', async () => {
    const supported = await exec('regio.theme.support', { year: 2027, themeId: themeIds.Kampen }, ADVISER.Zwolle);
    expect(supported.text).toContain('1 gemeente steunt dit thema');
    await exec('regio.theme.support', { year: 2027, themeId: themeIds.Kampen }, ADVISER.Deventer);
    expect((await exec('regio.theme.support', { year: 2027, themeId: themeIds.Kampen }, ADVISER.Kampen)).text).toContain('eigen gemeente');

    const list = await themesCard(ADVISER.Kampen);
    const withdraw = allActionData(list, 'regio.theme.withdraw').find((d) => d.themeId === themeIds.Kampen2)!;
    expect((await exec('regio.theme.withdraw', withdraw, ADVISER.Kampen)).text).toContain('is ingetrokken');
    expect(readable({ attachments: [{ content: await themesCard(ADVISER.Zwolle) }] })).not.toContain('Tweede thema van Kampen');
  });

  it('after the deadline edits are refused, the regiomanager can extend, and the overview is correct', async () => {
    clock = new Date('2026-12-16T00:00:00Z'); // 01:00 on the 16th in the Netherlands
    const refused = await exec('regio.theme.edit', { year: 2027, themeId: themeIds.Kampen }, ADVISER.Kampen);
    expect(refused.text).toContain('De indientermijn van ronde 2027 is voorbij');
    expect(allActionData(await themesCard(ADVISER.Kampen), 'regio.theme.edit')).toHaveLength(0);

    const status = readable({ attachments: [{ content: await cardReply('status regioagenda', ADVISER.Raalte) }] });
    expect(status).toContain('11 van 11');
    expect(status).toContain('de indientermijn is voorbij');
    expect(status).toContain('Alle gemeenten hebben minstens één thema ingediend.');
    expect(status).toMatch(/Kampen\n1\n/);
    // Issue 13 (7): each gemeente once, not in a bar chart and again in a list.
    for (const g of GEMEENTEN) expect([g, status.split(g).length - 1]).toEqual([g, 1]);

    expect((await bot.say('verleng ronde 2027 tot 2026-12-18', { user: DEMO.projectmanager })).text).toMatch(/Alleen de regiomanager/);
    expect((await bot.say('verleng ronde 2027 tot 2026-12-18', { user: DEMO.regiomanager })).text).toContain('staat open tot en met 18 december 2026');
    expect((await exec('regio.theme.edit', { year: 2027, themeId: themeIds.Kampen }, ADVISER.Kampen)).card).toBeDefined();
    const days = readable({ attachments: [{ content: await cardReply('status regioagenda', ADVISER.Raalte) }] });
    expect(days).toMatch(/Dagen over\n3/);
    clock = new Date('2026-12-19T08:00:00Z');
  });

  it('only RSJ moves themes; illegal jumps are refused with the reason; each step records who, when and meeting', async () => {
    const id = themeIds.Zwolle;
    expect((await bot.say(`zet thema ${id} op geagendeerd AO`, { user: ADVISER.Zwolle })).text).toMatch(/Alleen medewerkers van RSJ/);
    expect((await bot.say(`zet thema ${id} op vastgesteld`, { user: DEMO.projectmanager })).text).toMatch(/alleen naar "geagendeerd AO"/);
    // By kenmerk, the way people refer to it (Zwolle's first theme of 2027).
    expect((await bot.say('zet thema ra-2027-zwo-01 op geagendeerd AO vergadering AO 14 januari', { user: DEMO.projectmanager })).text).toContain('geagendeerd AO (AO 14 januari)');
    expect((await bot.say(`zet thema ${id} op advies PFO`, { user: DEMO.projectmanager })).text).toContain('advies PFO (PFO)');
    expect((await bot.say(`zet thema ${id} op vastgesteld`, { user: DEMO.regiomanager })).text).toContain('vastgesteld');
    expect((await bot.say(`zet thema ${id} op in uitvoering`, { user: DEMO.regiomanager })).text).toMatch(/bestuurlijke trekker/);
    expect((await bot.say(`zet thema ${id} op in uitvoering trekker frank.bos@demo.rsj-ijsselland.example projectmanager frank.bos@demo.rsj-ijsselland.example`, { user: DEMO.regiomanager })).text).toMatch(/niet als wethouder/);
    const go = await bot.say(`zet thema ${id} op in uitvoering trekker daan.smit@demo.deventer.example projectmanager frank.bos@demo.rsj-ijsselland.example`, { user: DEMO.regiomanager });
    expect(go.text).toContain('in uitvoering');

    const merged = await bot.say(`voeg thema ${themeIds.Deventer} samen met ${id}`, { user: DEMO.projectmanager });
    expect(merged.text).toContain('steun van 1 andere gemeente');
  });

  it('exports the concept regioagenda as docx and xlsx with every theme, and the audit as CSV', async () => {
    expect((await bot.say('exporteer regioagenda', { user: ADVISER.Zwolle })).text).toMatch(/Alleen medewerkers van RSJ/);
    const card = await cardReply('exporteer regioagenda', DEMO.projectmanager);
    const urls: string[] = card.actions.map((a: any) => a.url);
    expect(urls).toHaveLength(2);
    const download = async (url: string) => {
      const res = await fetch(url.replace('http://localhost', 'http://127.0.0.1'));
      if (res.status !== 200) throw new Error(`${res.status} ${url} ${await res.text()}`);
      return Buffer.from(await res.arrayBuffer());
    };
    const live = GEMEENTEN.filter((g) => g !== 'Deventer').map((g) => (g === 'Kampen' ? 'Crisisplekken regionaal regelen' : themeFields(g).title));

    const docx = (await mammoth.extractRawText({ buffer: await download(urls.find((u) => u)!) })).value;
    for (const title of live) expect(docx).toContain(title);
    expect(docx).toContain('Daan Smit (demo)');
    expect(docx.indexOf('In uitvoering')).toBeLessThan(docx.indexOf('Ingediend'));

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(urls[1])) as any);
    const rows = book.worksheets[0].getSheetValues().slice(2).map((r: any) => r.slice(1));
    expect(rows.map((r: any[]) => r[2]).sort()).toEqual([...live].sort());
    const zwolle = rows.find((r: any[]) => r[3] === 'Zwolle')!;
    expect(zwolle).toEqual(expect.arrayContaining(['in uitvoering', 'Deventer', 'Daan Smit (demo)']));
    const kampen = rows.find((r: any[]) => r[3] === 'Kampen')!;
    expect(kampen[4]).toBe('Zwolle, Deventer');

    const audit = await cardReply('exporteer audit 2027', DEMO.regiomanager);
    const csv = (await download(audit.actions[0].url)).toString('utf8');
    for (const action of ['ronde-geopend', 'aangemaakt', 'gewijzigd', 'ingetrokken', 'gesteund', 'status', 'samengevoegd', 'geweigerd', 'ronde-gewijzigd']) {
      expect(csv).toContain(`"${action}"`);
    }
    expect(csv).toContain('Crisisplekken regionaal regelen');
  });

  it('a forged or expired download link is refused', async () => {
    const card = await cardReply('exporteer regioagenda', DEMO.projectmanager);
    const url: string = card.actions[0].url.replace('http://localhost', 'http://127.0.0.1');
    const [kind, year, exp, sig] = url.split('/api/export/')[1].split('.');
    const base = url.split('/api/export/')[0];
    expect((await fetch(`${base}/api/export/2.${year}.${exp}.${sig}`)).status).toBe(403); // other file, same signature
    expect((await fetch(`${base}/api/export/${kind}.${year}.${Number(exp) + 3600}.${sig}`)).status).toBe(403); // longer life
    expect((await fetch(`${base}/api/export/${kind}.${year}.${exp}.${'A'.repeat(22)}`)).status).toBe(403);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await fetch(url)).status).toBe(410);
  });
});
