import { DATE_TEXTS, dutchDate, parseDutchDate, todayIn } from '../../src/shared/dutch-date';

// Wednesday 13 January 2027, 10:00 in Amsterdam.
const now = new Date('2027-01-13T09:00:00Z');
const parse = (text: string) => parseDutchDate(text, { now });
const date = (text: string) => {
  const r = parse(text);
  if (!r.ok) throw new Error(`"${text}" did not parse: ${r.error}`);
  return r.date;
};
const error = (text: string) => {
  const r = parse(text);
  if (r.ok) throw new Error(`"${text}" parsed as ${r.date}`);
  return r.error;
};

describe('parseDutchDate', () => {
  it('reads the written, numeric and ISO forms of one day', () => {
    for (const text of ['15 maart 2027', '15 Maart 2027', '15 mrt 2027', '15 mrt. 2027', '15e maart 2027', '15-03-2027', '15-3-2027', '15/03/2027', '15.03.2027', '15-03-27', '2027-03-15', '2027-3-15', '  op 15 maart 2027 ', 'maandag 15 maart 2027', 'ma 15-03-2027', 'uiterlijk 15 maart 2027']) {
      expect([text, date(text)]).toEqual([text, '2027-03-15']);
    }
  });

  it('the action-item date from the issue that crashed the besluitenlijst parses, and nonsense never throws', () => {
    expect(date('15 maart 2027')).toBe('2027-03-15');
    const hostile = ['', ' ', 'x', '2027-02-30', '31-02-2027', '00-00-0000', '2027-13-01', '32 maart 2027', '99/99/99', 'maart', '15 maartt 2027', 'volgende week', 'gisteren?', '1e', 'dinsdag dinsdag', 'morgen morgen', '٣/٣/٢٠٢٧', '15 maart 20277', 'a'.repeat(10_000), '2027-03-15T00:00:00Z', null as unknown as string, undefined as unknown as string];
    for (const text of hostile) {
      expect(() => parse(text)).not.toThrow();
      expect(parse(text).ok).toBe(false);
    }
  });

  it('says in Dutch what is wrong: empty, not a date, a day that does not exist, a weekday that does not match', () => {
    expect(error('')).toBe(DATE_TEXTS.empty);
    expect(error('binnenkort')).toContain('Ik herken "binnenkort" niet als datum');
    expect(error('31-02-2027')).toBe('31 februari 2027 bestaat niet.');
    expect(error('2027-02-29')).toBe('29 februari 2027 bestaat niet.');
    expect(date('29-02-2028')).toBe('2028-02-29');
    expect(error('dinsdag 15 maart 2027')).toBe('15 maart 2027 is een maandag, geen dinsdag.');
  });

  it('counts relative words from today in Amsterdam, not UTC', () => {
    expect(date('vandaag')).toBe('2027-01-13');
    expect(date('morgen')).toBe('2027-01-14');
    expect(date('Overmorgen')).toBe('2027-01-15');
    expect(date('over 2 weken')).toBe('2027-01-27');
    expect(date('over drie dagen')).toBe('2027-01-16');
    // 23:30 UTC on 13 January is already 14 January in Amsterdam.
    const lateUtc = new Date('2027-01-13T23:30:00Z');
    expect(todayIn(lateUtc)).toBe('2027-01-14');
    expect(parseDutchDate('morgen', { now: lateUtc })).toEqual({ ok: true, date: '2027-01-15' });
  });

  it('weekdays: the next one after today; "volgende week dinsdag" is the Tuesday of next calendar week', () => {
    // today is Wednesday 13 January
    expect(date('donderdag')).toBe('2027-01-14');
    expect(date('dinsdag')).toBe('2027-01-19');
    expect(date('woensdag')).toBe('2027-01-20'); // said on a Wednesday: next week, not today
    expect(date('aanstaande vrijdag')).toBe('2027-01-15');
    expect(date('volgende week dinsdag')).toBe('2027-01-19');
    expect(date('volgende week maandag')).toBe('2027-01-18');
    expect(date('volgende week zondag')).toBe('2027-01-24');
    expect(date('vrijdag volgende week')).toBe('2027-01-22');
    // On a Sunday, "volgende week dinsdag" is the day after tomorrow's week, not nine days later.
    expect(parseDutchDate('volgende week dinsdag', { now: new Date('2027-01-17T10:00:00Z') })).toEqual({ ok: true, date: '2027-01-19' });
  });

  it('a day and month without year is the next time that day comes', () => {
    expect(date('15 maart')).toBe('2027-03-15');
    expect(date('13 januari')).toBe('2027-01-13');
    expect(date('12 januari')).toBe('2028-01-12');
    expect(date('29 februari')).toBe('2028-02-29');
  });

  it('round-trips with the formatter', () => {
    expect(date(dutchDate('2027-12-01'))).toBe('2027-12-01');
  });
});
