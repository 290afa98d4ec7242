import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/**
 * An invented reglement with a table of levels: the first column holds each level's code ("2", "S"), the second its name,
 * the others what holds for it. A question names a level by its name and asks a column by its measure, or a figure
 * inside a cell of the row ("meer dan 25 leden").
 */
const REGLEMENT = `# Reglement Klachtencommissie Zwembond Testland 2031

### Artikel 1 Begripsbepalingen

In dit reglement wordt verstaan onder:

a. lid: een lid van de zwembond;
b. noodgeval: een voorval waardoor de veiligheid van leden direct in gevaar is.

### Artikel 4 Fasen van een klacht

1. Een klacht wordt ingedeeld in een van de fasen uit de onderstaande tabel.

| Fase | Benaming | Voorwaarden (in elk geval) | Behandeld door | Uiterste termijn |
| --- | --- | --- | --- | --- |
| 1 | Bemiddeling | Eén klacht van een lid, bijvoorbeeld over een wachttijd voor zwemles die twee weken boven de norm ligt | vertrouwenspersoon | 10 werkdagen |
| 2 | Formele klacht | Meerdere klachten tegelijk, of een klacht die na bemiddeling niet is opgelost | klachtencommissie | 30 werkdagen na het advies |
| 3 | Bestuurlijke afhandeling | Klachten van meer dan 25 leden tegelijk, of een schade van meer dan € 5.000 | klachtencommissie en bestuur | 15 werkdagen na het advies |
| S | Spoedprocedure | Noodgeval als bedoeld in artikel 1, onder b | voorzitter | 2 werkdagen |

### Artikel 6 Quorum

1. De commissie kan slechts beraadslagen en adviseren als ten minste drie leden aanwezig zijn, onder wie de voorzitter.

### Artikel 9 Maatregelen

1. De commissie kan het bestuur adviseren een of meer van de volgende maatregelen te treffen:
   a. een waarschuwing aan de trainer;
   b. een formele klacht bij de landelijke bond, met maandelijkse gesprekken;
   c. schorsing van een lid voor ten hoogste drie maanden.
`;

describe('a table of levels named by their second column', () => {
  const answer = answersFromDocument(REGLEMENT, 'klachten.md');
  it('answers the column asked of the level named', () => {
    expect(answer('wat is de uiterste termijn bij een formele klacht?')).toMatch(/^Fase 2 \(Formele klacht\): Uiterste termijn: 30 werkdagen na het advies\./);
  });
  it('is not named by the first part of a compound naming the document\'s own party ("klachtencommissie")', () => {
    expect(answer('met hoeveel leden moet de klachtencommissie minimaal zijn om een advies te mogen geven')).toMatch(/drie leden/);
  });
  it('answers a figure from the cell that holds the question\'s other words', () => {
    const text = answer('vanaf hoeveel leden spreek je van een bestuurlijke afhandeling');
    expect(text).toMatch(/meer dan 25 leden/);
    expect(text).not.toMatch(/Behandeld door/);
  });
  it('declines a measure in a unit no cell of the row gives', () => {
    expect(answer('welke wachttijdnorm in maanden hanteert de klachtencommissie voor fase 1')).toMatch(/^declined/);
    expect(answer('welke wachttijdnorm in maanden geldt voor bemiddeling')).toMatch(/^declined/);
  });
});
