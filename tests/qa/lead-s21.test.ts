import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented reglement of a regional library council: weights of criteria, sanctions with a yearly cap, a notice period,
// a quorum, and a planning table whose rows name the same steps the articles rule.
const REGLEMENT = `# Reglement Bibliotheekraad Testland 2035

## Hoofdstuk 1 Beoordeling

### Artikel 2 Criteria en weging

1. Aanvragen voor een leesproject worden beoordeeld op bereik, vernieuwing, samenwerking en kosten.
2. De totaalscore is de som van de scores per criterium, elk vermenigvuldigd met het volgende gewicht:
   a. bereik: 40 procent;
   b. vernieuwing: 25 procent;
   c. samenwerking: 20 procent;
   d. kosten: 15 procent.
3. Een aanvraag met een totaalscore lager dan 3,0 komt niet in aanmerking voor het leesplan. Hetzelfde geldt voor een aanvraag die op het criterium samenwerking lager dan 2,0 scoort.
4. De jury bestaat uit de voorzitter van de raad en drie bibliothecarissen, van wie ten minste één afkomstig is uit een vestiging met minder dan 3.000 uitleningen per jaar.

### Artikel 3 Sancties

1. Het bestuur kan een uitgever die afspraken niet nakomt een korting of een boete opleggen.
2. Het totaal van de kortingen en boetes dat in een kalenderjaar aan één uitgever wordt opgelegd, bedraagt niet meer dan 4 procent van de jaaromzet.

### Artikel 4 Meldplicht

1. Een uitgever meldt wijzigingen in zijn fondslijst binnen vijf werkdagen aan de secretaris.
2. Het voornemen om een reeks te stoppen of een magazijn te sluiten, meldt de uitgever ten minste vier maanden vóór de beoogde datum.

## Hoofdstuk 2 Vaststelling

### Artikel 5 Planning

| Stap | Datum | Wie | Resultaat |
|---|---|---|---|
| Indiening | 1 maart 2035 | vestigingen | aanvragen |
| Beoordeling | 1 april 2035 | jury | rangorde |
| Vaststelling | 15 mei 2035 | bestuurlijk overleg | vastgesteld leesplan 2036 als onderdeel van het jaarplan |

### Artikel 6 Vaststelling door het bestuurlijk overleg

1. Het bestuurlijk overleg stelt het leesplan vast als onderdeel van het jaarplan, na advies van de jury over de kosten. De secretaris bereidt de vergadering voor.
2. Het bestuurlijk overleg besluit niet dan wanneer meer dan de helft van de leden, zijnde ten minste zeven leden, aanwezig is.

`;

const index = async () => new KnowledgeIndex([], (await parseDocument('bibliotheekraad.md', Buffer.from(REGLEMENT))).passages);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('questions in words the reglement does not use', () => {
  it('"hoe zwaar weegt X mee" asks the weight, which the list of percentages gives', async () => {
    expect(text((await index()).ask('hoe zwaar weegt de samenwerking mee bij het beoordelen van aanvragen'))).toMatch(/samenwerking: 20 procent/);
  });

  it('"hoeveel aan kortingen en boetes" asks a total, which a share of the turnover gives: no count of kortingen', async () => {
    expect(text((await index()).ask('Hoeveel aan kortingen en boetes kan een uitgever in één jaar maximaal opgelegd krijgen?'))).toMatch(/4 procent/);
  });

  it('"hoe ver vooruit" asks a lead time', async () => {
    expect(text((await index()).ask('Hoe ver vooruit moet een uitgever het laten weten als hij een magazijn dichtdoet?'))).toMatch(/vier maanden/);
  });

  it('"onder hoeveel X telt ... als" asks a threshold, which "met minder dan N X" gives', async () => {
    expect(text((await index()).ask('Er moet toch iemand van een kleine vestiging in de jury zitten? Onder hoeveel uitleningen telt een vestiging daarvoor als klein?'))).toMatch(/3\.000 uitleningen/);
  });

  it('a count of people asked is not answered by a planning row that names the step but gives no count', async () => {
    expect(text((await index()).ask('hoeveel wethouders moeten er minimaal bij het BO aanwezig zijn om het leesplan te kunnen vaststellen'))).toMatch(/zeven leden/);
  });
});

