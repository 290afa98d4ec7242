import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/**
 * An invented club regulation with a table of classes: the first column names each class ("2 – oranje"), a column
 * "Kenmerken" describes the situation it stands for. A question names a class by that situation, not by its name.
 */
const REGLEMENT = `# Reglement Begeleiding Jeugdleden Hockeyclub De Testbal 2031

### Artikel 1 Begripsbepalingen

In dit reglement wordt verstaan onder:

a. coach: de vrijwilliger die een team begeleidt;
b. jeugdcoördinator: het bestuurslid dat verantwoordelijk is voor de jeugdafdeling.

### Artikel 4 Begeleidingsklassen

1. Ieder team wordt ingedeeld in een van de begeleidingsklassen uit de onderstaande tabel.

| Klasse | Kenmerken | Overlegfrequentie | Verslag door de coach |
| --- | --- | --- | --- |
| 1 – groen | geen meldingen, of één melding die binnen een maand is opgelost | tweemaal per seizoen | seizoensverslag |
| 2 – oranje | één of twee meldingen die langer dan een maand blijven liggen | eenmaal per maand | maandverslag |
| 3 – rood | een ernstig incident of een dreigend vertrek van de hele selectie | ten minste eenmaal per week | weekverslag en directe melding van ieder incident |

### Artikel 5 Incidenten

1. Bij een ernstig incident informeert de jeugdcoördinator de ouders binnen twee dagen, en bij een dreigend vertrek van spelers belt hij de coach terstond.
2. De coach houdt een logboek bij van alle meldingen.
`;

describe('a table row named by the situation its description column tells', () => {
  const answer = answersFromDocument(REGLEMENT, 'hockey.md');
  it('answers how often for the row whose description the question tells, though a text says its words', () => {
    expect(answer('Hoe vaak overlegt de jeugdcoördinator met een team waar een dreigend vertrek van de hele selectie speelt?')).toMatch(/^3 – rood: Overlegfrequentie: ten minste eenmaal per week\./);
  });
  it('answers the column asked of the row whose range of meldingen the question tells', () => {
    expect(answer('welk verslag moet de coach maken als er een of twee meldingen al langer dan een maand blijven liggen')).toMatch(/^2 – oranje: Verslag door de coach: maandverslag\./);
  });
  it('does not take one shared word of a description for the row', () => {
    expect(answer('hoe vaak wordt het logboek met meldingen bijgehouden')).not.toMatch(/Overlegfrequentie/);
  });
});
