import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';
import { termsOf, tokenize } from '../../src/features/qa/dutch-text';
import { Speller } from '../../src/features/qa/spelling';
import { WANTS_LIST } from '../../src/features/qa/list-questions';
import { namedDocument } from '../../src/features/qa/named-document';

// An invented reglement of a music council, asked the way people ask in a chat: a count with other counts beside it, a
// calendar of one year for the agenda of the next, a row of a table that names who acts, a typo in a compound.
const REGLEMENT = `# Reglement Muziekraad Teststad 2038

## Hoofdstuk 1 Aanvragen

### Artikel 1 Begrippen

In dit reglement wordt verstaan onder:

- werkdag: een dag, niet zijnde een zaterdag, een zondag of een dag in de periode van 24 december tot en met 1 januari;
- verplichting: iedere opdracht, toezegging of overeenkomst waaruit een betaling door de Muziekraad volgt.

### Artikel 2 De jaarlijkse aanvraagronde

1. De secretaris opent de aanvraagronde op 1 maart 2038 en stuurt alle verenigingen het aanvraagformulier.
2. Aanvragen worden uiterlijk op 13 mei 2038 ingediend.
3. Iedere vereniging dient in een ronde ten hoogste drie aanvragen in.
4. Verenigingen mogen daarnaast samen één gezamenlijke aanvraag doen; die telt voor geen van hen mee voor het maximum, mits ten minste twee verenigingen het formulier mede ondertekenen.

### Artikel 3 Spoedaanvragen

1. Komt er in de loop van het jaar een dringende vraag op, dan kan een vereniging die als spoedaanvraag aanmelden.
2. Per kalenderhalfjaar wordt ten hoogste één spoedaanvraag gehonoreerd.

### Artikel 4 Beoordeling

1. De commissie kent elke aanvraag ten hoogste 100 punten toe, verdeeld over de volgende criteria:
   - muzikale kwaliteit: 40 punten;
   - bereik onder jongeren: 35 punten;
   - haalbaarheid: 25 punten.
2. Een aanvraag die minder dan 60 punten behaalt, komt niet op de concept-muziekagenda, tenzij de raad met twee derde van de stemmen anders besluit.

### Artikel 5 Werkgroepen

1. De coördinator is voorzitter van een werkgroep.
2. Ten hoogste twee vertegenwoordigers van muziekscholen kunnen op uitnodiging aan vergaderingen deelnemen; zij hebben geen stemrecht.

### Artikel 6 Middelen

1. Voor de muziekagenda 2039 is een werkbudget van € 300.000 beschikbaar.
2. Van het werkbudget wordt € 40.000 aangehouden als reserve voor spoedaanvragen.

### Artikel 7 Projectmiddelen

Voor uitvoering van het project Podium Dichtbij is naast begeleiding ook een werkbudget nodig in 2038 om de volgende fase uit te voeren. Het gaat om een incidenteel bedrag van € 18.000. Dit wordt besteed aan zaalhuur en techniek.

### Artikel 8 Niveaus van bemiddeling

| Niveau | Omschrijving | Wie besluit | Termijn |
| --- | --- | --- | --- |
| 1. Gesprek | gesprek met de vereniging | secretaris | binnen 5 werkdagen |
| 2. Bestuurlijke bemiddeling | bemiddeling door de raad | bestuur, zo nodig in een extra vergadering | vergadering binnen 10 werkdagen na het besluit tot opschaling |

### Artikel 9 Jaarkalender 2038

| Fase | Periode | Verantwoordelijk | Resultaat |
| --- | --- | --- | --- |
| Beoordeling | 16 mei – 10 juni 2038 | Beoordelingscommissie | Scorelijst per aanvraag |
| Besluitvorming | 29 september 2038 | Bestuur | Vastgestelde muziekagenda 2039 |

### Artikel 11 Mandaat

| Functie | Maximum per verplichting | Voorwaarden |
| --- | --- | --- |
| Voorzitter | € 50.000 | verantwoording in de eerstvolgende vergadering |
| Coördinator | € 10.000 | alleen ten laste van de eigen posten |

### Artikel 12 Besluiten die niet worden gemandateerd

1. Voor de volgende besluiten bestaat geen mandaat; ze blijven bij het bestuur:
   a. het vaststellen van de begroting en de jaarrekening;
   b. het aangaan van leningen en het verstrekken van garanties;
   c. het vaststellen van het subsidiebeleid en de tarieven voor lessen;
   d. het opzeggen of ontbinden van een overeenkomst met een muziekschool, anders dan door het aflopen van de termijn;
   e. het benoemen en ontslaan van de coördinator;
   f. besluiten die de bijdrage van een of meer verenigingen veranderen;
   g. het starten van een rechtszaak;
   h. het wijzigen van dit reglement.
2. Een spoedbesluit van de voorzitter kan een les tijdelijk stilleggen, maar nooit een overeenkomst beëindigen.

### Artikel 14 Budgetbewaking

1. Een budgethouder die een overschrijding van zijn post verwacht, meldt dit binnen drie werkdagen aan de penningmeester.
2. De penningmeester rapporteert elk kwartaal aan het bestuur.
3. Tussen posten verschuift de penningmeester tot € 5.000 per keer, zolang het totaal van alle verschuivingen in een jaar niet boven 3% van de begroting uitkomt.

### Artikel 15 Kascommissie

De penningmeester en de kascommissie komen in een jaar ten hoogste twee keer bijeen, tussen de vergaderingen van het bestuur in, om de posten door te nemen.

### Artikel 13 Klachten

Een vereniging meldt een klacht binnen 24 uur bij het meldpunt van de Muziekraad.

### Artikel 10 Samenwerking

De Muziekraad werkt voor de zomerfestivals samen met de provincies Utrecht en Gelderland.
`;