// An invented house rule of a tenants' council: quorum in districts represented, ties, an e-mail round, working groups,
// confidential papers.
const HUISHOUDELIJK = `# Huishoudelijk reglement Bewonersraad Testland 2036

## Hoofdstuk 1 Vergaderen

### Artikel 3 Leden

1. Iedere wijk wijst één bewonersvertegenwoordiger aan als lid en één buur als vaste plaatsvervanger.
2. De medewerkers van de corporatie bereiden de stukken van de raad voor, maar hebben geen stem.

### Artikel 4 Quorum

1. De raad kan alleen een advies uitbrengen als ten minste vijf van de negen wijken vertegenwoordigd zijn.
2. Medewerkers van de corporatie en gasten tellen niet mee voor het quorum.

### Artikel 5 Advies

1. De raad streeft bij ieder advies naar consensus.
2. Lukt dat niet, dan stelt de voorzitter vast welk standpunt door een meerderheid van de wijken wordt gedragen.
3. Staken de stemmen in de raad, dan gaan beide standpunten met een toelichting naar het bestuur van de corporatie.

### Artikel 6 Schriftelijke ronde per e-mail

1. Als een advies niet kan wachten, kan de voorzitter besluiten tot een schriftelijke ronde.
2. Leden reageren binnen zes werkdagen.
3. Reageert een wijk niet binnen de termijn, dan geldt dat als instemming.

## Hoofdstuk 2 Werkgroepen en stukken

### Artikel 8 Werkgroepen

1. De raad kan een werkgroep instellen voor een afgebakend vraagstuk.
2. Een werkgroep bestaat uit twee tot vijf personen.
3. Een werkgroep bestaat ten hoogste negen maanden.

### Artikel 9 Vertrouwelijkheid

1. De vergaderingen van de raad zijn niet openbaar.
2. Het secretariaat markeert een stuk als vertrouwelijk wanneer het gaat over:
   a. de huurschuld van een individuele bewoner;
   b. lopende onderhandelingen met aannemers.
`;

const houseIndex = async () => new KnowledgeIndex([], (await parseDocument('bewonersraad.md', Buffer.from(HUISHOUDELIJK))).passages);

describe('a house rule asked in everyday words', () => {
  it('a quorum asked in people "aan tafel" is answered by the count of districts represented', async () => {
    expect(text((await houseIndex()).ask('hoeveel bewonersvertegenwoordigers moeten er minimaal aan tafel zitten wil de raad een advies kunnen geven'))).toMatch(/vijf van de negen wijken/);
  });

  it('a second ask whose subject is a pronoun ("en mogen ze meestemmen") asks about the first ask\'s subject', async () => {
    expect(text((await houseIndex()).ask('Tellen de medewerkers van de corporatie mee voor het quorum van de raad, en mogen ze meestemmen over een advies?'))).toMatch(/tellen niet mee[\s\S]*geen stem/);
  });

  it('"als het gelijk uitvalt" is a tie', async () => {
    expect(text((await houseIndex()).ask('Wat gebeurt er als het in de raad precies gelijk uitvalt bij een advies?'))).toMatch(/beide standpunten/);
  });

  it('"niks terugsturen" is not replying', async () => {
    expect(text((await houseIndex()).ask('hoeveel tijd krijgen we om te reageren op een mailronde en wat als we gewoon niks terugsturen'))).toMatch(/zes werkdagen[\s\S]*instemming/);
  });

  it('"hoe lang mag X blijven bestaan" is what "X bestaat ten hoogste ..." says', async () => {
    expect(text((await houseIndex()).ask('hoeveel mensen mogen er in een werkgroep zitten en hoe lang mag zo\'n werkgroep blijven bestaan'))).toMatch(/negen maanden/);
  });

  it('"het stempel vertrouwelijk krijgen" is being marked so', async () => {
    expect(text((await houseIndex()).ask('Over welke onderwerpen krijgt een stuk het stempel vertrouwelijk?'))).toMatch(/huurschuld/);
  });
});

