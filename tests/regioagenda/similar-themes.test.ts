import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSimilarThemes, SIMILARITY_THRESHOLD, themeSimilarity } from '../../src/features/regioagenda/similar-themes';
import type { Theme } from '../../src/features/regioagenda/regioagenda.domain';

type Pair = { similar: boolean; a: { title: string; problem: string }; b: { title: string; problem: string } };
const pairs = (set: 'eval' | 'tune'): Pair[] =>
  JSON.parse(readFileSync(join(__dirname, `../fixtures/regioagenda/similar-theme-pairs.${set}.json`), 'utf8')).pairs;

function measure(set: Pair[], threshold: number) {
  const hinted = set.map((p) => ({ p, hint: themeSimilarity(p.a, p.b) >= threshold }));
  const tp = hinted.filter((h) => h.hint && h.p.similar).length;
  const fp = hinted.filter((h) => h.hint && !h.p.similar).length;
  const fn = hinted.filter((h) => !h.hint && h.p.similar).length;
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), tp, fp, fn };
}

describe('similar-theme detection', () => {
  it('the frozen evaluation set has at least 40 pairs, half of them similar', () => {
    const set = pairs('eval');
    expect(set.length).toBeGreaterThanOrEqual(40);
    expect(set.filter((p) => p.similar).length).toBe(set.length / 2);
  });

  it('the issue-13 false positive (dyslexiezorg vs complexe scheidingen, sharing only wachten/weken) gets no hint', () => {
    const a = { title: 'Wachtlijsten dyslexiezorg terugdringen', problem: 'Kinderen met dyslexie wachten weken op onderzoek; de wachttijden moeten korter.' };
    const b = { title: 'Regionaal expertteam complexe scheidingen', problem: 'Bij complexe scheidingen wachten kinderen weken op hulp; we willen een regionaal expertteam.' };
    expect(themeSimilarity(a, b)).toBeLessThan(SIMILARITY_THRESHOLD);
  });

  it('the threshold makes no wrong hint on the tuning pairs', () => {
    expect(measure(pairs('tune'), SIMILARITY_THRESHOLD).fp).toBe(0);
  });

  it('on the frozen evaluation pairs: precision at least 0.9 and recall at least 0.7 (measured 1.00 / 0.73)', () => {
    const m = measure(pairs('eval'), SIMILARITY_THRESHOLD);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('lists only themes at or above the threshold, best first, at most three', () => {
    const theme = (id: string, title: string, problem: string) => ({ id, title, problem, gemeente: 'Zwolle' }) as Theme;
    const others = [
      theme('a', 'Regionaal expertteam complexe scheidingen', 'Kinderen in vechtscheidingen wachten weken op hulp.'),
      theme('b', 'Wachttijd dyslexieonderzoek', 'Ernstige dyslexie: onderzoek en behandeling laten maanden op zich wachten.'),
      theme('c', 'Dyslexiezorg: wachtlijst en behandeling', 'Dyslexiebehandeling start pas na een half jaar; dyslexieonderzoek ook.'),
    ];
    const hits = findSimilarThemes({ id: 'new', title: 'Wachtlijsten dyslexiezorg terugdringen', problem: 'Kinderen met ernstige dyslexie wachten maanden op onderzoek en behandeling.' }, others);
    expect(hits.map((h) => h.id).sort()).toEqual(['b', 'c']);
    expect(findSimilarThemes({ id: 'x', title: 'de het een', problem: 'jeugd jeugdhulp wachten weken' }, others)).toEqual([]);
  });
});
