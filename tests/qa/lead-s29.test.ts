import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';
import { builtInDocuments } from '../../src/features/qa/builtin-documents';

// Invented minutes of a water board's general assembly: a cost table per district against its budget, a dossier about a
// contractor with a status line, a risk register on a scale, contributions per district for next year with their
// change, an action list, and the date of the next meeting.
const MINUTES = `# Verslag Bestuurlijk Overleg Waterschap Teststroom, 9 mei 2041

## 1. Opening

De voorzitter opent de vergadering om 19.30 uur. Aanwezig zijn zeven van de negen leden.

## 2. Kosten onderhoud 2040

De kosten van het onderhoud van de dijken kwamen in 2040 uit boven de begroting. De tabel geeft de bedragen per district in duizenden euro's.

| District | Begroot 2040 | Realisatie 2040 | Verschil |
| --- | --- | --- | --- |
| Noordkant | 4.100 | 4.420 | +320 |
| Zuidwaard | 2.900 | 2.780 | −120 |
| Oosterveld | 3.600 | 3.950 | +350 |
| **Totaal** | **10.600** | **11.150** | **+550** |

## 3. Dossier aannemer Dijkbouw Rivierland

De dagelijks bestuurder licht het dossier toe. Op 1 mei 2041 werkten 46 medewerkers van Dijkbouw Rivierland aan de dijken van het waterschap, van wie 12 in een verblijfsvoorziening op de bouwplaats. De aannemer heeft zijn betalingen aan onderaannemers twee maanden uitgesteld. **Status dossier: open, fase geel (extra toezicht). Eerstvolgende toets: 6 juni 2041.** **Besluit: de vergadering neemt kennis van het dossier.**

## 4. Bezetting per werkplaats

| Werkplaats | Medewerkers | Bezetting |
| --- | --- | --- |
| Verblijf en kantine | 18 | 70% |
| Werkplaats noord | 25 | 90% |

## 5. Risico's

| Risico | Kans | Impact | Maatregel |
| --- | --- | --- | --- |
| Hoogwater tijdens de werkzaamheden | midden | hoog | Draaiboek hoogwater per district |
| Faillissement van de aannemer | laag | hoog | Bankgarantie en wekelijks overzicht van de liquiditeit |
| Stijging van de materiaalprijzen | hoog | midden | Indexclausule in het bestek |
| Tekort aan vergunningverleners | hoog | laag | Inhuur bij een buurwaterschap |

## 6. Bijdrage per district 2042

| District | Bijdrage 2041 | Bijdrage 2042 | Verschil | Verschil in % |
| --- | --- | --- | --- | --- |
| Noordkant | 5.200 | 5.460 | 260 | 5,0% |
| Zuidwaard | 3.400 | 3.330 | -70 | -2,1% |
| Oosterveld | 4.100 | 4.300 | 200 | 4,9% |
| **Totaal** | **12.700** | **13.090** | **390** | **3,1%** |

## 7. Kosten per taak 2042

| Taak | Begroting 2041 | Raming 2042 | Stijging | Aandeel in 2042 |
| --- | --- | --- | --- | --- |
| Dijkonderhoud | 6.000 | 6.300 | 5,0% | 48,5% |
| Gemalen | 4.000 | 4.500 | 12,5% | 34,6% |
| Vergunningen | 2.100 | 2.200 | 4,8% | 16,9% |

## 8. Uitgangspunten

Het bestuur stelde op 2 februari 2041 de volgende uitgangspunten vast voor het beheer van de dijken. Ze gelden voor alle districten en voor alle aannemers.

1. **Veiligheid gaat voor.** Werkzaamheden die de sterkte van een dijk tijdelijk verminderen, vinden alleen buiten het stormseizoen plaats en altijd met een draaiboek voor hoogwater. Het district meldt elke afwijking van dat draaiboek binnen een werkdag aan de dijkgraaf, die zo nodig het werk stillegt.
2. **Onderhoud boven vervanging.** Een dijkvak wordt pas vervangen als onderhoud aantoonbaar duurder is over een periode van twintig jaar, gerekend met de prijzen van het lopende jaar. De berekening wordt door een onafhankelijk bureau getoetst voordat het algemeen bestuur over de vervanging besluit.
3. **Bewoners weten vooraf wat er gebeurt.** Iedere bewoner binnen vijfhonderd meter van een werk krijgt ten minste vier weken vooraf een brief met de planning en een telefoonnummer. Bij een wijziging van de planning van meer dan een week volgt een nieuwe brief aan dezelfde bewoners.
4. **Samen met de buren.** Waar een dijk de grens met een buurwaterschap raakt, worden werkzaamheden gezamenlijk aanbesteed en gezamenlijk gecontroleerd. De kosten worden verdeeld naar de lengte van het dijkvak dat binnen elk waterschap ligt.
5. **Sturen op metingen.** Besluiten over onderhoud en vervanging steunen op de jaarlijkse metingen van de dijkhoogte en niet op schattingen. De metingen worden elk voorjaar gepubliceerd op de website van het waterschap, met een kaart per district.

## 9. Verdeelsleutel

Het voorstel voor een nieuwe verdeelsleutel van de bijdragen is uitgesteld naar de volgende vergadering. Het dagelijks bestuur werkt twee varianten uit: een verdeling naar het aantal inwoners en een verdeling naar de lengte van de dijken. Een besluit over de nieuwe verdeelsleutel vraagt een meerderheid van leden die samen ten minste 60 procent van het aantal inwoners van het waterschap vertegenwoordigen.

## 10. Vergunningen

| Vergunning | Gem. doorlooptijd sept. 2040 | Gem. doorlooptijd feb. 2041 |
| --- | --- | --- |
| Kapvergunning | 6 weken | 5 weken |
| Watervergunning | 8 weken | 11 weken |
| Ontheffing | 4 weken | 4 weken |

## 11. Meldingen

| Soort melding | 1e halfjaar 2040 | 1e halfjaar 2041 |
| --- | --- | --- |
| Klachten van bewoners | 12 | 9 |
| Schademeldingen | 30 | 41 |

## Actielijst

| Nr | Actie | Eigenaar | Status |
| --- | --- | --- | --- |
| 2041-01 | Draaiboek hoogwater actualiseren | Femke Dijkstra | Afgerond |
| 2041-02 | Bankgarantie aannemer controleren | Joris Mulder | Loopt |
| 2041-03 | Evaluatie vergunningverlening | Femke Dijkstra | Vertraagd |
| 2041-04 | Werkbezoek gemaal Oosterveld | Joris Mulder | Afgerond |

## Volgende vergadering

Het volgende Bestuurlijk Overleg vindt plaats op **dinsdag 4 oktober 2041, 19.30 uur, in het gemaal van Oosterveld**.
`;

