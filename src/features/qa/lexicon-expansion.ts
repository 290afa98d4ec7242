import { DOMAIN_TERMS, WEAK_TERMS, termsOf } from './dutch-text';
import { type Lexicon, odwnLexicon } from './lexicon';
import { familyRoot, stemWord } from './word-forms';
import { isParaphraseGroup } from './paraphrases';

/** At most this many related terms per question word: the lexicon's words are ranked, two-way entries first. */
const MAX_RELATED_TERMS = 4;

/**
 * Index terms a question word may also match through the lexicon (a paraphrase: "aangesteld" for a text
 * saying "benoemd"): only terms the corpus has, none of the word's own, and never a word a hand-made
 * synonym group holds: the group knows that word's governance sense, the lexicon lists all its senses
 * ("eindigen" is also "besluiten"). Not the domain's hub words either ("overleg", "besluit"): they are
 * in most passages, so a paraphrase landing on them finds everything.
 */
export function relatedTerms(word: string, own: string[], vocabulary: { has(term: string): boolean }, lexicon: Lexicon = odwnLexicon()): string[] {
  if (own.length === 0 || /^[#~\d]/.test(own[0]) || word.length < 4) return [];
  const out: string[] = [];
  for (const related of lexicon.related(word)) {
    const groups = termsOf(related).filter((t) => t.startsWith('~') && !isParaphraseGroup(t));
    if (groups.length > 0) continue;
    for (const term of [stemWord(related), familyRoot(related)]) {
      if (!term || own.includes(term) || out.includes(term) || !vocabulary.has(term)) continue;
      if (DOMAIN_TERMS.has(term) || WEAK_TERMS.has(term)) continue;
      out.push(term);
    }
    if (out.length >= MAX_RELATED_TERMS) break;
  }
  return out.slice(0, MAX_RELATED_TERMS);
}
