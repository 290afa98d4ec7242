import { rememberedPerText } from '../../shared/text-memo';
/**
 * Ages and hours compared with thresholds, as amounts of money are (amount-thresholds.ts): "een deelnemer van 15
 * jaar" is answered by the lid on "een deelnemer die jonger is dan 18 jaar", "een overleg van twee uur" by the one on
 * "een bijeenkomst die ten hoogste drie uur duurt". The figure is a value to place, never a word that must be in the answer.
 */

/** An age in years, a length in hours, how long ago something happened in months, or the size of an organisation in staff. */
export type QuantityUnit = 'age' | 'hours' | 'elapsed' | 'staff';

export interface AskedQuantity {
  amount: number;
  unit: QuantityUnit;
  /** Where the question states it, to take it out of the words to find. */
  phrase: string;
}

const UNITS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const NUMBER_WORDS: Record<string, number> = { ...UNITS, tien: 10, elf: 11, twaalf: 12 };
const N = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const TEENS: Record<string, number> = { dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19 };
const TENS: Record<string, number> = { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 };
/** An age as regulations write it: digits or words ("zestien", "drieëntwintig"). */
const AGE = String.raw`(\d{1,2}|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:${Object.keys(TENS).join('|')})|${Object.keys(TEENS).join('|')}|${Object.keys(NUMBER_WORDS).join('|')})`;
const numberOf = (text: string): number => {
  const t = text.toLowerCase();
  const compound = t.match(/^(\p{L}+?)[eë]n(\p{L}+ig)$/u);
  if (compound && UNITS[compound[1]] && TENS[compound[2]]) return UNITS[compound[1]] + TENS[compound[2]];
  return NUMBER_WORDS[t] ?? TEENS[t] ?? TENS[t] ?? Number.parseInt(t, 10);
};

/** Someone of an age: "een jongere van 16", "een deelnemer van 15 jaar", "een 15-jarige", "ik ben 17". */
const PERSON = String.raw`(?:jongere|jongeren|kind|kinderen|jeugdige|jeugdigen|deelnemer|deelnemers|lid|leden|meisje|jongen|zoon|dochter|persoon|cliënt|ouder)`;
const AGE_ASKED = [
  new RegExp(String.raw`(?<=\b${PERSON}\s+)van\s+(\d{1,2})(?:\s+jaar(?:\s+oud)?)?\b(?!\s*(?:euro|procent|%|keer|uur|weken|dagen|werkdagen|maanden))`, 'iu'),
  new RegExp(String.raw`\b(\d{1,2})[- ]?jarige?\b`, 'iu'),
  new RegExp(String.raw`\b(?:ben|bent|is|wordt|word)\s+(\d{1,2})\s+jaar(?:\s+oud)?\b`, 'iu'),
];
/** A length in hours: "een overleg van twee uur", "duurt drie uur". */
const HOURS_ASKED = new RegExp(String.raw`\b(?:van|duurt|duren|ongeveer)\s+${N}\s+(?:uur|uren)\b`, 'iu');

/** Months in a unit of time, for "twee jaar geleden" against "meer dan een jaar voor het indienen". */
const MONTHS: [string, number][] = [['jaar|jaren', 12], ['maand|maanden', 1], ['week|weken', 0.25]];
const monthsIn = (unit: string): number => MONTHS.find(([words]) => new RegExp(`^(?:${words})$`, 'i').test(unit))![1];
/** How long ago something happened: "iets van twee jaar geleden", "drie maanden terug". */
const ELAPSED_ASKED = new RegExp(String.raw`\b${N}\s+(jaar|jaren|maand|maanden|week|weken)\s+(?:geleden|terug)\b`, 'iu');

/** The size of an organisation in staff: "een kleine aanbieder met 7 fte", "wij hebben twaalf medewerkers". */
const STAFF = String.raw`(?:fte|medewerkers|werknemers|personeelsleden|mensen in dienst)`;
// "Met 3 medewerkers naar het overleg" is no size: "met/van" only after an organisation, or with "fte".
const ORGANISATION = String.raw`(?:aanbieders?|organisaties?|vereniging(?:en)?|bedrijven|bedrijf|instelling(?:en)?|stichting(?:en)?|praktijk|team)`;
const ABOUT = String.raw`(?:ongeveer\s+|zo'n\s+|maar\s+|slechts\s+|(nog geen|minder dan)\s+)?`;
const STAFF_ASKED = new RegExp(String.raw`(?:\b(?:heeft|hebben|hebt|heb)|${ORGANISATION}\s+(?:met|van))\s+${ABOUT}${N}\s+${STAFF}|\b(?:met|van)\s+${ABOUT}${N}\s+fte\b`, 'iu');

const SIZE_ASKED = new RegExp(String.raw`\b(kleine?|grote?)\s+(?:zorg|jeugdhulp)?${ORGANISATION}\b`, 'iu');

/** The age, the number of hours, the time ago or the staff a question gives to compare, if any (asked once per hit: remembered). */
export const askedQuantity: (question: string) => Readonly<AskedQuantity> | undefined = rememberedPerText(2_000, readAskedQuantity);

