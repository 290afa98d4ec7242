import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

/** An invented regulation: the setup of the question below names the words of article 1, its asking sentence those of article 2. */
const REGELING = `# Regeling signalen speeltuinen Voorbeelddorp 2027

### Artikel 1 Signalen
1. Een bewoner kan een signaal over een speeltuin doorgeven aan de speeltuinraad.
2. De secretaris legt elk signaal over een speeltuin vast en legt het signaal voor aan de beheerder van die speeltuin.

### Artikel 2 Reactie van de beheerder
1. De beheerder reageert binnen tien werkdagen schriftelijk.
2. De speeltuinraad bespreekt de reactie in zijn volgende vergadering.
`;

describe('a question with a setup first and the question last', () => {
  it('is answered from the passage its asking sentence points at, not the one the setup describes', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('signalen.md', Buffer.from(REGELING))).passages);
    const result = index.ask('Een beheerder van een speeltuin krijgt van ons een signaal voorgelegd. Hoeveel tijd heeft hij om te reageren?');
    expect(result.kind === 'answer' && result.answer).toMatch(/binnen tien werkdagen/);
  });
});
