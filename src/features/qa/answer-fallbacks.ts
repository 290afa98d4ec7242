/** How many passages are tried after one that does not give what is asked; one more for an amount ("Voor perceel 5 ... € 6.400.000"). */
const FALLBACKS = 2, AMOUNT_FALLBACKS = 3;

/**
 * The hits tried after the best, of those nearly as good (`pool`, in rank order): passages; after a curated fact's summary that
 * lacks the count asked, facts and passages in their order, one more ("de 14 Twentse gemeenten" of a passage ranked below two that
 * count IJsselland's own gemeenten, while a fact that gives the count asked ranks above the passages).
 */
export function fallbacksAfter<H extends { kind: string }>(best: H, pool: H[], countAsked: boolean, amountMissing: boolean): H[] {
  const n = amountMissing ? AMOUNT_FALLBACKS : FALLBACKS;
  return best.kind === 'fact' && countAsked ? pool.slice(0, n + 1) : pool.filter((h) => h.kind === 'passage').slice(0, n);
}
