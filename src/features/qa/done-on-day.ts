import { MONTH_NAMES } from '../../shared/dutch-date';

/**
 * "Welke thema's zijn er op 12 december 2030 op de regioagenda gezet?", "wat is er op 3 maart besloten?": what was done
 * on one day, which only a text that names that day reports. A planning row "Vaststelling: 12 december 2030" is
 * caught by its date; a lid about the procedure that never names the day reports nothing of it.
 */
const DONE_ON_DAY = new RegExp(String.raw`\bop\s+(\d{1,2}\s+(?:${MONTH_NAMES}))(?:\s+\d{4})?\b[^?]*\b(?!gemeente|geldt|gebied)ge\p{L}{2,}[dt]\b`, 'iu');

const spaced = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** Whether the answer (or its section) leaves out the day on which the question asks what was done. */
export function lacksDayOfDeed(question: string, answer: string, source = ''): boolean {
  const day = DONE_ON_DAY.exec(question)?.[1];
  return !!day && !spaced(`${answer}\n${source}`).includes(spaced(day));
}

/** "Wat heeft het PFO op 18 oktober gevonden van het concept?", "hoe reageerde het AO": what a body thought or decided. */
const VERDICT_ASKED = /\bwat\s+(?:vond|vonden|vindt|vinden|heeft|hebben|had|hadden)\s+(?:het|de|die)\s+[^?]{0,40}?\b(?:gevonden|vond|vonden|vinden|vindt|geoordeeld)\b|\bhoe\s+(?:reageerde|reageerden|oordeelde|oordeelden)\b|\bwat\s+(?:was|is)\s+(?:het|de)\s+(?:oordeel|reactie|standpunt)\s+van\b/i;
/** "Het concept gaat op 18 oktober naar het PFO", "wordt in het AO besproken": a meeting still to come, no outcome of it. */
const PLANNED_ONLY = /\b(?:gaat|gaan)\s+(?:[^.;]*?\s)?naar\s+(?:het|de)\b|\bwordt\s+[^.;]*\b(?:voorgelegd|besproken|geagendeerd|behandeld)\b|\bstaat\s+[^.;]*\bgepland\b/i;
/** What a body thought or did with it: "stemde in", "adviseerde", "was positief", "vond", "besloot". */
const VERDICT_SAID = /\b(?:stemde|stemden|ingestemd|adviseerde|adviseerden|geadviseerd|positief|negatief|kritisch|akkoord|vond|vonden|besloot|besloten|oordeelde|reageerde|reageerden|steunde|steunden|onderschreef)\b/i;

/**
 * Asked what a body thought of something at a meeting ("wat heeft het PFO op 18 oktober gevonden van het concept?") of a
 * text that only plans that meeting ("gaat op 18 oktober naar het PFO"): the outcome is not in it.
 */
export const plansOnlyVerdictAsked = (question: string, answer: string): boolean => VERDICT_ASKED.test(question) && PLANNED_ONLY.test(answer) && !VERDICT_SAID.test(answer);

/** "Is dat kort geding er nou gekomen?", "wat zei de rechter?", "hoe is het afgelopen?": the outcome of an event. */
const OUTCOME_ASKED = /\b(?:is|zijn)\s+(?:dat|die|het|de)\s+[^?]{0,50}?\ber\s+(?:(?:nou|nu|toch|al|uiteindelijk|eigenlijk)\s+)*gekomen\b|\bwat\s+(?:zei|zeiden|oordeelde|besliste|besloot|vond)\s+de\s+(?:voorzieningen)?(?:rechter|rechtbank)\b|\bhoe\s+is\s+[^?]{0,50}?\s+afgelopen\b|\bwat\s+was\s+de\s+(?:uitspraak|uitkomst|afloop)\b/i;
/** "Mocht de rechter de procedure ophouden, dan ...", "de kans op een kort geding schatten wij hoger in": foreseen, not happened. */
const FORESEEN = /\b(?:mocht|mochten|indien|kans\s+op|in\s+dat\s+geval|zou|zouden|schatten\s+wij|verwachten\s+wij|naar\s+verwachting)\b/i;
/** What happened: "de rechter oordeelde", "heeft de voorzieningenrechter ... afgewezen", "de uitspraak van 3 mei". */
const OUTCOME_SAID = /\b(?:oordeelde|besliste|bepaalde|wees\s+\p{L}+\s+af|toegewezen|uitspraak\s+(?:van|op)\s+\d|is\s+afgelopen|liep\s+af)\b/iu;

/** Asked how an event turned out ("is dat kort geding er gekomen?") of a text that only foresees it: the outcome is not in it. */
export const foreseesOnlyOutcomeAsked = (question: string, answer: string): boolean => OUTCOME_ASKED.test(question) && FORESEEN.test(answer) && !OUTCOME_SAID.test(answer);
