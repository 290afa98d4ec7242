import { type NamedInQuestion, actorWords, asksWho } from './asked-kind';
import { definitionLine } from './definitions';
import { MAX_ANSWER_CHARS } from './qa.domain';

/**
 * "Wie vertegenwoordigt een gemeente in het MO?" answered by "... vertegenwoordigd door één lid" says who only when
 * the regulation's definitions say what a "lid" is ("lid: de manager sociaal domein die ... is aangewezen"): for a
 * "wie" question, the definition of the role that acts in the answer (not one the question names) comes along.
 */
export function withActorDefinition(question: string, answer: string, definitions: () => string[], named: NamedInQuestion): string {
  if (!asksWho(question)) return answer;
  for (const actor of [...new Set(actorWords(answer).filter((w) => !named(w)))]) {
    const line = definitions()
      .map((text) => definitionLine(text, actor))
      .find(Boolean);
    const said = line?.replace(/[;,]\s*$/, '.');
    if (said && !answer.includes(said) && answer.length + said.length < MAX_ANSWER_CHARS) return `${answer}\n${said.charAt(0).toUpperCase()}${said.slice(1)}`;
  }
  return answer;
}
