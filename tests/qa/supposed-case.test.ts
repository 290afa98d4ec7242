import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { withoutIdioms } from '../../src/features/qa/question-frames';

// An invented reglement: a quorum article, and others that share the question's frame words ("stelt", "daarna").
const REGLEMENT = `# Reglement dorpsraad Testland 2031

### Artikel 4. Agenda

1. Bij de opening van de vergadering stelt de dorpsraad de agenda vast. Een lid kan dan voorstellen een punt toe te voegen.

### Artikel 5. Besluiten

1. De dorpsraad besluit bij gewone meerderheid. Daarna stuurt de secretaris de besluiten aan de leden.

### Artikel 6. Quorum

1. De dorpsraad kan alleen een besluit nemen als ten minste vier van de zeven leden aanwezig zijn.
2. Is het quorum niet gehaald, dan gaat de vergadering door als bespreking zonder besluiten. De voorzitter roept binnen tien dagen een nieuwe vergadering bijeen.
`;

describe('a supposed case of too few at a meeting', () => {
  it('reads "stel", "maar 3 leden aan tafel" and "daarna" as the case, not as words to find', () => {
    expect(withoutIdioms('stel er zitten maar 3 leden aan tafel bij de vergadering, wat gebeurt er daarna')).toBe('er zitten te weinig leden bij de vergadering, wat gebeurt er');
  });

  it('is answered by the quorum article', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('dorpsraad.md', Buffer.from(REGLEMENT))).passages);
    const r = kb.ask('stel er zitten maar 3 leden aan tafel bij de vergadering, kunnen we dan nog besluiten nemen en wat gebeurt er daarna');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/quorum niet gehaald/);
  });
});
