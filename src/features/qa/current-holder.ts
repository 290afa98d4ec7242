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
