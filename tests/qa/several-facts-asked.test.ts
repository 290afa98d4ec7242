import { answersFromDocument } from '../helpers/knowledge-from-markdown';

// An invented sports club regulation (not an evaluation document): what is available for the youth teams, one lid
// per kind of means, and an article about a body and who sits in it.
const JEUGDREGLEMENT = `# Jeugdreglement Hockeyclub De Voorbeeldvogels 2030

### Artikel 1 Begripsbepalingen
In dit reglement wordt verstaan onder:
a. jeugdcommissie: de commissie die namens het bestuur de jeugdafdeling leidt;
b. trainer: een door de technische commissie aangewezen trainer van een jeugdteam.

### Artikel 6 Trainingstijd en materiaal
1. Voor de training van de jeugdteams is in het seizoen 2030 binnen het veldrooster van de vereniging 42 uur veldtijd per week beschikbaar.
2. Voor de jeugdteams is in de clubbegroting 2030 een materiaalbudget opgenomen van ten hoogste € 12.500, te verdelen over de teams.
3. Past de aanschaf van doelen niet binnen het tweede lid, dan beslist de algemene ledenvergadering, waarbij de contributie van de leden volgt uit de verdeelsleutel van het huishoudelijk reglement.
4. De technische commissie verdeelt de veldtijd over de teams, met voorrang voor de teams die in de hoogste klasse spelen.

### Artikel 9 Bezwaar tegen een teamindeling
1. Een ouder kan binnen vijf dagen na de bekendmaking van de teamindeling een gemotiveerd bezwaar indienen bij de jeugdcommissie.
2. De jeugdcommissie legt het bezwaar voor aan een bezwaarcommissie, bestaande uit de voorzitter van de technische commissie en twee leden van het bestuur die geen kind in het betrokken team hebben.
3. De bezwaarcommissie beslist binnen tien dagen na ontvangst van het bezwaar.
`;

describe('two facts asked together that sit in different leden of one article', () => {
  const answer = answersFromDocument(JEUGDREGLEMENT, 'jeugdreglement.md');

  it('are both given, with the article', () => {
    const text = answer('hoeveel uur veldtijd en hoeveel materiaalbudget zijn er in 2030 beschikbaar voor de jeugdteams');
    expect(text).toContain('42 uur veldtijd');
    expect(text).toContain('€ 12.500');
  });
});
