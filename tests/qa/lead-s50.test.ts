import type { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented werkwijze of the invented region Veldmark, with real gemeenten of IJsselland as such papers have. Written
// for session 50; each test fails at the session's start commit (f8a4f55) unless it says it guards a case the session's
// changes could break.
const WERKWIJZE = `# Werkwijze escalaties zorgaanbieders Veldmark 2062

**Serviceteam Jeugd Veldmark** · vastgesteld door het AO op 4 februari 2062

## 1. Doel

Deze werkwijze beschrijft hoe het serviceteam een zorgaanbieder aanspreekt die de afspraken niet nakomt. Zij geldt voor
alle percelen en voor alle gemeenten van Veldmark, ook voor Ommen en Hardenberg, die hun contracten later overdroegen.

## 2. De escalatieladder

Een escalatie doorloopt vier treden. Eerst voert de contractmanager een duidingsgesprek met de aanbieder. Blijft
verbetering uit, dan volgt een verbetertraject van ten hoogste acht weken. Daarna spreekt de portefeuillehouder de
bestuurder van de aanbieder aan in een bestuurlijk gesprek. De laatste trede is een besluit van het bestuurlijk overleg
over de opschorting van nieuwe plaatsingen. Een trede overslaan mag alleen bij direct gevaar voor jeugdigen.

## 3. Termijnen

Het serviceteam legt elk gesprek binnen vijf werkdagen vast in het escalatieregister.
`;

const REPORT = `# Jaarverslag escalaties zorgaanbieders Veldmark 2062

**Van:** Serviceteam Jeugd Veldmark, team contractmanagement
**Datum:** 20 januari 2063

## 1. De ladder

De ladder kent vier treden. Een aanbieder gaat pas een trede omhoog als de vorige trede geen resultaat heeft opgeleverd.

1. **Trede 1, gesprek.** De contractmanager voert het gesprek met de aanbieder en legt afspraken vast.
2. **Trede 2, verscherpt toezicht.** De aanbieder levert een verbeterplan; het serviceteam rapporteert maandelijks. Termijn tien weken, eenmaal te verlengen met vier weken.
3. **Trede 3, regiomanager.** De regiomanager spreekt de bestuurder aan.
4. **Trede 4, bestuur.** Het bestuur besluit over opschorting of ontbinding.

| Trede | Wie | Norm | Toegepast 2062 |
| --- | --- | --- | --- |
| 1 Gesprek | contractmanager | 4 weken | 12 |
| 2 Verscherpt toezicht | teamleider, AO | 10 weken (+4) | 5 |
| 3 Regiomanager | regiomanager | 6 weken | 2 |

## 2. Dossiers

| Dossier | Aanbieder | Soort zorg | Uitkomst |
| --- | --- | --- | --- |
| E-62-01 | Stichting De Meidoorn | verblijf | overname door Zorggroep Beekdal |
| E-62-02 | Praktijk Oosterwind Jeugd | jeugd-GGZ | afspraak maximale wachttijd |
| E-62-03 | Letterhuis | logopediezorg | terugvordering |

### 2.1 Stichting De Meidoorn

De Meidoorn biedt verblijf op twee locaties in Ommen en had begin 2062 31 jeugdigen in zorg. Na een melding van de bank ging het dossier in februari in verscherpt toezicht. In het bestuur van 12 mei is ingestemd met de overname door Zorggroep Beekdal per 1 juli 2062. Daarna is het dossier gesloten.

### 2.2 Praktijk Oosterwind Jeugd

De wachttijd voor behandeling liep op tot 24 weken. Na het gesprek met de regiomanager is afgesproken dat de wachttijd per 1 maart 2063 ten hoogste 10 weken bedraagt.

## 3. Spreiding over soorten zorg

| Soort zorg | Signalen | Jeugdigen geraakt | Contractwaarde (€ mln) |
| --- | --- | --- | --- |
| Verblijf | 6 | 31 | 5,2 |
| Jeugd-GGZ | 9 | 140 | 2,4 |
| Logopediezorg | 2 | 47 | 0,3 |

## 4. Kosten

| Kostenpost | Dossier(s) | Bedrag (€) | Dekking |
| --- | --- | --- | --- |
| Extern onderzoek | De Meidoorn | 36.800 | budget escalaties |
| Juridisch advies | De Meidoorn, Letterhuis | 41.200 | budget escalaties |
| Inhuur | diverse | 28.500 | budget escalaties |
| Continuïteitsbijdrage | De Meidoorn | 310.000 | extra bijdrage gemeenten |

Het budget escalaties in de begroting 2062 bedroeg € 150.000. Daarvan is € 141.000 besteed, zodat € 9.000 onbenut bleef.

## 5. Lessen

- **Signalen over geld komen laat.** Bij De Meidoorn zagen wij de problemen pas na de melding van de bank.
- **De Toegangen zien het eerst.** De meeste signalen kwamen van de Toegangen.
- **Betwisting vertraagt.** Een aanbieder die een controle aanvecht, rekt de treden op.
`;

const LETTER = `# Raadsbrief jeugdhulp Veldmark najaar 2062

**Van:** het Bestuurlijk overleg Veldmark
**Datum:** 10 november 2062

## 2. De regioagenda 2063

De ronde is op 1 juni 2062 geopend. Alle gemeenten dienden hun thema's op tijd in. Het overleg van ambtenaren heeft het concept op 9 september 2062 besproken. Het voorgestelde pakket bestaat uit:

- **Wonen dichtbij**, met Raalte als trekker;
- **Snellere hulp**, met Deventer als trekker;
- **Jongvolwassenen**, met Zwolle als trekker.

Het bestuur besluit over de regioagenda 2063 in zijn vergadering van 11 december 2062. Pas daarna gaat het serviceteam met de thema's aan de slag.

## 3. Kosten

| Gemeente | Begroting 2062 | Prognose 2062 | Verschil |
| --- | --- | --- | --- |
| Raalte | 9.000 | 9.700 | +700 |
| Ommen | 5.000 | 4.900 | -100 |
| **Totaal** | **14.000** | **14.600** | **+600** |

Voor de regio als geheel komt de prognose circa € 0,6 miljoen boven de begroting uit. Het grootste deel van die overschrijding zit bij het verblijf, waar de tarieven in 2062 zijn geïndexeerd.

## 4. Contracten

### 4.1 Het besluit

Het bestuur heeft op 20 september 2062 besloten de contracten voor verblijf met twee jaar te verlengen. Met Stichting De Esch wordt het contract niet verlengd; dat loopt af op 30 juni 2063, zodat er tijd is voor een zorgvuldige overdracht.

### 4.2 Waarom De Esch geen verlenging krijgt

Het niet verlengen van een contract is een zware maatregel, en het bestuur heeft die niet lichtvaardig genomen. De Esch levert al jaren zorg in de regio en heeft bij veel gezinnen een goede naam. Toch waren de signalen sinds het begin van 2062 duidelijk: de stichting sloot drie kwartalen achter elkaar af met een tekort, de inspectie plaatste een locatie onder verscherpt toezicht, en van het verbeterplan dat De Esch zelf had opgesteld waren op de afgesproken datum twee van de vijf punten niet gehaald, waaronder het punt over de vaste bezetting van de groepen. De doorslag gaf de combinatie van financiële kwetsbaarheid en tekortschietende kwaliteit, omdat die samen een reëel risico vormden voor de zorg.

## 5. Tot slot

Met vriendelijke groet,

namens het Bestuurlijk overleg Veldmark,

**Jan Keizer**, voorzitter, wethouder van Ommen
**Petra Smit**, regiomanager en secretaris
`;

const MINUTES = `# Verslag calamiteitenoverleg Veldmark, 14 maart 2062

## 1. Overzicht

| Aanbieder | Aard | Niveau | Contractwaarde 2062 |
| --- | --- | --- | --- |
| Zonnestraal Jeugd | rechtmatigheid | 3 | € 2.400.000 |
| Stichting Weidezicht | financiën | 3 | € 6.100.000 |
| Praktijk Tweestroom | wachttijden | 2 | € 900.000 |

## 2. Zonnestraal Jeugd

Mw. Van Dijk raadt af om alle betalingen aan Zonnestraal stop te zetten. De aanbieder heeft 90 jeugdigen in zorg.

**Besluit:** het serviceteam laat een controle uitvoeren op de declaraties van Zonnestraal. Betaling van het bedrag van € 312.500 dat niet verklaard is, wordt opgeschort tot de uitkomst bekend is.

## 3. Stichting Weidezicht

| Locatie | Plaats | Capaciteit | Bezet |
| --- | --- | --- | --- |
| De Vonk | Zwolle | 14 | 12 |
| De Haven | Kampen | 9 | 9 |

**Besluit:** het overleg verstrekt Weidezicht een voorschot van in totaal € 800.000, te betalen in twee tranches.
`;

let werkwijze: KnowledgeIndex;
let report: KnowledgeIndex;
let letter: KnowledgeIndex;
let minutes: KnowledgeIndex;

beforeAll(async () => {
  werkwijze = await indexWithCuratedFacts('werkwijze-escalaties-veldmark-2062.md', WERKWIJZE);
  report = await indexWithCuratedFacts('jaarverslag-escalaties-veldmark-2062.md', REPORT);
  letter = await indexWithCuratedFacts('raadsbrief-veldmark-najaar-2062.md', LETTER);
  minutes = await indexWithCuratedFacts('verslag-calamiteitenoverleg-veldmark-2062.md', MINUTES);
});

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : `declined: ${r.reason}`);