describe('an answer about the party named', () => {
  it('gives the figure of an answer that opens with the project asked about as its subject', async () => {
    const doc = `# Jaarplan Sportraad Testland 2031

## 3 Projecten

De Aanpak Ledenwerving is een project van de sportraad: clubs en scholen werken samen aan meer jeugdleden. Voor 2031 is naast projectleiding eenmalig € 80.000 werkbudget geraamd voor campagnes en clinics.
`;
    const index = new KnowledgeIndex([], (await parseDocument('jaarplan.md', Buffer.from(doc))).passages);
    expect(text(index.ask('Welk werkbudget is er in 2031 nodig voor het project Aanpak Ledenwerving?'))).toMatch(/80\.000/);
  });
});

describe('a separable verb of working together', () => {
  it('"trekken samen op" is working together, not a "trekker"', async () => {
    const doc = `# Jaarverslag Sportraad Testland 2031

## 1 Samenwerking

De negen clubs werken al sinds 2019 samen op het gebied van jeugdsport, met een gezamenlijk trainersprogramma.

## 2 Trekkers

Een bestuurlijke trekker is een bestuurder die voor één thema van de sportraad verantwoordelijk is; de negen clubs leveren elk een trekker voor de jeugdsport. Zo trekt de sportraad samen met de clubs op.
`;
    const index = new KnowledgeIndex([], (await parseDocument('jaarverslag.md', Buffer.from(doc))).passages);
    expect(text(index.ask('Sinds welk jaar trekken de negen clubs samen op bij jeugdsport?'))).toMatch(/2019/);
  });
});

describe('a case told before a comma', () => {
  it('"Stel X wil ..., mag dat?" reads the case before the comma as the setup, as a sentence before the question would be', async () => {
    const doc = `# Statuten Sportraad Testland 2031

## Artikel 4 Financiën

1. De clubs betalen hun bijdrage elk kwartaal vooraf aan de sportraad.
2. De sportraad heeft geen schulden en mag geen langlopende leningen aangaan of investeren.
`;
    const index = new KnowledgeIndex([], (await parseDocument('statuten.md', Buffer.from(doc))).passages);
    expect(text(index.ask('Stel de sportraad wil een lening afsluiten voor een grotere kantine met terras, mag dat volgens de statuten?'))).toMatch(/geen langlopende leningen/);
  });
});

describe('two asks of one table row', () => {
  it('an ask no header names is answered by the one cell of the row that says its word', async () => {
    const doc = `# Huishoudelijk reglement Hockeyclub Testland 2032

## Artikel 6 Routering

Onderwerpen gaan langs de organen volgens dit schema.

| Onderwerp | Jeugdcommissie | Bestuur | Ledenvergadering | Aanleveren |
|---|---|---|---|---|
| Contributie voor het volgende seizoen | advies | voorstel | besluit | 6 weken voor de vergadering |
| Trainingsschema | besluit | ter informatie | geen rol | 2 weken voor de start |
| Kantinerooster | geen rol | besluit | geen rol | 1 week voor de start |
`;
    const index = new KnowledgeIndex([], (await parseDocument('hockey.md', Buffer.from(doc))).passages);
    expect(text(index.ask('wat doet de jeugdcommissie met de contributie voor het volgende seizoen en wie neemt daarover het besluit'))).toMatch(/Jeugdcommissie: advies; Ledenvergadering: besluit/);
  });
});

describe('a row named by its description does not replace a text that gives the figure', () => {
  it('"hoe groot is het werkbudget ..." is answered by the article that gives it, not by a row whose description names the budget', async () => {
    const doc = `# Budgetreglement Sportraad Testland 2032

## Artikel 4 Mandaten

| Functie | Maximum per verplichting | Omschrijving |
|---|---|---|
| Voorzitter | € 25.000 | besluiten over het werkbudget jeugdsport en de verdeling over de projecten |
| Penningmeester | € 10.000 | betalingen uit het werkbudget die aan een project zijn toegekend |

## Artikel 10 Werkbudget jeugdsport

1. Het bestuur stelt het werkbudget jeugdsport jaarlijks vast en verdeelt het over de projecten. Voor 2032 is dat € 90.000: € 75.000 verdeeld over de projecten en € 15.000 nog niet toegekend.
`;
    const index = new KnowledgeIndex([], (await parseDocument('budget.md', Buffer.from(doc))).passages);
    expect(text(index.ask('Hoe groot is het werkbudget jeugdsport in 2032?'))).toMatch(/€ 90\.000/);
  });
});
