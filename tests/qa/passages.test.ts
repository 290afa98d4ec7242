import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectTitle, toPassages } from '../../src/features/qa/passages';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/qa/docs', name), 'utf8');

describe('splitting documents into passages', () => {
  it('takes the title from a markdown heading and sections from subheadings', () => {
    const doc = toPassages(fixture('vergaderafspraken.md'), 'vergaderafspraken.md');
    expect(doc.title).toBe('Vergaderafspraken Jeugdregio Testland');
    expect(doc.passages.map((p) => p.section)).toEqual(['Het Regieoverleg', 'Stukken en termijnen', 'Noodprocedure']);
    expect(doc.passages[0].text).toContain('zes keer per jaar');
  });

  it('joins lines of one sentence and keeps numbered sections', () => {
    const doc = toPassages(fixture('budgetnotitie.txt'), 'budgetnotitie.txt');
    expect(doc.title).toBe('Budgetnotitie Testland 2031');
    const bedragen = doc.passages.find((p) => p.section === '2. Bedragen');
    expect(bedragen?.text).toContain('€ 12.345 opgenomen. Dit bedrag mag');
  });

  it('keeps numbered items without a full stop as a list, not as headings without text', () => {
    const note = '# Nota speelruimte Testland\n\n## Bijlagen\n\n1. Verslag bewonersavond maart 2031\n2. Kaart van de speelplekken\n3. Begroting onderhoud\n\n## Slot\n\nDe nota is vastgesteld.\n\n## Lijst\n\n1. Eerste punt zonder punt\n2. Tweede punt zonder punt\n';
    const doc = toPassages(note, 'nota.md');
    expect(doc.passages.map((p) => p.section)).toEqual(['Bijlagen', 'Slot', 'Lijst']);
    expect(doc.passages[0].text).toBe('1. Verslag bewonersavond maart 2031\n2. Kaart van de speelplekken\n3. Begroting onderhoud');
    expect(doc.passages[2].text).toContain('2. Tweede punt zonder punt');
    // A numbered chapter heading right after a list is still a heading when its text follows.
    const plan = toPassages('Plan Testland\n\nWe doen twee dingen.\n1. We bouwen een huis\n2. We verven het huis\n3. Financiën\nHet kost 10.000 euro.\n', 'plan.txt');
    expect(plan.passages.map((p) => p.section)).toContain('3. Financiën');
  });

  it('uses the subject line of a memo as its title', () => {
    expect(detectTitle(['Informatienota', 'Aan : raad', 'Betreft : Samenwerking in de regio.'], 'x.txt')).toBe('Samenwerking in de regio');
  });

  it('names a document after its "Kadernota 2031" mentions when it starts with a numbered heading', () => {
    expect(detectTitle(['1. Inleiding', 'In deze kadernota 2031 staat wat we doen.', 'De kadernota 2031 is kort.'], 'x.txt')).toBe('Kadernota 2031');
  });

  it('falls back to the file name', () => {
    expect(detectTitle(['1. Inleiding', 'Tekst zonder titel.'], 'verslag_overleg-maart.txt')).toBe('verslag overleg maart');
  });

  it('keeps a contact line as text of its section, and reads the line after it as a heading', () => {
    const text = ['Nieuws Testregio', '', 'Planning', '', 'We doen het samen in de regio.', '', 'Projectleider: Jan Jansen, 06-12345678 j.jansen@testregio.nl',
      'Projectondersteuner Els de Vries, 06-87654321, info@testregio.nl', '', 'Raadsbijeenkomst 20 mei', '', 'Op 20 mei was er een bijeenkomst voor raadsleden.'].join('\n');
    const doc = toPassages(text, 'nieuws.txt');
    expect(doc.passages.map((p) => p.section)).toEqual(['Planning', 'Raadsbijeenkomst 20 mei']);
    expect(doc.passages[0].text).toContain('Projectleider: Jan Jansen');
  });

  it('splits long text into passages of bounded size', () => {
    const long = `Titel\n\n${Array.from({ length: 60 }, (_, i) => `Dit is zin nummer ${i} over de regionale samenwerking.`).join(' ')}`;
    const doc = toPassages(long, 'lang.txt');
    expect(doc.passages.length).toBeGreaterThan(2);
    for (const p of doc.passages) expect(p.text.length).toBeLessThan(1200);
  });
});
