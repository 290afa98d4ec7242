import { withoutIdioms } from '../../src/features/qa/question-frames';
import { withGatePassedFirst } from '../../src/features/qa/answer-gate';
import { lacksWhatIsAsked } from '../../src/features/qa/declines';
import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/** An invented regulation; the questions below ask it in a user's own words, often after telling their own case. */
const REGLEMENT = `# Reglement Dorpsraad Beekveld 2027

### Artikel 1 Werving en selectie
1. De werving en selectie van nieuwe leden verloopt in de volgende stappen:
   1. De secretaris stelt een oproep op en legt die voor aan de voorzitter.
   2. De oproep wordt gedurende drie weken verspreid via de dorpskrant.
   3. Kandidaten melden zich aan met een korte brief.
   4. De benoemingscommissie voert binnen tien werkdagen een gesprek met iedere kandidaat.
   5. Het college benoemt de nieuwe leden in zijn eerstvolgende vergadering.
2. De benoemingscommissie bestaat uit de voorzitter en twee leden.

### Artikel 2 Budget
1. De gemeente stelt jaarlijks een budget van € 12.000 beschikbaar voor de dorpsraad.
2. Uit het budget worden de vergoedingen, cursussen, zaalhuur en koffie betaald.
3. Ten minste 20% van het budget wordt besteed aan deskundigheidsbevordering van de leden.

### Artikel 3 Bijdrage van verenigingen
1. Iedere aangesloten vereniging maakt haar bijdrage aan de dorpsraad in vier termijnen over, telkens vooraf aan het begin van het kwartaal.

### Artikel 4 Jaarverslag van verenigingen
1. Een vereniging levert haar jaarverslag uiterlijk 1 maart aan bij de secretaris.
2. Blijft het jaarverslag ook na een herinnering uit, dan houdt de dorpsraad 5 procent in op de eerstvolgende subsidiebetaling aan de vereniging.

### Artikel 5 Status van verenigingen
1. De dorpsraad geeft iedere vereniging per jaar de status actief, slapend of gestopt.
2. Een vereniging keert pas terug naar de status actief wanneer zij twee jaar op rij aan de voorwaarden voldoet.

### Artikel 6 Klachten
1. Een lid van de dorpsraad dat een klacht ontvangt, legt die binnen twee werkdagen vast in het klachtenregister.
2. De klachtencommissie brengt binnen zes weken na ontvangst van de klacht advies uit aan het dorpsbestuur.
3. Het dorpsbestuur beslist binnen drie weken na ontvangst van het advies op de klacht.

### Artikel 7 Kosten van een geschil
1. Iedere partij draagt haar eigen kosten van juridische bijstand.
2. De geschillencommissie kan een partij wier standpunt kennelijk ongegrond was, veroordelen tot een vergoeding van de kosten van de wederpartij tot ten hoogste € 1.000.
`;

