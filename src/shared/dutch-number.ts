/**
 * 1234567 -> "1.234.567" (whole number, sign dropped): Dutch digit grouping by hand. Besides not depending on
 * the ICU build, this keeps ICU's Dutch number data out of the process: the first
 * `toLocaleString('nl-NL')` maps and unpacks about 8 MB of it (file pages and malloc) that stay resident.
 */
export const groupDigits = (n: number) => String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
