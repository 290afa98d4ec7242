// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

/** Parses a card as a client would; returns the parse warnings and errors (none expected). */
export function cardProblems(card: unknown): string[] {
  const ctx = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, ctx);
  const problems = Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message as string);
  if (parsed.version?.toString() !== '1.5') problems.push(`version ${parsed.version}`);
  return problems;
}
