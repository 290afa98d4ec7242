/** A search hit as the ranking weighs it. */
export interface RankedHit {
  id: string;
  kind: string;
  coverage: number;
  rank: number;
  /** The passage speaks of the situation the question names (asked-condition.ts). */
  situation?: boolean;
}

/** The document title in a passage key (`p:<title>#<position>`, see passageKey): no store read per hit for it. */
export const titleOfKey = (key: string) => key.slice(2, key.lastIndexOf('#'));

const ASKS_WHY = /^\s*(?:en\s+)?(?:waarom|om\s+welke\s+reden|wat\s+(?:is|was)\s+de\s+reden)\b/i;
/** A section that gives the reasons by its heading: "4.2 Waarom Engelgaard geen verlenging krijgt", "Redenen", "Achtergrond". */
const REASON_HEADING = /^\s*(?:[\d.]+\s+)?(?:waarom|redenen?|overwegingen|motivering|onderbouwing)\b/i;

/**
 * "Waarom wordt het contract met Engelgaard niet verlengd?": of the hits that cover the question as well as the best one,
 * a section of the same document whose heading says it gives the reasons goes first; the best states the fact.
 */
export function withReasonSectionFirst<H extends RankedHit>(ranked: H[], question: string, sectionOf: (id: string) => string | undefined): H[] {
  const best = ranked[0];
  if (!best || best.kind !== 'passage' || !ASKS_WHY.test(question) || REASON_HEADING.test(sectionOf(best.id) ?? '')) return ranked;
  const reasons = ranked.slice(1, 6).find((h) => h.kind === 'passage' && h.coverage >= best.coverage && titleOfKey(h.id) === titleOfKey(best.id) && REASON_HEADING.test(sectionOf(h.id) ?? ''));
  return reasons ? [reasons, ...ranked.filter((h) => h !== reasons)] : ranked;
}