// Beside the bot's own knowledge (its curated facts and user guide), as a document an administrator adds.
const index = async () => indexWithCuratedFacts('muziekraad.md', REGLEMENT);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('counts, calendars and rows of a reglement (session 25)', () => {
  it('"hoeveel X" is answered by the sentence that counts X with the question\'s other words, not by another count of X', async () => {
    const answer = text((await index()).ask("Hoeveel aanvragen mag onze vereniging dit jaar maximaal aanleveren?"));
    expect(answer).toContain('ten hoogste drie aanvragen');
  });

  it('a calendar of one year answers for the agenda of the next year that its row names', async () => {
    const answer = text((await index()).ask('Op welke datum neemt het bestuur het definitieve besluit over de muziekagenda voor 2039?'));
    expect(answer).toContain('29 september');
  });

  it('"wie is er aan zet" asks who acts, which the row of the period gives', async () => {
    const answer = text((await index()).ask('Wie is er aan zet tussen half mei en 10 juni?'));
    expect(answer).toContain('Beoordelingscommissie');
  });

  it('a row of a table names the party asked in one cell and its term in another', async () => {
    const answer = text((await index()).ask('Als een zaak naar het hoogste niveau gaat, hoe snel moet het bestuur dan bij elkaar komen?'));
    expect(answer).toContain('10 werkdagen');
  });

  it('"twee vertegenwoordigers van muziekscholen" counts the muziekscholen at the table', async () => {
    const answer = text((await index()).ask('Een muziekschool vraagt of ze aan tafel mogen bij de werkgroep en mee mogen beslissen. Hoe zit dat, en met hoeveel muziekscholen mag dat?'));
    expect(answer).toContain('Ten hoogste twee vertegenwoordigers van muziekscholen');
  });

  it('a typo in the tail of a compound is repaired from the dictionary when one Dutch word is a slip away', () => {
    const speller = new Speller(['beoordeling', 'criteria', 'punten']);
    expect(speller.correct('Welk beoordelingscritrium weegt het zwaarst?')).toBe('Welk beoordelingscriterium weegt het zwaarst?');
    // A diminutive of a Dutch word is no slip ("kaart|jes"), and a slip in a word the dictionary does not split is left alone.
    expect(speller.correct('Wie betaalt de treinkaartjes?')).toBe('Wie betaalt de treinkaartjes?');
  });

  it('"hoeveel geld ... in 2038" is answered by the sentence with the amount (not the one with only the year), which names the project by the sentence it leans on', async () => {
    const answer = text((await index()).ask('Hoeveel geld is er in 2038 incidenteel nodig voor het project Podium Dichtbij?'));
    expect(answer).toContain('18.000');
  });

  it('people\'s words: "apart gezet" is a reserve, "afwijken" an exception ("tenzij"), "zie aankomen dat ... niet toereikend" an expected overrun, "samen" and "quotum" the joint rule', async () => {
    const idx = await index();
    expect(text(idx.ask('Hoe groot is de totale pot voor de muziekagenda 2039 en welk deel wordt apart gezet voor spoedaanvragen?'))).toContain('40.000');
    expect(text(idx.ask('Wat is de ondergrens in punten om op de concept-muziekagenda te komen? Kan daarvan worden afgeweken?'))).toContain('60 punten');
    expect(text(idx.ask('Wat moet ik doen als ik zie aankomen dat mijn post niet toereikend is?'))).toContain('binnen drie werkdagen');
    expect(text(idx.ask('Stel dat wij samen met een andere vereniging een aanvraag doen. Gaat dat af van ons eigen quotum?'))).toContain('gezamenlijke aanvraag');
  });

  it('a list item that answers beside the best sentence comes with what introduces it, not with the whole list', async () => {
    const answer = text((await index()).ask('Mag de voorzitter de overeenkomst met een muziekschool die slecht presteert zelf opzeggen?'));
    expect(answer).toMatch(/ze blijven bij het bestuur:[\s\S]*het opzeggen of ontbinden[\s\S]*nooit een overeenkomst beëindigen/);
    expect(answer).not.toContain('jaarrekening');
  });

  it('a term defined for every thing of a kind ("verplichting: iedere opdracht") says that thing in its document', async () => {
    const answer = text((await index()).ask('Hoeveel mag een coördinator maximaal per opdracht uitgeven zonder dat iemand anders hoeft te tekenen?'));
    expect(answer).toContain('10.000');
  });

  it('"hoeveel klachten ... vorig jaar" is a count no rule gives ("klachten" is a noun, not a past tense)', async () => {
    expect(text((await index()).ask('Hoeveel klachten zijn er vorig jaar bij de Muziekraad gemeld?'))).toBe('none');
  });

  it('"bij elkaar" is a total unless people come together ("in een heel jaar bij elkaar" is no meeting)', async () => {
    const answer = text((await index()).ask('Zit er een plafond op hoeveel de penningmeester in een heel jaar bij elkaar tussen posten mag schuiven?'));
    expect(answer).toContain('3%');
  });

  it('a plural in -ies finds its singular, also written with an apostrophe ("provincie\'s")', async () => {
    expect(termsOf('commissies')[0]).toBe(termsOf('commissie')[0]);
    expect(text((await index()).ask("Met welke provincie's werkt de Muziekraad samen?"))).toContain('Utrecht en Gelderland');
  });
});