describe('answerable questions in a user\'s own words that were declined', () => {
  const answer = answersFromDocument(REGLEMENT, 'dorpsraad.md');

  it('reads "alle stappen op een rij zetten, van begin tot eind" as asking for the procedure, and gives it whole', () => {
    const text = answer('Kun je alle stappen op een rij zetten van hoe nieuwe leden voor de dorpsraad worden geworven en geselecteerd, van begin tot eind?');
    expect(text).toContain('oproep');
    expect(text).toContain('Het college benoemt');
  });

  it('keeps "op een rij" when it means in a row, and "het weer" when it is the weather', () => {
    expect(withoutIdioms('Wat als een lid drie keer op een rij afwezig is?')).toContain('op een rij');
    expect(withoutIdioms('Zet de stappen eens op een rij')).not.toContain('op een rij');
    expect(withoutIdioms('Welke stappen volgen, van het eerste tot het laatste?')).toBe('Welke stappen volgen, ?');
    // The weather, by an article, an adjective or a word after it: each protects "weer" on its own.
    expect(withoutIdioms('Gaat het door bij slecht weer?')).toContain('weer');
    expect(withoutIdioms('Gaat het door bij extreem weer?')).toContain('weer');
    expect(withoutIdioms('Hoe is het weer?')).toContain('weer');
    expect(withoutIdioms('Weer morgen in Zwolle?')).toContain('Weer');
    expect(withoutIdioms('Kan het bestuur het mandaat weer terugnemen?')).not.toMatch(/\bweer\b/);
    // "Boven welk geldbedrag" asks the threshold as "welk bedrag" does: "boven" is no word to find.
    expect(withoutIdioms('Boven welk geldbedrag beslist het bestuur?')).toBe('welk geldbedrag beslist het bestuur?');
  });

  it('answers "klopt dat met wat het reglement vraagt?" after the asker\'s case with what the regulation says of that case', () => {
    const text = answer('Onze vereniging maakt de bijdrage aan de dorpsraad altijd in één keer aan het eind van het jaar over. Klopt dat met wat het reglement vraagt?');
    expect(text).toContain('vier termijnen');
  });

  it('answers a rule asked about a provider named in the asker\'s case ("Vereniging De Eendracht ... Mag de dorpsraad dan ...")', () => {
    const text = answer('Vereniging De Eendracht heeft haar jaarverslag niet ingeleverd, ook niet na onze herinnering. Mag de dorpsraad dan geld inhouden op hun volgende subsidiebetaling, en zo ja hoeveel?');
    expect(text).toContain('5 procent');
  });

  it('still declines what a named provider did or got: the documents hold no figures of one', () => {
    expect(answer('Vereniging De Eendracht is een aangesloten vereniging. Hoeveel subsidie kreeg De Eendracht vorig jaar?')).toMatch(/^declined/);
    expect(answer('Hoeveel subsidie mag Vereniging De Eendracht ontvangen?')).toMatch(/^declined/);
    // The asking sentence refers back to the named one ("die", "hun"): still about that provider's own figures.
    expect(answer('Vereniging De Eendracht is een aangesloten vereniging. Hoeveel subsidie krijgt die dit jaar?')).toMatch(/^declined/);
    expect(answer('Vereniging De Eendracht is een aangesloten vereniging. Wat was hun subsidie vorig jaar?')).toMatch(/^declined/);
  });

  it('reads "weer" as "again": "hoe lang duurt het voordat een slapende vereniging weer terug is ..." is answered', () => {
    const text = answer('Hoe lang duurt het voordat een slapende vereniging weer terug is op actief?');
    expect(text).toContain('twee jaar op rij');
  });

  it('answers "welk deel van het jaarbudget" with the percentage of the budget, not the list of what it pays', () => {
    const text = answer('Welk deel van het jaarbudget van de dorpsraad moet naar scholing en training van de leden?');
    // The share asked comes first: the sentence that gives a percentage answers, the rest of the short article follows.
    expect(text.split('\n')[0]).toContain('20%');
    // The tail of the compound asked about names it: "van het budget" is a share of the "jaarbudget".
    expect(lacksWhatIsAsked('Welk percentage van het jaarbudget gaat naar scholing?', 'Ten minste 20% van het budget wordt besteed aan scholing.')).toBe(false);
  });

  it('takes a share of an amount set elsewhere as the height asked, unless euros are asked', () => {
    const share = 'Voor een lege logeerkamer betaalt de gemeente een leegstandsvergoeding van 40% van het dagtarief.';
    expect(lacksWhatIsAsked('Hoe hoog is de leegstandsvergoeding?', share)).toBe(false);
    expect(lacksWhatIsAsked('Hoeveel euro is de leegstandsvergoeding?', share)).toBe(true);
    expect(lacksWhatIsAsked('Hoe hoog is de leegstandsvergoeding?', 'Voor een lege logeerkamer betaalt de gemeente een leegstandsvergoeding.')).toBe(true);
  });

  it('judges "hoe lang duurt het daarna" after the asker\'s case by the asking sentence: the case\'s words and "daarna" need not stand with the duration', () => {
    const text = answer('Wij zijn een vereniging en hebben geklaagd over de penningmeester. De klachtencommissie heeft haar advies inmiddels uitgebracht. Hoe lang duurt het daarna nog voordat we de beslissing krijgen?');
    expect(text).toContain('drie weken');
  });

  it('reads "ergens" (somewhere) as leaving the place open: "hoe snel moet ik dat ergens vastleggen?" is answered', () => {
    expect(answer('Een inwoner belde me net met een klacht over de dorpsraad. Ik ben lid en heb het gesprek aangenomen. Hoe snel moet ik dat ergens vastleggen?')).toContain('twee werkdagen');
  });

  it('knows the plain words of a dispute: "onterecht" is "ongegrond", "de andere kant" the "wederpartij"', () => {
    expect(answer('Kan de commissie een partij met een onterecht standpunt laten opdraaien voor de kosten van de andere kant?')).toContain('€ 1.000');
  });

  it('lets a hit about as good that covers enough of the question answer when the one ranked first does not', () => {
    const first = { id: 'a', coverage: 0.5 };
    const enough = { id: 'b', coverage: 0.61 };
    expect(withGatePassedFirst([first, enough]).map((h) => h.id)).toEqual(['b', 'a']);
    expect(withGatePassedFirst([{ id: 'c', coverage: 0.6 }, enough]).map((h) => h.id)).toEqual(['c', 'b']);
    expect(withGatePassedFirst([first]).map((h) => h.id)).toEqual(['a']);
  });
});
