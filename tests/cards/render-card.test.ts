import * as ACData from 'adaptivecards-templating';
import template from '../../src/features/help/cards/help.card.json';
import { renderCard } from '../../src/shared/render-card';

const data = (heading: string, lines: number) => ({
  heading,
  intro: `intro ${heading}`,
  footer: 'voet',
  sections: [{ title: 'Sectie', lines: Array.from({ length: lines }, (_, i) => ({ title: `regel ${i}`, example: `voorbeeld ${i}` })) }],
  tryThese: [],
});

describe('renderCard', () => {
  it('expands a reused template exactly like a fresh one, whatever was rendered before', () => {
    renderCard(template, data('Eerste', 5));
    const again = renderCard(template, data('Tweede', 1));
    const fresh = new ACData.Template(template).expand({ $root: data('Tweede', 1) });
    expect(JSON.stringify(again)).toBe(JSON.stringify(fresh));
    expect(JSON.stringify(again)).not.toContain('Eerste');
  });

  it('gives every caller its own card: changing one never shows in the next render of the same data', () => {
    const first = renderCard(template, data('Zelfde', 2)) as unknown as { body: { text?: string }[] };
    first.body[0].text = 'gewijzigd';
    const second = renderCard(template, data('Zelfde', 2));
    expect(second).not.toBe(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(new ACData.Template(template).expand({ $root: data('Zelfde', 2) })));
  });
});
