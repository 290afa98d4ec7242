/**
 * "Wie is de huidige voorzitter?", "Welke wethouder is trekker van het gedwongen kader?": who holds a role now.
 * The documents can only say who held it when they were written (or only describe the role), so the answer
 * says that first: what follows is the documents' word, not today's state.
 */
const NOW = /\b(huidige|tegenwoordige|actuele)\b/i;
const WHO = /^\s*(wie|welke (wethouders?|bestuurders?|portefeuillehouders?|personen|persoon|medewerkers?))\b/i;
/** A person asked for by kind, in the present tense: "welke wethouder is / zit / zijn ...". */
const WHICH_PERSON_NOW = /^\s*welke (wethouders?|bestuurders?|portefeuillehouders?|personen|persoon|medewerkers?) (is|zijn|zit|zitten)\b/i;

export const asksWhoHoldsItNow = (question: string) => (WHO.test(question) && NOW.test(question)) || WHICH_PERSON_NOW.test(question);

/** "Wie is de coördinator (van de inbrengronde)?", "wie is er nu secretaris?": a person asked for by the name of a role. */
const WHO_IS_ROLE = /^\s*wie\s+(?:is|zijn)\s+(?:er\s+)?(?:nu\s+|eigenlijk\s+)?(?:de\s+|het\s+)?(\p{L}{3,})/iu;

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * "Wie is de coördinator?" answered only by the line that defines the role ("coördinator: de projectmanager die
 * de inbrengronde begeleidt"): the text says what the role is, not who holds it, so the answer says that first.
 * An answer that names the role elsewhere too ("De regiomanager is secretaris van het BO") may name its holder.
 */
export function onlyDefinesRole(question: string, answer: string): boolean {
  const role = question.match(WHO_IS_ROLE)?.[1];
  if (!role) return false;
  const defines = new RegExp(`(?:^|[\\s(])${fold(role)}\\s*[:–]\\s.*`, 'u');
  const lines = fold(answer).split('\n');
  return lines.some((l) => defines.test(l)) && !lines.some((l) => l.replace(defines, '').includes(fold(role)));
}
