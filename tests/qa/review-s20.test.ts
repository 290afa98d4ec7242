import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);
const indexOf = async (doc: string) => new KnowledgeIndex([], (await parseDocument('doc.md', Buffer.from(doc))).passages);

describe('the asker\'s gemeente and decisions: no answer about something else', () => {
  it('a rule asked for one gemeente is not answered by another gemeente\'s case', async () => {
    const index = await indexOf('# Regeling bijdragen Testland 2033\n\n## Bijdragen\n\nKampen betaalt een bijdrage van € 20.000 voor het sportloket.\n');
    expect(text(index.ask('Moet Raalte een bijdrage betalen voor het sportloket?'))).not.toMatch(/Kampen/);
  });

  it('an item without a decision does not get the next item\'s decision', async () => {
    const doc = '# Verslag PFO Testland 12 maart 2033\n\n## 3. Pilot zwemles\n\nDe wethouder van Kampen licht de pilot zwemles toe. Over de pilot is nog geen besluit genomen. Het PFO wil eerst de evaluatie zien. De regiomanager vraagt een toelichting op de kosten. **Besluit:** het PFO stelt € 40.000 beschikbaar voor de bibliotheek.\n';
    expect(text((await indexOf(doc)).ask('Wat is er besloten over de pilot zwemles?'))).not.toMatch(/40\.000/);
  });
});
