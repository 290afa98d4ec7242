/**
 * A pure function of a text, remembered for up to `limit` texts (then forgotten all at once): the same
 * answers, clauses and passages come back with every question.
 */
export function rememberedPerText<R>(limit: number, compute: (text: string) => R): (text: string) => R {
  const results = new Map<string, R>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      if (results.size >= limit) results.clear();
      results.set(text, (result = compute(text)));
    }
    return result;
  };
}
