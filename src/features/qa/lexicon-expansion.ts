import { DOMAIN_TERMS, WEAK_TERMS, termsOf } from './dutch-text';
import { type Lexicon, odwnLexicon } from './lexicon';
import { familyRoot, stemWord } from './word-forms';
import { isParaphraseGroup } from './paraphrases';
import { rememberedPerText } from '../../shared/text-memo';

/** At most this many related terms per question word: the lexicon's words are ranked, two-way entries first. */
const MAX_RELATED_TERMS = 4;

/**
 * Index terms a question word may also match through the lexicon (a paraphrase: "aangesteld" for a text
 * saying "benoemd"): only terms the corpus has, none of the word's own, and never a word a hand-made
 * synonym group holds: the group knows that word's governance sense, the lexicon lists all its senses
 * ("eindigen" is also "besluiten"). Not the domain's hub words either ("overleg", "besluit"): they are
 * in most passages, so a paraphrase landing on them finds everything.
 */
export function relatedTerms(word: string, own: string[], vocabulary: { has(term: string): boolean }, lexicon?: Lexicon): string[] {
  if (own.length === 0 || /^[#~\d]/.test(own[0]) || word.length < 4) return [];
  const candidates = lexicon ? lexiconCandidates(word, lexicon) : odwnCandidates(word);
  return candidates.filter((term) => !own.includes(term) && vocabulary.has(term)).slice(0, MAX_RELATED_TERMS);
}

/** The lexicon's words for a word as index terms, in its order, outside any synonym group and not hub or weak words. */
function lexiconCandidates(word: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (const related of lexicon.related(word)) {
    if (termsOf(related).some((t) => t.startsWith('~') && !isParaphraseGroup(t))) continue;
    for (const term of [stemWord(related), familyRoot(related)]) {
      if (term && !out.includes(term) && !DOMAIN_TERMS.has(term) && !WEAK_TERMS.has(term)) out.push(term);
    }
  }
  return out;
}

/** The same words come back with every question: read from the lexicon once per word. */
const odwnCandidates = rememberedPerText(5_000, (word) => lexiconCandidates(word, odwnLexicon()));
