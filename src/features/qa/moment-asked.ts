/**
 * Whether a "wanneer" question asks a moment rather than the conditions: "wanneer kan ...?" asks for the conditions as
 * often as for a moment; "per/vanaf wanneer", "wanneer moet", "wanneer gaat ... van start", a passive ("wanneer wordt de
 * kadernota opgeleverd?", not "wanneer wordt een klacht niet behandeld?"), a past event and a named doer's deed ask a moment.
 */
export function asksMomentOfEvent(question: string): boolean {
  const passiveMoment = /\bwanneer\s+(wordt|worden|werd|werden)\b/i.test(question) && !/\b(niet|geen)\b/i.test(question);
  return /\b(per|vanaf)\s+wanneer\b|\bwanneer\s+(moet|moeten|moest|moesten|krijgt|krijgen|begint|start)\b|\bwanneer\s+(?:gaat|gaan)\b[^?]*\b(?:van\s+start|starten|beginnen|live)\b/i.test(question) || passiveMoment || PAST_WHEN.test(question) || EVENT_WHEN.test(question) || (DEED_WHEN.test(question) && !CONDITION_WHEN.test(question));
}

/** "Wanneer komt de aanbieder in aanmerking ...", "wanneer vervalt de subsidie": the conditions, as often as a moment. */
const CONDITION_WHEN = /\bin\s+aanmerking\b|\bwanneer\s+(?:vervalt|vervallen|eindigt|eindigen|stopt|stoppen)\b/i;

/**
 * "Wanneer neemt het BO het besluit?", "wanneer besluit de raad over …": a named doer's deed asks a moment, which a
 * planning gives ("16 september – het BO besluit …"). Not a verb of possibility, being or having: "wanneer kan de raad …",
 * "wanneer is de aanbieder …" ask the conditions as often.
 */
export const DEED_WHEN = /(?:^|[,:;]\s*)wanneer\s+(?!(?:kan|kun|kunt|kunnen|mag|mogen|is|zijn|was|waren|heeft|hebben|had|hadden|wordt|worden|werd|werden|gaat|gaan|geldt|gelden|spreekt|spreken|valt|vallen)\b)\p{L}+\s+(?:het|de)\s+\p{L}+/iu;

/** "Wanneer is dat in het PFO geweest?", "wanneer was de aanbieder gemeld": a past event asks its moment, no condition. */
const PAST_WHEN = /\bwanneer\s+(?:is|zijn|was|waren|heeft|hebben|had|hadden)\s+(?:[^?,.\s]+\s+){0,6}?(?:\p{L}*ge\p{L}{2,}(?:d|t|en)|besproken|behandeld|beslist|besloten|begonnen|ontstaan|ontvangen|verstuurd|vertrokken)(?=\s*[?,.]|\s+en\b|\s*$)/iu;

/** "Wanneer is die regiobijeenkomst voor raadsleden?", "wanneer was de opening": an event's moment, no condition. */
const EVENT_WHEN = /\bwanneer\s+(?:is|was|zijn|waren)\s+(?:de|die|het|dat|deze|dit)\s+\p{L}*(?:bijeenkomst|bijeenkomsten|vergadering|vergaderingen|sessie|sessies|conferentie|presentatie|opening|deadline|sluitingsdatum|uitvraag|informatieavond|werkbezoek)\b/iu;
