import { paraphraseAt } from '../../src/features/qa/paraphrases';
import { withoutIdioms } from '../../src/features/qa/question-frames';
import { answersFromDocument, indexOfMarkdown, itAnswersWith } from '../helpers/knowledge-from-markdown';

/** An invented reglement in formal words; the questions below use everyday ones. */
const REGLEMENT = `# Reglement Vijveroverleg Testland 2027

### Artikel 1 Samenstelling
1. Iedere vereniging kan één deelnemer afvaardigen.
2. Het Vijveroverleg telt ten hoogste dertig deelnemers.
3. Een deelnemer wordt benoemd voor drie jaar en kan eenmaal worden herbenoemd.

### Artikel 8 Verlichting
De beheerder houdt volgens dit reglement het licht bij de vijver elke avond aan tot het Vijveroverleg is afgelopen.

### Artikel 7 Evaluatie
1. Het Vijveroverleg evalueert dit reglement elke drie jaar.
2. Het reglement geldt voor alle deelnemers van het Vijveroverleg.

### Artikel 6 Termijnen
1. De secretaris kan de termijn voor een verzoek eenmaal met vier weken verlengen.

### Artikel 2 Besluiten
1. Het Vijveroverleg besluit alleen als ten minste de helft van de deelnemers aanwezig is.
2. Is minder dan de helft aanwezig, dan legt de secretaris het voorstel schriftelijk voor aan alle deelnemers.
3. Staken de stemmen, dan beslist de oudste deelnemer.

### Artikel 3 Verslag
Van de vergaderingen worden geen geluidsopnamen gemaakt.

### Artikel 4 Verhindering
Een deelnemer die verhinderd is, laat zich vervangen door zijn plaatsvervanger.

### Artikel 5 Verzoeken
1. De secretaris handelt een verzoek af binnen vier weken na ontvangst.
2. Aan het indienen van een verzoek zijn geen kosten verbonden.
`;

describe('everyday idioms for what a reglement says formally', () => {
  const answer = answersFromDocument(REGLEMENT);

  itAnswersWith(answer, [
    ['Hoeveel mensen mag een vereniging naar het Vijveroverleg sturen?', 'één deelnemer'],
    ['Wat is het grootste aantal deelnemers van het Vijveroverleg?', 'dertig'],
    ['Wat als er te weinig mensen op de vergadering van het Vijveroverleg zijn?', 'schriftelijk'],
    ['Wie hakt de knoop door als de stemmen gelijk zijn in het Vijveroverleg?', 'oudste'],
    ['Worden de vergaderingen van het Vijveroverleg opgenomen?', 'geluidsopnamen'],
    ['Ik kan niet bij het Vijveroverleg zijn, wat moet ik doen?', 'plaatsvervanger'],
    ['Krijg ik binnen een maand antwoord op mijn verzoek aan het Vijveroverleg?', 'vier weken'],
    ['Is een verzoek aan het Vijveroverleg gratis?', 'geen kosten'],
    ['Hoe lang zit je in het Vijveroverleg en kan dat verlengd worden?', 'herbenoemd'],
    ['Hoe vaak wordt het reglement van het Vijveroverleg tegen het licht gehouden?', 'drie jaar'],
    ['Bij de telling in het Vijveroverleg waren de deelnemers precies gelijk verdeeld, zes voor en zes tegen. Wat gebeurt er nu?', 'oudste'],
  ]);

  it('reads as many votes for as against as a tie ("vijf voor en vijf tegen"), not two different counts', () => {
    expect(withoutIdioms('Er waren 4 stemmen voor en 4 stemmen tegen.')).toContain('stemmen staken');
    expect(withoutIdioms('Er waren evenveel voor als tegen.')).toContain('stemmen staken');
    expect(withoutIdioms('Er waren vijf voor en drie tegen.')).not.toContain('staken');
  });

  it('a frame that only asks whether or what leaves what is asked', () => {
    expect(withoutIdioms('Klopt het dat de voorzitter beslist?').trim()).toBe('de voorzitter beslist?');
    expect(withoutIdioms('Hoe zit het met de reiskosten?')).toBe('wat is de reiskosten?');
    expect(withoutIdioms('Kun je me vertellen wie notuleert?')).toBe('wie notuleert?');
    expect(withoutIdioms('Kan ik klagen over iets van twee jaar geleden?')).toBe('Kan ik klagen over twee jaar geleden?');
  });

  it('keeps the literal sense where the idiom does not fit', () => {
    expect(withoutIdioms('Wat doet RSJ als er te weinig aanbieders zijn voor jeugdhulp?')).toContain('te weinig aanbieders');
    expect(withoutIdioms('Kan ik iemand een e-mail sturen over de vergadering?')).toContain('sturen');
  });

  it('a term of office that is extended is a reappointment; a deadline that is extended stays one', () => {
    expect(withoutIdioms('Hoe lang ben je lid en kan dat verlengd worden?')).toContain('herbenoemd');
    expect(withoutIdioms('De voorzitter wordt gekozen voor twee jaar, mag dat nog een keer verlengd worden?')).toContain('herbenoemd');
    expect(withoutIdioms('Wat is de termijn voor een klacht en kan die verlengd worden?')).toContain('verlengd');
    expect(withoutIdioms('Kan de termijn voor het advies verlengd worden?')).toContain('verlengd');
  });

  it('"geen bezwaar" (no objection procedure) is not agreeing', () => {
    expect(paraphraseAt(['geen', 'bezwaar', 'of', 'beroep'], 0)?.tokens ?? []).not.toContain('~instemmen');
  });
});

