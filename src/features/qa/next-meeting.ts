import { tokenize, tokenizeText } from './dutch-text';
import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import { splitSentences } from './passages';
import { MONTHS } from '../../shared/dutch-date';
import type { Passage, QaResult } from './qa.domain';

/**
 * Minutes close by dating their body's next meeting: "**Volgende vergadering:** donderdag 23 mei 2030, gemeentehuis
 * Raalte" or "Afspraak: de volgende vergadering is op 15 november 2029 in Zwolle". "Wanneer en waar is het volgende PFO?"
 * asks that sentence of the minutes of that body, which names its meeting by neither word of the question.
 */

/** "De volgende vergadering is op 15 november", "het volgende Bestuurlijk Overleg vindt plaats op 30 juni", or the closing label "**Volgende vergadering:** donderdag 23 mei": when, with a date; not "dit punt komt terug in de volgende vergadering". */
const NEXT_MEETING_DATED = new RegExp(String.raw`\b(?:eerst)?volgende\s+(?:\p{L}+\s+)?\p{L}*(?:vergadering|bijeenkomst|overleg)(?:\s+(?:is|vindt|wordt|staat)\b[^.;]*?|\s*\**\s*:\s*\**\s*(?:\p{L}+dag\s+)?)\b\d{1,2}\s+(?:${MONTHS.join('|')})\b`, 'iu');

/** "het (eerst)volgende PFO / managersoverleg / de volgende vergadering": a meeting still to come, of a body or any. */
const NEXT_MEETING_ASKED = /\b(?:eerst)?volgende\s+(?:bo|pfo|ao|mo|\p{L}*vergadering|\p{L}*bijeenkomst|\p{L}*overleg)\b/iu;
const WHEN_OR_WHERE = /\b(?:wanneer|waar|welke\s+(?:datum|dag|plaats|locatie))\b/i;
/** Words that only ask when or where a meeting is held, beside the meeting's own name. */
const FRAME = /^(?:wanneer|waar|welke|welk|datum|dag|plaats|locatie|tijd|hoe|laat|vindt|gehouden|vergadert|vergaderen|komt|komen|bijeen|volgende|eerstvolgende|vergadering|bijeenkomst|\p{L}*overleg|na)$/u;
const STOP = new Set(DUTCH_STOP_WORDS);

/**
 * Whether the question asks only when or where the next meeting is: beside the when/where words and the meeting's name,
 * only words of the minutes' title remain ("na de vergadering van 14 maart 2030"); not "wat staat er op de agenda van
 * het volgende overleg?".
 */
function asksOnlyWhenAndWhere(question: string, title: string): boolean {
  const own = new Set(tokenizeText(title));
  return tokenize(question).every((w) => w.startsWith('~') || w.startsWith('#') || STOP.has(w) || FRAME.test(w) || own.has(w) || MONTHS.includes(w) || /^\d+$/.test(w));
}

/** Each body the question names ("#pfo", "managersoverleg") is the minutes' own: the PFO's minutes do not date the next BO. */
const namesTheBody = (question: string, title: string) => {
  const own = new Set(tokenizeText(title));
  return tokenize(question).filter((t) => t.startsWith('#') || /.overleg$/.test(t)).every((t) => own.has(t));
};

/** The sentence of the minutes that dates their next meeting, when the question asks only when or where it is; told as the minutes' own day. */
export function nextMeetingAnswer(question: string, titles: Iterable<string>, passageAt: (title: string, position: number) => Passage | undefined): QaResult | undefined {
  if (!NEXT_MEETING_ASKED.test(question) || !WHEN_OR_WHERE.test(question)) return undefined;
  const found = [...titles].flatMap((title) => {
    if (!asksOnlyWhenAndWhere(question, title) || !namesTheBody(question, title)) return [];
    const passages: Passage[] = [];
    for (let k = 0, p = passageAt(title, 0); p; p = passageAt(title, ++k)) passages.push(p);
    return passages.flatMap((passage) => splitSentences(passage.text).filter((s) => NEXT_MEETING_DATED.test(s)).map((sentence) => ({ passage, sentence })));
  });
  // Two minutes (or two sentences) that date a next meeting: which one is meant is not for this rule to guess.
  if (found.length !== 1) return undefined;
  const { passage, sentence } = found[0];
  // A bold label whose paragraph break was lost at ingest ("... bedankt de aanwezigen. **Volgende vergadering:** ..."): from the label on.
  const label = sentence.search(/\*\*\s*(?:eerst)?volgende\s+vergadering/i);
  return { kind: 'answer', answer: label > 0 ? sentence.slice(label) : sentence, source: { title: passage.title, section: passage.section }, passageRef: { kind: 'passage', title: passage.title, position: passage.position }, confidence: 1, asOfDocument: true };
}
