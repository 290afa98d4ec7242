import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { Fact, QaResult } from '../../src/features/qa/qa.domain';

// An invented reglement of a sports council, asked about the way people ask in a chat: a question passed on for a
// colleague, a reason clause with "nu", a then-and-now figure, a recalled word, a question that points back.
const REGLEMENT = `# Reglement Sportraad Testdorp 2038

## Hoofdstuk 1 Organisatie

### Artikel 1 Leden

1. De Sportraad begon in 2030 met zeven leden.
2. De Sportraad telt structureel elf leden, één per sportpark.

### Artikel 2 Subsidies

1. Aanvragen voor een sportsubsidie gaan via de gemeentelijke Sportbalie; medewerkers van de Sportbalie beoordelen de aanvragen en geven de subsidiebeschikkingen af.
2. De Sportraad adviseert het college over de verdeling van het subsidieplafond.

### Artikel 3 Werkgroep Jeugdsport

Er wordt een Werkgroep Jeugdsport opgericht. De werkgroep is bedoeld om clubs en scholen samen te laten werken en fungeert zogezegd als aanjager. Een docent lichamelijke opvoeding zit de werkgroep voor.

## Hoofdstuk 2 Koers

### Artikel 4 Speerpunten

1. Er is veel beweging in de sportwereld en ook in 2038 zal dat zo blijven. De Sportraad blijft daarom werken aan bereikbaarheid, betaalbaarheid en veiligheid.
2. Daarnaast vindt door de twaalf clubs een heroverweging plaats van wat zij zelf en wat zij samen met andere clubs willen organiseren.

### Artikel 5 Middelen

1. Voor sportmateriaal, zoals ballen, netten en doelen, is € 2.400 geraamd.
2. De Sportraad werkt voor twaalf clubs; elke club draagt jaarlijks bij aan de kosten van de raad.

### Artikel 6 Sportagenda

1. Eén keer per jaar leveren de clubs onderwerpen aan voor de sportagenda; de Sportraad stelt die vast.
2. Mochten zich lopende het jaar significante onderwerpen aandienen, dan wordt dit eerst geagendeerd in de Sportraad. De clubs houden op die manier grip op wat er in het dorp gebeurt.
`;

// Curated summaries of another paper (as the bot's facts summarise the seeds): they state the rule, not its reason.
const fact = (id: string, questions: string[], answer: string, keywords: string[]): Fact => ({ id, questions, keywords, answer, source: { title: 'Jaarplan Sportraad', section: 'Organisatie' } });
const FACTS = [
  fact('clubs', ['Voor welke clubs werkt de Sportraad?', 'Hoeveel clubs zijn er?'], 'De Sportraad werkt voor twaalf clubs in het dorp; samen dragen zij de kosten van de raad.', ['clubs']),
  fact('sportagenda', ['Hoe komt de sportagenda tot stand?'], 'Eén keer per jaar leveren de clubs onderwerpen aan voor de sportagenda. Komt er halverwege het jaar een belangrijk onderwerp op, dan gaat dat eerst naar de Sportraad.', ['sportagenda', 'onderwerp']),
];

const index = async () => new KnowledgeIndex(FACTS, (await parseDocument('sportraad.md', Buffer.from(REGLEMENT))).passages);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('questions as people type them in a chat (session 24)', () => {
  it('a question passed on for someone else ("een collega vraagt wie ...") asks what follows "vraagt"', async () => {
    const answer = text((await index()).ask('Een collega van de raad vraagt wie bij ons de subsidiebeschikkingen afgeeft: de Sportraad of iemand anders?'));
    expect(answer).toMatch(/Sportbalie/);
  });

  it('"nu er zoveel verandert" gives a reason, it asks no state of affairs of today', async () => {
    const answer = text((await index()).ask('Op welke drie punten blijft de Sportraad in 2038 inzetten nu er zoveel verandert in de sportwereld?'));
    expect(answer).toMatch(/bereikbaarheid, betaalbaarheid en veiligheid/);
  });

  it('"nu" set against an earlier year asks the figure the text gives, for each ask', async () => {
    const answer = text((await index()).ask('Met hoeveel leden begon de Sportraad in 2030, en hoeveel leden telt de raad nu?'));
    expect(answer).toMatch(/zeven leden/);
    expect(answer).toMatch(/elf leden/);
  });

  it('"e.d." and "o.a." are no words to look for', async () => {
    const answer = text((await index()).ask('Het geld voor spullen voor het sporten (ballen, netten e.d.): hoe hoog is dat, o.a. voor de doelen?'));
    expect(answer).toMatch(/2\.400/);
  });

  it('"het idee achter X, er werd iets gezegd over een aanjager" asks what X is, by the word recalled', async () => {
    const answer = text((await index()).ask('Wat was ook alweer het idee achter de werkgroep jeugdsport, er werd iets gezegd over een aanjager?'));
    expect(answer).toMatch(/aanjager/);
  });

  it('an ask of pronouns only ("Waar gaat die over?") asks about the thing the sentence before names', async () => {
    const answer = text((await index()).ask('Er wordt gesproken over een heroverweging door de twaalf clubs. Waar gaat die over?'));
    expect(answer).toMatch(/wat zij zelf en wat zij samen/);
  });

  it('"waarom" prefers the lid that gives the reason ("op die manier"), in other words than the question', async () => {
    const answer = text((await index()).ask('Waarom moet een belangrijk onderwerp dat halverwege het jaar opduikt eerst voorgelegd aan de Sportraad?'));
    expect(answer).toMatch(/op die manier grip/);
  });
});
