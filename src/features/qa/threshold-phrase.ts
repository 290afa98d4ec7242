/**
 * A figure a question puts as a bound: "langer dan 8 weken", "meer dan 1.000 cliënten", "minder dan 15 miljoen". The
 * figure is no word a text must say: it is compared with the text's figures (table-thresholds.ts).
 */

export const THRESHOLD =
  /\b(langer|meer|hoger|groter|later|boven|vanaf|minimaal|korter|minder|lager|kleiner|onder|maximaal)\s+(?:dan\s+)?(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(miljoen|mln|duizend))?(?:\s+(\p{L}+))?/iu;
const BELOW = /^(korter|minder|lager|kleiner|onder|maximaal)$/i;
const INCLUSIVE = /^(vanaf|minimaal|maximaal)$/i;

export interface Threshold {
  value: number;
  below: boolean;
  inclusive: boolean;
  /** Whether the figure was given in miljoen or duizend: compared with what a table in thousands means. */
  absolute: boolean;
  unit: string;
  /** The figure as asked: "200 duizend", "6,5". */
  said: string;
}

export function thresholdIn(question: string): Threshold | undefined {
  const m = THRESHOLD.exec(question);
  if (!m) return undefined;
  const scale = /^(miljoen|mln)$/i.test(m[4] ?? '') ? 1e6 : /^duizend$/i.test(m[4] ?? '') ? 1e3 : 1;
  const value = Number(`${m[2].replace(/\./g, '')}.${m[3] ?? '0'}`) * scale;
  const said = `${m[2]}${m[3] ? `,${m[3]}` : ''}${m[4] ? ` ${m[4]}` : ''}`;
  return { value, below: BELOW.test(m[1]), inclusive: INCLUSIVE.test(m[1]), absolute: scale > 1, unit: (m[5] ?? '').toLowerCase(), said };
}

/** "Een aanvraag van rond de € 110.000": a rough amount of the asker's case, compared with a rule's limit, no figure a text must say. */
export const ROUGH_AMOUNT = /\b(?:rond(?:om)?\s+de|ongeveer|zo'n|circa|ca\.|pakweg|ruim|bijna)\s+(?:€\s*)?\d{1,3}(?:\.\d{3})+(?:,\d+)?\b/iu;
