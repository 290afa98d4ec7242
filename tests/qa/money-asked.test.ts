import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { splitSentences } from '../../src/features/qa/passages';
import { asksAmount } from '../../src/features/qa/declines';
import { namesMoney } from '../../src/features/qa/count-questions';

// Invented minutes and a regulation (not evaluation documents): sums of money named by their kind, a legal form's dots.
const MINUTES = `# Besluitenlijst Stuurgroep Testland 2031

## Agendapunt 4: Aanbieder De Vuurtoren

De aanbieder De Vuurtoren Zorg B.V. (verblijf) heeft in januari gemeld dat zij in geldnood zit.

**Besluit:** een overbruggingsvoorschot van maximaal € 120.000 wordt verstrekt, terug te betalen voor 1 juli 2031.

## Agendapunt 5: Inkoop dagbesteding 2033

De inkoper licht de uitgangspunten toe voor de nieuwe inkoop van het perceel dagbesteding en logeeropvang. De contracten lopen van 1 januari 2033 tot en met 31 december 2036. De geraamde waarde is circa € 9 miljoen per jaar.
`;

const REGELING = `# Regeling bijdragen Testland 2031

## Artikel 3 Betaling

1. Iedere gemeente betaalt haar bijdrage in vier delen, per kwartaal vooraf.
2. Dreigt een tekort in de kas, dan kan het bureau met een termijn van tien werkdagen een extra voorschot vragen van ten hoogste 8% van de jaarbijdrage.
`;

const answer = async (doc: string, q: string) => {
  const r = new KnowledgeIndex([], (await parseDocument('doc.md', Buffer.from(doc))).passages).ask(q);
  return r.kind === 'answer' ? r.answer : `(${r.kind})`;
};

describe('"hoeveel" before a sum of money', () => {
  it('asks an amount: "hoeveel overbruggingsvoorschot kreeg ..." is answered by the sum granted, not declined as a count', async () => {
    expect(await answer(MINUTES, 'Hoeveel overbruggingsvoorschot kreeg De Vuurtoren?')).toContain('€ 120.000');
  });

  it('"wat is de geraamde jaarwaarde" is answered by the sentence with the amount, beside the other ask', async () => {
    expect(await answer(MINUTES, 'Wat is de geraamde jaarwaarde van de nieuwe inkoop dagbesteding en logeeropvang, en tot wanneer lopen die contracten?')).toMatch(/31 december 2036.*€ 9 miljoen/s);
  });

  it('is answered by a share of another amount ("8% van de jaarbijdrage")', async () => {
    expect(await answer(REGELING, 'Hoeveel extra voorschot mag het bureau vragen als er een tekort dreigt?')).toContain('8% van de jaarbijdrage');
  });
});

describe('what is money', () => {
  it('a sum of money is named by money compounds only: not a streefwaarde, a dienstverlening or a prijs-kwaliteitverhouding', () => {
    expect(['jaarwaarde', 'contractwaarde', 'geldlening', 'liquiditeitsvoorschot'].every(namesMoney)).toBe(true);
    expect(['streefwaarde', 'dienstverlening', 'meerwaarde'].some(namesMoney)).toBe(false);
    expect(asksAmount('Wat is de prijs-kwaliteitverhouding bij de gunning?')).toBe(false);
    expect(asksAmount('Wat is het uurtarief?')).toBe(true);
  });
});

describe('sentences', () => {
  it('do not end at the dot of an initial or a legal form ("J.", "B.V.")', () => {
    expect(splitSentences('- de heer J. (Joris) Lankhorst, wethouder in Kampen. Hij is trekker.')).toHaveLength(2);
    expect(splitSentences('De aanbieder De Vuurtoren Zorg B.V. (verblijf) heeft gemeld dat zij in geldnood zit. Het bureau belt.')).toEqual([
      'De aanbieder De Vuurtoren Zorg B.V. (verblijf) heeft gemeld dat zij in geldnood zit.',
      'Het bureau belt.',
    ]);
  });

  it('do not end at a title before a name ("drs.", "mr.")', () => {
    expect(splitSentences('De voorzitter is drs. Anne Vos. Zij opent de vergadering.')).toEqual(['De voorzitter is drs. Anne Vos.', 'Zij opent de vergadering.']);
  });

  it('part a run of bold fields on one line, as the head of a report has them, and start a sentence at a bold label', () => {
    expect(splitSentences('**Opdrachtgever:** de gemeente Kampen **Uitvoering:** Bureau Stroom, Zwolle **Auteurs:** mr. Piet Smit (projectleider)')).toEqual([
      '**Opdrachtgever:** de gemeente Kampen',
      '**Uitvoering:** Bureau Stroom, Zwolle',
      '**Auteurs:** mr. Piet Smit (projectleider)',
    ]);
    // A decision glued to the paragraph before it is a sentence of its own (session 32); a bold title ("**Aanbieders.**") is not.
    expect(splitSentences('Het plan gaat door. **Besluit:** het overleg stemt in.')).toEqual(['Het plan gaat door.', '**Besluit:** het overleg stemt in.']);
  });
});
