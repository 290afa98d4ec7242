/**
 * A pure function of a text, remembered for up to `limit` texts (then forgotten all at once): the same
 * answers, clauses and passages come back with every question.
 */
export function rememberedPerText<R>(limit: number, compute: (text: string) => R): (text: string) => R {
  const results = new Map<string, R>();
  return (text) => {
    if (results.has(text)) return results.get(text) as R;
    if (results.size >= limit) results.clear();
    const result = compute(text);
    results.set(text, result);
    return result;
  };
}
