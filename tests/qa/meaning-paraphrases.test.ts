import { paraphraseGroups } from '../../src/features/qa/paraphrases';
import { termsOf, tokenGroups } from '../../src/features/qa/dutch-text';
import { withoutIdioms } from '../../src/features/qa/question-frames';
import { answersFromDocument, itAnswersWith } from '../helpers/knowledge-from-markdown';

/**
 * An invented reglement in the formal words of governance documents; the questions below ask in everyday words
 * ("wie leidt de vergaderingen", "lang ziek", "samengaan", "genoeg geld in kas") that the text never uses.
 */
const REGLEMENT = `# Reglement Duinraad Testland 2028

### Artikel 1 Doel
De Duinraad staat ten dienste van de strandpaviljoens van de elf kustgemeenten.

### Artikel 2 Voorzitterschap
De Duinraad wordt voorgezeten door de havenmeester van Testland.

### Artikel 3 Vergaderingen
1. De Duinraad vergadert vier keer per jaar in het dorpshuis.
2. Een extra vergadering wordt gehouden op verzoek van ten minste drie leden.

### Artikel 4 Vervanging
Is een lid langer dan acht weken verhinderd, dan wijst zijn gemeente een waarnemer aan.

### Artikel 5 Fusie
Bij een fusie van twee kustgemeenten gaat hun zetel over op de nieuwe gemeente.

### Artikel 6 Kennis
De borging van kennis gebeurt in een digitaal logboek dat de secretaris bijhoudt.

### Artikel 7 Samenwerking
Bovenregionale vraagstukken legt de Duinraad voor aan het Kustberaad.

### Artikel 8 Financiën
De penningmeester bewaakt de liquiditeit en meldt een dreigend tekort aan de havenmeester.

### Artikel 9 Agenda
Een voorstel van een paviljoen wordt geagendeerd voor de eerstvolgende vergadering na ontvangst.

### Artikel 10 Jaarplan
Het jaarplan is uiterlijk op 1 maart gereed.

### Artikel 11 Ziekte en kennisdagen
1. Een lid dat ziek is, meldt zich voor de vergadering af bij de secretaris.
2. Op de jaarlijkse kennisdag delen de leden kennis met elkaar.
3. Kustgemeenten kunnen samen een voorstel doen; het geld voor de Duinraad komt van de gemeenten.
4. Vraagstukken van één gemeente bespreekt de Duinraad met die gemeente in de regio.
5. Het jaarplan stelt de Duinraad vast in de vergadering van december.
6. Een extra vergadering duurt ten hoogste twee uur.

### Artikel 12 Klachten
Een klacht over een paviljoen neemt de klachtencoördinator in behandeling.
`;

describe('meaning-level paraphrases of governance language (knowledge/paraphrases.txt)', () => {
  const answer = answersFromDocument(REGLEMENT);

  itAnswersWith(answer, [
    ['Wie leidt de vergaderingen van de Duinraad?', 'havenmeester'],
    ['Wat gebeurt er als een lid van de Duinraad lang ziek is?', 'waarnemer'],
    ['Wat als gemeenten samengaan?', 'zetel'],
    ['Hoe wordt kennis vastgehouden?', 'logboek'],
    ['Wat doet de Duinraad met vraagstukken buiten de regio?', 'Kustberaad'],
    ['Wie let erop dat er genoeg geld in kas is?', 'penningmeester'],
    ['Wanneer wordt een voorstel van een paviljoen besproken?', 'eerstvolgende'],
    ['Voor wie is de Duinraad bedoeld?', 'strandpaviljoens'],
  ]);

  it('"om een extra vergadering vragen" is requesting it ("op verzoek van"); "af zijn" is "gereed"', () => {
    expect(withoutIdioms('Kunnen leden om een extra vergadering vragen?')).toBe('Kunnen leden verzoeken om een extra vergadering?');
    expect(tokenGroups('op verzoek van drie leden')[0]).toContain('~~aanvragen');
    expect(answer('Kunnen leden om een extra vergadering van de Duinraad vragen?')).toContain('drie leden');
    expect(tokenGroups('het jaarplan af zijn').flat()).toContain('~~afronden');
    expect(answer('Wanneer moet het jaarplan af zijn?')).toContain('1 maart');
  });

  it('a particle joins the nearest verb: "in de knel komt, wie pakt dat op" is "oppakken" (behandelen), not "opkomen"', () => {
    expect(answer('Als een paviljoen in de knel komt met een klacht, wie pakt die klacht op?')).toContain('klachtencoördinator');
  });

  it('a classifier noun ("in welke groepen ... ingedeeld") and an emphasis ("in de eerste plaats") are no words to find', () => {
    expect(withoutIdioms('In welke groepen zijn de taken ingedeeld?')).toBe('hoe zijn de taken ingedeeld?');
    expect(withoutIdioms('In welke groepen werkt de raad?')).toContain('groepen');
    expect(withoutIdioms('Voor wie is de Duinraad in de eerste plaats bedoeld?')).not.toMatch(/plaats/);
  });

  it('everyday words for secrecy, absence, guests, conduct, dismissal and management share the formal words\' groups', () => {
    expect(termsOf('zwijgplicht')).toContain('~~vertrouwelijk');
    expect(tokenGroups('met vakantie')[0]).toContain('~afwezig');
    expect(tokenGroups('iemand meenemen')[0]).toContain('~~gast');
    expect(termsOf('misdraagt')).toContain('~~orde');
    expect(termsOf('royeren')).toContain('~~ontslaan');
    expect(termsOf('aansturing')).toContain('~~leidinggeven');
    expect(termsOf('base')).not.toContain('~~leidinggeven');
  });

  it('homographs stay out: "orde" is not "ordenen", "langer" alone is not "langdurig"', () => {
    expect(paraphraseGroups('orde')).not.toContain('~~indelen');
    expect(termsOf('geordend')).toContain('~~indelen');
    expect(tokenGroups('langer')[0]).not.toContain('~~langdurig');
    expect(tokenGroups('langer dan zes weken')[0]).toContain('~~langdurig');
  });
});

