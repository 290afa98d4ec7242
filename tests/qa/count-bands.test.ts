import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/**
 * An invented tournament regulation: a lid lists bands of a count ("twee of drie teams: 10 procent", "vier tot en met
 * zes teams: 20 procent"). A question gives a count of that thing and asks the value of its band.
 */
const REGLEMENT = `# Reglement Zaalvoetbaltoernooi Sportpark Testveld 2031

### Artikel 1 Inschrijving

1. Een vereniging schrijft haar teams uiterlijk 1 oktober in bij de toernooicommissie.
2. Per team is een inschrijfgeld van € 120 verschuldigd.

### Artikel 5 Korting op het inschrijfgeld

1. De toernooicommissie verleent een korting op het inschrijfgeld aan verenigingen die meer dan één team inschrijven.
2. De korting op het inschrijfgeld bedraagt, naar het aantal ingeschreven teams van een vereniging:
a. één team: geen korting;
b. twee of drie teams: 10 procent;
c. vier tot en met zes teams: 20 procent;
d. zeven of meer teams: 30 procent.

### Artikel 6 Speeltijden

1. Een wedstrijd duurt twee keer twintig minuten.
`;

describe('a count that falls within one band of a list', () => {
  const answer = answersFromDocument(REGLEMENT, 'toernooi.md');
  it('answers with the band the count falls in and the lid that introduces the bands', () => {
    const text = answer('Als een vereniging 5 teams inschrijft, hoeveel korting op het inschrijfgeld krijgt ze dan?');
    expect(text).toMatch(/vier tot en met zes teams: 20 procent/);
    expect(text).not.toMatch(/zeven of meer/);
  });
  it('reads a count in words and an open band', () => {
    const text = answer('Wij schrijven negen teams in, welke korting op het inschrijfgeld krijgen we?');
    expect(text).toMatch(/zeven of meer teams: 30 procent/);
    expect(text).not.toMatch(/twee of drie/);
  });
});

const TABLE = `# Reglement Jeugdkampen Scouting Testheide 2031

### Artikel 3 Begeleiding

1. Het aantal begeleiders op een kamp hangt af van het aantal deelnemers volgens de onderstaande tabel.

| Aantal deelnemers | Begeleiders | Kampcommissie geïnformeerd |
| --- | --- | --- |
| 1 tot en met 10 | 2 | nee |
| 11 tot en met 25 | 4 | ja |
| 26 of meer | 6 en een kampleider | ja, vooraf schriftelijk |

### Artikel 4 Vervoer

1. Deelnemers reizen met het openbaar vervoer of met de fiets.
`;

describe('a count that falls within one band of a table', () => {
  const answer = answersFromDocument(TABLE, 'scouting.md');
  it('answers with the row of the band the count falls in', () => {
    expect(answer('Als we met 18 deelnemers op kamp gaan, hoeveel begeleiders moeten er dan mee?')).toMatch(/^11 tot en met 25: Begeleiders: 4;/);
  });
});