const minutes = async () => indexWithCuratedFacts('algemene-vergadering.md', MINUTES);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('rows of a table by what the question says of a column (session 29)', () => {
  it('"een hoge impact" is every row whose Impact is hoog, not one row that says "hoger"', async () => {
    const answer = text((await minutes()).ask("Welke risico's hebben een hoge impact?"));
    expect(answer).toMatch(/^Impact hoog: Hoogwater tijdens de werkzaamheden, Faillissement van de aannemer\./);
  });

  it('"een hoge kans" is the Kans column\'s, though Impact has "hoog" too', async () => {
    const answer = text((await minutes()).ask("Welke risico's hebben een hoge kans om op te treden?"));
    expect(answer).toMatch(/^Kans hoog: Stijging van de materiaalprijzen, Tekort aan vergunningverleners\./);
  });

  it('"nog niet afgerond" is every action whose status is another', async () => {
    const answer = text((await minutes()).ask('Welke acties uit de actielijst zijn nog niet afgerond?'));
    expect(answer).toMatch(/^Status niet afgerond:/);
    expect(answer).toContain('Bankgarantie aannemer controleren');
    expect(answer).toContain('Evaluatie vergunningverlening');
    expect(answer).not.toContain('Draaiboek hoogwater actualiseren');
  });

  it('"minder bijdragen" is the rows whose change is below zero', async () => {
    const answer = text((await minutes()).ask('Welk district gaat in 2042 minder bijdragen?'));
    expect(answer).toMatch(/^Verschil negatief: Zuidwaard \(-70\)\./);
  });

  it('"langer geworden sinds september" is the later of two periods against the earlier ("sept." is September)', async () => {
    const answer = text((await minutes()).ask('Bij welke vergunning is de doorlooptijd sinds september juist langer geworden?'));
    expect(answer).toMatch(/^Gem\. doorlooptijd feb\. 2041 hoger dan Gem\. doorlooptijd sept\. 2040: Watervergunning \(11 weken tegen 8 weken\)\./);
  });

  it('"minder ... dan een jaar eerder" is the rows whose change is below zero', async () => {
    const answer = text((await minutes()).ask('Welke districten dragen in 2042 juist minder bij dan een jaar eerder?'));
    expect(answer).toMatch(/^Verschil negatief: Zuidwaard \(-70\)\./);
  });

  it('"stijgt het sterkst richting 2042" is the column of changes, not the share in that year', async () => {
    const answer = text((await minutes()).ask('Welke taak stijgt procentueel het sterkst richting 2042?'));
    expect(answer).toMatch(/^Hoogste stijging: Gemalen \(12,5%\)/);
  });

  it('"..., en hoeveel was dat bij Y?" asks the first ask of another row', async () => {
    const answer = text((await minutes()).ask('Met hoeveel overschreed Noordkant de begroting 2040, en hoeveel was dat bij Oosterveld?'));
    expect(answer).toMatch(/^Noordkant: Verschil: \+320/);
    expect(answer).toMatch(/\nOosterveld: Verschil: \+350/);
  });

  it('"welke ... zijn binnen hun budget gebleven" is the rows under budget, not every row', async () => {
    const answer = text((await minutes()).ask('Welke districten zijn in 2040 binnen hun budget gebleven?'));
    expect(answer).toMatch(/^Realisatie 2040 lager dan Begroot 2040: Zuidwaard \(2\.780 tegen 2\.900\)\./);
  });

  it('"de totale bijdrage van alle districten samen" is the total row ("samen" is no word the text must say)', async () => {
    const answer = text((await minutes()).ask('Wat is de totale bijdrage van alle districten samen in 2042?'));
    expect(answer).toMatch(/^Totaal: Bijdrage 2042: 13\.090/);
  });

  it('"met hoeveel overschreed X de begroting" is that row\'s difference, not which rows went over', async () => {
    const answer = text((await minutes()).ask('Met hoeveel overschreed Oosterveld de begroting 2040?'));
    expect(answer).toMatch(/^Oosterveld: Verschil: \+350/);
  });
});

