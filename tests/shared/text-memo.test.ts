import { rememberedPerText } from '../../src/shared/text-memo';

describe('a function of a text, remembered', () => {
  it('computes each text once, also when the result is "nothing" (most questions ask no quantity)', () => {
    let computed = 0;
    const read = rememberedPerText(10, (text: string) => { computed++; return text.endsWith(' uur') ? text.length : undefined; });
    for (let i = 0; i < 3; i++) { read('Hoe lang duurt het?'); read('Meer dan 3 uur'); }
    expect(computed).toBe(2);
    expect(read('Meer dan 3 uur')).toBe(14);
    expect(read('Hoe lang duurt het?')).toBeUndefined();
  });

  it('forgets everything once the limit is reached, so memory stays bounded', () => {
    let computed = 0;
    const read = rememberedPerText(2, (text: string) => { computed++; return text; });
    read('a'); read('b'); read('c'); read('a');
    expect(computed).toBe(4);
  });
});
