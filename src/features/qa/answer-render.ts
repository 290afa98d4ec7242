import { MAX_ANSWER_CHARS, type Passage } from './qa.domain';
import { LETTERED, NUMBERED, type Unit, unitsOf } from './answer-units';

/**
 * Items of a list go one per line and keep their numbers ("Stap 2:" when the text has those); steps
 * inside a lid keep theirs. Leden keep their numbers only as a run (2, 3, 4) without steps: a lone
 * lid, or leden 1 and 4, lose them so no stray "2." lands inside a sentence or beside a step's "2.".
 */
export function render(units: Unit[], picked: number[]): string {
  // Numbering is decided on the sentences in document order; the answer's own lid may be shown first.
  const firsts = [...picked].sort((a, b) => a - b).filter((k) => units[k].marker !== undefined);
  const lidNumbers = firsts.filter((k) => NUMBERED.test(units[k].marker!) && !units[k].step).map((k) => Number.parseInt(units[k].marker!, 10));
  const steps = firsts.filter((k) => units[k].step).length;
  // Items under the sentence that introduces them, shown with it, keep their numbers also with a gap ("3." and "5.").
  const intros = new Set(firsts.map((k) => units[k].intro));
  const underIntroShown = intros.size === 1 && [...intros][0] !== undefined && picked.includes([...intros][0]!);
  const lidsAsList = lidNumbers.length >= 2 && steps === 0 && (underIntroShown || lidNumbers.every((n, i) => i === 0 || n === lidNumbers[i - 1] + 1));
  const items = firsts.length;
  let out = '';
  let previous: Unit | undefined;
  let previousK = -1;
  for (const k of picked) {
    const u = units[k];
    const isLid = u.marker !== undefined && NUMBERED.test(u.marker) && !u.step;
    const item = u.marker !== undefined && items >= 2 && (isLid ? lidsAsList : !u.step || steps >= 2);
    // One item shown with the sentence introducing its list keeps its own marker: "... in vijf stappen tot stand:" then "4. De Toegang ...".
    const lone = !item && u.marker !== undefined && u.intro !== undefined && previous === units[u.intro];
    // One bullet of a list shown without its introduction ("- een regionale bijeenkomst ... in Raalte;") stays a bullet on its
    // own line, not a lower-case clause glued to the sentence before it.
    const loneBullet = !item && !lone && u.marker !== undefined && !isLid && !u.step && !u.row && !!previous && previous.line !== u.line;
    const marker = (item || lone || loneBullet) && !/^stap\s/i.test(u.text) ? `${NUMBERED.test(u.marker!) || (lone && LETTERED.test(u.marker!)) ? u.marker : '-'} ` : '';
    // A new line after a list item (the line closing a list) stays on a line of its own.
    // The context shown after the answer's own lid starts on a line of its own.
    // A table row read as text is a line of its own, as is what follows it.
    const newLine = item || lone || loneBullet || k < previousK || (previous?.marker !== undefined && previous.line !== u.line && items >= 2) || !!u.row || !!previous?.row;
    out += out ? `${newLine ? '\n' : ' '}${marker}${u.text}` : `${marker}${u.text}`;
    previous = u;
    previousK = k;
  }
  return out;
}

/**
 * What a cross-reference points at in an article (its section's passages): lid n whole, or step n of
 * the steps inside a lid ("de tweede stap"); undefined when there is no such lid or step. With
 * `listOnly`, a lid only when it holds a list ("de gegevens, genoemd in artikel 3, tweede lid").
 */
export function referencedText(section: Passage[], n: number, kind: 'lid' | 'step', listOnly = false): string | undefined {
  const units = unitsOf(section, () => []);
  const isTarget = (u: Unit) => !!u.marker && (kind === 'step' ? u.step || /^stap\s/i.test(u.marker) : NUMBERED.test(u.marker) && !u.step) && Number.parseInt(u.marker.replace(/\D+/, ''), 10) === n;
  // A procedure outside an article numbers its steps as plain items.
  const line = (units.find(isTarget) ?? (kind === 'step' && !units.some((u) => u.step) ? units.find((u) => !!u.marker && NUMBERED.test(u.marker) && Number.parseInt(u.marker, 10) === n) : undefined))?.line;
  if (line === undefined) return undefined;
  const picked = units.flatMap((u, i) => ((kind === 'step' ? u.line === line : u.lid === line) ? [i] : []));
  if (listOnly && picked.filter((k) => units[k].line !== line && units[k].marker).length < 2) return undefined;
  const text = render(units, picked);
  return text.length <= MAX_ANSWER_CHARS ? text : undefined;
}
