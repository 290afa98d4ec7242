import { ingestAsCli } from '../helpers/ingest-cli';
import { QaHarness } from '../helpers/qa-harness';
import { DEMO } from '../helpers/bot-harness';

// An invented annual account: "risico" and "bedrag" of a gemeente are its words too, not only the provider data's.
const JAARSTUKKEN = `# Jaarstukken 2061 Jeugdhulp Oostrand

## 4. Weerstandsvermogen en risicobeheersing

Tegenover de geïnventariseerde risico's staat een algemene reserve van € 1.240.000. De benodigde weerstandscapaciteit
is berekend op € 820.000. De ratio weerstandsvermogen komt daarmee uit op 1,51 en valt in de klasse ruim voldoende.

## 5. Bijzonderheden per gemeente

Bij de controle van het derde kwartaal zijn bij Hardenberg dubbele declaraties gevonden. Zij ontstonden bij de overgang
naar een nieuw registratiesysteem. Het ging om een bedrag van € 84.300, dat in december 2061 is teruggevorderd.
`;

describe('a figure of a document asked with words the provider data also reads, over HTTP', () => {
  const bot = new QaHarness();
  beforeAll(async () => {
    await ingestAsCli(bot.dataDir, 'jaarstukken-2061-jeugdhulp-oostrand.md', JAARSTUKKEN);
    await bot.start();
  });
  afterAll(() => bot.stop());

  it('"om welk bedrag ging het" of another gemeente is answered from the documents, not refused as its contracts', async () => {
    const reply = await bot.say('Hardenberg had toch dubbele declaraties door dat nieuwe registratiesysteem? om welk bedrag ging het', { user: DEMO.beleidsadviseurKampen });
    expect(reply.text).toMatch(/84\.300/);
    expect(reply.text).toMatch(/Bron: Jaarstukken 2061 Jeugdhulp Oostrand/);
    expect(reply.text).not.toMatch(/alleen cijfers/);
  });

  it('"risico\'s" next to a reserve asks the documents, not the signal list', async () => {
    const reply = await bot.say("Is de reserve groot genoeg voor de risico's en welke ratio hoort daarbij?", { user: DEMO.contractmanager });
    expect(reply.text).toMatch(/1,51/);
    expect(reply.text).not.toMatch(/signa/i);
  });

  it('guard: contracts of another gemeente and signals by name stay with the provider data', async () => {
    expect((await bot.say('Hoeveel contracten heeft Hardenberg?', { user: DEMO.beleidsadviseurKampen })).text).toMatch(/niet die van Hardenberg/);
    expect((await bot.say('Welke aanbieders hebben een signaal van niveau hoog?', { user: DEMO.contractmanager })).text).toMatch(/signa/i);
  });
});
