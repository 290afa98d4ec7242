import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { withoutIdioms } from '../../src/features/qa/question-frames';
import { lacksUnitAsked } from '../../src/features/qa/asked-unit';

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

  it('"spreken we van tevoren af" keeps its verb; "spreek je van" a case is a frame', () => {
    expect(withoutIdioms('Wat spreken we van tevoren af?')).toContain('spreken');
    expect(withoutIdioms('Vanaf hoeveel meldingen spreek je van een escalatie?')).not.toContain('spreek');
  });

  it('the next meeting is told from its label, not with the sentence before it', async () => {
    const doc = '# Verslag PFO Jeugd Testland 12 maart 2033\n\n## 9. Rondvraag en sluiting\n\nDe voorzitter bedankt de aanwezigen voor hun inbreng. **Volgende vergadering:** donderdag 23 mei 2033 in Raalte.\n';
    const answer = text((await indexOf(doc)).ask('Wanneer is het volgende PFO?'));
    expect(answer).toMatch(/23 mei/);
    expect(answer).not.toMatch(/bedankt/);
  });

  it('a unit asked "in maanden voor X" must be in the answer; "in Europa" asks no euros', () => {
    expect(lacksUnitAsked('wat is de uiterste termijn in maanden voor bemiddeling?', 'Fase 1: 10 werkdagen.')).toBe(true);
    expect(lacksUnitAsked('Hoeveel jongeren in Europa krijgen jeugdhulp?', '120 jongeren.')).toBe(false);
  });
});
