import { renderProviderAnswerCard } from '../../src/features/providers/cards/provider-answer.card';
import { cardProblems } from './card-validation';

describe('provider answer card (Adaptive Cards 1.5)', () => {
  it('is valid with only a title and summary', () => {
    const card = renderProviderAnswerCard({ title: 'Titel', summary: 'Samenvatting' });
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('is valid with facts, a bar chart, tables and notes, and keeps every value', () => {
    const card = renderProviderAnswerCard({
      title: 'Titel',
      summary: 'Samenvatting',
      facts: [{ title: 'Totale waarde', value: '€ 1.234.567' }],
      barsTitle: 'Waarde',
      bars: [
        { label: 'Meerjarig', value: '€ 1.000.000', share: 1 },
        { label: 'Eenjarig', value: '€ 0', share: 0 },
      ],
      tables: [{ title: 'Contracten', header: ['Contract', 'Waarde'], rows: [['C01', '€ 1.000']], more: 'en nog 3 contracten' }],
      notes: ['Fictieve demogegevens'],
    });
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    for (const text of ['€ 1.234.567', 'Meerjarig', 'C01', 'en nog 3 contracten', 'Fictieve demogegevens', '"type":"Table"']) expect(json).toContain(text);
    expect(json).not.toContain('${');
  });

  it('the validator does flag a broken card (so the checks above can fail)', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }] }).length).toBeGreaterThan(0);
  });
});