describe('a document named the way people name it (session 25)', () => {
  const titles = ['Speelruimte voor een Sportief Testdorp', 'Kadernota 2039', 'Reglement Sportraad Testdorp 2038'];
  const terms = (w: string) => termsOf(w);
  it('"de speelruimtenotitie uit 2036" is the note titled "Speelruimte ...", whose title gives no year', () => {
    expect(namedDocument('Hoe vaak vergadert de raad volgens de speelruimtenotitie uit 2036?', titles, terms)?.title).toBe('Speelruimte voor een Sportief Testdorp');
  });
  it('a year in the name must be the year of the title: "de kadernota 2038" is not the Kadernota 2039', () => {
    expect(namedDocument('Wat staat er over sport volgens de kadernota 2039?', titles, terms)?.title).toBe('Kadernota 2039');
    expect(namedDocument('Wat staat er over sport volgens de kadernota 2038?', titles, terms)).toBeUndefined();
  });
});

// Working agreements of an invented music consultation, asked about in a consultant's words.
const WERKAFSPRAKEN = `# Werkafspraken Muziekoverleg Teststad 2038

## 1. Voorzitterschap

### Artikel 1. Voorzitter

1. Het overleg kiest uit zijn leden een voorzitter en een vicevoorzitter.
2. Bij afwezigheid van de voorzitter neemt de vicevoorzitter het voorzitterschap waar. Zijn beiden afwezig, dan zit het lid met de langste zitting de vergadering voor.

### Artikel 2. Agenda

1. Een lid dat een onderwerp wil agenderen, meldt dit uiterlijk 12 werkdagen vóór de vergadering bij de secretaris.
2. De stukken worden uiterlijk 5 werkdagen vóór de vergadering verstuurd.

## 2. Besluiten en signalen

### Artikel 3. Drempelbedragen

| Onderwerp | Drempel | Besluit door | Rol van het overleg |
| --- | --- | --- | --- |
| Tijdelijke verhoging van het lesbudget | tot en met € 10.000 | Coördinator muziekonderwijs | Achteraf geïnformeerd |
| Verhoging van het lesbudget | meer dan € 10.000 | Bestuur | Vooraf advies |

### Artikel 4. Signalen

1. Het overleg deelt ieder signaal in volgens drie niveaus: groen, oranje en rood.
2. Een muziekschool krijgt in ieder geval niveau oranje wanneer een van de volgende situaties zich voordoet:
   - het aantal leerlingen daalt in een jaar met meer dan 20%;
   - de wachttijd voor een les is langer dan acht weken.

### Artikel 5. Escalatie

Kan een knelpunt met een muziekschool niet in het gewone gesprek worden opgelost, dan volgt de escalatie deze route:

1. De coördinator probeert het knelpunt met de muziekschool op te lossen.
2. Lukt dat niet binnen 15 werkdagen, dan brengt de coördinator het knelpunt in het overleg.
3. Het overleg adviseert de voorzitter over de maatregelen.
4. De voorzitter legt het knelpunt zo nodig binnen vijf werkdagen voor aan het bestuur.
`;

