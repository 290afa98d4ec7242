import { NAME_TITLES, personRoleAsked } from './current-holder';
import { questionParts } from './question-setup';

/**
 * "Wie is de voorzitter van de klachtencommissie?", "hoe heet de secretaris?": the person who holds a
 * role, so the sentence or list item that names someone with that role ("mr. Jolanda Veldkamp-Ruiters, voorzitter",
 * "regiomanager Marieke Lubbers") answers, not the one that only says what the role does ("de voorzitter en diens
 * plaatsvervanger zijn jurist").
 */

// A capitalised title too ("Mr." opens a line); the pattern is case-sensitive for the names.
const TITLE = String.raw`(?:(?:${NAME_TITLES.replace(/\b(\p{Ll})/gu, (l) => `[${l.toUpperCase()}${l}]`)})\.\s*)*`;
const INITIALS = String.raw`(?:\p{Lu}\.\s*)+(?:\(\p{Lu}\p{L}+\)\s*)?`;
const PARTICLES = String.raw`(?:(?:van|de|der|den|ten|ter|El|el|la|le)\s+)*`;
const LAST = String.raw`\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?`;
/** A person by name: a first name or initials (after a title) and a surname, as reports list them. */
const PERSON = String.raw`${TITLE}(?:${INITIALS}|\p{Lu}\p{L}+\s+)${PARTICLES}${LAST}`;
/** A deputy holds another role: "plaatsvervangend voorzitter", "vicevoorzitter". */
const NOT_DEPUTY = String.raw`(?<!plaatsvervangend\s|plaatsvervangende\s|vice-?|oud-)`;

/** How much a sentence that names the holder counts, against a question word's 1. */
const HOLDER_WEIGHT = 3;

/** The weight a sentence earns by naming the person who holds the role asked; undefined when no role holder is asked. */
export function roleHolderIntent(question: string): ((sentence: string) => number) | undefined {
  const role = personRoleAsked(questionParts(question).asking);
  if (!role) return undefined;
  // Case matters for a name, so the role is matched in both cases by its first letter ("Voorzitter" opens a line).
  const said = `[${role[0].toUpperCase()}${role[0]}]${role.slice(1)}`;
  const named = new RegExp(String.raw`${PERSON}\s*(?:,|\(|–)\s*(?:de\s+)?${said}\b|${NOT_DEPUTY}\b${said}\s+(?:is\s+)?${PERSON}|${PERSON}\s+is\s+(?:de\s+)?${said}\b`, 'u');
  return (sentence) => (named.test(sentence) ? HOLDER_WEIGHT : 0);
}
