import { asksCause, asksFunding } from './asked-elaboration';

/**
 * "Waarom is de indexatie aangepast en naar welk percentage?", "... en waaruit wordt dat betaald?": a text that covers about
 * as much of the question as any table row (within `tie`) gives the why, or the where from, which no row of figures gives.
 */
export function textGivesWhy<H extends { coverage: number }>(question: string, hits: H[], isRow: (h: H) => boolean, tie: number): boolean {
  if (!asksCause(question) && !asksFunding(question)) return false;
  const textCoverage = Math.max(0, ...hits.filter((h) => !isRow(h)).map((h) => h.coverage));
  return !hits.some((h) => isRow(h) && h.coverage > textCoverage + tie);
}
