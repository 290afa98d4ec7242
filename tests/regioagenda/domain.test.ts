import { signExportToken, verifyExportToken } from '../../src/features/regioagenda/export-token';
import { amsterdamInstant, parseStatus, themeKenmerk, transitionProblem } from '../../src/features/regioagenda/regioagenda.domain';
import { parseMove } from '../../src/features/regioagenda/themes.routes';
import { findSimilarThemes } from '../../src/features/regioagenda/similar-themes';

describe('regioagenda rules', () => {
  it('allows the governance path and refuses jumps with a reason', () => {
    expect(transitionProblem('ingediend', 'geagendeerd_ao')).toBeUndefined();
    expect(transitionProblem('advies_pfo', 'aangehouden')).toBeUndefined();
    expect(transitionProblem('aangehouden', 'advies_pfo')).toBeUndefined();
    expect(transitionProblem('ingediend', 'vastgesteld')).toMatch(/alleen naar "geagendeerd AO"/);
    expect(transitionProblem('afgewezen', 'in_uitvoering')).toMatch(/kan niet meer/);
    expect(transitionProblem('geagendeerd_ao', 'geagendeerd_ao')).toMatch(/staat al/);
  });

  it('reads statuses and keyword parts as people type them', () => {
    expect(parseStatus('geagendeerd AO')).toBe('geagendeerd_ao');
    expect(parseStatus('Advies PFO')).toBe('advies_pfo');
    expect(parseStatus('in uitvoering')).toBe('in_uitvoering');
    expect(parseStatus('vastgesteld (besluit BO)')).toBe('vastgesteld');
    expect(parseStatus('onzin')).toBeUndefined();
    expect(parseMove('in uitvoering trekker a@b.nl projectmanager c@d.nl vergadering BO 3 maart')).toEqual({
      status: 'in uitvoering',
      trekkerEmail: 'a@b.nl',
      projectmanagerEmail: 'c@d.nl',
      meeting: 'BO 3 maart',
    });
  });

  it('puts the deadline at the end of the Dutch day, in winter and summer time', () => {
    expect(amsterdamInstant('2026-12-15').toISOString()).toBe('2026-12-15T22:59:59.000Z');
    expect(amsterdamInstant('2026-06-15').toISOString()).toBe('2026-06-15T21:59:59.000Z');
  });

  it('export links verify only untouched and unexpired', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const token = signExportToken('s3cret-s3cret-s3cret', { kind: 'audit.csv', year: 2027, exp: now.getTime() + 60_000 });
    expect(verifyExportToken('s3cret-s3cret-s3cret', token, now)).toMatchObject({ kind: 'audit.csv', year: 2027 });
    expect(verifyExportToken('other-secret-other', token, now)).toBe('invalid');
    expect(verifyExportToken('s3cret-s3cret-s3cret', token, new Date(now.getTime() + 120_000))).toBe('expired');
    expect(verifyExportToken('s3cret-s3cret-s3cret', token.replace(/^2/, '0'), now)).toBe('invalid');
  });

  it('points out look-alike themes and ignores unrelated ones', () => {
    const base = { problem: '', gemeente: 'X' } as never;
    const others = [
      { ...(base as object), id: 'a', title: 'Aanpak wachttijden specialistische jeugdhulp', problem: 'Kinderen wachten te lang op hulp.', gemeente: 'Zwolle' },
      { ...(base as object), id: 'b', title: 'Vervoer naar dagbehandeling', problem: 'Lange ritten op het platteland.', gemeente: 'Hardenberg' },
    ] as never[];
    const hits = findSimilarThemes({ id: 'new', title: 'Wachttijden in de specialistische jeugdhulp', problem: 'De wachttijd loopt op.' }, others);
    expect(hits.map((h) => h.id)).toEqual(['a']);
  });

  it('human kenmerken: RA-<jaar>-<gemeente>-<volgnummer>, with a code that tells the gemeenten apart (issue 13, 7)', () => {
    const ijsselland = ['Dalfsen', 'Deventer', 'Hardenberg', 'Kampen', 'Olst-Wijhe', 'Ommen', 'Raalte', 'Staphorst', 'Steenwijkerland', 'Zwartewaterland', 'Zwolle'];
    expect(themeKenmerk(2027, 'Kampen', 1, ijsselland)).toBe('RA-2027-KAM-01');
    expect(themeKenmerk(2027, 'Zwolle', 12, ijsselland)).toBe('RA-2027-ZWO-12');
    const codes = ijsselland.map((g) => themeKenmerk(2027, g, 1, ijsselland));
    expect(new Set(codes).size).toBe(ijsselland.length);
    expect(themeKenmerk(2027, 'Stadskanaal', 1, ['Stadskanaal', 'Staphorst'])).toBe('RA-2027-STAD-01');
  });
});
