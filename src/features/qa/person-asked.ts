/** "Wie is er verantwoordelijk voor het risico op een datalek?", "wie is eigenaar van ...": a person, by name or role. */
const RESPONSIBLE_ASKED = /^\s*wie\s+(?:is|zijn|was|waren|wordt|worden)\s+(?:er\s+)?(?:nu\s+)?(?:de\s+)?(?:verantwoordelijk|eigenaar|aanspreekpunt|trekker|contactpersoon)/i;
/** "Ilse Kamphuis", "de privacy officer", "de contractmanager"; not an organisation ("de Autoriteit Persoonsgegevens"). */
const PERSON_NAMED = /(?<!\b(?:de|het|een)\s+)\b\p{Lu}\p{Ll}+\s+(?:(?:van|de|der|den|ten|ter)\s+)*\p{Lu}\p{Ll}[\p{L}'-]+|\b\p{L}*(?:manager|adviseur|officer|coördinator|coordinator|controller|wethouder|secretaris|directeur)\b/u;

/** What a text must give when the one responsible is asked: a person; undefined for other questions. */
export const personAsked = (question: string): ((text: string) => boolean) | undefined =>
  RESPONSIBLE_ASKED.test(question) ? (text) => PERSON_NAMED.test(text) : undefined;
