import { capitalisedTerms } from './unknown-names';
import { type Decompounder, FOCUS_GROUPS, WEAK_TERMS, compoundParts, joinedVerbTerms, termsOf, tokenGroups, tokenize } from './dutch-text';
import type { QueryWord } from './query-words';
import { relatedTerms } from './lexicon-expansion';
import { lexiconKey } from './lexicon';
import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import { withoutIdioms } from './question-frames';
import { joinSplitInfinitives } from './question-rewrites';
import { stemWord } from './word-forms';
import { isSeparableParticle } from './separable-particles';

const STOP_WORDS = new Set(DUTCH_STOP_WORDS);

/** What analysing a question needs from the corpus. */
export interface AnalysisContext {
  terms(word: string): string[];
  decompounder: Decompounder;
  vocabulary: { has(term: string): boolean };
  speller: { correct(text: string): string };
}

const DETERMINERS = new Set(['de', 'het', 'een', 'welk', 'welke', 'hoeveel', 'die', 'dat', 'deze', 'dit', 'zijn', 'haar', 'hun', 'mijn', 'jouw', 'uw', 'ons', 'onze', 'elk', 'elke', 'ieder', 'iedere', 'alle']);

/** Question words, each with the index terms it may match. */
export function analyseQuestion(question: string, corpus: AnalysisContext): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  // "Om te vallen" is "omvallen" when the index knows that verb or its synonyms.
  const text = joinSplitInfinitives(corpus.speller.correct(withoutIdioms(question)), (w) => corpus.terms(w).some((t) => t.startsWith('~') || corpus.vocabulary.has(t)));
  // A name no document uses ("wachttijd bij Karakter") has no paraphrases: it is not the Dutch word it looks like.
  const names = capitalisedTerms(question, corpus.terms);
  const unknownName = (terms: string[]) => names.has(terms[0]) && !terms.some((t) => corpus.vocabulary.has(t));
  for (const group of tokenGroups(text)) {
    const terms = [...new Set(group.flatMap((t) => corpus.terms(t)))];
    if (terms.length === 0 || seen.has(terms[0])) continue;
    seen.add(terms[0]);
    const parts = group.length === 1 ? compoundParts(group[0], corpus.decompounder) : [];
    // A phrase is answered by its concept token; its single words only hint at it.
    const phraseWords = group.length > 1 ? group.slice(1).flatMap((t) => corpus.terms(t)) : [];
    const partial = new Set([...(parts.length === 1 ? termsOf(parts[0]) : []), ...phraseWords]);
    const partTerms = parts.length === 2 ? parts.map((p) => new Set(termsOf(p))) : undefined;
    const whole = new Set(partTerms?.flatMap((p) => [...p]));
    const weak = WEAK_TERMS.has(terms[0]);
    const focus = group.some((t) => termsOf(t).some((g) => FOCUS_GROUPS.has(g)));
    const related = group.length === 1 && !weak && !focus && !unknownName(terms) ? relatedTerms(group[0], terms, corpus.vocabulary) : [];
    words.push({ terms, partial, parts: whole, partTerms, weak, focus, ...(related.length ? { related } : {}) });
  }
  const tokens = tokenize(text);
  // A particle before an article or a noun phrase is a preposition ("het besluit over de regioagenda"), not the end of a verb.
  const particles = tokens.filter((t, i) => isSeparableParticle(t) && !DETERMINERS.has(tokens[i + 1]));
  const joinedParticles = new Set<string>();
  // A verb too common to ask by itself ("neemt", "zit") says what is asked with its particle back, and takes it first:
  // "neemt ... over" is "overnemen", "zit ... voor" is "voorzitten" (done by the "voorzitter").
  for (const verb of tokens.filter((t) => corpus.terms(t).length === 0 && !isSeparableParticle(t))) {
    for (const p of particles.filter((q) => tokens.indexOf(q) > tokens.indexOf(verb) && !joinedParticles.has(q))) {
      const own = joinedVerbTerms(`${p}${verb}`).filter((t) => t.startsWith('~') || corpus.vocabulary.has(t));
      // A joined verb the corpus does not have may have a paraphrase it has ("houdt ... op": "eindigt").
      // Not a stop word after a preposition ("voor me"): that is no verb.
      const related = own.length || STOP_WORDS.has(verb) ? [] : relatedTerms(`${p}${verb}`, [lexiconKey(`${p}${verb}`)], corpus.vocabulary);
      const terms = own.length || !related.length ? own : [lexiconKey(`${p}${verb}`)];
      if (terms.length === 0 || seen.has(terms[0])) continue;
      seen.add(terms[0]);
      words.push({ terms, partial: new Set(), parts: new Set(), weak: false, focus: false, ...(related.length ? { related } : {}) });
      joinedParticles.add(p);
      break;
    }
  }
  // A separable verb ("voeg ... toe", "zit ... voor") also asks for the joined verb ("toevoegen", "voorzitten").
  for (const w of words) {
    for (const p of particles.filter((q) => !joinedParticles.has(q))) {
      const joined = stemWord(`${p}${w.terms[0]}`);
      if (w.terms[0] !== p && corpus.vocabulary.has(joined) && !w.terms.includes(joined)) {
        // The joined verb brings its synonyms: "vast te stellen" is "vaststellen", a way to "besluiten".
        w.terms.push(joined, ...termsOf(joined).filter((t) => t.startsWith('~') && !w.terms.includes(t)));
        joinedParticles.add(p);
        // One particle a verb: "geeft ... uit aan opleiding" is "uitgeven", not also "aangeven".
        break;
      }
    }
  }
  // A particle that joined its verb ("vast te stellen" -> "vaststellen") is not a question word of its own.
  return words.filter((w) => !joinedParticles.has(w.terms[0]));
}
