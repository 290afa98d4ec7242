import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { Fact } from '../../src/features/qa/qa.domain';

// An invented budget note and a curated fact that sums up one of its sections in its own words.
const NOTA = `# Begrotingsnota Jeugdkring Oost 2026

## 4.2 Personeel
Voor het inhuren van een wervingsbureau is € 12.000 begroot, omdat vacatures moeilijk te vervullen zijn. Daarbij is gerekend met een verloop van 2 medewerkers per jaar.
De kantine blijft op werkdagen open tot 16.00 uur.

## 5.1 Adviesgroep
De adviesgroep bestaat uit ouders en jongeren en wordt voorgezeten door een wethouder. De adviesgroep is geen uitvoerend orgaan en neemt geen besluiten; haar adviezen gaan naar het bestuur.
`;
const FACT: Fact = {
  id: 'wervingsbudget',
  questions: ['Hoeveel budget is er voor werving?', 'Wat is begroot voor het wervingsbureau?'],
  keywords: ['werving', 'wervingsbureau', 'vacatures'],
  answer: 'Voor werving via een bureau is € 12.000 begroot, omdat vacatures lastig in te vullen zijn; er wordt uitgegaan van het vertrek van twee medewerkers.',
  source: { title: 'Begrotingsnota Jeugdkring Oost 2026', section: '4.2 Personeel' },
};

const GROUP_FACT: Fact = {
  id: 'adviesgroep',
  questions: ['Wat doet de adviesgroep?', 'Wie leidt de adviesgroep?'],
  keywords: ['adviesgroep', 'besluiten'],
  answer: 'In de adviesgroep zitten ouders en jongeren onder leiding van een wethouder. Zij voert zelf niets uit en adviseert het bestuur.',
  source: { title: 'Begrotingsnota Jeugdkring Oost 2026', section: '5.1 Adviesgroep' },
};

describe('a curated fact and the figures of its source', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([FACT, GROUP_FACT], (await parseDocument('nota.md', Buffer.from(NOTA))).passages);
  });
  const answer = (q: string) => {
    const found = index.ask(q);
    return found.kind === 'answer' ? found.answer : '';
  };

  it('quotes the source sentence with the figure the fact puts in words, when the question asks after it', () => {
    const text = answer('Met hoeveel vertrekkende medewerkers per jaar wordt bij de werving rekening gehouden?');
    expect(text).toContain('vertrek van twee medewerkers');
    expect(text).toContain('verloop van 2 medewerkers');
  });

  it('quotes the source sentence that says three of the question\'s own words, in the source\'s words', () => {
    const text = answer('Wie leidt de adviesgroep, en neemt die zelf besluiten of voert ze dingen uit?');
    expect(text).toContain('Zij voert zelf niets uit');
    expect(text).toContain('De adviesgroep is geen uitvoerend orgaan en neemt geen besluiten');
  });

  it('adds nothing when the fact holds every figure of the sentences the question is about', () => {
    expect(answer('Hoeveel budget is er voor werving?')).toBe(FACT.answer);
  });
});
