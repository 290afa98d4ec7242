export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** "januari|februari|...": any month's name, inside a regular expression. */
export const MONTH_NAMES = MONTHS.join('|');
/** "12 maart", "1 juli 2050": a day of a month. */
export const DAY_AND_MONTH = new RegExp(String.raw`\b\d{1,2}\s+(?:${MONTH_NAMES})\b`, 'i');
/** "januari tot en met april": a period of months. */
export const MONTH_PERIOD = new RegExp(String.raw`\b(?:${MONTH_NAMES})\s+(?:tot\s+en\s+met|tot|t/m)\s+(?:${MONTH_NAMES})\b`, 'gi');
const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** "2026-03-12" (or a full ISO timestamp) -> "12 maart 2026". */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The moment a local Dutch date and time happens (handles summer and winter time). */
export function amsterdamInstant(date: string, time = '23:59:59'): Date {
  const guess = new Date(`${date}T${time}Z`);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(guess);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asLocal = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return new Date(guess.getTime() - (asLocal - guess.getTime()));
}

/** A typed date as the user meant it: an ISO calendar day, or a Dutch sentence saying what is wrong. */
export type DateParse = { ok: true; date: string } | { ok: false; error: string };

export interface DateParseOptions {
  /** The clock; relative words (morgen, dinsdag) count from today in `timeZone`. */
  now: Date;
  timeZone?: string;
}

export const DATE_TEXTS = {
  empty: 'Vul een datum in, bijvoorbeeld 15 maart 2027 of 15-03-2027.',
  unknown: (input: string) => `Ik herken "${input}" niet als datum. Schrijf bijvoorbeeld 15 maart 2027, 15-03-2027 of "volgende week dinsdag".`,
  nonexistent: (day: number, month: number, year: number) => `${day} ${MONTHS[month - 1]} ${year} bestaat niet.`,
  wrongWeekday: (iso: string, said: string) => `${dutchDate(iso)} is een ${WEEKDAYS[weekday(iso)]}, geen ${said}.`,
};

// Abbreviations people type: "15 mrt 2027", "1 sept.".
const MONTH_ALIASES: Record<string, number> = {};
MONTHS.forEach((name, i) => {
  MONTH_ALIASES[name] = i + 1;
  MONTH_ALIASES[name.slice(0, 3)] = i + 1;
});
Object.assign(MONTH_ALIASES, { mrt: 3, sept: 9, febr: 2, aug: 8, okt: 10 });
const WEEKDAY_ALIASES: Record<string, number> = {};
WEEKDAYS.forEach((name, i) => {
  WEEKDAY_ALIASES[name] = i;
  WEEKDAY_ALIASES[name.slice(0, 2)] = i;
  WEEKDAY_ALIASES[name.slice(0, 3)] = i;
});

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const ok = (date: string): DateParse => ({ ok: true, date });
const fail = (error: string): DateParse => ({ ok: false, error });

function weekday(isoDay: string): number {
  return new Date(`${isoDay}T12:00:00Z`).getUTCDay();
}

