import type { Passage } from './qa.domain';

/**
 * A list whose items open with the party that is to act, in bold ("3. **RSJ IJsselland (contractmanagement):** stel een
 * dataset op ...", "6. **MO:** herzie ..."), as a report's recommendations or a plan's actions are written. "Welke
 * aanbevelingen zijn er voor de verblijfsaanbieders?", "wat moet het MO doen?" asks for the items of that party: those
 * whose label names most of the question's words, with the sentence that introduces the list.
 */

/** An item's bold label, before or after its colon: "1. **BO:** ...", "- **Aanbieders van verblijf**: ...". */
const PARTY_LABEL = /^\s*(?:\d{1,2}[.)]|[-•*])\s+\*\*([^*]{2,80}?):?\*\*\s*:?/u;
/** What someone is to do: recommendations, actions, tasks, "wat moet X doen". */
const ASKS_PARTY_TASK = /\b(?:aanbeveling|aanbevelingen|aanbevolen|adviezen|acties|actiepunten|taken|opdrachten)\b|\bwat\s+(?:moet|moeten|gaat|gaan|zou|zouden)\b[^?]*\b(?:doen|oppakken|ondernemen)\b/i;
/** What such a list is, as its heading or its introduction says: recommendations, actions, tasks, agreements. */
const LIST_OF_TASKS = /aanbeveling|advie[sz]|actie|taken|\btaak|opdracht|afspraken|vervolg/i;
/** At least this many labelled items make such a list. */
const MIN_ITEMS = 2;

/** Whether a word of a text is one the question names itself. */
type Named = (word: string) => boolean;

/** The code a label opens with ("R3 – Snelle lijn", "A1 – Reactietermijn"). */
const LABEL_CODE = /^\s*(\p{Lu}{1,3}\d{1,3})\b/u;
/** A code the question names picks its item, whatever words the other labels share with the question. */
const CODE_NAMED = 100;

/** How many words of a line's bold label the question names; undefined for a line without one. */
function labelNamed(line: string, named: Named): number | undefined {
  const label = line.match(PARTY_LABEL)?.[1];
  if (label === undefined) return undefined;
  const code = label.match(LABEL_CODE)?.[1];
  return code && named(code) ? CODE_NAMED : (label.match(/\p{L}{2,}/gu) ?? []).filter(named).length;
}

/** Whether the question asks what a party is to do; "welke aanbevelingen zijn niet opgevolgd" asks their state. */
export const asksPartyTask = (question: string): boolean => ASKS_PARTY_TASK.test(question) && !/\bniet\b/i.test(question);

/** Whether a passage of such a list holds an item whose label the question names (for ranking it). */
export function namesParty(passage: Pick<Passage, 'section' | 'text'>, named: Named): boolean {
  return isListOfTasks(passage) && passage.text.split('\n').some((line) => (labelNamed(line, named) ?? 0) > 0);
}

/** A list of tasks by its heading or its introduction ("Wij doen de volgende aanbevelingen:"); not a list of definitions. */
const isListOfTasks = (passage: Pick<Passage, 'section' | 'text'>) =>
  LIST_OF_TASKS.test(passage.section) || passage.text.split('\n').some((line) => /:\s*$/.test(line) && LIST_OF_TASKS.test(line));

/** The items of the party asked, with the line that introduces them; undefined when the section has no such list. */
export function partyItemsAnswer(question: string, section: Passage[], named: Named): { text: string } | undefined {
  if (!asksPartyTask(question) || !section.some(isListOfTasks)) return undefined;
  const lines = section.flatMap((p) => p.text.split('\n'));
  const scores = lines.map((line) => labelNamed(line, named));
  const top = Math.max(0, ...scores.map((s) => s ?? 0));
  if (top === 0 || scores.filter((s) => s !== undefined).length < MIN_ITEMS) return undefined;
  const first = scores.indexOf(top);
  const intro = lines.slice(0, first).reverse().find((l, k, before) => /:\s*$/.test(l) && before.slice(0, k).every((b) => PARTY_LABEL.test(b)));
  return { text: [intro, ...lines.filter((_, i) => scores[i] === top)].filter(Boolean).join('\n') };
}
