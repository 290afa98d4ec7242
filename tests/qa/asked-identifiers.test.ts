import { asksAmount, numberNotGiven } from '../../src/features/qa/declines';
import { asksPersonalData } from '../../src/features/qa/personal-data';
import { withoutListOpening } from '../../src/features/qa/figure-sentences';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';

describe('contact details and identifiers asked for', () => {
  it('declines someone\'s details, not an organisation\'s published contact nor the woonplaatsbeginsel', () => {
    expect(asksPersonalData('Wat is het telefoonnummer van de voorzitter?')).toBe(true);
    expect(asksPersonalData('Wat is de woonplaats van de coördinator?')).toBe(true);
    expect(asksPersonalData('Waar woont de wethouder?')).toBe(true);
    expect(asksPersonalData('Wat is het mailadres van het meldpunt woonplaatsbeginsel?')).toBe(false);
    expect(asksPersonalData('Wie betaalt de zorg zolang er onenigheid is over de woonplaats?')).toBe(false);
    expect(asksPersonalData('Hoe wordt de woonplaats van een pleegkind bepaald?')).toBe(false);
    // A rule on what may stand in a document, which a privacy article answers.
    expect(asksPersonalData('Mag het burgerservicenummer van het kind in de stukken voor de commissie staan?')).toBe(false);
    expect(asksPersonalData('Wat is het burgerservicenummer van het kind?')).toBe(true);
  });

  it('needs an address for a mail address or website asked, and a grouped or long number for a number asked', () => {
    expect(numberNotGiven('Wat is het mailadres van het meldpunt?', 'Het meldpunt is bereikbaar via meldpunt@regio-testland.nl.')).toBeUndefined();
    expect(numberNotGiven('Wat is het mailadres van het meldpunt?', 'Het meldpunt is per mail bereikbaar.')).toBe('mailadres');
    expect(numberNotGiven('Wat is het crisisnummer?', 'Bel het crisisnummer 0800-1234.')).toBeUndefined();
    // An amount after "€ " and a count before its noun are no number that identifies.
    expect(numberNotGiven('Wat is het crisisnummer?', 'De crisisdienst kost de regio € 1.500 per maand.')).toBe('crisisnummer');
    expect(numberNotGiven('Wat is het crisisnummer?', 'Het crisisnummer werd 1200 keer gebeld.')).toBe('crisisnummer');
  });

  it('reads "wat rekent X tot" as what counts as, not as a price, and a modal amount question within its clause', () => {
    expect(asksAmount('Wat rekent de aanbieder per etmaal?')).toBe(true);
    expect(asksAmount('Wat rekenen jullie tot de kerntaken van het regiobureau?')).toBe(false);
    expect(asksAmount('Hoeveel mag de voorzitter daarvoor uitgeven?')).toBe(true);
    expect(asksAmount('Hoeveel mogen er in de commissie zitten, en wie betalen de reis?')).toBe(false);
  });

  it('takes off only a list opener, never the count before it', () => {
    expect(withoutListOpening('Voor 2027 zijn, na de aanbesteding, 19 logeerbedden ingekocht, als volgt verdeeld:')).toBe('Voor 2027 zijn, na de aanbesteding, 19 logeerbedden ingekocht.');
    expect(withoutListOpening('Er zijn 19 logeerbedden, verdeeld over de volgende aanbieders:')).toBe('Er zijn 19 logeerbedden, verdeeld over de volgende aanbieders.');
  });
});

const GUIDE = `# Handreiking meldpunt Testland

## 6. Contact
Het regiobureau heeft een meldpunt verhuizingen, bereikbaar via verhuizingen@regio-testland.nl. Op dinsdag en donderdag van 9.00 tot 12.00 uur houdt het meldpunt een telefonisch spreekuur.

## 7. Bijdragen
De bijdragen van de gemeenten aan het meldpunt zijn:

| Gemeente | Bijdrage 2027 |
| --- | --- |
| Zwolle | € 40.000 |
| Raalte | € 12.000 |
| Kampen | € 15.000 |

Een gemeente die later betaalt, is geen rente verschuldigd.
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : `(${r.kind})`);

describe('asked of a guide with a contact section', () => {
  let kb: KnowledgeIndex;
  beforeAll(async () => {
    kb = new KnowledgeIndex([], (await parseDocument('meldpunt.md', Buffer.from(GUIDE))).passages);
  });

  it('gives the mail address asked', () => {
    expect(answer(kb.ask('Wat is het mailadres van het meldpunt verhuizingen?'))).toContain('verhuizingen@regio-testland.nl');
  });
});
