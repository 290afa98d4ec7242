/**
 * Playbooks work in phases or levels, each named by a kind and a name ("code geel", "fase 2", "niveau rood") or by a
 * colour alone ("naar rood"). A section headed by a level is about it: its triggers, who acts, how fast.
 */

/** The colours levels are named by, and the words for a level's kind ("code", "fase", "escalatieniveau"). */
const COLOURS = ['rood', 'oranje', 'geel', 'groen', 'blauw', 'paars', 'zwart', 'grijs'];
const COLOUR_NAMES = new Set(COLOURS);
const KIND = String.raw`(?:\p{L}*niveau|fase|code|kleur|kleurcode|stadium|trede)`;

/** A level by its kind and its name: "code geel", "fase 2", "escalatieniveau 3". */
const LEVEL = new RegExp(String.raw`\b${KIND}\s+(${COLOURS.join('|')}|\d{1,2}|[IVX]{1,4}|een|twee|drie|vier|vijf)\b`, 'giu');
/** A level named in words is the same as in digits: "fase twee" is "Fase 2". */
const NUMBER_WORDS: Record<string, string> = { een: '1', twee: '2', drie: '3', vier: '4', vijf: '5' };
/** A colour alone names a level too ("wanneer gaat het naar rood?"). */
const COLOUR = new RegExp(String.raw`\b(${COLOURS.join('|')})\b`, 'giu');

/** The levels a text names, by their names (colours, numbers). */
const namesIn = (text: string): Set<string> =>
  new Set([...[...text.matchAll(LEVEL)].map((m) => NUMBER_WORDS[m[1].toLowerCase()] ?? m[1].toLowerCase()), ...[...text.matchAll(COLOUR)].map((m) => m[1].toLowerCase())]);

/** The one level a question names; undefined for none, or for two ("van code rood naar code oranje": a change of level). */
export function namedLevel(question: string): string | undefined {
  const named = [...namesIn(question)];
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether a section heading is about the level: it names it ("Niveau 3 – code rood: calamiteit" names "rood" and "3"),
 * and no other of its kind ("De eerste 24 uur bij code oranje of rood" is about both).
 */
export function headingNamesLevel(section: string, level: string): boolean {
  const names = [...namesIn(section)];
  const colours = names.filter((n) => COLOUR_NAMES.has(n)).length;
  return names.includes(level) && colours <= 1 && names.length - colours <= 1;
}

/**
 * Whether a heading is the level's own ("Fase 2 – code paars: storing"), not one of something done at it ("Stappenplan
 * bij code paars"): it names the level, not after a preposition.
 */
export function levelsOwnHeading(section: string, level: string): boolean {
  return headingNamesLevel(section, level) && !afterPreposition(level).test(section);
}

/** "bij code rood", "na fase 2": a level named after a preposition; one pattern per level (a colour or a number: few), built once, as every hit's heading is tested. */
const afterPreposition = (() => {
  const built = new Map<string, RegExp>();
  return (level: string) => {
    let pattern = built.get(level);
    if (!pattern) built.set(level, (pattern = new RegExp(String.raw`\b(?:bij|tijdens|na|voor|in|naar|van|tot|per|onder|vanaf)\s+(?:${KIND}\s+)?${level}\b`, 'iu')));
    return pattern;
  };
})();

/**
 * "Wanneer gaat het naar rood?", "wanneer is er sprake van fase groen?": when a level applies, which its section says
 * in the list of its triggers. Only words of grammar beside the level: "wanneer moet de raad het weten bij code rood"
 * asks a moment.
 */
const ASKS_ENTRY = new RegExp(String.raw`^\s*wanneer\s+(?:(?:gaat|gaan|ga|schaalt|schalen|we|wij|je|men|er|het|is|zijn|geldt|gelden|sprake|spreek|spreekt|spreken|van|naar|op|over|tot|wordt|worden|komt|komen|een|de|afgekondigd|afkondigen|opgeschaald|opschalen)\s+)+(?:${KIND}\s+)?\S+?\s*(?:af|uit)?\s*\??\s*$`, 'iu');
export const asksLevelEntry = (question: string): boolean => ASKS_ENTRY.test(question) && namedLevel(question) !== undefined;

/** A level's name in a pattern: after its kind or alone as a colour. */
const NAME = String.raw`(?:${KIND}\s+)?(\p{L}{3,}|\d{1,2})`;
const CHANGE = new RegExp(String.raw`\bvan\s+${NAME}\b[^.?!;]*?\bnaar\s+${NAME}\b`, 'iu');

/** "Wanneer mag je van code rood terug naar oranje?": the change of level asked, from and to; undefined otherwise. */
export function askedChange(question: string): [string, string] | undefined {
  const m = question.match(CHANGE);
  const [from, to] = [m?.[1]?.toLowerCase(), m?.[2]?.toLowerCase()];
  return m && from && to && from !== to && namesIn(m[0]).size > 0 ? [from, to] : undefined;
}

/** Whether a text names that change: a sentence with "van" the one level and later "naar" the other. */
export function namesChange(text: string, [from, to]: [string, string]): boolean {
  return text.split(/(?<=[.!?;])\s+/).some((s) => {
    const m = s.match(CHANGE);
    return !!m && m[1].toLowerCase() === from && m[2].toLowerCase() === to;
  });
}
