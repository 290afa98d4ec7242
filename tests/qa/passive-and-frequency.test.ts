import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answersForOtherParty } from '../../src/features/qa/count-questions';

describe('a passive deadline question', () => {
  it('reads "moet dat gedeclareerd zijn" as a passive, not as a party called "gedeclareerd"', async () => {
    const TARIEVEN = `# Regeling tarieven vijverbeheer 2028

### Artikel 2 Tarieven en termijnen
Voor 2028 gelden de volgende tarieven en declaratietermijnen.

| Dienst | Eenheid | Tarief 2028 | Termijn |
|---|---|---|---|
| Vijverbeurt | beurt | € 210,00 | 20 werkdagen |
| Spoedreiniging | etmaal | € 480,00 | 10 werkdagen |
`;
    const doc = await parseDocument('tarieven.md', Buffer.from(TARIEVEN));
    const r = new KnowledgeIndex([], doc.passages).ask('Wat is het tarief voor een spoedreiniging in 2028 en hoe snel moet dat gedeclareerd zijn?');
    expect(r.kind === 'answer' && r.answer).toContain('10 werkdagen');
  });

  it('still reads a noun after an article as the party whose term is asked ("moet de gemeenteraad worden geïnformeerd")', () => {
    const terms = (w: string) => (w === 'gemeenteraad' ? ['gemeenteraad', '~raad'] : [w]);
    const figure = (s: string) => /\d/.test(s);
    expect(answersForOtherParty('Binnen hoeveel weken moet de gemeenteraad worden geïnformeerd?', 'Het bestuur beslist binnen 6 weken.', terms, figure)).toBe(true);
  });

  it('does not take another compound of the party\'s head for the party ("contractmanager" is no "regiomanager")', () => {
    const groups: Record<string, string[]> = {
      contractmanager: ['contractmanager', 'contract', 'manager', '~regiomanager'],
      manager: ['manager', '~regiomanager'],
      regiomanager: ['regiomanager', '~regiomanager', 'regio', 'manager'],
      jeugdhulpaanbieder: ['jeugdhulpaanbieder', '~aanbieder', 'jeugdhulp', 'aanbieder'],
      aanbieder: ['aanbieder', '~aanbieder'],
    };
    const terms = (w: string) => groups[w] ?? [w];
    const figure = (s: string) => /\d/.test(s);
    const answer = 'De regiomanager mag per incident zelfstandig tot 40.000 euro besteden.';
    expect(answersForOtherParty('Hoeveel mag een contractmanager zelfstandig besteden?', answer, terms, figure)).toBe(true);
    expect(answersForOtherParty('Hoeveel mag een regiomanager zelfstandig besteden?', answer, terms, figure)).toBe(false);
    expect(answersForOtherParty('Hoeveel tijd mag een jeugdhulpaanbieder nemen?', 'De aanbieder antwoordt binnen 6 weken.', terms, figure)).toBe(false);
  });

  it('reads the infinitive that ends the clause after a pronoun as the verb ("moet dat plaatsvinden?"), not as a party', () => {
    const terms = (w: string) => (w === 'plaatsvinden' ? ['plaatsvind', '~locatie'] : w === 'college' ? ['colleg', '~bestuur'] : [w]);
    const figure = (s: string) => /\d/.test(s);
    const answer = 'De voorzitter beslist of er een extra vergadering komt. Die wordt binnen 3 werkdagen gehouden.';
    expect(answersForOtherParty('Wie beslist over een extra vergadering en binnen hoeveel tijd moet dat plaatsvinden?', answer, terms, figure)).toBe(false);
    expect(answersForOtherParty('Binnen hoeveel tijd moet het college de ouders informeren?', answer, terms, figure)).toBe(true);
  });
});

describe('how often, in years', () => {
  const REGELING = `# Regeling onderhoud vijvers

### Artikel 3 Onderzoek
1. De tarieven voor het onderhoud zijn gebaseerd op een kostprijsonderzoek dat de gemeente ten minste eens in de drie jaar laat uitvoeren door een extern bureau.
2. Het volgende kostprijsonderzoek wordt uiterlijk 30 juni 2028 afgerond.

### Artikel 4 Betaling
De gemeente betaalt de beheerder binnen 30 dagen.
`;

  it('answers "om de hoeveel jaar" from "eens in de drie jaar", though the sentence names the thing in its own words', async () => {
    const doc = await parseDocument('onderhoud.md', Buffer.from(REGELING));
    const r = new KnowledgeIndex([], doc.passages).ask('Om de hoeveel jaar worden de kostprijzen van het onderhoud opnieuw berekend?');
    expect(r.kind === 'answer' && r.answer).toContain('eens in de drie jaar');
  });
});
