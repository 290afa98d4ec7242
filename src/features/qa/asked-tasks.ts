// Questions about what a role or body does: asked in other words, and answered from a section on its tasks.

/** "Wat zijn de taken van de klachtenfunctionaris?", "welke taken heeft het AO?": what a role or body does, as "wat doet X?" asks it. */
export const TASKS_FRAMES: [RegExp, string][] = [
  [/^\s*(?:wat zijn (?:de|alle)|welke zijn de) (?:taken|werkzaamheden) van (de|het|een) ((?:\p{L}+ ){0,2}\p{L}+)\s*\??\s*$/iu, 'wat doet $1 $2?'],
  [/^\s*welke (?:taken|werkzaamheden) (?:heeft|hebben) (de|het|een) ((?:\p{L}+ ){0,2}\p{L}+)(?: allemaal)?\s*\??\s*$/iu, 'wat doet $1 $2?'],
];

/** "Wat doet de kleine commissie (allemaal)?": what a body or role does, which a document lists under "Taken". */
const ASKS_TASKS = /^\s*wat (?:doet|doen) (?:de|het|een) (?:\p{L}+ ){0,2}\p{L}+(?: allemaal| eigenlijk| precies)*\s*\??\s*$/iu;
/** The word itself, not a compound ("Werkgeverstaken" are tasks of one kind) nor a look-alike stem ("Verantwoording"). */
const TASKS_HEADING = /\b(taken|taak|taakomschrijving|werkzaamheden)\b/i;
/** How much a passage under a "Taken" heading outranks others for "wat doet X?". */
const TASKS_BOOST = 1.5;

/** For "wat doet X?", the rank factor of a passage by its section heading; undefined for other questions. */
export const tasksBoost = (question: string): ((section: string) => number) | undefined =>
  ASKS_TASKS.test(question) ? (section) => (TASKS_HEADING.test(section) ? TASKS_BOOST : 1) : undefined;
