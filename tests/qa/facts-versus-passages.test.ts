import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { Fact, Passage } from '../../src/features/qa/qa.domain';

// An invented region: the curated facts summarise its yearly report (as the bot's facts summarise the seed
// documents), the report states more, and a user guide ships with the bot.
const fact = (id: string, questions: string[], answer: string, keywords: string[] = []): Fact => ({
  id,
  questions,
  keywords,
  answer,
  source: { title: 'Jaarbericht Jeugdkring Oost', section: 'Overleggen' },
});

const FACTS: Fact[] = [
  fact(
    'bo-vaak',
    ['Hoe vaak vergadert het BO?', 'Hoe vaak vergadert het bestuur?'],
    'Het Bestuurlijk overleg (BO) vergadert minimaal twee keer per jaar; de beleidsinhoud gaat naar het PFO.',
  ),
  fact('kring', ['Wat is de Jeugdkring Oost?', 'Met wie werkt de Jeugdkring Oost samen?'], 'De Jeugdkring Oost is het samenwerkingsverband van de gemeenten in het oosten voor de regiovisie.'),
  fact('thema-indienen', ['Hoe dienen de gemeenten thema\'s voor de regioagenda in?'], 'De gemeenten dienen elk jaar thema\'s voor de regioagenda in; het PFO stemt ermee in.', [
    'thema',
    'indienen',
    'regioagenda',
  ]),
];

const NOTES = `# Jaarbericht Jeugdkring Oost

## Samenwerking
In de Jeugdkring Oost werken 14 gemeenten samen aan de regiovisie jeugdhulp.

## Vergaderingen
Het Bestuurlijk overleg vergaderde vorig jaar vijf keer, het Portefeuillehoudersoverleg zeven keer.

## Contracten
Het gaat om 137 contracten met aanbieders. Het beheersplan voor de contracten is in 2020 vastgesteld.

## Werkbudget
Voor de uitvoering van de regioagenda is in 2026 een werkbudget van € 110.000 geraamd.

## Bezetting
Het team van de Jeugdkring heeft structureel 12,5 fte.

## Secretariaat
De coördinator is secretaris van het Bestuurlijk overleg en van het Portefeuillehoudersoverleg. Het Ambtelijk overleg bereidt de stukken voor.

## Begroting
De begroting wordt elk jaar in februari door het Bestuurlijk overleg vastgesteld.

## Regioagenda
Er wordt jaarlijks een regioagenda opgesteld met de thema's van de gemeenten. Instemming van het PFO is nodig voor de uitvoering. De inhoud van de thema's bepalen de gemeenten.
`;

const GUIDE = `# Handleiding assistent Jeugdkring Oost

## De ronde voor de regioagenda
De beleidsadviseur dient met "thema indienen" een thema voor de regioagenda in via een formulier en kan het tot de deadline aanpassen.

## Als de assistent geen antwoord weet
Staat het antwoord niet in de documenten, dan zegt de assistent dat eerlijk. Vragen over personen of over cijfers die nergens staan, beantwoordt de assistent niet. Met de knop "Vraag het aan RSJ" stuur je je vraag door naar de experts van de Jeugdkring; zij pakken hem op en sturen het antwoord naar je persoonlijke chat. Een goed antwoord kan de expert opslaan, zodat de assistent het de volgende keer zelf weet.
`;

async function passages(): Promise<Passage[]> {
  const notes = await parseDocument('jaarbericht.md', Buffer.from(NOTES), new Date('2026-01-01'));
  // Documents shipped with the bot are dated at the epoch (see builtin-documents.ts).
  const guide = await parseDocument('handleiding.md', Buffer.from(GUIDE), new Date(0));
  return [...notes.passages, ...guide.passages];
}

