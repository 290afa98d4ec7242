import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { Fact, QaResult } from '../../src/features/qa/qa.domain';
import { askedAmount } from '../../src/features/qa/amount-thresholds';
import { frameTerms } from '../../src/features/qa/answer-gate';
import { termsOf } from '../../src/features/qa/dutch-text';
import { splitSentences } from '../../src/features/qa/passages';

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
3. De Sportraad heeft geen leningen en heeft een eigen kasboek dat zelfstandig wordt bijgehouden.

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

  it('a place named only in the other option ("of valt het onder dat van Raalte?") need not be in the text', async () => {
    const answer = text((await index()).ask('Werkt de Sportraad met een eigen kasboek of valt het onder dat van de gemeente Raalte?'));
    expect(answer).toMatch(/eigen kasboek/);
  });

  it('a figure named as a known one ("de 64.000 euro") is no value to place against thresholds', () => {
    expect(askedAmount('Waarom is de 64.000 euro voor veilig opgroeien misschien niet helemaal nodig?')).toBeUndefined();
    expect(askedAmount('Wie beslist over een contract van 64.000 euro?')?.amount).toBe(64000);
    expect(askedAmount('Mag de regiomanager uitgaven onder de 64.000 euro zelf doen?')?.amount).toBe(63999);
  });

  it('RSJ named early in its kadernota is what its paragraphs are about ("we"), so they answer a question naming RSJ', async () => {
    const kadernota = `# Kadernota Testdorp 2039

## Inleiding
RSJ IJsselland legt in deze kadernota de plannen en budgetten voor 2039 vast.

## Projectmiddelen
Voor het project veilig opgroeien is in 2039 een werkbudget van € 64.000 nodig. Omdat het gaat om een project dat stap voor stap wordt uitgevoerd, is lastig te bepalen in hoeverre het bedrag volledig nodig zal zijn.

## Mandaat
Uitgaven van meer dan € 50.000 die niet in de begroting staan, zijn niet zeker: zij vragen vooraf instemming van het bestuur.

## Personeel
Het opleidingsbudget is € 9.000.
`;
    const own = new KnowledgeIndex([], (await parseDocument('kadernota-testdorp.md', Buffer.from(kadernota))).passages);
    expect(text(own.ask('Waarom weet het RSJ niet zeker of de 64.000 euro voor veilig opgroeien helemaal nodig is?'))).toMatch(/stap voor stap/);
  });

  it('"hoeveel tijd" asks a duration: "tijd" is no topic word ("na schooltijd" does not answer it)', () => {
    expect(frameTerms('Hoeveel tijd krijgt de adviesraad om te reageren?', termsOf)).toContain(termsOf('tijd')[0]);
    expect(frameTerms('Wat doet de raad in de tijd tussen twee vergaderingen?', termsOf)).not.toContain(termsOf('tijd')[0]);
  });

  it('the article a sentence cites after its full stop ("(Art. 10)") stays with that sentence', () => {
    expect(splitSentences('De clubs maken nadere afspraken over de velden (…). (Art. 10)\nDaarna volgt het rooster.')).toEqual([
      'De clubs maken nadere afspraken over de velden (…). (Art. 10)',
      'Daarna volgt het rooster.',
    ]);
  });

  it('a year asked ("sinds wanneer") is given by the sentence about what is asked, not by a year elsewhere in a fact', async () => {
    const facts = [fact('speerpunten', ['Waar werkt de Sportraad in 2039 aan?'], 'In 2039 werkt de Sportraad aan twee onderwerpen: zwemveiligheid en sportparken. Daarnaast coördineert de Sportraad het proces rond de sportvisie.', ['speerpunten'])];
    const visie = '# Jaarplan Sportraad 2039\n\n## Sportvisie\n\nVanuit het college heeft de Sportraad in maart 2037 de opdracht gekregen om het proces rond de sportvisie te coördineren. De visie is in 2038 vastgesteld.\n';
    const own = new KnowledgeIndex(facts, (await parseDocument('jaarplan.md', Buffer.from(visie))).passages);
    expect(text(own.ask('Sinds wanneer coördineert de Sportraad het proces rond de sportvisie?'))).toMatch(/maart 2037/);
  });

  it('"Stel dat ... Wat betekent dat voor ...?" asks the consequence of the case, stated in the text with the case', async () => {
    const plan = `# Jaarplan Zwemveiligheid Testdorp 2039

## Aanpak zwemveiligheid
We geven in 2039 een vervolg aan de aanpak zwemveiligheid. Met scholen en clubs werken we aan projecten die hieraan bijdragen en aan betere zwemlessen voor alle kinderen.

## Projectmiddelen
Voor de aanpak zwemveiligheid is een werkbudget van € 20.000 nodig. Er wordt gekeken of gebruik kan worden gemaakt van provinciale subsidies of impulsgelden. Mocht dit het geval zijn dan is uiteindelijk minder investering vanuit de gemeente nodig.
`;
    const own = new KnowledgeIndex([], (await parseDocument('zwemveiligheid.md', Buffer.from(plan))).passages);
    const answer = text(own.ask('Stel dat er provinciale subsidies of impulsgelden komen voor de aanpak zwemveiligheid. Wat betekent dat voor wat de gemeente moet bijdragen?'));
    expect(answer).toMatch(/minder investering/);
  });

  it("RSJ named early in a document the curated facts sum up does not let its paragraphs outrank those facts", async () => {
    const kadernota = `# Kadernota Testdorp 2039

## Inleiding
RSJ IJsselland legt in deze kadernota de plannen en budgetten voor 2039 vast.

## Randvoorwaarden
Projectleiderschap. Bij het vaststellen van de begroting 2038 is in totaal structureel 1,5 fte beschikbaar gesteld voor het uitvoeren van de sportagenda. Deze formatie is ook in 2039 nodig.

## Mensen
Het RSJ heeft structureel een formatie van 9,5 fte.
`;
    const source = (section: string) => ({ title: 'Kadernota Testdorp 2039', section });
    const facts: Fact[] = [
      { id: 'fte-sportagenda', questions: ['Hoeveel fte is er voor de sportagenda?'], keywords: ['fte', 'sportagenda'], answer: 'Voor de sportagenda is sinds de begroting 2038 structureel 1,5 fte beschikbaar.', source: source('Randvoorwaarden') },
      { id: 'formatie', questions: ['Hoe groot is de formatie van RSJ?'], keywords: ['formatie', 'fte'], answer: 'RSJ heeft structureel een formatie van 9,5 fte.', source: source('Mensen') },
    ];
    const own = new KnowledgeIndex(facts, (await parseDocument('kadernota-testdorp.md', Buffer.from(kadernota))).passages);
    const answer = text(own.ask('Hoeveel fte is er structureel beschikbaar voor de sportagenda, en hoe groot is de totale formatie van RSJ?'));
    expect(answer).toMatch(/1,5 fte/);
    expect(answer).toMatch(/9,5 fte/);
  });
});
