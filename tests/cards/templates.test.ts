import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cardProblems } from '../helpers/validate-card';

const srcDir = path.resolve(__dirname, '..', '..', 'src');

function findCards(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return findCards(full);
    return name.endsWith('.card.json') ? [full] : [];
  });
}

const cards = findCards(srcDir);

describe('every Adaptive Card template', () => {
  it('exists', () => expect(cards.length).toBeGreaterThan(0));

  it.each(cards.map((c) => [path.relative(srcDir, c), c]))('%s is valid Adaptive Cards 1.5', (_name, file) => {
    const template = JSON.parse(readFileSync(file, 'utf8'));
    // Bound values like "${style}" are only known after rendering; the features' tests validate rendered cards.
    expect(cardProblems(template).filter((p) => !p.includes('${'))).toEqual([]);
  });
});