describe('the document\'s state, when the question asks about now (session 29)', () => {
  it('"hoe staat het nu met ..., wat is de status?" is the status line of the dossier, as the document\'s state', async () => {
    const result = (await minutes()).ask('Hoe staat het nu met het dossier rond Dijkbouw Rivierland, wat is de status?');
    expect(text(result)).toContain('fase geel');
    expect(result.kind === 'answer' && result.asOfDocument).toBe(true);
  });

  it('"wanneer en waar is het volgende BO" is the minutes\' closing sentence, though it names the body in two words', async () => {
    const result = (await minutes()).ask('Wanneer en waar is het volgende BO?');
    expect(text(result)).toContain('dinsdag 4 oktober 2041');
  });
});

describe('a figure in a sentence before a row that shares a compound\'s part (session 29)', () => {
  it('"hoeveel ... in een verblijfsvoorziening" is the sentence that says so, not the row "Verblijf en kantine"', async () => {
    const answer = text((await minutes()).ask('Om hoeveel medewerkers van Dijkbouw Rivierland gaat het en hoeveel daarvan zitten in een verblijfsvoorziening?'));
    expect(answer).toContain('46 medewerkers');
    expect(answer).toContain('12 in een verblijfsvoorziening');
  });
});

describe('lists announced without a colon (session 29)', () => {

  // Since session 48 a bold title that is all of its sentence comes with the item's first sentence, which says what it means.
  it('"de volgende uitgangspunten." then a paragraph and a list too long to show whole: each item by its bold title and first sentence', async () => {
    const answer = text((await minutes()).ask('Wat zijn de uitgangspunten voor het beheer van de dijken?'));
    expect(answer).toContain('1. **Veiligheid gaat voor.**');
    expect(answer).toContain('5. **Sturen op metingen.**');
    expect(answer).toContain('vijfhonderd meter');
    expect(answer).not.toContain('Bij een wijziging van de planning');
  });
});

