import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answerReply } from '../../src/features/qa/qa.routes';
import { lacksWhatIsAsked } from '../../src/features/qa/declines';

/** An invented regulation that defines a role without naming anyone, and plans meetings without dates. */
const REGLEMENT = `# Reglement Speeltuinraad Voorbeelddorp 2027

### Artikel 1 Begrippen
In dit reglement wordt verstaan onder:
a. speeltuinraad: de raad van bewoners die de gemeente adviseert over de speeltuinen;
b. coördinator: de medewerker van de gemeente die de aanvraagronde begeleidt.

### Artikel 2 Aanvraagronde
1. De coördinator opent de aanvraagronde jaarlijks in de eerste week van april.
2. De wethouder van Voorbeelddorp is secretaris van de speeltuinraad.

### Artikel 3 Vergaderingen
1. De speeltuinraad vergadert vier keer per jaar op dinsdagavond.
2. De secretaris stelt het vergaderschema vóór 1 december vast.
3. De datum van een extra vergadering maakt de secretaris twee weken vooraf bekend.
`;

describe('who holds a role the text only defines, and a date no document gives', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument('speeltuinraad.md', Buffer.from(REGLEMENT))).passages);
  });
  const reply = (q: string) => answerReply(q, index.ask(q)).text ?? '';

  it('says the documents name nobody when "wie is de coördinator" is answered by the role\'s definition, and still gives it', () => {
    const text = reply('Wie is de coördinator van de aanvraagronde?');
    expect(text).toMatch(/staat niet in de documenten[^]*noemen niemand bij naam/);
    expect(text).toContain('de medewerker van de gemeente die de aanvraagronde begeleidt');
  });

  it('adds nothing when the text names who holds the role, or the question asks what the role does', () => {
    const secretaris = reply('Wie is de secretaris van de speeltuinraad?');
    expect(secretaris).toContain('wethouder');
    expect(secretaris).not.toContain('niemand bij naam');
    expect(reply('Wie opent de aanvraagronde?')).not.toContain('niemand bij naam');
  });

  it('declines "op welke datum ... in juni" when the text gives no date in June, and answers the date it does give', () => {
    expect(index.ask('Op welke datum vergadert de speeltuinraad in juni?')).toMatchObject({ kind: 'none' });
    expect(reply('Voor welke datum wordt het vergaderschema vastgesteld?')).toContain('1 december');
    expect(reply('Op welke dag vergadert de speeltuinraad?')).toContain('dinsdagavond');
  });

  it('reads "hoeveel fte" as a count of fte, not as a past participle', () => {
    expect(lacksWhatIsAsked('Hoeveel fte had het team in 2024?', 'In 2024 wordt de omvang van de formatie onderzocht.')).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel fte had het team in 2024?', 'In 2024 telde het team 13,4 fte.')).toBe(false);
  });
});
