import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented guide (not an evaluation document) that states ages in years, never the word "leeftijd".
const GUIDE = `# Handreiking logeeropvang Testland

## 1. Voor wie
Logeeropvang is er voor kinderen vanaf 4 jaar die thuis wonen. Verlengde logeeropvang tot 21 jaar is mogelijk als de ondersteuning nodig blijft.

## 2. Wie betaalt
Logeeropvang is een voorziening van de gemeente waar het kind woont; die gemeente betaalt de logeernachten en de reiskosten.

Gaat de logeeropvang door na de achttiende verjaardag, dan blijft de gemeente betalen die dat op die verjaardag was. Dat geldt tot de jongere 23 wordt.

Voorbeeld: een jongere uit Oostdorp wordt achttien en verhuist daarna naar Westdorp. Oostdorp blijft betalen, want dat was de gemeente op de verjaardag.

## 3. Aanmelden
De ouders melden hun kind aan bij het wijkteam, uiterlijk een week voor de eerste logeernacht.
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : `(${r.kind})`);

describe('an age asked for', () => {
  let kb: KnowledgeIndex;
  beforeAll(async () => {
    kb = new KnowledgeIndex([], (await parseDocument('logeren.md', Buffer.from(GUIDE))).passages);
  });

  it.each([
    ['Tot welke leeftijd kan logeeropvang verlengd worden?', 'tot 21 jaar'],
    ['Vanaf welke leeftijd mag een kind logeren?', 'vanaf 4 jaar'],
    // The age in the sentence right after the one that answers the rest ("Dat geldt tot ... wordt").
    ['Een jongere uit Oostdorp wordt 18 en blijft in de logeeropvang. Tot welke leeftijd blijft de gemeente van dat moment betalen?', '23 wordt'],
  ])('%s is answered by the sentence that states it in years', (question, expected) => {
    expect(answer(kb.ask(question))).toContain(expected);
  });
});