describe('procedures told in prose', () => {
  it('gives every step after the sentence that counts them, from the first to the last', () => {
    const answer = text(werkwijze.ask('welke stappen kent de escalatieladder?'));
    for (const step of ['duidingsgesprek', 'verbetertraject', 'bestuurlijk gesprek', 'opschorting']) expect(answer).toMatch(step);
  });

  it('guard: leaves the steps out when they are not asked, so the sentence that answers stays short', () => {
    const answer = text(werkwijze.ask('wanneer mag je een trede overslaan, zodat de escalatie doorgaat?'));
    expect(answer).toMatch(/direct gevaar/);
    expect(answer).not.toMatch(/verbetertraject/);
  });
});

describe('tables', () => {
  it('does not answer "welke wachttijd ..." with the code of the one row whose name the question says', () => {
    const answer = text(report.ask('welke wachttijd is met praktijk oosterwind jeugd afgesproken en per welke datum?'));
    expect(answer).toMatch(/10 weken/);
    expect(answer).not.toMatch(/^Aanbieder/);
  });

  it('gives the amount for what was spent ("kwijt geraakt aan"), not the column the question names in passing', () => {
    const answer = text(report.ask('wat hebben we in totaal kwijt geraakt aan juridisch advies bij de escalatiedossiers'));
    expect(answer).toMatch(/41\.200/);
    expect(answer).not.toMatch(/Dossier/);
  });

  it('finds a row by the head of its compound name ("logopedie" for "Logopediezorg")', () => {
    expect(text(report.ask('logopedie: hoeveel jeugdigen waren geraakt?'))).toMatch(/47/);
  });

  it('lists the rows of a level the question names by the header word and a number, also as "nivo"', () => {
    const answer = text(minutes.ask('welke aanbieders stonden er op nivo 3?'));
    for (const name of ['Zonnestraal Jeugd', 'Stichting Weidezicht']) expect(answer).toMatch(name);
    expect(answer).not.toMatch(/Niveau 3: [^.]*Tweestroom/);
  });

  it('reads "plekken" as the capacity of a location', () => {
    expect(text(minutes.ask('hoeveel plekken heeft De Vonk in Zwolle?'))).toMatch(/Capaciteit: 14/);
  });
});

