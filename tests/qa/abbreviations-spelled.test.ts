import { withAbbreviationsSpelled } from '../../src/features/qa/abbreviations-spelled';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { parseDocument } from '../../src/features/qa/ingest.service';
import type { Fact } from '../../src/features/qa/qa.domain';

describe('abbreviations spelled out on first use in an answer from a document', () => {
  it('spells out the first use of a short name the answer does not name in full', () => {
    const spelled = withAbbreviationsSpelled('De voortgang wordt geagendeerd in het AO. Na het AO volgt het Pfo.');
    expect(spelled).toBe('De voortgang wordt geagendeerd in het AO (ambtelijk overleg). Na het AO volgt het Pfo (portefeuillehoudersoverleg).');
  });

  it('leaves an answer that names the body in full, and uses that are no abbreviation of a body', () => {
    for (const text of [
      'Het Ambtelijk overleg (AO) bereidt het PFO voor; het AO komt maandelijks bijeen. Het portefeuillehouders overleg besluit.',
      'De AO/IC van de organisatie is op orde.',
      'Het RSJ-BO en de BO-uitvoeringsorganisatie werken samen.',
      'En daarna besluit het bestuur.',
      'Wij bo(e)ken de zaal.',
    ]) expect(withAbbreviationsSpelled(text)).toBe(text);
  });

  it('in a document passage and a curated fact; an expert answer saved as a fact is shown as written', async () => {
    const doc = await parseDocument('werkwijze.md', Buffer.from('# Werkwijze Jeugdkring Noord\n\n## Voortgang\nDe voortgang van de projecten wordt besproken in het AO van de Jeugdkring Noord.\n'));
    const expert: Fact = { id: 'catering', questions: ['Wie regelt de catering bij het BO?'], keywords: ['catering'], answer: 'De catering bij het BO regelt de gemeente waar vergaderd wordt.', source: { title: 'Antwoord van een RSJ-expert', section: 'vraag 1' } };
    const curated: Fact = { id: 'voorbereiding', questions: ['Wie bereidt het PFO voor?'], keywords: ['voorbereiding'], answer: 'Het MO bereidt het BO voor, het AO het PFO.', source: { title: 'Organisatie', section: 'Overleggen' } };
    const index = new KnowledgeIndex([expert, curated], doc.passages);
    expect(index.ask('Waar wordt de voortgang van de projecten van de Jeugdkring Noord besproken?')).toMatchObject({ answer: expect.stringContaining('het AO (ambtelijk overleg)') });
    expect(index.ask('Wie regelt de catering bij het BO?')).toMatchObject({ answer: expert.answer });
    expect(index.ask('Wie bereidt het PFO voor?')).toMatchObject({ answer: expect.stringContaining('Het MO (managersoverleg) bereidt') });
  });
});
