import { answersFromDocument } from '../helpers/knowledge-from-markdown';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { toPassages } from '../../src/features/qa/passages';
import { answerReply } from '../../src/features/qa/qa.routes';
import { namesNoHolder } from '../../src/features/qa/current-holder';

/**
 * A document's head set as a two-column table without a header row of its own, invented: a proposal whose first field
 * stands in the header's place, minutes whose head has an empty header row. Each row is a field (label: value).
 */
const PROPOSAL = `# Voorstel Regionale Logeervoorziening Jeugd 2031

| Aan | Dagelijks Bestuur Jeugdregio Vechtdal |
|---|---|
| Van | Programmamanager Jeugd, namens het Ambtelijk Overleg |
| Datum | 3 februari 2030 |
| Portefeuillehouder | Wethouder K. (Karel) Brinkman, gemeente Ommen |
| Kenmerk | VD/DB/2030-012 |

## Beslispunten

1. In te stemmen met een regionale logeervoorziening per 1 januari 2031.

## Planning

| Fase | Periode |
|---|---|
| Voorbereiding | maart - juni 2030 |
| Aanbesteding | juli - december 2030 |

De logeervoorziening biedt plaats aan twaalf jeugdigen tegelijk.
`;

const MINUTES = `# Verslag Ambtelijk Overleg Jeugd Vechtdal, 9 maart 2030

| | |
|---|---|
| **Datum** | 9 maart 2030 |
| **Locatie** | Gemeentehuis Dalfsen, zaal De Vecht |
| **Voorzitter** | Marloes Hendriks (Ommen) |
| **Verslag** | Sanne Bakker, secretariaat |

## 1. Opening

De voorzitter opende de vergadering om 10.00 uur.
`;

describe('a head table without a header row of its own is read as the fields of a head', () => {
  it('each row becomes a "**Label:** value" field; a table with column headers stays a table', () => {
    const passages = toPassages(PROPOSAL, 'voorstel.md').passages;
    expect(passages[0].text).toContain('**Portefeuillehouder:** Wethouder K. (Karel) Brinkman, gemeente Ommen');
    expect(passages.some((p) => p.text === '| Fase | Periode |\n| Aanbesteding | juli - december 2030 |')).toBe(true);
    expect(toPassages(MINUTES, 'verslag.md').passages[0].text).toContain('**Voorzitter:** Marloes Hendriks (Ommen)');
  });

  describe('a proposal', () => {
    const answer = answersFromDocument(PROPOSAL, 'voorstel.md');
    it('its fields are answered, two asked as two asks', () => {
      expect(answer('wie is de portefeuillehouder van het voorstel over de logeervoorziening?')).toBe('Portefeuillehouder: Wethouder K. (Karel) Brinkman, gemeente Ommen');
      expect(answer('welk kenmerk heeft dat stuk over de regionale logeervoorziening')).toBe('Kenmerk: VD/DB/2030-012');
      expect(answer('van wanneer is het voorstel logeervoorziening en wie heeft het opgesteld')).toBe('Datum: 3 februari 2030\nVan: Programmamanager Jeugd, namens het Ambtelijk Overleg');
    });
    it('a field asked beside something the proposal does not answer comes as the half it is, saying which ask found none', async () => {
      const index = new KnowledgeIndex([], (await parseDocument('voorstel.md', Buffer.from(PROPOSAL))).passages);
      const question = 'wat is de datum van het voorstel en hoeveel plaatsen krijgt de logeervoorziening?';
      const reply = answerReply(question, index.ask(question)).text ?? '';
      expect(reply).toContain('Datum: 3 februari 2030');
      expect(reply).toContain('Op het deel "hoeveel plaatsen krijgt de logeervoorziening" van je vraag heb ik geen antwoord gevonden');
    });
  });

  describe('minutes', () => {
    const answer = answersFromDocument(MINUTES, 'verslag.md');
    it('who chaired the meeting and who took the minutes', () => {
      expect(answer('wie zat het ao van maart voor?')).toBe('Voorzitter: Marloes Hendriks (Ommen)');
      expect(answer('wie heeft het verslag gemaakt')).toBe('Verslag: Sanne Bakker, secretariaat');
    });
  });

  it('a head field that names a person, or a role misspelled by a letter, is no "names nobody"', () => {
    expect(namesNoHolder('wie is de portefeuillehouder?', 'Portefeuillehouder: Wethouder K. (Karel) Brinkman, gemeente Ommen')).toBe(false);
    expect(namesNoHolder('wie is de portefeuilehouder?', 'Portefeuillehouder: Wethouder K. (Karel) Brinkman, gemeente Ommen')).toBe(false);
    expect(namesNoHolder('wie is de coördinator?', 'coördinator: de projectmanager die de inbrengronde begeleidt')).toBe(true);
    const reply = answerReply('wie is de portefeuilehouder van het voorstel?', { kind: 'answer', answer: 'Portefeuillehouder: Wethouder K. Brinkman', source: { title: 'Voorstel', section: '' }, passageRef: { kind: 'passage', title: 'Voorstel', position: 0 }, confidence: 1 });
    expect(reply.text).toMatch(/^Portefeuillehouder: Wethouder K\. Brinkman/);
  });
});

describe('a head field is only answered from the document the question names', () => {
  const minutes = answersFromDocument(MINUTES, 'verslag.md');
  const proposal = answersFromDocument(PROPOSAL, 'voorstel.md');
  it('not the chair of these minutes for another body, nor a standing chair', () => {
    expect(minutes('wie zat het PFO van maart voor?')).not.toMatch(/^Voorzitter:/);
    expect(minutes('wie is de voorzitter van het ao?')).not.toMatch(/^Voorzitter:/);
  });

  it('not the holder of this proposal for a proposal about something else', () => {
    expect(proposal('wie is de portefeuillehouder van het voorstel over jeugdbescherming?')).not.toMatch(/^Portefeuillehouder:/);
  });
});
