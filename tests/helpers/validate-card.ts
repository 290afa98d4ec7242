// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

/**
 * Parses a card the way the Adaptive Cards renderer does, targeting schema 1.5 (what Teams renders),
 * and returns every problem: unknown element types, duplicate ids, features above 1.5, missing properties.
 */
export function cardProblems(card: unknown): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  const validation = parsed.validateProperties();
  for (const event of validation.validationEvents ?? []) problems.push(event.message);
  const version = (card as { version?: string }).version;
  if (version !== '1.5') problems.push(`version is ${version}, expected 1.5`);
  return problems;
}
