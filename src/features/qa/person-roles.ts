import { PLACE_TERMS, tokenGroups } from './dutch-text';

/**
 * "- mw. A. (Anouk) Tjeerdsma, wethouder gemeente Deventer", "dhr. D. Kuipers, senior contractmanager RSJ": a person
 * named with a role, as minutes list who was there. Group 1 is the surname, group 2 the role.
 */
const PERSON_LINE = /^\s*(?:[-•*]\s+)?(?:mw\.|mevr\.|dhr\.|mevrouw|de heer)\s+(?:\p{Lu}\.\s*)*(?:\([^)]{1,30}\)\s+)?((?:(?:van|de|der|den|ten|ter)\s+)*\p{Lu}[\p{L}'-]+),\s+([^,;.(]{3,80})/iu;
/** A word of a role: "wethouder", "contractmanager", "financieel adviseur", "voorzitter". */
const ROLE_WORD = /(?:wethouder|manager|houder|adviseur|voorzitter|secretaris|directeur|coördinator|coordinator|ondersteuner|controller|ambtenaar|leider|beheerder|bestuurder)$/;
/** Whether an index term is of a role word ("contractmanager", "wethouder"): only those are searched by the surnames they stand for. */
export const isRoleTerm = (term: string) => ROLE_WORD.test(term);

/**
 * In a document that lists people with their roles, each role word and gemeente of a person's line stands for that
 * person: "volgens de contractmanager" is what Kuipers says, "de wethouder van Deventer" is mevrouw Tjeerdsma. Per term
 * of the role word or gemeente, the terms of the surnames it stands for.
 */
export function personRolesIn(texts: string[], terms: (word: string) => string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of texts.flatMap((text) => text.split('\n'))) {
    const m = line.match(PERSON_LINE);
    if (!m) continue;
    const surname = terms(m[1].split(/\s+/).at(-1)!.toLowerCase())[0];
    if (!surname) continue;
    for (const [term] of tokenGroups(m[2])) {
      const word = m[2].toLowerCase().split(/[^\p{L}-]+/u).find((w) => terms(w)[0] === term) ?? '';
      if (!ROLE_WORD.test(word) && !PLACE_TERMS.has(term)) continue;
      out.set(term, [...new Set([...(out.get(term) ?? []), surname])]);
    }
  }
  return out;
}