function readAskedQuantity(question: string): AskedQuantity | undefined {
  for (const pattern of AGE_ASKED) {
    const m = question.match(pattern);
    if (m) return { amount: Number.parseInt(m[1], 10), unit: 'age', phrase: m[0] };
  }
  const e = question.match(ELAPSED_ASKED);
  if (e) return { amount: numberOf(e[1]) * monthsIn(e[2]), unit: 'elapsed', phrase: e[0] };
  const f = question.match(STAFF_ASKED);
  // "Nog geen 10 fte" is just under 10, so "minder dan 10 fte" catches it.
  if (f) return { amount: numberOf(f[2] ?? f[4]) - (f[1] ?? f[3] ? 0.01 : 0), unit: 'staff', phrase: f[0] };
  // "Kleine aanbieders" are those under any staff limit a rule sets, "grote" those over it.
  const size = question.match(SIZE_ASKED);
  if (size) return { amount: /^klein/i.test(size[1]) ? 0 : Infinity, unit: 'staff', phrase: size[1] };
  const h = question.match(HOURS_ASKED);
  return h ? { amount: numberOf(h[1]), unit: 'hours', phrase: h[0] } : undefined;
}

interface Range {
  from: number;
  to: number;
}

/** Per unit, the conditions a sentence sets: [pattern, the range of the figure(s) it catches]. */
const CONDITIONS: Record<QuantityUnit, [RegExp, (a: number, b: number) => Range][]> = {
  age: [
    [new RegExp(String.raw`\btussen\s+${AGE}\s+en\s+${AGE}\s+jaar\b|\bten minste\s+${AGE}\s+en\s+ten hoogste\s+${AGE}\s+jaar\b`, 'giu'), (a, b) => ({ from: a, to: b })],
    [new RegExp(String.raw`\bjonger\s+(?:is\s+)?dan\s+${AGE}\s+jaar\b|\bonder\s+de\s+${AGE}(?:\s+jaar)?\b|\btot\s+${AGE}\s+jaar\b`, 'giu'), (a) => ({ from: -Infinity, to: a - 1 })],
    [new RegExp(String.raw`\bouder\s+(?:is\s+)?dan\s+${AGE}\s+jaar\b`, 'giu'), (a) => ({ from: a + 1, to: Infinity })],
    [new RegExp(String.raw`\b(?:vanaf|van ten minste)\s+${AGE}\s+jaar\b|\b${AGE}\s+jaar\s+of\s+ouder\b`, 'giu'), (a) => ({ from: a, to: Infinity })],
  ],
  // "Meer dan een jaar voor het indienen", "binnen zes maanden nadat": a time since something happened, in months.
  elapsed: MONTHS.flatMap(([unit, months]): [RegExp, (a: number, b: number) => Range][] => [
    [new RegExp(String.raw`\b(?:meer|langer) dan\s+${N}\s+(?:${unit})\b`, 'giu'), (a) => ({ from: a * months + 0.01, to: Infinity })],
    [new RegExp(String.raw`\bbinnen\s+${N}\s+(?:${unit})\b`, 'giu'), (a) => ({ from: -Infinity, to: a * months })],
  ]),
  staff: [
    [new RegExp(String.raw`\b(?:minder dan|kleiner dan|onder de)\s+${N}\s+${STAFF}`, 'giu'), (a) => ({ from: -Infinity, to: a - 0.01 })],
    [new RegExp(String.raw`\b(?:ten hoogste|maximaal|hooguit|tot en met)\s+${N}\s+${STAFF}`, 'giu'), (a) => ({ from: -Infinity, to: a })],
    [new RegExp(String.raw`\b(?:meer dan|groter dan|boven de)\s+${N}\s+${STAFF}`, 'giu'), (a) => ({ from: a + 0.01, to: Infinity })],
    [new RegExp(String.raw`\b(?:ten minste|minimaal|vanaf)\s+${N}\s+${STAFF}`, 'giu'), (a) => ({ from: a, to: Infinity })],
  ],
  hours: [
    [new RegExp(String.raw`\b(?:ten hoogste|maximaal|hooguit|niet langer dan|tot en met)\s+${N}\s+uur\b`, 'giu'), (a) => ({ from: -Infinity, to: a })],
    [new RegExp(String.raw`\b(?:langer dan|meer dan)\s+${N}\s+uur\b`, 'giu'), (a) => ({ from: a + 0.01, to: Infinity })],
    [new RegExp(String.raw`\b(?:korter dan|minder dan)\s+${N}\s+uur\b`, 'giu'), (a) => ({ from: -Infinity, to: a - 0.01 })],
  ],
};

/** The ranges of ages or hours a sentence sets conditions on. */
export function quantityRanges(sentence: string, unit: QuantityUnit): Range[] {
  const ranges: Range[] = [];
  for (const [pattern, range] of CONDITIONS[unit]) {
    for (const m of sentence.matchAll(pattern)) {
      const [a, b] = m.slice(1).filter((g) => g !== undefined).map(numberOf);
      ranges.push(range(a, b));
    }
  }
  return ranges;
}

/** 1 when a sentence sets a condition the quantity meets, -1 when it only sets conditions it does not meet, 0 without conditions. */
export function fitsQuantity(sentence: string, asked: AskedQuantity): number {
  const ranges = quantityRanges(sentence, asked.unit);
  if (ranges.length === 0) return 0;
  return ranges.some((r) => asked.amount >= r.from && asked.amount <= r.to) ? 1 : -1;
}
