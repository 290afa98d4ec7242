import path from 'node:path';
import { importFiles } from '../../src/cli/import';
import { parseConfig } from '../../src/config';
import { composeFeatures } from '../../src/compose';
import { loadRegion } from '../../src/region';
import { createLogger } from '../../src/shared/logger';
import { createStorage } from '../../src/storage';
import { BotHarness, DEMO } from '../helpers/bot-harness';
import { cardProblems } from './card-validation';
import * as F from './fixture-figures';
import { PAGE_SIZE } from '../../src/features/providers/providers.tables';

const USERS = path.join(__dirname, '..', '..', 'config', 'demo', 'gebruikers.csv');

describe('provider questions over HTTP, answered from imported fixture data', () => {
  const bot = new BotHarness();

  beforeAll(async () => {
    // As the acceptance check does: import into an empty DATA_DIR, then start with DEMO_DATA=off.
    const config = parseConfig({ DATA_DIR: bot.dataDir, LOG_LEVEL: 'silent', DEMO_DATA: 'off' });
    const storage = await createStorage(config, config.REGION);
    const features = composeFeatures({ config, region: loadRegion(config.REGION), storage, log: createLogger('silent') });
    const { ok } = await importFiles(features.imports, [...F.FIXTURE_FILES].reverse().concat(USERS));
    expect(ok).toBe(true);
    await storage.close();
    await bot.start({ DEMO_DATA: 'off' });
  });
  afterAll(() => bot.stop());

  /** Asks a question; every card that comes back must be a valid 1.5 card. */
  const ask = async (text: string, user = DEMO.contractmanager, conversationId?: string) => {
    const res = await bot.say(text, { user, conversationId });
    for (const a of res.replies.flatMap((r) => r.attachments ?? [])) expect(cardProblems(a.content)).toEqual([]);
    return res;
  };
  const sentence = (r: { replies: any[] }) => r.replies.map((x) => x.summary ?? x.text ?? '').join('\n');

  it('when the status of a provider is asked by alias, then contracts, waits, signals and escalations come back', async () => {
    const res = await ask('Hoe staat het met Horizon?');
    const own = F.contracts.filter((c) => c.aanbieder_id === 'T01');
    const horizon = F.plusMonths(F.today(), 12);
    const ending = own.filter((c) => c.einddatum >= F.today() && c.einddatum <= horizon).length;
    const text = sentence(res);
    expect(text).toContain(`${own.length} contracten`);
    expect(text).toContain(F.euro(F.total(own)));
    expect(text).toContain(`waarvan ${ending} binnen 12 maanden`);
    for (const w of F.currentWaits.filter((x) => x.aanbieder_id === 'T01')) expect(text).toContain(`${w.product} ${w.weken} weken`);
    const open = F.signals.filter((s) => s.aanbieder_id === 'T01');
    expect(text).toContain(`${open.filter((s) => s.niveau === 'hoog').length} hoog, ${open.filter((s) => s.niveau === 'midden').length} midden`);
    expect(text).toContain('Open escalaties: 0');
    expect(res.replies[0].attachments[0].content.version).toBe('1.5');
    // Issue 13 (6): lists as lines, not table cells that break words; "Escaleer" for a contractmanager.
    const card = res.replies[0].attachments[0].content;
    expect(JSON.stringify(card)).not.toContain('"type":"Table"');
    expect(card.actions).toEqual([expect.objectContaining({ title: 'Escaleer', data: { msteams: { type: 'imBack', value: 'escaleer Stichting Testzorg Horizon' } } })]);
  });

  it('issue 13 (6): "hoeveel contracten" gives totals first; the list is paged with "Toon meer" and the counts add up', async () => {
    const valid = F.contracts.length;
    const res = await ask('Hoeveel contracten zijn er?');
    const card = res.replies[0].attachments[0].content;
    const json = JSON.stringify(card);
    expect(sentence(res)).toContain(`Er zijn ${valid} contracten`);
    expect(json).not.toContain('C01 · Ambulant');
    const open = (function find(node: any): any {
      if (!node || typeof node !== 'object') return undefined;
      if (node.type === 'Action.Execute' && node.verb === 'providers.more') return node;
      for (const v of Object.values(node)) { const f = find(v); if (f) return f; }
      return undefined;
    });
    const showList = open(card);
    expect(showList.title).toBe(`Toon de ${valid} contracten`);

    const page1 = await bot.execute('providers.more', showList.data, { user: DEMO.contractmanager });
    const p1 = JSON.stringify(page1.value);
    expect(cardProblems(page1.value)).toEqual([]);
    expect(valid).toBeGreaterThan(PAGE_SIZE);
    expect(p1).toContain(`1-${PAGE_SIZE} van ${valid} contracten`);
    expect(p1).toContain(`en nog ${valid - PAGE_SIZE} contract`);
    expect((p1.match(/ · tot /g) ?? []).length).toBe(PAGE_SIZE);
    const next = open(page1.value);
    expect(next.data.offset).toBe(PAGE_SIZE);
    const page2 = JSON.stringify((await bot.execute('providers.more', next.data, { user: DEMO.contractmanager })).value);
    expect(page2).toContain(`${PAGE_SIZE + 1}-${valid} van ${valid} contracten`);
    expect((page2.match(/ · tot /g) ?? []).length).toBe(valid - PAGE_SIZE);
    expect(open(JSON.parse(page2))).toBeUndefined();

    // The scope comes from the clicker: a beleidsadviseur of Kampen cannot page another gemeente's list.
    const forged = { ...next.data, query: JSON.stringify({ kind: 'contracts', gemeente: 'Deventer' }) };
    expect((await bot.execute('providers.more', forged, { user: DEMO.beleidsadviseurKampen })).value).toContain('niet die van Deventer');
  });

  it('issue 13 (6): a provider without contracts in the asker\'s gemeente is one plain sentence, and no "Escaleer" for a beleidsadviseur', async () => {
    const res = await ask('Hoe staat het met De Brug?', DEMO.beleidsadviseurKampen);
    const text = sentence(res);
    expect(text).toContain('Kampen neemt geen contracten af bij Jeugdhulp De Brug (test).');
    expect(text).not.toContain('€ 0');
    expect(res.replies[0].attachments[0].content.actions ?? []).toEqual([]);
  });

  it.each([
    ['full name', 'Hoe gaat het met Jeugdhulp De Brug (test)?', 'T02'],
    ['a typo', 'hoe staat het met testgroep kompass jeugd', 'T03'],
    ['the name without legal form', 'Stand van zaken van Testzorg Horizon', 'T01'],
  ])('when a provider is named by %s, then that provider is found', async (_how, question, id) => {
    const text = sentence(await ask(question));
    expect(text).toContain(F.nameOf(id));
    expect(text).toContain(`${F.contracts.filter((c) => c.aanbieder_id === id).length} contract`);
  });

  it('when an unknown provider is asked for, then the closest names are suggested', async () => {
    const text = sentence(await ask('Hoe staat het met Gezinshuis Mapel Boom?'));
    expect(text).toContain('Ik ken geen aanbieder');
    expect(text).toContain('Gezinshuis Maple (test)');
  });

  it('when providers with a waiting time above N weeks are asked, then exactly those are listed', async () => {
    const expected = new Set(F.currentWaits.filter((w) => w.weken > 10).map((w) => w.aanbieder_id));
    const text = sentence(await ask('Welke aanbieders hebben een wachttijd van meer dan 10 weken?'));
    expect(text).toMatch(new RegExp(`^${expected.size} aanbieders`));
    for (const id of expected) expect(text).toContain(F.nameOf(id));
    const forProduct = F.currentWaits.filter((w) => w.weken > 8 && w.product === 'Ambulante jeugdhulp');
    const text2 = sentence(await ask('Waar is de wachttijd langer dan 8 weken voor ambulante jeugdhulp?'));
    expect(text2).toMatch(new RegExp(`^${forProduct.length} aanbieders`));
    expect(text2).not.toContain(F.nameOf('T05'));
  });

  it('when providers with a high signal are asked, optionally of one kind, then those are listed', async () => {
    const hoog = new Set(F.signals.filter((s) => s.niveau === 'hoog').map((s) => s.aanbieder_id));
    const text = sentence(await ask('Welke aanbieders hebben een signaal van niveau hoog?'));
    expect(text).toMatch(new RegExp(`^${hoog.size} aanbieders`));
    for (const id of hoog) expect(text).toContain(F.nameOf(id));
    const fin = sentence(await ask('Welke aanbieders hebben een hoog financieel signaal?'));
    expect(fin).toMatch(/^1 aanbieder heeft/);
    expect(fin).toContain(F.nameOf('T01'));
  });

  it('when contracts ending this year or before a date are asked, then count and value match the files', async () => {
    const year = F.today().slice(0, 4);
    const thisYear = F.contracts.filter((c) => c.einddatum.startsWith(year));
    const text = sentence(await ask('Welke contracten lopen dit jaar af?'));
    expect(text).toContain(`${thisYear.length} contracten lopen in ${year} af, samen ${F.euro(F.total(thisYear))}`);
    const before = F.contracts.filter((c) => c.einddatum < '2027-04-01');
    const text2 = sentence(await ask('Welke contracten eindigen voor 1 april 2027?'));
    expect(text2).toContain(`${before.length} contracten lopen voor 1 april 2027 af, samen ${F.euro(F.total(before))}`);
  });

  it('when a gemeente is asked about, then contracts for "alle" count too; optionally for one provider', async () => {
    const dev = F.inGemeente('Deventer');
    const text = sentence(await ask('Aan hoeveel contracten doet Deventer mee en wat is de waarde?'));
    expect(text).toContain(`Deventer neemt deel aan ${dev.length} contracten`);
    expect(text).toContain(F.euro(F.total(dev)));
    const brug = dev.filter((c) => c.aanbieder_id === 'T02');
    const text2 = sentence(await ask('Hoeveel contracten heeft Deventer met De Brug?'));
    expect(text2).toContain(`${brug.length} contracten met ${F.nameOf('T02')}`);
    expect(text2).toContain(F.euro(F.total(brug)));
  });

  it('when the top N by contract value is asked, optionally in a gemeente, then the ranking matches', async () => {
    const rank = (cs: typeof F.contracts) => {
      const by = new Map<string, number>();
      for (const c of cs) by.set(c.aanbieder_id, (by.get(c.aanbieder_id) ?? 0) + c.waarde);
      return [...by.entries()].sort((a, b) => b[1] - a[1]);
    };
    const top3 = rank(F.contracts).slice(0, 3);
    const text = sentence(await ask('Geef de top 3 aanbieders op contractwaarde'));
    top3.forEach(([id, value], i) => expect(text).toContain(`${i + 1}. ${F.nameOf(id)} ${F.euro(value)}`));
    const kampen = rank(F.inGemeente('Kampen'))[0];
    const text2 = sentence(await ask('Wat zijn de 3 grootste aanbieders in Kampen?'));
    expect(text2).toContain(`1. ${F.nameOf(kampen[0])} ${F.euro(kampen[1])}`);
  });

  it('when totals are asked, then the number by soort and the total value match; follow-ups narrow it', async () => {
    const conv = `a:followup-${Date.now()}`;
    const meer = F.contracts.filter((c) => c.soort === 'meerjarig');
    const een = F.contracts.filter((c) => c.soort === 'eenjarig');
    const text = sentence(await ask('Hoeveel contracten zijn er in totaal?', DEMO.contractmanager, conv));
    expect(text).toContain(`${F.contracts.length} contracten, met een totale waarde van ${F.euro(F.total(F.contracts))}`);
    expect(text).toContain(`${meer.length} meerjarig (${F.euro(F.total(meer))}) en ${een.length} eenjarig`);

    const dev = F.inGemeente('Deventer');
    expect(sentence(await ask('en in Deventer?', DEMO.contractmanager, conv))).toContain(`Deventer neemt deel aan ${dev.length} contracten`);
    const devMeer = dev.filter((c) => c.soort === 'meerjarig');
    const t3 = sentence(await ask('welke daarvan zijn meerjarig?', DEMO.contractmanager, conv));
    expect(t3).toContain(`${devMeer.length} meerjarige contracten`);
    expect(t3).toContain(F.euro(F.total(devMeer)));
    const devMeerHorizon = devMeer.filter((c) => c.aanbieder_id === 'T01');
    const t4 = sentence(await ask('en voor Horizon?', DEMO.contractmanager, conv));
    expect(t4).toContain(`${devMeerHorizon.length} meerjarig contract met ${F.nameOf('T01')}`);
  });

  it('a follow-up in another conversation does not see this one', async () => {
    await ask('Hoeveel contracten zijn er?', DEMO.contractmanager, 'a:one');
    const text = sentence(await ask('en in Deventer?', DEMO.contractmanager, 'a:two'));
    expect(text).not.toContain('neemt deel aan');
  });

  it('a wethouder sees only the contracts of their own gemeente, and is told so', async () => {
    const dev = F.inGemeente('Deventer');
    const res = await ask('Hoeveel contracten zijn er?', DEMO.wethouderDeventer);
    expect(sentence(res)).toContain(`Er zijn ${dev.length} contracten`);
    expect(JSON.stringify(res.replies[0].attachments[0].content)).toContain('waaraan Deventer deelneemt');
    const own = dev.filter((c) => c.aanbieder_id === 'T01');
    expect(sentence(await ask('Hoe staat het met Horizon?', DEMO.wethouderDeventer))).toContain(`${own.length} contract met`);
    expect(sentence(await ask('Hoeveel contracten heeft Zwolle?', DEMO.wethouderDeventer))).toContain('niet die van Zwolle');
  });

  it('an unknown user is refused for a named provider, but generic totals fall through to the next handler', async () => {
    expect(sentence(await ask('Hoe staat het met Horizon?', DEMO.unknown))).toContain('alleen beschikbaar');
    const text = sentence(await ask('Hoeveel eenjarige contracten zijn er?', DEMO.unknown));
    expect(text).not.toContain('alleen beschikbaar');
    expect(text).not.toMatch(/Er zijn \d+ eenjarige/);
  });

  it('a name the governance knowledge uses is no unknown provider: Q&A answers it, for every user', async () => {
    for (const user of [DEMO.unknown, DEMO.contractmanager]) {
      const text = sentence(await ask('Wat weet je over de Hervormingsagenda?', user));
      expect(text).not.toMatch(/alleen beschikbaar|Ik ken geen aanbieder/);
      expect(text).toContain('Bron:');
    }
    expect(sentence(await ask('Hoe staat het met Gezinshuis Mapel Boom?', DEMO.unknown))).toContain('alleen beschikbaar');
  });

  it('a governance question about aanbieders or contracten is answered by Q&A, also for a contractmanager', async () => {
    const text = sentence(await ask('Wie sluit de contracten af met de jeugdhulpaanbieders?', DEMO.contractmanager));
    expect(text).not.toContain('Je kunt bijvoorbeeld vragen');
    expect(text).toContain('Bron:');
  });

  it('a question about providers as a category, asked as a governance question, is Q&A\'s, not "begrijp ik niet"', async () => {
    for (const q of ['Wat als een zorgaanbieder in de knel komt, wie pakt dat op?', 'Wat gebeurt er als een aanbieder failliet gaat?', 'Wie betaalt de schade als een aanbieder fouten maakt?']) {
      const text = sentence(await ask(q));
      expect(text).not.toContain('Je kunt bijvoorbeeld vragen');
      expect(text).not.toContain('begrijp ik niet');
    }
  });

  it('region-wide contract totals come from the data first, then the documents\' figure with its own date', async () => {
    const een = F.contracts.filter((c) => c.soort === 'eenjarig');
    const replies = sentence(await ask('Hoeveel eenjarige contracten zijn er?')).split('\n');
    expect(replies[0]).toContain(`${een.length} eenjarige contracten`);
    const rest = replies.slice(1).join('\n');
    expect(rest).toContain('de stand van toen het document geschreven werd');
    expect(rest).toMatch(/ruim 100 eenjarige contracten[^]*Bron: Kadernota 2025/);
    // Totals of one gemeente or provider are the data's alone.
    expect(sentence(await ask('Hoeveel contracten heeft Deventer?'))).not.toContain('Bron:');
  });

  it('a vague provider question gets examples; a governance question is left alone', async () => {
    expect(sentence(await ask('vertel iets leuks over aanbieders'))).toContain('Je kunt bijvoorbeeld vragen');
    expect(sentence(await ask('Wie beslist over de begroting?'))).not.toMatch(/aanbieder|contract/i);
  });

  it('answers carry no demo footer when the data is a real import', async () => {
    const res = await ask('Hoeveel contracten zijn er?');
    expect(JSON.stringify(res.replies[0].attachments[0].content)).not.toContain('Fictieve demogegevens');
  });
});
