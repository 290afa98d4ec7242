/**
 * Conditions in regulations: a lid that opens with a condition ("Bij afwezigheid van de voorzitter ...",
 * "Is minder dan de helft aanwezig, dan ...") states an exception or a consequence; the plain rule is
 * another lid. A question that names no condition asks for the rule.
 */

/** Nouns after "bij" that make it a condition ("bij afwezigheid", "bij staking van de stemmen"). */
const BIJ_CONDITION = /^bij\s+(?:de\s+|het\s+|een\s+)?(afwezigheid|verhindering|ontstentenis|staking|spoed|twijfel|ziekte|uitval|overschrijding|geschil|verschil|conflict|onenigheid|gebrek|vacature|overlijden|vertrek|ontslag|weigering|niet-nakoming|faillissement)\b/i;
const OPENS_WITH_CONDITION = /^(als|indien|wanneer|zodra|zolang|ingeval|in geval|in het geval|voor zover|mocht|tenzij)\b/i;
/** "Is maar één lid aanwezig, dan ...", "Lukt dat niet, dan ...": a verb-first clause with its consequence. */
const THEN_CLAUSE = /^[^.;:]{3,}?,\s*dan\b/i;

/** Whether a sentence states what holds under a condition rather than the plain rule. */
export function isConditional(sentence: string): boolean {
  const s = sentence.trim();
  return (OPENS_WITH_CONDITION.test(s) && !AS_ROLE.test(s)) || BIJ_CONDITION.test(s) || THEN_CLAUSE.test(s);
}
/** "Als bestuurlijk trekkers zijn voorgedragen: wethouder ...": "als" of a role, opening a list, no condition. */
const AS_ROLE = /^als\s[^,;]{3,60}:\s*\S/i;

/** Markers of a condition in a question: "als", "indien", "bij afwezigheid", "wat gebeurt er ...". */
const QUESTION_CONDITION = /\b(als|indien|zodra|zolang|tenzij|zonder|ingeval|geval|gevallen|bij\s+(?:de\s+|het\s+|een\s+)?\p{L}*(?:heid|ing|spoed|ziekte)|afwezig|ziek|verhinderd|niet (?:kan|kunnen|kunt|is|zijn|lukt)|er niet|gebeurt|volgt|uitzondering\p{L}*|spoed\p{L}*|toch)\b/iu;
/** "Wanneer" opening a question asks for a time; inside it, it is a condition. */
const INNER_WANNEER = /.\bwanneer\b/i;

/** Whether a question names a condition (or asks what follows from one). */
export function namesCondition(question: string): boolean {
  return QUESTION_CONDITION.test(question) || INNER_WANNEER.test(question.trim()) || question.includes(',');
}

/** How much a conditional sentence counts for a question that names no condition. */
const UNASKED_CONDITION = 0.4;
/** How much a lid under the kind of condition the question names counts. */
const SAME_CONDITION = 2;

/** Kinds of condition a question names in its own words and a regulation in its own: absence, a tie, urgency. */
const CONDITION_KINDS = [
  /\b(afwezig\p{L}*|verhinder\p{L}*|ontstentenis|er niet (?:is|zijn)|niet (?:kan|kunnen|kunt) (?:komen|zijn)|niet aanwezig|ziek\p{L}*|vervang\p{L}*)\b/iu,
  /\b(staken|staking|stemmen gelijk|evenveel stemmen|gelijk aantal stemmen|stemmen staken)\b/iu,
  /\b(spoed\p{L}*|dringend\p{L}*|niet kan wachten|haast)\b/iu,
];

/** The clause of a conditional sentence that states the condition: up to its first comma. */
const conditionOf = (sentence: string) => sentence.split(',')[0];

const ASKS_CASES = /\bin\s+welke\s+(?:gevallen|situaties?)\b/i;

/** How much a lid that states a consequence counts for "wat gebeurt er als ...?". */
const ASKED_CONSEQUENCE = 1.5;

/**
 * "Wie leidt ...", "wat is ...", "welke ...": a question for the rule itself. "Wanneer", "hoe snel" and "vanaf hoeveel"
 * often ask for the condition ("Is te verwachten dat de hulp niet binnen zes weken ..., dan ...").
 */
const ASKS_THE_RULE = /^\s*(wie|door wie|wat|welke?)\b/i;

/** "Wat gebeurt er als ...", "wat als ...", "wat volgt ...": the question asks what follows from a situation. */
export const WANTS_CONSEQUENCE = /\b(wat (gebeurt|volgt)|gevolgen?|wat als)\b/i;

/**
 * "Wat als een lid niet antwoordt?", "wat gebeurt er als er geen voorzitter is?", "... als er te weinig leden zijn?": a
 * situation in which something does not happen, or falls short (the regulation says "Wordt het quorum niet gehaald").
 */
const NEGATED_SITUATION = /\b(?:als|indien|wanneer|zodra)\b[^,?]*\b(?:niet|geen|nooit|te weinig|te laat|onvoldoende)\b/i;
/** The same on the lid's side, also as a rule says it ("Komt een melding te laat binnen", "na de termijn"). */
const NEGATION = /\b(?:niet|geen|nooit|te weinig|te laat|onvoldoende|na (?:de|het verstrijken van de) termijn)\b/i;
/** "Een lid dat niet reageert, ...", "wie zich niet laat vervangen, ...": a subject whose relative clause names the situation. */
const RELATIVE_CONDITION = /^(?:(?:een|elk|elke|ieder|iedere)\s+[\p{L}-]+\s+(?:die|dat)|wie)\s[^,]{3,},/iu;

/**
 * For a situation in which something does not happen, the lid that states what follows under a negated condition
 * ("Een lid dat niet reageert, wordt geacht in te stemmen", "Lukt dat niet, dan ...") counts most; a lid under a
 * condition that something does happen ("maken drie leden bezwaar, dan ...") is another situation.
 */
function negatedConditionWeight(lid: string[]): number {
  const negated = lid.some((s) => (isConditional(s) || RELATIVE_CONDITION.test(s)) && NEGATION.test(conditionOf(s)));
  return negated ? SAME_CONDITION : 1;
}

/**
 * The weight of a sentence for a question: a lid under a condition the question does not name counts less;
 * for a question about what follows, a lid that says what follows counts more.
 */
export function conditionWeight(question: string): (sentence: string, lid: string[]) => number {
  if (WANTS_CONSEQUENCE.test(question) && NEGATED_SITUATION.test(question)) return (_, lid) => negatedConditionWeight(lid);
  if (WANTS_CONSEQUENCE.test(question)) return (_, lid) => (lid.some(isConditional) ? ASKED_CONSEQUENCE : 1);
  // "In welke gevallen gaat een escalatie door naar ...?": the cases are the conditions, a lid that states one answers.
  if (ASKS_CASES.test(question)) return (sentence) => (isConditional(sentence) ? SAME_CONDITION : 1);
  const kinds = CONDITION_KINDS.filter((k) => k.test(question));
  // The lid under the same kind of condition as the question's ("als de voorzitter er niet is": "bij afwezigheid van de voorzitter").
  if (kinds.length) return (sentence) => (isConditional(sentence) && kinds.some((k) => k.test(conditionOf(sentence))) ? SAME_CONDITION : 1);
  if (namesCondition(question) || !ASKS_THE_RULE.test(question)) return () => 1;
  return (sentence) => (isConditional(sentence) ? UNASKED_CONDITION : 1);
}
