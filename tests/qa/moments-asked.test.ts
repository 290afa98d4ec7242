import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { withoutIdioms } from '../../src/features/qa/question-frames';

// Invented minutes (not an evaluation document): one item names a deadline with "uiterlijk", another with "tot en met";
// a body's members from a date ("met ingang van") and a meeting place "vanaf" a year.
const MINUTES = `# Besluitenlijst Stuurgroep Testland 2031

## Vergadering van 4 maart 2031

### Agendapunt 2: Programma 2032

De secretaris licht het programma 2032 toe. Het programma 2032 wordt vrijgegeven; gemeenten kunnen er voorstellen bij doen. De secretaris verstuurt het programma uiterlijk 20 maart 2031 naar de elf gemeenten.

### Agendapunt 5: Vergaderschema 2032

De stuurgroep komt in 2032 vier keer bijeen. De ronde voor het programma 2032 is geopend; gemeenten kunnen hun voorstellen aanleveren tot en met **14 juni 2031**. De stuurgroep bespreekt de voorstellen in september.

### Agendapunt 6: Samenstelling werkgroep

Omdat de wethouder van Aadorp vertrekt, komt er een plaats vrij. **Besluit:** de werkgroep bestaat met ingang van **1 oktober 2031** uit de wethouders van Beekveld en Cransdam.

### Agendapunt 7: Rondvraag

De werkgroep vergadert vanaf 2032 in het dorpshuis.
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? `${r.answer} | ${r.source.section}` : `(${r.kind})`);

describe('a deadline asked ("tot wanneer ...?")', () => {
  it('is given by the sentence with "tot en met <date>", not by another item\'s "uiterlijk"', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('besluitenlijst.md', Buffer.from(MINUTES))).passages);
    expect(answer(kb.ask('Tot wanneer kunnen wij als gemeente nog voorstellen inleveren voor het programma 2032?'))).toMatch(/tot en met \*\*14 juni 2031\*\*.*Agendapunt 5/s);
  });
});

describe('a moment from which something holds', () => {
  it('"vanaf" is said by "met ingang van"', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('besluitenlijst.md', Buffer.from(MINUTES))).passages);
    expect(answer(kb.ask('Wie zitten er vanaf oktober 2031 in de werkgroep?'))).toContain('Beekveld en Cransdam');
  });
});

describe('a month written short after its day', () => {
  it('is that month ("op 1 sept", "per 3 jan."), its dot still ending the sentence', async () => {
    expect(withoutIdioms('Hoeveel waren het er op 1 sept? En per 3 jan. Wie?')).toBe('Hoeveel waren het er op 1 september? En per 3 januari. Wie?');
    const kb = new KnowledgeIndex([], (await parseDocument('besluitenlijst.md', Buffer.from(MINUTES))).passages);
    expect(answer(kb.ask('Wie zitten er vanaf 1 okt in de werkgroep?'))).toContain('Beekveld en Cransdam');
  });
});
