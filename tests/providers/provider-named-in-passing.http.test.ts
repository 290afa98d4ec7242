import { ingestAsCli } from '../helpers/ingest-cli';
import { QaHarness } from '../helpers/qa-harness';
import { DEMO } from '../helpers/bot-harness';

// An invented protocol whose ladder shares a word with a demo provider ("Voorbeeld Jeugdhulp De Ladder").
const PROTOCOL = `# Werkwijze escalaties zorgaanbieders Noordwest-Veluwe 2061

## 2. De escalatieladder

Een escalatie doorloopt vier treden. Eerst voert de contractmanager een duidingsgesprek met de aanbieder. Blijft
verbetering uit, dan volgt een verbetertraject van ten hoogste acht weken. Daarna spreekt de portefeuillehouder de
bestuurder van de aanbieder aan in een bestuurlijk gesprek. De laatste trede is een besluit van het bestuurlijk overleg
over de opschorting van nieuwe plaatsingen.
`;

describe('a provider name inside a governance question, over HTTP', () => {
  const bot = new QaHarness();
  beforeAll(async () => {
    await ingestAsCli(bot.dataDir, 'werkwijze-escalaties-2061.md', PROTOCOL);
    await bot.start();
  });
  afterAll(() => bot.stop());

  it.each([
    ['someone without contract rights', DEMO.unknown],
    ['a contractmanager', DEMO.contractmanager],
  ])('"welke stappen kent de escalatie ladder" is answered from the documents for %s', async (_who, user) => {
    const reply = await bot.say('welke stappen kent de escalatie ladder', { user });
    expect(reply.text).toMatch(/vier treden/);
    expect(reply.text).toMatch(/verbetertraject/);
    expect(reply.text).toMatch(/Bron: Werkwijze escalaties zorgaanbieders Noordwest-Veluwe 2061/);
    expect(reply.text).not.toMatch(/Contractgegevens van aanbieders zijn alleen/);
  });

  it('asking the status of that provider still reads the provider data, or says who may', async () => {
    expect((await bot.say('Hoe staat het met De Ladder?', { user: DEMO.contractmanager })).text).toMatch(/Voorbeeld Jeugdhulp De Ladder/);
    expect((await bot.say('Hoe staat het met De Ladder?', { user: DEMO.unknown })).text).toMatch(/Contractgegevens van aanbieders zijn alleen/);
  });

  it('a name with a question the documents cannot answer stays with the provider data', async () => {
    const reply = await bot.say('wachttijd bij de ladder voor ambulante hulp', { user: DEMO.contractmanager });
    expect(reply.text).toMatch(/Voorbeeld Jeugdhulp De Ladder/);
  });
});
