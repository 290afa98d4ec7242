import { tokenize, tokenizeText } from './dutch-text';
import { fold } from '../../shared/fold';
import { inDocumentWords } from './everyday-words';
import { questionParts } from './question-setup';
import { namesHolderOf, personRoleAsked, sentencesOf } from './current-holder';
import type { KnowledgeCorpus } from './knowledge-search';
import type { QaResult } from './qa.domain';
import { rowOf } from './tables';
import { rowAsItem } from './answer-units';

/** Words after the role that connect rather than say what about ("van", "bij", "nu"). */
const CONNECTIVES = new Set(['van', 'bij', 'voor', 'het', 'een', 'der', 'den', 'die', 'dat', 'deze', 'dit', 'nu', 'er', 'eigenlijk', 'tegenwoordig']);

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
 * nothing was found), the role's own search is read for a sentence that names the role, a person and what the
 * question says after the role ("van het PFO"; "directeur sociaal domein Zwolle" is not the directeur of RSJ).
 * Only the first hits of that one search are read, never all passages.
 */
export function holderAnswer(text: string, found: QaResult, corpus: KnowledgeCorpus): QaResult | undefined {
  // "Wie zit de kleine commissie voor?" asks the role in other words: "wie is de voorzitter van de kleine commissie?".
  const question = inDocumentWords(text);
  const role = personRoleAsked(questionParts(question).asking);
  if (!role || (found.kind === 'answer' ? namesHolderOf(role, found.answer, found.source.title) : found.reason !== 'low-score')) return undefined;
  // What the question says after the role ("van het PFO", "van de klachtencommissie"), up to a second ask: the sentence
  // must say it too, or the title of its document ("de trekker van Thuis Dichtbij" in the head of that projectplan).
  const folded = fold(question);
  const tail = folded.slice(folded.indexOf(role) + role.length).split(/\s+en\s+(?=van\s+welke|welke|wie|wat|waar|wanneer|hoe)|[,?]/)[0];
  const asked = tokenize(tail).filter((t) => t.length >= 3 && !CONNECTIVES.has(t)).map((t) => corpus.terms(t)[0] ?? t);
  const saysAsked = (sentence: string, title: string) => {
    const terms = new Set(tokenizeText(`${sentence}\n${title}`).flatMap((t) => corpus.terms(t)));
    return asked.every((t) => terms.has(t));
  };
  for (const hit of corpus.search([...corpus.terms(role), ...asked].join(' '), { boostTerm: () => 1 }).slice(0, HOLDER_HITS)) {
    const read = sourceOf(corpus, hit.id);
    const sentence = read && fold(read.text).includes(role) && sentencesOf(read.text).find((s) => namesHolderOf(role, s, read.result.source.title) && saysAsked(s, read.result.source.title));
    // A table row says each cell with its header ("Rol in de commissie: voorzitter"), and the card shows it as the table's row.
    const row = rowOf(read?.text ?? '');
    if (read && sentence) return { ...read.result, answer: row ? rowAsItem(row) : sentence, ...(row && { table: { headers: row.headers, rows: [row.cells] } }), confidence: found.kind === 'answer' ? found.confidence : 0 };
  }
  return undefined;
}
