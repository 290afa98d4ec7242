/** Dutch number and date formatting, done by hand so output does not depend on the ICU build. */

import { groupDigits } from '../../shared/dutch-number';

/** € 1.234.567 (whole euros). */
export const euro = (n: number) => `${n < 0 ? '-' : ''}€ ${groupDigits(n)}`;

/** "1,5" or "12" */
export const dutchDecimal = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ','));

export const weeks = (n: number) => `${dutchDecimal(n)} ${n === 1 ? 'week' : 'weken'}`;

export { dutchDate, MONTHS } from '../../shared/dutch-date';

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Adds whole months to an ISO date (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return isoDay(target);
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
