/**
 * "Welk percentage in het 2e halfjaar, en wat was dat in het halfjaar daarvoor?": a period named by the one asked before it,
 * as the texts and table headers name periods ("1e halfjaar 2057", "2056").
 */
const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde'];
const NAMED_PERIOD = /\b(?:([1-4])e|(eerste|tweede|derde|vierde))\s+(halfjaar|kwartaal)\b|\b((?:19|20)\d{2})\b/i;
const PERIOD_BEFORE = /\b(?:het|de)\s+(halfjaar|kwartaal|jaar)\s+(?:daarvoor|daarvóór|ervoor|ervóór|daaraan voorafgaand)\b|\bhet\s+vorige\s+(halfjaar|kwartaal|jaar)\b/i;

export function withPriorPeriodNamed(question: string): string {
  const named = NAMED_PERIOD.exec(question);
  if (!named) return question;
  const rest = question.slice(named.index + named[0].length);
  const before = PERIOD_BEFORE.exec(rest);
  if (!before) return question;
  const unit = (before[1] ?? before[2]).toLowerCase();
  const number = named[1] ? Number(named[1]) : named[2] ? ORDINALS.indexOf(named[2].toLowerCase()) + 1 : undefined;
  const prior = named[4] ? (unit === 'jaar' ? `${Number(named[4]) - 1}` : undefined) : unit === named[3].toLowerCase() && number! > 1 ? `het ${number! - 1}e ${unit}` : undefined;
  if (!prior) return question;
  const at = named.index + named[0].length + before.index;
  return `${question.slice(0, at)}${prior}${question.slice(at + before[0].length)}`;
}