// Two editions of one kind of document, the newer ingested first: the year in the title says which is newer.
const EDITIONS = [
  ['dijkplan-2030.md', '# Dijkplan 2030\n\n## 4. Herziening\n\nVoor de herziening van het dijkplan is € 30.000 gereserveerd.\n'],
  ['dijkplan-2041.md', '# Dijkplan Waterschap Teststroom 2041\n\n## 6. Herziening\n\nVoor de herziening van het dijkplan nemen we eenmalig een bedrag van € 55.000 op in de begroting.\n'],
];
const editions = async () => {
  const [older, newer] = await Promise.all(EDITIONS.map(([file, markdown]) => parseDocument(file, Buffer.from(markdown))));
  return new KnowledgeIndex(CURATED_FACTS, [...(await builtInDocuments()).flatMap((d) => d.passages), ...newer.passages, ...older.passages]);
};

describe('a newer edition of a document (session 29)', () => {
  it('answers before an older one that says as much, whichever was ingested last', async () => {
    const answer = text((await editions()).ask('Hoeveel geld is er gereserveerd voor de herziening van het dijkplan?'));
    expect(answer).toContain('€ 55.000');
  });
});

describe('near misses: what the document does not say is declined (session 29)', () => {
  it('"hoeveel gaat mijn district bijdragen onder de nieuwe verdeelsleutel" is no amount the text about the key gives', async () => {
    expect(text((await minutes()).ask('Hoeveel gaat mijn district bijdragen onder de nieuwe verdeelsleutel?'))).toBe('none');
  });

  it('"hoeveel medewerkers uit Zuidwaard" is no count a row of amounts gives', async () => {
    expect(text((await minutes()).ask('Hoeveel medewerkers uit Zuidwaard werken voor Dijkbouw Rivierland?'))).toBe('none');
  });

  it('"hoeveel inwoners ... in absolute aantallen" is no share of them', async () => {
    expect(text((await minutes()).ask('Hoeveel inwoners moeten de voorstemmers bij de verdeelsleutel in absolute aantallen samen vertegenwoordigen?'))).toBe('none');
  });

  it('"welke ... zijn uiteindelijk gekozen" is an outcome no rule reports', async () => {
    expect(text((await minutes()).ask('Welke varianten voor de verdeelsleutel zijn uiteindelijk gekozen door het bestuur?'))).toBe('none');
  });

  it('"het tweede halfjaar" is no period of a table of first half-years; "het eerste halfjaar" is', async () => {
    expect(text((await minutes()).ask('Hoeveel klachten van bewoners waren er in het tweede halfjaar van 2040?'))).toBe('none');
    expect(text((await minutes()).ask('Hoeveel klachten van bewoners waren er in het eerste halfjaar van 2040?'))).toContain('12');
  });

  it('"de bijdrage per inwoner" is no ratio the contributions give', async () => {
    expect(text((await minutes()).ask('Wat is de bijdrage per inwoner voor elk district in 2042?'))).toBe('none');
  });
});

describe('words of a question that are no content (session 29)', () => {
  it('"waar moet ze heen" does not look for "hen"', async () => {
    const answer = text((await minutes()).ask('Een moeder vraagt of ze bij RSJ terecht kan voor jeugdhulp voor haar zoon. Waar moet ze heen?'));
    expect(answer).toContain('Toegang');
  });
});