describe('working agreements asked in a consultant\'s words (session 25)', () => {
  const agreements = async () => indexWithCuratedFacts('muziekoverleg.md', WERKAFSPRAKEN);

  it('"de vice-voorzitter" is the vicevoorzitter, "er niet zijn" is afwezig, "zowel" no word to find', async () => {
    const answer = text((await agreements()).ask('Wie leidt de vergadering als zowel de voorzitter als de vice-voorzitter er niet zijn?'));
    expect(answer).toContain('langste zitting');
  });

  it('"een punt aanmelden voor de agenda" is agenderen', async () => {
    expect(tokenize('Tot wanneer kan ik een punt aanmelden voor de agenda?').filter((t) => termsOf('agenderen').includes(t))).toEqual(['~~agenderen']);
    expect(text((await agreements()).ask('Tot wanneer kan ik als beleidsadviseur een punt aanmelden voor de agenda van het muziekoverleg?'))).toContain('12 werkdagen');
  });

  it('an amount placed in a table of thresholds comes with who decides ("Besluit door")', async () => {
    expect(text((await agreements()).ask('Wie mag een tijdelijke verhoging van het lesbudget van € 6.000 zelf goedkeuren?'))).toContain('Coördinator muziekonderwijs');
  });

  it('"code oranje" is niveau oranje, and its criteria come as a list', async () => {
    expect(text((await agreements()).ask('Wanneer krijgt een muziekschool code oranje? Geef alle criteria.'))).toMatch(/leerlingen daalt[\s\S]*acht weken/);
  });

  it('"hoe loopt ... helemaal tot aan het bestuur" asks the whole route', async () => {
    expect(WANTS_LIST.test('Hoe loopt de escalatie, helemaal tot aan het bestuur?')).toBe(true);
    expect(WANTS_LIST.test('Wat gebeurt er als het overleg er niet uitkomt, helemaal tot aan het bestuur?')).toBe(true);
    expect(text((await agreements()).ask('Hoe loopt de escalatie als we er met een muziekschool in het gesprek niet uitkomen, helemaal tot aan het bestuur?'))).toMatch(/De coördinator probeert[\s\S]*binnen vijf werkdagen voor aan het bestuur/);
  });
});

// A reglement of one body: its figures are that body's, though another body acts in the sentence.
const KLEINE_COMMISSIE = `# Reglement Kleine Commissie Teststad 2038

### Artikel 1. Samenstelling

1. De kleine commissie bestaat uit drie leden van het bestuur en de secretaris.
2. Het bestuur wijst de drie leden aan voor een periode van drie jaar. Een lid kan eenmaal opnieuw worden aangewezen.

### Artikel 2. Financieel mandaat

Het financiële mandaat bedraagt ten hoogste € 40.000 per spoedgeval. Een spoedbesluit met grotere gevolgen gaat via een schriftelijke ronde naar het bestuur.

### Artikel 3. Evaluatie

Het MO evalueert dit reglement eens in de drie jaar, voor het eerst in 2040.
`;

describe('a reglement of one body (session 25)', () => {
  const reglement = async () => new KnowledgeIndex(CURATED_FACTS, (await parseDocument('kleine-commissie.md', Buffer.from(KLEINE_COMMISSIE))).passages);

  it('"het reglement voor de kleine commissie" names the document: the MO that evaluates it answers', async () => {
    expect(text((await reglement()).ask('Wanneer wordt het reglement voor de kleine commissie voor het eerst geëvalueerd?'))).toContain('2040');
  });

  it('a term of the body\'s members is the body\'s, though the bestuur appoints them', async () => {
    expect(text((await reglement()).ask('Ik ben nieuw als wethouder in de kleine commissie: voor hoe lang word ik daarin aangewezen?'))).toContain('drie jaar');
  });

  it('an amount is the mandate of the body the reglement is about, though the sentence does not name it', async () => {
    expect(text((await reglement()).ask('Tot welk bedrag mag de kleine commissie zelf een spoedbesluit nemen?'))).toContain('40.000');
  });
});
