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
      tables: [{ title: 'Contracten', rows: [{ main: 'C01', detail: '€ 1.000' }], more: 'en nog 3 contracten', next: { title: 'Toon meer (3)', query: '{}', table: 0, offset: 1 } }],
      buttons: [{ title: 'Escaleer', value: 'escaleer De Linde' }],
      notes: ['Fictieve demogegevens'],
    });
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    for (const text of ['€ 1.234.567', 'Meerjarig', 'C01', 'en nog 3 contracten', 'Fictieve demogegevens', 'providers.more', 'escaleer De Linde']) expect(json).toContain(text);
    // Issue 13 (6): no table cells or label columns that break words.
    expect(json).not.toContain('"type":"Table"');
    expect(json).not.toContain('${');
  });

  it('the validator does flag a broken card (so the checks above can fail)', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }] }).length).toBeGreaterThan(0);
  });
});
