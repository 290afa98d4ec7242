import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answerReply } from '../../src/features/qa/qa.routes';
import { asksAboutThing, namesThing, thingOfAskedCase } from '../../src/features/qa/unknown-things';
import { dutchWords } from '../../src/features/qa/dutch-dictionary';

/** An invented regulation that names its members, meetings and costs, but no pets, cars or telephones. */
const REGLEMENT = `# Reglement Speeltuinraad Voorbeelddorp 2027

### Artikel 1 Samenstelling
1. De speeltuinraad bestaat uit zeven leden.
2. De voorzitter neemt de agenda mee naar het overleg met de wethouder.

### Artikel 2 Vergaderingen
1. De speeltuinraad vergadert vier keer per jaar in het dorpshuis.
2. De leden krijgen een vergoeding voor hun reiskosten.

### Artikel 3 Geld
De speeltuinraad mag geen geld lenen bij een bank of een andere partij.
`;

describe('a thing no document names', () => {
  it('is a noun of the dictionary (its plural, diminutive or compound too), not a verb, an adjective or an abstract noun', () => {
    expect(dutchWords().isNoun('hond')).toBe(true);
    expect(dutchWords().isNoun('parkeren')).toBe(false);
    expect(dutchWords().isNoun('slecht')).toBe(false); // an adjective with a plural ("de slechten")
    for (const w of ['hond', 'honden', 'auto\'s', 'treinkaartjes', 'leaseauto', 'kerstpakket']) expect(namesThing(w)).toBe(true);
    for (const w of ['parkeren', 'opschieten', 'slecht', 'geheimhouding', 'communicatie']) expect(namesThing(w)).toBe(false);
  });

  it('is asked about when it is the subject or object of a question whether or who, not a circumstance after a preposition', () => {
    expect(asksAboutThing('Mag een lid zijn hond meenemen naar de vergadering?', 'hond')).toBe(true);
    expect(asksAboutThing('Wie betaalt de treinkaartjes van de leden?', 'treinkaartjes')).toBe(true);
    expect(asksAboutThing('Mag de speeltuinraad geld lenen bij de bank?', 'bank')).toBe(false);
    expect(asksAboutThing('Hoeveel kost een hond voor de speeltuinraad?', 'hond')).toBe(false);
    expect(asksAboutThing('Wie regelt het parkeren bij het dorpshuis?', 'parkeren')).toBe(true);
    expect(asksAboutThing('Wie mag parkeren bij het dorpshuis?', 'parkeren')).toBe(false);
    // "wie zorgt voor" / "wie is verantwoordelijk voor" asks who sees to the thing itself
    expect(asksAboutThing('Wie zorgt voor de laptop van de secretaris?', 'laptop')).toBe(true);
    expect(asksAboutThing('Wie is verantwoordelijk voor de stoelen bij de vergadering?', 'stoelen')).toBe(true);
    expect(asksAboutThing('Wie vergadert voor de lunch in het dorpshuis?', 'lunch')).toBe(false);
  });

  it('is asked about in the last question after a setup, not in the setup that tells the situation', () => {
    expect(asksAboutThing('Ik ben nieuw in de speeltuinraad. Krijg ik een laptop van de gemeente?', 'laptop')).toBe(true);
    expect(asksAboutThing('Ik heb een hond. Hoe laat begint de vergadering?', 'hond')).toBe(false);
    expect(asksAboutThing('Mijn hond is ziek. Mag ik de vergadering overslaan?', 'hond')).toBe(false);
  });

  describe('in a question to a regulation', () => {
    let index: KnowledgeIndex;
    beforeAll(async () => {
      const doc = await parseDocument('speeltuinraad.md', Buffer.from(REGLEMENT));
      index = new KnowledgeIndex([], doc.passages);
    });
    const reply = (q: string) => answerReply(q, index.ask(q)).text ?? '';

    it('is said to be in no document before what comes closest, which is no answer about it', () => {
      // "neemt de agenda mee naar het overleg met de wethouder" shares all but the dog
      const hond = reply('Mag de voorzitter zijn hond meenemen naar het overleg met de wethouder?');
      expect(hond).toMatch(/^Iets over "hond" heb ik niet gevonden in de documenten die ik ken\. Wat er het dichtst bij komt:/);
      expect(reply('Krijgen de leden van de speeltuinraad een laptop?')).toMatch(/^Iets over "laptop" heb ik niet gevonden/);
      // after a setup the last question asks
      expect(reply('De speeltuinraad vergadert in het dorpshuis. Krijgen de leden daar een laptop?')).toMatch(/^Iets over "laptop" heb ik niet gevonden/);
      // a setup the text repeats lifts the coverage, but the asking sentence is what is asked
      expect(reply('De speeltuinraad vergadert vier keer per jaar in het dorpshuis. Krijgen de leden daar een laptop?')).toMatch(/^Iets over "laptop" heb ik niet gevonden/);
    });

    it('leaves answers alone whose question names a thing the documents do name, or names an unknown one only as a circumstance', () => {
      expect(reply('Krijgen de leden een vergoeding voor hun reiskosten?')).toMatch(/^2\. De leden krijgen een vergoeding/);
      // treinkaartjes are travel costs (a paraphrase group): the document names them in its own words
      expect(reply('Wie betaalt de treinkaartjes van de leden van de speeltuinraad?')).toMatch(/^2\. De leden krijgen een vergoeding voor hun reiskosten/);
      expect(reply('Mag de speeltuinraad geld lenen bij de bank?')).toMatch(/^De speeltuinraad mag geen geld lenen/);
      // a thing named in the setup is the asker's situation
      expect(reply('Mijn hond is ziek. Krijgen de leden een vergoeding voor hun reiskosten?')).toMatch(/^2\. De leden krijgen een vergoeding/);
    });
  });
});

describe('a compound whose tail alone a document uses', () => {
  const text = `# Reglement Dorpshuisraad 2027

### Artikel 1 Vergaderingen
1. De dorpshuisraad vergadert zes keer per jaar in het dorpshuis in Voorbeelddorp.
2. De kosten van de vergaderingen in het dorpshuis betaalt de gemeente.
3. Een lid dat verhinderd is, meldt zich af bij de secretaris.
`;
  it('is still a thing no document names: "kosten" does not say "parkeerkosten"', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('dorpshuisraad.md', Buffer.from(text))).passages);
    for (const q of ['Wie betaalt de parkeerkosten van de leden?', 'Mag een lid zijn parkeerkosten declareren?']) {
      expect(answerReply(q, index.ask(q)).text).toMatch(/^Iets over "parkeerkosten" heb ik niet gevonden/);
    }
  });
});

describe('the clause that says which case is asked', () => {
  it('is a subordinate clause with its subject, not "wanneer" opening the question nor "als" before a role', () => {
    expect(thingOfAskedCase('Wat is de limiet als ik met de creditcard betaal?', 'creditcard')).toBe(true);
    expect(thingOfAskedCase('Wanneer tekent de controller mee bij een bestelling voor de kantine?', 'kantine')).toBe(false);
    expect(thingOfAskedCase('Mag ik als teamleider die bestelling tekenen?', 'teamleider')).toBe(false);
  });
});
