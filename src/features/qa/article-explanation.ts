import { MAX_ANSWER_CHARS, type Passage, type QaResult } from './qa.domain';
import { titleOfKey } from './ranked-hit';
import { asksCause, givesCause } from './asked-elaboration';
import { escapeRegExp } from '../../shared/escape-regexp';

type Answer = Extract<QaResult, { kind: 'answer' }>;

/** The number of the article an answer comes from: "Artikel 4.1 Berekening", "Artikel 7 Agenda en stukken, lid 1". */
const ARTICLE = /^\s*artikel\s+(\d+(?:\.\d+)?[a-z]?)\b/i;

/**
 * "Waarom ligt het pgb-tarief voor professionals op 90%?" answered by the article that sets it ("Voor professionele hulp geldt
 * een maximumtarief van 90 procent"): a regulation says why in its explanatory part ("Toelichting", "Artikelsgewijs"), in a paragraph
 * headed by the article's number ("**Artikel 4.1.** Het percentage van 90 procent is een afweging ..."). That paragraph follows the
 * rule when the question found its passage and the rule gives no reason of its own.
 */
export function withArticleExplanation(question: string, answer: Answer, hits: { id: string; kind: string }[], passage: (id: string) => Passage | undefined): Answer {
  const number = ARTICLE.exec(answer.source.section)?.[1];
  if (!number || !asksCause(question) || givesCause(answer.answer)) return answer;
  const headed = new RegExp(`^\\W*artikel\\s+${escapeRegExp(number)}\\W+\\s*\\p{Lu}`, 'iu');
  for (const hit of hits) {
    const p = hit.kind === 'passage' && titleOfKey(hit.id) === answer.source.title ? passage(hit.id) : undefined;
    const paragraph = p && p.section !== answer.source.section ? p.text.split('\n').find((line) => headed.test(line) && line.length > 80) : undefined;
    if (!p || !paragraph) continue;
    const text = `${answer.answer}\n\n${paragraph.trim()}`;
    return text.length > MAX_ANSWER_CHARS + 400 ? answer : { ...answer, answer: text, source: { ...answer.source, section: `${answer.source.section}; ${p.section}` } };
  }
  return answer;
}