describe('curated facts against document passages', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex(FACTS, await passages());
  });
  const answerTo = (q: string) => {
    const r = index.ask(q);
    if (r.kind !== 'answer') throw new Error(`no answer for "${q}": ${r.reason}`);
    return r;
  };

  it('answers a body\'s figure with that body\'s figure', () => {
    expect(answerTo('Hoe vaak vergadert het BO?').answer).toMatch(/twee keer per jaar|vijf keer/);
  });

  it('never gives one body\'s figure for another body the same text names', async () => {
    // Without the yearly report: the fact and the regioagenda passage both name the PFO, but give the BO's and the agenda's frequency.
    const withoutReport = new KnowledgeIndex(FACTS, (await passages()).filter((p) => p.section !== 'Vergaderingen'));
    expect(withoutReport.ask('Hoe vaak vergadert het PFO per jaar?')).toEqual({ kind: 'none', reason: 'low-score' });
  });

  it('reads which body each figure of a sentence is for', () => {
    expect(answerTo('Hoeveel keer vergaderde het Portefeuillehoudersoverleg vorig jaar?').answer).toContain('zeven keer');
  });

  it('lets a passage answer when the fact that wins the ranking does not give the count asked for', () => {
    for (const q of ['Met hoeveel gemeenten werkt de Jeugdkring Oost samen?', 'Met hoeveel gemeentes werkt de Jeugdkring Oost samen?']) {
      const r = answerTo(q);
      expect(r.answer).toContain('14 gemeenten');
      expect(r.passageRef.kind).toBe('passage');
    }
  });

  it('answers a question about using the bot from the user guide, not from a curated fact', () => {
    const r = answerTo('Hoe kan ik een thema indienen voor de regioagenda?');
    expect(r.answer).toContain('thema indienen');
    expect(r.source.title).toBe('Handleiding assistent Jeugdkring Oost');
  });

  it('keeps the curated fact for the same subject asked as a governance question', () => {
    expect(answerTo('Hoe dienen de gemeenten thema\'s voor de regioagenda in?').passageRef).toEqual({ kind: 'fact', id: 'thema-indienen' });
  });

  it('gives a figure for the year asked only when its clause or its source names that year', () => {
    expect(answerTo('Hoeveel contracten zijn er met aanbieders?').answer).toContain('137 contracten');
    expect(index.ask('Hoeveel contracten waren er in 2020 met aanbieders?')).toEqual({ kind: 'none', reason: 'low-score' });
  });

  it('declines "hoe groot is de begroting" when the text about the begroting states no amount', () => {
    expect(index.ask('Hoe groot is de begroting die het Bestuurlijk overleg vaststelt?')).toEqual({ kind: 'none', reason: 'low-score' });
  });

  it('does not answer who holds a role in one body with who holds it in others', () => {
    expect(answerTo('Wie is secretaris van het PFO?').answer).toContain('De coördinator is secretaris');
    expect(index.ask('Wie is secretaris van het Ambtelijk overleg?')).toEqual({ kind: 'none', reason: 'low-score' });
  });

  it('shows a short section of the user guide whole for a question about using the bot', () => {
    expect(answerTo('Hoe werkt de assistent als hij geen antwoord weet?').answer).toContain('Vraag het aan RSJ');
  });

  it('reads "wat houdt X in?" as asking what X is', () => {
    expect(answerTo('Wat houdt de Jeugdkring Oost precies in?').answer).toContain('samenwerkingsverband');
  });

  it('reads "informatie over X" and "wat weet je over X" as asking what X is', () => {
    for (const q of ['Informatie over de Jeugdkring Oost', 'Wat weet je allemaal over de Jeugdkring Oost?']) expect(answerTo(q).answer).toContain('samenwerkingsverband');
  });

  it('does not give the amount of one item for another item named only through a shared part', () => {
    expect(answerTo('Hoeveel geld is er in 2026 voor de regioagenda?').answer).toContain('110.000');
    expect(index.ask('Hoeveel geld is er in 2026 voor de regiovisie?')).toEqual({ kind: 'none', reason: 'low-score' });
  });

  it('counts a thing asked by its word in a text that uses its abbreviation (formatie, fte)', () => {
    expect(answerTo('Hoeveel formatie heeft het team van de Jeugdkring?').answer).toContain('12,5 fte');
  });
});
