import { rowOf } from './tables';

/**
 * Costs come one-off or every year ("Eenmalige kosten" beside "Kosten per volledig jaar", "incidenteel" beside "structureel"), and
 * both share the words of what they cost. Asked "wat kost het per jaar", a row named one-off answers the other question, and so
 * does a yearly row for "wat zijn de eenmalige kosten": such a row ranks lower.
 */
const YEARLY = /\b(?:per\s+(?:volledig\s+|kalender)?jaar|jaarlijks\w*|structure(?:el|le)|elk\s+jaar|ieder\s+jaar)\b/i;
const ONE_OFF = /\b(?:eenmalig\w*|incidente(?:el|le))\b/i;
const OTHER_RECURRENCE = 0.8;

const recurrence = (text: string) => (YEARLY.test(text) === ONE_OFF.test(text) ? undefined : YEARLY.test(text) ? 'yearly' : 'one-off');

/** The rank factor of a passage, the question read once: lower for a table row whose name says the other recurrence than it asks. */
export function recurrenceFit(question: string): (passageText: string | undefined) => number {
  const asked = recurrence(question);
  if (!asked) return () => 1;
  return (passageText) => {
    const label = passageText ? rowOf(passageText)?.cells[0] : undefined;
    const named = label ? recurrence(label) : undefined;
    return named && named !== asked ? OTHER_RECURRENCE : 1;
  };
}
