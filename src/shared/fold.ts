/**
 * Lower case without accents or ligatures ("Cliëntervaring" -> "clientervaring", "ĳ" -> "ij"): how the index, the
 * questions, the paraphrase file and the dictionary all compare words. ASCII text, most of it, skips the normalising.
 */
export const fold = (s: string) => (/[^\x00-\x7f]/.test(s) ? s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : s).toLowerCase();