describe('words', () => {
  it('reads "overgenomen" as the "overname" a text reports', () => {
    expect(text(report.ask('wie heeft de meidoorn overgenomen en per wanneer?'))).toMatch(/Beekdal/);
  });

  it('answers how long a provider may stay in a state: the term of that state, though the row does not name the provider', () => {
    expect(text(report.ask('hoelang mag een aanbieder max in verscherpt toezicht zitten, incl verlenging?'))).toMatch(/tien weken|10 weken/);
  });

  it('reads "zodat" as no word of what is asked', () => {
    expect(text(werkwijze.ask('wanneer is iets een calamiteit, zodat de escalatieroute gebruikt mag worden?'))).toMatch(/niet kunnen wachten/);
  });

  it('reads "regio breed" as the region as a whole', () => {
    expect(text(letter.ask('met hoeveel gaan de kosten 2062 over de begroting heen, regio breed?'))).toMatch(/0,6 miljoen/);
  });

  it('reads "nu uiteindelijk" as no question about today', () => {
    expect(text(minutes.ask('hoeveel voorschot krijgt weidezicht nu uiteindelijk?'))).toMatch(/800\.000/);
  });

  it('keeps "Mw." with the name after it', () => {
    expect(text(minutes.ask('wie raadt af om alle betalingen aan zonnestraal stop te zetten?'))).toMatch(/Mw\. Van Dijk/);
  });
});

describe('lists and reasons', () => {
  it('gives all the lessons of a section "Lessen", though the question asks the main ones of a "-jaar" compound', () => {
    const answer = text(report.ask('wat zijn de belangrijkste lessen uit het escalatiejaar'));
    for (const lesson of ['Signalen over geld', 'Toegangen zien het eerst', 'Betwisting vertraagt']) expect(answer).toMatch(lesson);
  });

  it('gives the list its paragraph introduces, not a paragraph after it that says the words asked', () => {
    const answer = text(letter.ask("Welke thema's zitten er in het concept voor de regioagenda 2063?"));
    for (const theme of ['Wonen dichtbij', 'Snellere hulp', 'Jongvolwassenen']) expect(answer).toMatch(theme);
  });

  it('answers "waarom" from the section whose heading gives the reasons, with the sentence that gives them', () => {
    const result = letter.ask('Waarom wordt het contract met De Esch niet verlengd? die doen het toch al jaren');
    expect(result.kind === 'answer' && result.source.section).toMatch(/Waarom De Esch/);
    expect(text(result)).toMatch(/financiële kwetsbaarheid/);
  });

  it('names the holder of a role asked "op dit moment" as the document does, which the reply marks as its word', () => {
    expect(text(letter.ask('wie is op dit moment voorzitter van het bestuurlijk overleg?'))).toMatch(/Jan Keizer/);
  });
});
