import { fold } from '../../shared/fold';
import { distance } from './spelling-edits';

/**
 * "Wie is de huidige voorzitter?", "Welke wethouder is trekker van het gedwongen kader?": who holds a role now.
 * The documents can only say who held it when they were written (or only describe the role), so the answer
 * says that first: what follows is the documents' word, not today's state.
 */
const NOW = /\b(huidige|tegenwoordige|actuele)\b/i;
const WHO = /^\s*(wie|welke (wethouders?|bestuurders?|portefeuillehouders?|personen|persoon|medewerkers?))\b/i;
/** A person asked for by kind, in the present tense: "welke wethouder is / zit / zijn ...". */
const WHICH_PERSON_NOW = /^\s*welke (wethouders?|bestuurders?|portefeuillehouders?|personen|persoon|medewerkers?) (is|zijn|zit|zitten)\b/i;

/** "Wie wordt de nieuwe vicevoorzitter?", "wie was de vorige voorzitter?": a holder before or after the documents, no year given. */
const OTHER_TIME = /^\s*wie\s+(?:is|was|wordt|werd)\s+(?:er\s+)?de\s+(?:nieuwe|volgende|vorige)\b(?![^?]*\b(?:19|20)\d\d\b)/i;

/** "Wie is op dit moment voorzitter van het BO?", "wie is er nu secretaris?": a role's holder today. */
const ROLE_NOW = /^\s*wie\s+(?:is|zijn)\s+(?:er\s+)?(?:nu|op\s+(?:dit|het)\s+moment|momenteel|tegenwoordig)\s+(?:de\s+|het\s+)?\p{L}{3,}/iu;

export const asksWhoHoldsItNow = (question: string) => (WHO.test(question) && NOW.test(question)) || ROLE_NOW.test(question) || WHICH_PERSON_NOW.test(question) || OTHER_TIME.test(question);

/** "Wie is de coördinator (van de inbrengronde)?", "wie is er nu secretaris?": a person asked for by the name of a role. */
const WHO_IS_ROLE = /^\s*wie\s+(?:is|zijn)\s+(?:er\s+)?(?:nu\s+|eigenlijk\s+)?(?:de\s+|het\s+)?(\p{L}{3,}(?:\s+\p{L}{3,})?)/iu;
/** "Hoe heet de vicevoorzitter?", "wat is de naam van de secretaris?": a person's name asked for by a role. */
const NAME_OF = /^\s*(?:hoe\s+he(?:et|ten)|wat\s+(?:is|zijn)\s+de\s+na(?:am|men)\s+van)\s+(?:de\s+|het\s+)?(\p{L}{3,}(?:\s+\p{L}{3,})?)/iu;
/** "Hoe heet de wethouder van Hardenberg?": a name asked for, which a table cell naming only the role ("wethouder jeugd Hardenberg") does not give. */
export const asksNameOfRole = (question: string) => NAME_OF.test(question);
/** An adjective before the role ("de externe communicatieadviseur", "de nieuwe secretaris", "bestuurlijk trekker"): the role is the word after it. */
const ADJECTIVE = /^\p{L}+(?:e|ige|lijke?|ische|isch)$/u;
/** The role asked for in the words after the article: the first, or the second when the first is an adjective and the second no preposition. */
function roleIn(phrase: string | undefined): string | undefined {
  const [first, second] = phrase?.split(/\s+/) ?? [];
  return second && ADJECTIVE.test(first) && !/^(van|bij|voor|in|op|het|de)$/i.test(second) ? second : first;
}
/** A word for a person by role ("voorzitter", "coördinator", "portefeuillehouder"), not a thing ("de monitor"). */
const PERSON_ROLE = /(er|eur|ster|ator|houder|trekker|lid|leden|secretaris|manager|directeur|voorzitter|contactpersoon)$/;
/** Titles written before a name ("mr. Jolanda ...", "dr. Fatima ..."): their full stop ends no sentence. */
export const NAME_TITLES = 'mr|dr|drs|ir|ing|prof|mw|dhr|mevr';
/** Capitalised words in a row, mid-sentence ("projectleider Wim Waninge", "Diana van Dijk", "het Bestuurlijk Overleg"). */
const CAPITALISED_RUN = new RegExp(String.raw`(?<=(?:[\p{L},|]|\b(?:${NAME_TITLES})\.)\s+)\p{Lu}\p{Ll}+(?:(?:\s+(?:van|de|der|den|ter|ten))*\s+\p{Lu}\p{Ll}+)+`, 'gu');
const wordsOf = (text: string) => new Set(fold(text).split(/[^\p{L}]+/u));
/** Words of an organisation's or a document's name, not a person's ("Regionaal Serviceteam Jeugd", "Stichting Kansrijk"). */
const INSTITUTIONAL = /^(regionaal|regionale|serviceteam|jeugd|jeugdhulp|jeugdzorg|overleg|bestuurlijk|ambtelijk|stichting|gemeente|regeling|reglement|artikel|hoofdstuk|expertise|netwerk|team|bestuurscommissie|regiovisie|toegang|provincie|inspectie|wonen|zorg|monitor|kadernota|begroting|jaarverslag)$/;
/** A person's name: capitalised words in a row, none of them a word of an institution's name ("Wim Waninge", "Ans Vlietstra"). */
/** A surname after initials, the first name perhaps between brackets: "R. (Renske) Dijkhuis", "J.A. de Vries". */
export const INITIALS_NAME = /(?<![\p{L}.])(?:\p{Lu}\.\s?)+(?:\(\p{Lu}\p{Ll}+\)\s+)?(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}\p{Ll}{2,}/u;
export const namesPerson = (answer: string, title = '') => INITIALS_NAME.test(answer) || [...answer.matchAll(CAPITALISED_RUN)].some((m) => {
  const words = m[0].split(/\s+/).map(fold);
  // "krijgt Thuis Dichtbij een eigen paragraaf": the name of the project the document is titled by is no person.
  return !words.some((w) => INSTITUTIONAL.test(w)) && !words.every((w) => wordsOf(title).has(w));
});

