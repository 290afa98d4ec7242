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

  it('renders the same data to the same frozen card, and other data to its own card', () => {
    const first = renderCard(template, data('Zelfde', 2)) as unknown as { body: { text?: string }[] };
    expect(renderCard(template, data('Zelfde', 2))).toBe(first);
    expect(() => {
      first.body[0].text = 'gewijzigd';
    }).toThrow(TypeError);
    expect(JSON.stringify(first)).toBe(JSON.stringify(new ACData.Template(template).expand({ $root: data('Zelfde', 2) })));
    expect(renderCard(template, data('Anders', 2))).not.toBe(first);
  });
});
