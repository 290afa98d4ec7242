import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { withJoinedVerbs } from '../../src/features/qa/separable-verbs';
import { joinSplitInfinitives } from '../../src/features/qa/question-rewrites';
import { familyRoot } from '../../src/features/qa/word-forms';
import { SEPARABLE_PARTICLES } from '../../src/features/qa/separable-particles';

describe('one list of separable particles for texts, questions and participles', () => {
  it('a text joins a split verb with any particle of the list ("legt ... neer" is "neerleggen")', () => {
    expect(withJoinedVerbs('De secretaris legt de stukken neer bij de voorzitter.')).toContain('neerleggen');
    expect(withJoinedVerbs('Het bestuur houdt de uitvoering tegen.')).toContain('tegenhouden');
  });

  it('a question joins a te-infinitive the index knows with any particle of the list ("vrij te geven")', () => {
    expect(joinSplitInfinitives('Wie besluit de stukken vrij te geven?', (w) => w === 'vrijgeven')).toContain('vrijgeven');
    expect(joinSplitInfinitives('Dreigt de aanbieder om te vallen?', (w) => w === 'omvallen')).toContain('omvallen');
  });

  it('a participle with any particle of the list has its verb\'s root', () => {
    for (const p of SEPARABLE_PARTICLES) expect(familyRoot(`${p}gesteld`)).toBe(familyRoot(`${p}stelt`));
  });
});

describe('a particle before "welk", "welke" or "hoeveel" is a preposition', () => {
  it('"en voor welk bedrag" is no verb "vooren" (stem "vor", as in "naar voren") the text lacks', async () => {
    const doc = await parseDocument('contracten.md', Buffer.from('# Contractbeheer Testland\n\nHet Vijverteam beheert 137 contracten, samen goed voor ongeveer € 147 miljoen.\n\nDe vijver wordt elk voorjaar schoongemaakt. Dat komt naar voren in het jaarverslag.\n'));
    const index = new KnowledgeIndex([], doc.passages) as unknown as { analyse(q: string): { terms: string[] }[] };
    const terms = index.analyse('Hoeveel contracten beheert het Vijverteam ongeveer en voor welk bedrag?').flatMap((w) => w.terms);
    expect(terms).toContain('bedrag');
    expect(terms).not.toContain('vor');
  });
});

describe('a verb takes one particle', () => {
  it('"geven ... uit aan opleiding" is "uitgeven", not also "aangeven"', async () => {
    const doc = await parseDocument('opleiding.md', Buffer.from('# Opleiding Testland\n\nHet Vijverteam geeft jaarlijks € 4.000 uit aan opleiding. Het bestuur kan een wijziging aangeven. Het team besteedt geld.\n'));
    const index = new KnowledgeIndex([], doc.passages) as unknown as { analyse(q: string): { terms: string[] }[] };
    const terms = index.analyse('Hoeveel geven andere teams gemiddeld uit aan opleiding?').flatMap((w) => w.terms);
    expect(terms).toContain('uitgev');
    expect(terms).not.toContain('aangev');
  });
});

describe('a particle joins no verb before "te" or in another sentence', () => {
  const text = '# Reglement Toetscommissie Testland\n\n## Artikel 3 Advies\n\n1. De toetscommissie brengt binnen vier weken advies uit over een nieuw formulier.\n\n## Artikel 4 Stemming\n\n1. De voorzitter kan overgaan tot stemming als de leden het oneens blijven.\n';
  it('"... gaan uitdelen. Hoeveel tijd heeft de commissie om daar een advies over te geven?" asks no "overgaan"', async () => {
    const doc = await parseDocument('toetscommissie.md', Buffer.from(text));
    const index = new KnowledgeIndex([], doc.passages);
    const question = 'We willen de leden een nieuw formulier gaan uitdelen. Hoeveel tijd heeft de toetscommissie om daar een advies over te geven?';
    const terms = (index as unknown as { analyse(q: string): { terms: string[] }[] }).analyse(question).flatMap((w) => w.terms);
    expect(terms).not.toContain('overgan');
    const result = index.ask(question);
    expect(result.kind === 'answer' && result.answer).toContain('vier weken');
  });

  it('"We gaan het formulier vernieuwen. Is daar een advies over?": the particle finds no verb in its own sentence', async () => {
    const doc = await parseDocument('toetscommissie.md', Buffer.from(text));
    const index = new KnowledgeIndex([], doc.passages) as unknown as { analyse(q: string): { terms: string[] }[] };
    expect(index.analyse('We gaan het formulier vernieuwen. Is daar een advies over?').flatMap((w) => w.terms)).not.toContain('overgan');
  });
});

describe('"goed" is the particle of "goedkeuren"', () => {
  it('"wie keurt de onkostennota\'s van de havenmeester goed?" finds "worden goedgekeurd door"', async () => {
    const text = '# Regeling Havenbedrijf Testland\n\n## Artikel 4 Onkosten\n\n1. Onkostennota\'s van een medewerker worden goedgekeurd door zijn leidinggevende.\n2. Onkostennota\'s van de havenmeester worden goedgekeurd door de voorzitter van de raad van toezicht.\n\n## Artikel 5 Kwaliteit\n\n1. De havenmeester bewaakt dat de dienstverlening goed blijft en stuurt bij waar nodig.\n';
    const index = new KnowledgeIndex([], (await parseDocument('haven.md', Buffer.from(text))).passages);
    const result = index.ask('Wie keurt de onkostennota\'s van de havenmeester goed?');
    expect(result.kind === 'answer' && result.answer).toContain('voorzitter van de raad van toezicht');
  });
});

describe('a te-infinitive in a text, and a lone "t"', () => {
  const DOC = `# Besluit overdracht zwembad Testland 2031

## 2. Overdracht

De gemeenteraad heeft besloten het beheer van de 3 zwembaden uiterlijk 1 mei 2032 over te dragen aan de stichting Waterpret. Het personeel gaat mee naar de stichting.

## 3. Kosten

De kosten van het onderhoud stijgen met vier procent.
`;

  it('a text\'s "over te dragen" is "overdragen" as well', () => {
    expect(withJoinedVerbs('De taken zijn uiterlijk 1 mei over te dragen.')).toContain('overdragen');
    expect(withJoinedVerbs('Het verzoek is binnen een week in te dienen.')).toContain('indienen');
  });

  it('"overgedragen" and "om hoeveel gaat t" find the sentence with "over te dragen"', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('zwembad.md', Buffer.from(DOC))).passages);
    const r = kb.ask('Om hoeveel zwembaden gaat t en wanneer moeten ze zijn overgedragen?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/3 zwembaden uiterlijk 1 mei 2032/);
  });
});

describe('a particle before a figure is a preposition', () => {
  it('"komt de raad in 2031 bijeen" asks no "inkomen" (a paraphrase of salaris)', async () => {
    const doc = await parseDocument('raad.md', Buffer.from('# Reglement Dorpsraad Testland 2031\n\n### Artikel 2 Vergaderingen\n1. De dorpsraad komt in 2031 vier keer bijeen.\n2. Het inkomen van de leden is geen onderwerp van de vergadering.\n'));
    const index = new KnowledgeIndex([], doc.passages) as unknown as { analyse(q: string): { terms: string[] }[] };
    expect(index.analyse('Waar komt de dorpsraad in 2031 bijeen?').flatMap((w) => w.terms)).not.toContain('~~salaris');
  });
});
