import type { TableView } from './tables';

/** How often: "zes keer per jaar", "eens per vier weken", "eenmaal per zes weken", "elk kwartaal", "om de twee jaar", "tweewekelijks". */
export const FREQUENCY = /\b(\p{L}*(?:keer|maal)|eens)\s+(per|in|het)\b|\b(per|elk(e)?|ieder(e)?)\s+(?:(?:twee|drie|vier|zes|acht|\d{1,2})\s+)?(jaar|kwartaal|maand|maanden|week|weken|halfjaar)\b|\bom de\b|\b(\p{L}*jaarlijks|maandelijks|\p{L}*wekelijks|dagelijks)\b/iu;

/** A column whose cells say how often ("eenmaal per jaar", "elk kwartaal") under a header that does not ("Contractgesprek"). */
export const saysFrequencies = (table: TableView, k: number) => table.rows.filter((r) => FREQUENCY.test(r[k] ?? '')).length * 2 > table.rows.length;

/** "In 2044 gebeurde dat drie keer": how often a thing was done, as "hoe vaak heeft ... gedaan" asks. */
export const TIMES_DONE = /(?<![\p{L}\d])(?:\d+|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+keer\b(?!\s+(?:zo|meer|minder|per|in|het)\b)/iu;
