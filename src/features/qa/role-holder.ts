import { tokenize, tokenizeText } from './dutch-text';
import { namesHolderOf, personRoleAsked, sentencesOf } from './current-holder';
import type { KnowledgeCorpus } from './knowledge-search';
import type { QaResult } from './qa.domain';

/** How many hits of the role's own search are read for its holder's name. */
const HOLDER_HITS = 10;

/** A fact or passage as the holder search reads it: its text and where an answer from it points. */
function sourceOf(corpus: KnowledgeCorpus, id: string): { text: string; result: Omit<Extract<QaResult, { kind: 'answer' }>, 'answer' | 'confidence'> } | undefined {
  if (id.startsWith('f:')) {
    const fact = corpus.facts.get(id.slice(2));
    return fact && { text: fact.answer, result: { kind: 'answer', source: fact.source, passageRef: { kind: 'fact', id: fact.id } } };
  }
  const p = corpus.passages.get(id);
  return p && { text: p.text, result: { kind: 'answer', source: { title: p.title, section: p.section }, passageRef: { kind: 'passage', title: p.title, position: p.position } } };
}

/**
 * "Hoe heet de regiomanager?": the passage the question's words find may only describe the role, while another names
 * who held it ("Vanaf 2018 gaat Diana Hofsteenge aan de slag als regiomanager"). When the answer names nobody (or
 * nothing was found), the role's own search is read for a sentence that names the role and a person, and the bodies
 * the question names ("PFO" in "wie is de voorzitter van het PFO"), in the sentence or its document's title.
 * Only the first hits of that one search are read, never all passages.
 */
export function holderAnswer(question: string, found: QaResult, corpus: KnowledgeCorpus): QaResult | undefined {
  const role = personRoleAsked(question);
  if (!role || (found.kind === 'answer' ? namesHolderOf(role, found.answer) : found.reason !== 'low-score')) return undefined;
  const bodies = tokenize(question).filter((t) => t.startsWith('#'));
  const saysBodies = (text: string) => {
    const terms = new Set(tokenizeText(text));
    return bodies.every((b) => terms.has(b));
  };
  for (const hit of corpus.search(corpus.terms(role).join(' '), { boostTerm: () => 1 }).slice(0, HOLDER_HITS)) {
    const read = sourceOf(corpus, hit.id);
    const sentence = read && sentencesOf(read.text).find((s) => namesHolderOf(role, s) && saysBodies(`${s} ${read.result.source.title}`));
    if (read && sentence) return { ...read.result, answer: sentence, confidence: found.kind === 'answer' ? found.confidence : 0 };
  }
  return undefined;
}
