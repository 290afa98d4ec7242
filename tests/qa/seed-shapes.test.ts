import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { withIndirectAskSplit, withoutIndirectAmount } from '../../src/features/qa/question-rewrites';

// An invented region's year report (not an evaluation document), asked in the shapes users type.
const JAARBERICHT = `# Jaarbericht Jeugdregio Noordkwartier 2031

## Samenwerking
De Jeugdregio werkt voor negen gemeenten in het Noordkwartier. Met het Samenwerkingsverband Westhoek werken we samen binnen het Crisisnetwerk en bij de opvang van jongeren.

## Westhoek
Binnen het Samenwerkingsverband Westhoek werken de besturen van de twaalf gemeenten samen aan een gezamenlijke visie op de opvang.

## Convenant
Alle partijen in het Noordkwartier ondertekenen jaarlijks het convenant jeugdhulp; de onderdelen ervan staan in de bijlage. De wethouders hebben het eerste convenant in mei 2030 vastgesteld.

## Ontstaan
Bureau Noord en het Kwartierteam zijn in 2029 samengevoegd tot de Jeugdregio.

## Nieuwe coördinator
In 2030 kwam er een nieuwe coördinator. Zij geeft leiding aan een team van ongeveer twintig medewerkers en bereidt de vergaderingen van het bestuur voor.

## Scholen
Sinds 2029 werkt de Jeugdregio met vaste contactpersonen, die twee keer per jaar bijeenkomen. De wethouder onderwijs is daarbij soms aanwezig als toehoorder. We hebben met de aanbieders afgesproken om bij een aanmelding breder te kijken naar de hulpvraag. Niet alleen naar de leerling, maar ook naar zijn klas en school. Hierdoor worden problemen eerder gezien en is er minder vaak zware hulp nodig. Ook de leerplichtambtenaar sluit aan bij die gesprekken wanneer een leerling langdurig verzuimt. De afspraken worden in 2032 geëvalueerd.

## Bijdragen
Elk jaar stelt het algemeen bestuur in de bijdrageverordening vast welk deel van de kosten iedere gemeente draagt.
`;

// A note dated in its head only, as letters and memos are.
const NOTITIE = `# Notitie overlegvormen Noordkwartier

Kampen, 12 maart 2029

## Overleg
Het bestuur vergadert voor de begroting maximaal drie keer per jaar; de werkgroep komt maandelijks bijeen.
`;

// A memo with a letter's head.
const NOTA = `# Werkafspraken crisisopvang Noordkwartier

Informatienota

Aan : het algemeen bestuur
Van : P. de Vries
Datum : 3 februari 2030
Betreft : Werkafspraken crisisopvang

## Aanleiding
De crisisopvang in het Noordkwartier wordt vanaf 2030 door één aanbieder uitgevoerd.
`;

const answerOf = (kb: KnowledgeIndex, q: string) => {
  const r = kb.ask(q);
  return r.kind === 'answer' ? r.answer : `(${r.kind}: ${r.reason})`;
};

describe('question shapes asked of an invented year report', () => {
  let kb: KnowledgeIndex;
  beforeAll(async () => {
    const docs = await Promise.all([parseDocument('jaarbericht.md', Buffer.from(JAARBERICHT), new Date('2031-01-01')), parseDocument('notitie.md', Buffer.from(NOTITIE), new Date('2029-03-12')), parseDocument('nota.md', Buffer.from(NOTA), new Date('2030-02-03'))]);
    kb = new KnowledgeIndex([], docs.flatMap((d) => d.passages));
  });

  it('answers "met hoeveel X" from the next passage as good when the best one counts another party', () => {
    expect(answerOf(kb, 'Met hoeveel gemeenten werkt het Samenwerkingsverband Westhoek samen?')).toContain('twaalf gemeenten');
  });

  it('answers "uit welke onderdelen" with a text that names the parts without the word "onderdelen"', () => {
    for (const q of ['Uit welke twee onderdelen is de Jeugdregio samengevoegd?', 'Welke partijen zijn samengevoegd?']) expect(answerOf(kb, q)).toContain('Bureau Noord');
  });

  it('reads a year after "uit" as dating the document asked about, which its passages need not repeat', () => {
    expect(answerOf(kb, 'Hoe vaak vergadert het bestuur voor de begroting volgens de notitie uit 2029?')).toContain('drie keer per jaar');
  });

  it('reads the indirect question after "vragen ons af" as what is asked and the clause before it as the setup', () => {
    expect(withIndirectAskSplit('Wij lezen het verslag terug en vragen ons af hoe groot het team was.')).toBe('Wij lezen het verslag terug. Hoe groot het team was?');
    expect(withIndirectAskSplit('Ik wil weten hoe groot het team is')).toBe('Ik wil weten hoe groot het team is');
    expect(withIndirectAskSplit('Wij lezen het verslag terug en vragen ons af of de termijn nog geldt.')).toBe('Wij lezen het verslag terug. De termijn nog geldt?');
    expect(answerOf(kb, 'Wij bladeren met de wethouder door het oude persdossier en vragen ons af hoe groot het team was dat de nieuwe coördinator ging aansturen.')).toContain('twintig medewerkers');
  });

  it('answers two asks that no one text answers together each from its own text, or the one that has an answer as half', () => {
    const both = answerOf(kb, 'Wanneer hebben de wethouders het eerste convenant vastgesteld en met hoeveel gemeenten werkt het Samenwerkingsverband Westhoek samen?');
    expect(both).toContain('mei 2030');
    expect(both).toContain('twaalf gemeenten');
    // Half an answer is given as half: the ask that found none is named.
    const half = kb.ask('Wanneer hebben de wethouders het eerste convenant vastgesteld en met hoeveel paarden werkt de manege samen?');
    expect(half.kind === 'answer' && [half.answer, half.unansweredAsk]).toEqual([expect.stringContaining('mei 2030'), 'met hoeveel paarden werkt de manege samen']);
  });

  it('answers the date of a memo ("de nota") from its head, and not for a document of another kind ("de kadernota")', () => {
    expect(answerOf(kb, 'Op welke datum is de nota over de werkafspraken crisisopvang geschreven?')).toContain('3 februari 2030');
    expect(answerOf(kb, 'Wanneer is de kadernota geschreven?')).not.toContain('3 februari 2030');
  });

  it('answers "wat moet het opleveren" with the sentence after that gives the result ("Hierdoor ...")', () => {
    expect(answerOf(kb, 'Wat moet het opleveren als aanbieders ook naar de klas en de school kijken?')).toContain('eerder gezien');
  });

  it('reads "hoe wordt vastgelegd hoeveel ..." as asking how, which a text without the amount answers', () => {
    expect(withoutIndirectAmount('Wie bepaalt hoeveel geld een gemeente krijgt?')).toBe('Wie bepaalt geld een gemeente krijgt?');
    // After "en" or a preposition "hoeveel" asks the amount itself.
    for (const q of ['Wanneer begon het en met hoeveel gemeenten?', 'Wat is het doel en hoeveel kost het?']) expect(withoutIndirectAmount(q)).toBe(q);
    expect(answerOf(kb, 'Hoe wordt vastgelegd hoeveel kosten iedere gemeente draagt?')).toContain('bijdrageverordening');
  });
});
