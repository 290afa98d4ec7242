import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

// An invented research report: its limitations are an enumeration in prose under a heading that names them.
const REPORT = `# Onderzoek naar de tevredenheid over de buurtbus Testland 2031

## 2. Opzet

We hebben alle reizigers van de buurtbus in het voorjaar een vragenlijst gestuurd. In totaal vulden 412 reizigers de lijst in.

## 3. Kanttekeningen

Wij zien enkele punten om rekening mee te houden. Ten eerste reden in maart door wegwerkzaamheden minder bussen, waardoor vooral de ochtendritten ontbraken. Ten tweede vulden vooral oudere reizigers de lijst in. Jongeren zijn daardoor ondervertegenwoordigd. Ten derde vroegen wij niet naar de ritten in het weekend. Ten slotte kunnen wij de cijfers niet per dorp geven, omdat drie dorpen minder dan twintig reizigers hebben.

## 4. Uitkomsten

De reizigers geven de buurtbus gemiddeld een 7,9.
`;

describe('an enumeration in prose ("Ten eerste ... Ten tweede ... Ten slotte ...")', () => {
  it('comes whole, like a list, when the things its heading names are asked as a whole', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('buurtbus.md', Buffer.from(REPORT))).passages);
    const r = kb.ask("Wat zijn de kanttekeningen bij het onderzoek naar de buurtbus volgens de onderzoekers?");
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/Ten eerste reden.*Ten tweede.*Ten derde.*Ten slotte kunnen wij/s);
  });

  it('gives one item alone when one thing is asked', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('buurtbus.md', Buffer.from(REPORT))).passages);
    const r = kb.ask('Waarom zijn er in de buurtbus-enquête geen cijfers per dorp?');
    expect(r.kind === 'answer' ? r.answer : r.kind).not.toMatch(/Ten eerste/);
  });
});
