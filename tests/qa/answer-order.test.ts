import { extractAnswer } from '../../src/features/qa/answer-extraction';
import { toPassages } from '../../src/features/qa/passages';
import type { Passage } from '../../src/features/qa/qa.domain';

// An invented club regulation (not an evaluation document).
const passage = (text: string): Passage => ({
  title: 'Reglement Testclub', section: 'Artikel 5 Bestuur', chapter: '', position: 0, text, sourceFile: 'a.md', ingestedAt: '2026-01-01T00:00:00.000Z',
});
const wordsIn = (...words: string[]) => (sentence: string) => words.map((w) => (sentence.toLowerCase().includes(w) ? 1 : 0));
const ARTICLE = passage(
  [
    '1. Het bestuur bestaat uit vijf leden.',
    '2. De leden van het bestuur worden gekozen door de ledenvergadering.',
    '3. Het bestuur vergadert ten minste vier keer per jaar.',
  ].join('\n'),
);

describe('the answering sentence first', () => {
  it('shows the lid that answers first when a short article comes whole', () => {
    const lines = extractAnswer([ARTICLE], wordsIn('vergadert', 'bestuur'), false).text.split('\n');
    expect(lines[0]).toBe('3. Het bestuur vergadert ten minste vier keer per jaar.');
    // The rest of the article follows in its own order.
    expect(lines.slice(1)).toEqual(['1. Het bestuur bestaat uit vijf leden.', '2. De leden van het bestuur worden gekozen door de ledenvergadering.']);
  });

  it('keeps the order of the document when the first lid answers about as well', () => {
    const text = extractAnswer([ARTICLE], wordsIn('bestuur', 'leden'), false).text;
    expect(text.startsWith('1. Het bestuur bestaat')).toBe(true);
  });

  it('keeps a list with its introduction, and a sentence that leans on the one before it', () => {
    const list = passage('Het bestuur werkt in deze stappen:\n1. De secretaris stelt de agenda op.\n2. De penningmeester controleert de kas.\n3. De voorzitter sluit het jaar af.');
    expect(extractAnswer([list], wordsIn('penningmeester', 'kas'), true).text.split('\n')[0]).toBe('Het bestuur werkt in deze stappen:');
    const leaning = passage('1. De kascommissie bestaat uit twee leden.\n2. Zij controleert ieder jaar de boeken van de penningmeester.');
    expect(extractAnswer([leaning], wordsIn('controleert', 'boeken'), false).text).toMatch(/^1\. De kascommissie bestaat/);
  });
});

describe('a quotation', () => {
  it('says what its attribution says: "volgens de voorzitter" finds what the voorzitter said', () => {
    const release = passage(
      'De club opende zaterdag het nieuwe clubhuis. “We kijken terug op een druk jaar. Veel werk ging naar de nieuwe kleedkamers. De leden hebben flink meegeholpen”, aldus Anna de Vries, voorzitter van de club. Het clubhuis is elke dag open.',
    );
    const text = extractAnswer([release], wordsIn('werk', 'anna', 'vries'), false).text;
    expect(text).toMatch(/^Veel werk ging naar de nieuwe kleedkamers/);
  });
});

describe('web pages saved as text', () => {
  it('leaves out the cookie banner and the buttons of the page', () => {
    const page = [
      'Regiovisie Testland',
      'De regiovisie beschrijft hoe de gemeenten samen jeugdhulp inkopen.',
      'Cookie-instellingen',
      'Deze website maakt gebruik van cookies voor statistieken en voorkeuren.',
      'Deze cookies zijn noodzakelijk voor het functioneren van de website.',
      'Alle cookies accepteren',
      'Terug naar boven',
    ].join('\n\n');
    const doc = toPassages(page, 'regiovisie.txt');
    const text = doc.passages.map((p) => `${p.section} ${p.text}`).join(' ');
    expect(text).toContain('samen jeugdhulp inkopen');
    expect(text).not.toMatch(/cookie|noodzakelijk voor het functioneren|terug naar boven/i);
  });
});
