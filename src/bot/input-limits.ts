import { groupDigits } from '../shared/dutch-number';

/**
 * Limits applied before any matching, so the cost of a turn is bounded whatever a user sends.
 * Teams itself allows about 28 KB per message; nothing the bot understands needs more than this.
 */
export const MAX_MESSAGE_CHARS = 2000;
/** One card input (a theme's problem description is the longest the forms ask for). */
export const MAX_FIELD_CHARS = 4000;
const MAX_FIELDS = 100;

export const INPUT_TEXTS = {
  messageTooLong: (length: number) =>
    `Je bericht is te lang (${groupDigits(length)} tekens; maximaal ${groupDigits(MAX_MESSAGE_CHARS)}). ` +
    'Stel je vraag korter, of stuur een lang stuk tekst als bestand.',
  fieldTooLong: `Een van de velden is te lang (maximaal ${groupDigits(MAX_FIELD_CHARS)} tekens). Er is niets opgeslagen; maak de tekst korter en probeer het opnieuw.`,
  tooManyFields: 'Deze kaart bevat te veel velden. Er is niets opgeslagen.',
} as const;

/** The Dutch refusal for card data that is too large, or undefined when it is within limits. */
export function cardDataProblem(data: Record<string, unknown>): string | undefined {
  const entries = Object.values(data);
  if (entries.length > MAX_FIELDS) return INPUT_TEXTS.tooManyFields;
  for (const value of entries) {
    if (typeof value === 'string' && value.length > MAX_FIELD_CHARS) return INPUT_TEXTS.fieldTooLong;
    if (value && typeof value === 'object' && JSON.stringify(value).length > MAX_FIELD_CHARS) return INPUT_TEXTS.fieldTooLong;
  }
  return undefined;
}