/** A second invented text: a youth council and a budget note, in formal words again. */
const RAAD = `# Reglement Kustjeugdraad Testland 2028

### Artikel 1 Advies
1. De Kustjeugdraad adviseert het bestuur over het strandbeleid.
2. De Kustjeugdraad kan ook ongevraagd advies uitbrengen over ieder onderwerp.

### Artikel 2 Aanwezigheid
1. Een lid dat drie vergaderingen achter elkaar afwezig is, wordt door de voorzitter aangesproken.
2. Een lid dat verhinderd is, meldt zich af bij de secretaris en stuurt zijn vervanger.

### Artikel 3 Hulp voor inwoners
Inwoners met een vraag over jeugdhulp wenden zich tot het wijkteam van hun gemeente.

### Artikel 4 Personeel
1. Voor de vervulling van de vacature van secretaris schakelt het bestuur een selectiebureau in.
2. Het opleidingsbudget kan niet worden gesubstitueerd naar andere kostenposten.
3. De Kustjeugdraad heeft geen geldleningen.

### Artikel 5 Werkwijze
1. Het bestuur vraagt de Kustjeugdraad om advies over het strandbeleid; de Kustjeugdraad brengt dat advies uit binnen zes weken.
2. De Kustjeugdraad vergadert drie keer per jaar; de vergadering begint om 19.00 uur.
3. Inwoners worden jaarlijks uitgenodigd voor een avond over jeugdhulp.
4. Een vacature in de Kustjeugdraad wordt bekendgemaakt op de website.
5. Het opleidingsbudget bedraagt 5.000 euro per jaar.
`;

describe('meaning-level paraphrases of a youth council and its budget', () => {
  const answer = answersFromDocument(RAAD, 'kustjeugdraad.md');

  itAnswersWith(answer, [
    ['Mag de Kustjeugdraad uit zichzelf met een advies komen?', 'ieder onderwerp'],
    ['Wat gebeurt er als een lid drie keer niet bij de vergadering is?', 'aangesproken'],
    ['Ik kan niet naar de vergadering van de Kustjeugdraad, wat moet ik doen?', 'vervanger'],
    ['Waar kloppen inwoners aan met een vraag over jeugdhulp?', 'wijkteam'],
    ['Hoe wil de Kustjeugdraad de vacature invullen?', 'selectiebureau'],
    ['Mag het opleidingsbudget aan andere dingen worden uitgegeven?', 'gesubstitueerd'],
  ]);

  it('"hoe lang zit je in de raad" asks for the term of office; "kan ik niet naar de rechter" is no absence', () => {
    expect(withoutIdioms('Hoe lang zit je in de Kustjeugdraad?')).toBe('zittingstermijn de Kustjeugdraad?');
    expect(withoutIdioms('Kan ik niet naar de rechter?')).toBe('Kan ik niet naar de rechter?');
    expect(termsOf('kredieten')).toContain('~lening');
    expect(tokenGroups('uit zichzelf')[0]).toContain('~~ongevraagd');
    expect(termsOf('aankloppen')).toEqual(expect.arrayContaining(['~~toegang', '~~wenden']));
    expect(withoutIdioms('Wat als een lid drie keer niet bij de vergadering is?')).toContain('afwezig bij vergadering');
  });
});