/** An invented reglement on papers and working groups, in formal words. */
const STUKKEN = `# Reglement Tuinoverleg Testland 2027

### Artikel 1 Stukken
1. Een stuk voor het bestuur wordt altijd eerst in de Tuincommissie besproken. Het advies van de commissie staat op het voorblad.
2. Stukken worden vijf werkdagen voor de vergadering rondgestuurd.

### Artikel 2 Werkgroepen
1. Het Tuinoverleg kan werkgroepen instellen voor een bepaald onderwerp. Een werkgroep rapporteert binnen drie maanden.

### Artikel 3 Rooster
1. De secretaris stelt ieder jaar het rooster van de vergaderingen vast.

### Artikel 4 Verslag
1. De secretaris van het Tuinoverleg rapporteert binnen twee weken na iedere vergadering aan het bestuur.

### Artikel 5 Tuinman
1. Bij de keuze van een tuinman wordt gekeken naar ervaring en prijs. Het bestuur kiest zonder stemming.
`;

describe('everyday words a reglement never uses', () => {
  const answer = answersFromDocument(STUKKEN);

  itAnswersWith(answer, [
    ['Mag een stuk naar het bestuur zonder dat de Tuincommissie ernaar heeft gekeken?', 'altijd eerst'],
    ['Hoe snel moet een werkgroepje van het Tuinoverleg rapporteren?', 'drie maanden'],
  ]);

  it('a diminutive the documents never use asks for its base word ("werkgroepje" is a "werkgroep")', () => {
    const index = indexOfMarkdown(STUKKEN, 'tuin.md') as unknown as { analyse(q: string): { terms: string[] }[] };
    const terms = (q: string) => index.analyse(q).flatMap((w) => w.terms);
    expect(terms('Kan het Tuinoverleg een werkgroepje oprichten?')).toContain(terms('werkgroep')[0]);
    expect(terms('Wie leest de stukjes?')).toContain(terms('stuk')[0]);
  });

  it('reads "ernaar kijken" as discussing', () => {
    expect(withoutIdioms('zonder dat het AO ernaar heeft gekeken?')).toBe('zonder dat het AO heeft besproken?');
    expect(withoutIdioms('Wie gaat ernaar kijken?')).toBe('Wie gaat bespreken?');
  });

  it('reads "kost X extra fte?" as a question about more staff only as a yes/no question', () => {
    expect(withoutIdioms('Kost de nieuwe functie extra fte?')).toBe('de nieuwe functie uitbreiding fte?');
    expect(withoutIdioms('Hoeveel kost het om extra personeel aan te nemen?')).toBe('Hoeveel kost het om extra personeel aan te nemen?');
  });
});

describe('"ergens tegenin gaan"', () => {
  const answer = answersFromDocument(REGLEMENT.replace('### Artikel 5 Verzoeken', '### Artikel 9 Bezwaar\n1. Een deelnemer kan binnen zes weken schriftelijk bezwaar maken bij de secretaris.\n\n### Artikel 5 Verzoeken'));

  it('is objecting ("bezwaar"), not the "ingaan" of a date taking effect', () => {
    expect(withoutIdioms('Hoeveel tijd hebben we om daar tegen in te gaan?')).toMatch(/daar bezwaar maken\?$/);
    expect(withoutIdioms('Kan een lid ertegenin gaan?')).toBe('Kan een lid bezwaar maken?');
    expect(withoutIdioms('Wanneer gaat de regeling in?')).not.toContain('bezwaar');
  });

  it('finds the article on objections', () => {
    expect(answer('Een vereniging is het oneens met een besluit. Hoeveel tijd heeft zij om daar tegen in te gaan?')).toContain('zes weken');
  });
});

/** An invented letter: what the participants get in return, in formal words. */
const PROEF = `# Raadsbrief proef schoolzwemmen Testland 2031

## 2. De proef

Aan de proef nemen inmiddels 12 scholen deel. Zij passen hun rooster aan zodat elke klas eens per week kan zwemmen. In ruil daarvoor ontvangen zij een bijdrage van € 2.000 per jaar. De wethouder sport is trekker van de proef.

## 3. Kosten

De kosten van het zwembad stegen met vier procent.
`;

describe('what one gets "ervoor terug" is what one receives "in ruil daarvoor"', () => {
  itAnswersWith(answersFromDocument(PROEF), [['Hoeveel scholen doen mee aan de proef en wat krijgen ze ervoor terug?', '€ 2.000']]);
});

/** An invented letter's contact persons, introduced as "aanspreekbaar". */
const CONTACTEN = `# Raadsbrief stand van de bibliotheken Testland 2031

## 5. Contactpersonen

Voor vragen over deze brief kunt u zich in eerste instantie wenden tot de wethouder cultuur in uw eigen gemeente. Voor vragen over de uitvoering zijn de volgende personen aanspreekbaar:

- mevrouw A. (Anna) de Vries, wethouder in Oosterdorp en voorzitter van het bibliotheekoverleg;
- de heer B. (Bram) Jansen, directeur van de bibliotheek en trekker van het leesplan;
- mevrouw D. (Dina) Smit, secretaris van het bibliotheekoverleg;
- mevrouw E. (Eva) Mulder, projectleider van de leesbus;
- de heer C. (Cor) Bakker, controller van de gemeente, voor vragen over de cijfers en de begroting.

## 6. Kosten

De kosten van de bibliotheken stegen met vier procent.
`;

describe('"bij wie moet ik zijn" is whom one may address: "aanspreekbaar"', () => {
  itAnswersWith(answersFromDocument(CONTACTEN), [['Wie is trekker van het leesplan, en bij wie moet ik zijn voor vragen over de cijfers?', 'Cor) Bakker']]);
});