/**
 * "coördinator: de projectmanager die de inbrengronde begeleidt": the answer only defines the role asked; an answer
 * that names the role elsewhere too ("De regiomanager is secretaris van het BO") may name its holder, as does a head's
 * field that names a person ("Portefeuillehouder: Wethouder R. Dijkhuis").
 */
function onlyDefines(role: string, answer: string): boolean {
  const defines = new RegExp(`(?:^|[\\s(])${role}\\s*[:–]\\s.*`, 'u');
  const lines = fold(answer).split('\n');
  return lines.some((l) => defines.test(l)) && !lines.some((l) => wordsOf(l.replace(defines, '')).has(role));
}

/** "De manager is voorzitter" for "wie is de vicevoorzitter": the answer names a shorter role, never the one asked. */
function onlyOtherRole(role: string, answer: string): boolean {
  const words = wordsOf(answer);
  if (words.has(role)) return false;
  for (let k = 2; role.length - k >= 5; k++) if (words.has(role.slice(k))) return true;
  return false;
}

/**
 * "Wie is de coördinator?" answered only by what the role is ("coördinator: de projectmanager die de inbrengronde
 * begeleidt"), by another role ("voorzitter" for "vicevoorzitter") or without naming the role at all, and "hoe heet de secretaris?" answered
 * without a person's name: the text names nobody, so the answer says that first and then what the text says.
 */
export function namesNoHolder(question: string, answer: string): boolean {
  const named = roleIn(question.match(NAME_OF)?.[1]);
  if (named) return PERSON_ROLE.test(fold(named)) && !namesHolderOf(fold(named), answer);
  const role = roleIn(question.match(WHO_IS_ROLE)?.[1]);
  return !!role && ((onlyDefines(fold(role), answer) && !namesPerson(answer)) || onlyOtherRole(fold(role), answer) || (PERSON_ROLE.test(fold(role)) && (!saysRole(fold(role), answer) || onlyInPassing(fold(role), answer))));
}

/** Whether the answer says the role asked, also when the question misspells a long one by a letter ("portefeuilehouder"). */
const saysRole = (role: string, answer: string) => [...wordsOf(answer)].some((w) => w === role || w === singular(role) || (role.length >= 8 && distance(w, role, 1) <= 1));
/** "Leden" asked, "met de regiomanager als vierde lid" said; "wethouders", "bestuurders": one of them. */
const singular = (role: string) => (role === 'leden' ? 'lid' : role.replace(/(?<=[^aeiou])(?:en|s)$/, ''));

/**
 * "Wie is de juridisch adviseur?" answered by a list of the roles RSJ may hire ("- juridisch adviseur;"): the text names
 * the role only as an item of a list of kinds, never who fills it. "De leden kiezen een vicevoorzitter" does say who.
 */
function onlyInPassing(role: string, answer: string): boolean {
  const lines = fold(answer).split('\n').filter((line) => wordsOf(line).has(role));
  const listed = (line: string) => /^\s*[-•*]/.test(line) && line.split(/[^\p{L}]+/u).filter(Boolean).slice(0, 2).includes(role);
  return lines.length > 0 && lines.every(listed) && !namesPerson(answer);
}

/** The role a question asks a person's name for ("hoe heet de regiomanager?", "wie is de secretaris?"); not a thing ("hoe heet de monitor?"). */
export function personRoleAsked(question: string): string | undefined {
  const role = roleIn(question.match(NAME_OF)?.[1] ?? question.match(WHO_IS_ROLE)?.[1]);
  return role && PERSON_ROLE.test(fold(role)) ? fold(role) : undefined;
}

/** The sentences of a text: a holder's name and role stand in one. Each bold field of a head ("**Projectmanager:** ...") is one. */
const SENTENCE_END = new RegExp(String.raw`(?<=[.!?])(?<!\b(?:${NAME_TITLES})\.)\s+|\n+|\s+(?=\*\*[\p{L} ]+:\*\*)`, 'u');
export const sentencesOf = (text: string) => text.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);

/** Whether one sentence names the role and a person ("Vanaf 2018 gaat Diana Hofsteenge aan de slag als regiomanager"). */
export function namesHolderOf(role: string, text: string, title?: string): boolean {
  return sentencesOf(text).some((s) => wordsOf(s).has(role) && namesPerson(s, title));
}

/** A question after a role's holder answered with that holder's name: the documents name who held it then, not who holds it now. */
export function namesHolderThen(question: string, answer: string): boolean {
  const role = personRoleAsked(question);
  return !!role && namesHolderOf(role, answer);
}

/** "Is het reglement al geëvalueerd?", "heeft het AO al gereageerd?": whether something has happened by now. */
const DONE_YET = /^\s*(?:is|zijn|heeft|hebben|wordt|worden)\b[^?]*\b(?:al|nog steeds)\b/i;
export const asksWhetherDoneYet = (question: string) => DONE_YET.test(question);
