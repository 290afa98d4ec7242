import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { QA_TEXTS } from '../../src/features/qa/qa.texts';

const SRC = path.join(__dirname, '../../src');

const textModules = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? textModules(path.join(dir, e.name)) : e.name.endsWith('.texts.ts') ? [path.join(dir, e.name)] : [],
  );

/** "<naam>" after a space or quote: Teams (and the playground) read it as an unknown HTML tag and show nothing. */
const angledPlaceholders = (source: string): string[] =>
  source
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .flatMap((line) => [...line.matchAll(/(?:^|[\s"'`(])(<[a-z][a-z -]*>)/gi)].map((m) => m[1]));

describe('reply texts as Teams shows them', () => {
  it('finds an angled placeholder the way the client would swallow it', () => {
    expect(angledPlaceholders(`  hint: 'vraag ("hoe staat <aanbieder> ervoor?")',`)).toEqual(['<aanbieder>']);
    expect(angledPlaceholders('  labels: Record<Ticket, string>; list: Array<string>;')).toEqual([]);
  });

  it('writes placeholders in user texts as [naam], never <naam>', () => {
    const files = textModules(path.join(SRC, 'features'));
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => angledPlaceholders(readFileSync(f, 'utf8')).map((p) => `${path.relative(SRC, f)}: ${p}`));
    expect(found).toEqual([]);
  });

  it('does not repeat a section that the document title already spells out', () => {
    expect(QA_TEXTS.sourceLine('Regiovisie Jeugdhulp (Twente)', 'Regiovisie Jeugdhulp')).toBe('Bron: Regiovisie Jeugdhulp (Twente)');
    expect(QA_TEXTS.sourceLine('Kadernota 2025', 'Kadernota 2025')).toBe('Bron: Kadernota 2025');
    expect(QA_TEXTS.sourceLine('Kadernota 2025', '2.2 Governance')).toBe('Bron: Kadernota 2025, 2.2 Governance');
    expect(QA_TEXTS.sourceLine('Regiovisie Jeugdhulp', 'Regiovisie')).toBe('Bron: Regiovisie Jeugdhulp, Regiovisie');
    expect(QA_TEXTS.sourceLine('Kadernota 2025', '')).toBe('Bron: Kadernota 2025');
  });
});