export function addDaysIso(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The calendar day of `now` where the users are (a meeting "morgen" at 00:30 UTC is Dutch morgen). */
export function todayIn(now: Date, timeZone = 'Europe/Amsterdam'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A real calendar day or a message; never throws on 31 februari or 2027-13-01. */
function calendarDay(year: number, month: number, day: number): DateParse {
  if (month < 1 || month > 12 || day < 1 || day > 31) return fail(DATE_TEXTS.nonexistent(day, Math.min(Math.max(month, 1), 12), year));
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return fail(DATE_TEXTS.nonexistent(day, month, year));
  return ok(iso(year, month, day));
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The first occurrence of `day month` on or after today, for "15 maart" without a year. */
function nextOccurrence(today: string, month: number, day: number): DateParse {
  const year = Number(today.slice(0, 4));
  const thisYear = calendarDay(year, month, day);
  if (thisYear.ok && thisYear.date >= today) return thisYear;
  // 29 februari without a year: the next leap year.
  for (let y = year + 1; y <= year + 8; y++) {
    const next = calendarDay(y, month, day);
    if (next.ok) return next;
  }
  return thisYear;
}

/** The given weekday strictly after today ("dinsdag" said on a Tuesday means next week). */
function nextWeekday(today: string, target: number): string {
  const diff = (target - weekday(today) + 7) % 7 || 7;
  return addDaysIso(today, diff);
}

/** The weekday in next calendar week (weeks start on Monday, as in the Netherlands). */
function weekdayNextWeek(today: string, target: number): string {
  const mondayThisWeek = addDaysIso(today, -((weekday(today) + 6) % 7));
  return addDaysIso(mondayThisWeek, 7 + ((target + 6) % 7));
}

function relative(text: string, today: string): DateParse | undefined {
  const words: Record<string, number> = { vandaag: 0, morgen: 1, overmorgen: 2 };
  if (text in words) return ok(addDaysIso(today, words[text]));
  const over = text.match(/^over (\d{1,3}|een|twee|drie|vier) (dag|dagen|week|weken)$/);
  if (over) {
    const n = { een: 1, twee: 2, drie: 3, vier: 4 }[over[1]] ?? Number(over[1]);
    return ok(addDaysIso(today, over[2].startsWith('we') ? 7 * n : n));
  }
  const day = text.match(/^(?:(volgende week|aanstaande|komende|volgende) )?([a-z]+)$/);
  if (day && day[2] in WEEKDAY_ALIASES) {
    const target = WEEKDAY_ALIASES[day[2]];
    return ok(day[1] === 'volgende week' ? weekdayNextWeek(today, target) : nextWeekday(today, target));
  }
  const dayNextWeek = text.match(/^([a-z]+) volgende week$/);
  if (dayNextWeek && dayNextWeek[1] in WEEKDAY_ALIASES) return ok(weekdayNextWeek(today, WEEKDAY_ALIASES[dayNextWeek[1]]));
  return undefined;
}

function absolute(text: string, today: string): DateParse | undefined {
  const isoForm = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (isoForm) return calendarDay(Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3]));
  const numeric = text.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/);
  if (numeric) return calendarDay(fullYear(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const written = text.match(/^(\d{1,2})(?:e|ste|de)? ([a-z]+)\.?(?: (\d{4}))?$/);
  if (written && written[2] in MONTH_ALIASES) {
    const month = MONTH_ALIASES[written[2]];
    return written[3] ? calendarDay(Number(written[3]), month, Number(written[1])) : nextOccurrence(today, month, Number(written[1]));
  }
  return undefined;
}

/**
 * Typed Dutch dates: "15 maart 2027", "15-03-2027", "2027-03-15", "morgen", "overmorgen",
 * "volgende week dinsdag", "dinsdag", "over 2 weken". A leading weekday ("dinsdag 16 maart 2027")
 * is checked against the date. Never throws: anything else is a Dutch message for the field.
 */
export function parseDutchDate(input: string, options: DateParseOptions): DateParse {
  const raw = (input ?? '').trim();
  if (!raw) return fail(DATE_TEXTS.empty);
  if (raw.length > 60) return fail(DATE_TEXTS.unknown(raw.slice(0, 60)));
  const text = raw.toLowerCase().replace(/^(?:op|per|uiterlijk|voor) /, '').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  const today = todayIn(options.now, options.timeZone);

  const named = text.match(/^([a-z]+) (.+)$/);
  if (named && named[1] in WEEKDAY_ALIASES && /\d/.test(named[2])) {
    const parsed = absolute(named[2], today);
    if (!parsed) return fail(DATE_TEXTS.unknown(raw));
    if (parsed.ok && weekday(parsed.date) !== WEEKDAY_ALIASES[named[1]]) return fail(DATE_TEXTS.wrongWeekday(parsed.date, WEEKDAYS[WEEKDAY_ALIASES[named[1]]]));
    return parsed;
  }
  return absolute(text, today) ?? relative(text, today) ?? fail(DATE_TEXTS.unknown(raw));
}
