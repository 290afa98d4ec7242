import { codesDefined, shortFormUsed } from './defined-short-names';
import { WEAK_TERMS, tokenGroups } from './dutch-text';
import { DEFINITION_LINE, isDefinitionsSection } from './definitions';
import type { Passage } from './qa.domain';
import { isRoleTerm, personRolesIn } from './person-roles';

/** How far into a document its definitions list is looked for (it is the first article or near it). */
const FIRST_PASSAGES = 12;

const ARTICLES = new Set(['de', 'het', 'een']);
const EVERY = new Set(['ieder', 'iedere', 'elk', 'elke']);
/** A person by a specific role as a definition's head ("Gemandateerde: de regiomanager, of ..."): the term is that role's name here; not "de medewerker", "de functionaris". */
const ROLE = /(?:manager|houder|meester|directeur|voorzitter|secretaris|leider|coördinator|coordinator|beheerder|adviseur)$/;

/**
 * A regulation's definitions list may give a named body a short name that its articles use instead
 * ("a. bestuur: het Bestuurlijk overleg van de gemeenschappelijke regeling ..."; "Mandaatgever: het
 * Bestuurlijk overleg (BO)."): in that document, "het bestuur" is the BO. Per named body (its concept
 * token), the index terms of its short names. A definition that only mentions a body later on
 * ("regiomanager: de leidinggevende van het RSJ") names no short name for it. A term for every thing of a kind
 * ("verplichting: iedere opdracht ...") is that thing's name in the document, as a body's short name is.
 */
export function shortNamesIn(definitions: string[], terms: (word: string) => string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of definitions.flatMap((text) => text.split('\n'))) {
    const m = line.trim().match(DEFINITION_LINE);
    if (!m) continue;
    const named = tokenGroups(m[1]).filter((g) => !ARTICLES.has(g[0]));
    const [head, next] = tokenGroups(m[2]).filter((g) => !ARTICLES.has(g[0])).map((g) => g[0]);
    // "verplichting: iedere opdracht, toezegging of overeenkomst ...": each opdracht is a verplichting in this document.
    const body = EVERY.has(head) ? next : head;
    if (named.length !== 1 || named[0][0].startsWith('#') || !body || !(body.startsWith('#') || ROLE.test(body) || EVERY.has(head))) continue;
    const term = terms(named[0][0])[0];
    if (term) out.set(body, [...(out.get(body) ?? []), term]);
  }
  return out;
}

/** "..., hierna samen: de crisisaanbieders.": a party list's line that gives the parties it names one name in the document. */
export const HEREAFTER = /\bhierna(?:\s+(?:samen|gezamenlijk|te\s+noemen))?\s*:?\s+(?:de|het)\s+(\p{L}{4,})/iu;

/** The texts of a document's definitions list, and its lines that name parties "hierna", from its first passages. */
export function definitionsOf(title: string, passageAt: (title: string, position: number) => Passage | undefined): string[] {
  return firstPassages(title, passageAt).flatMap((p) => (isDefinitionsSection(p) ? [p.text] : p.text.split('\n').filter((line) => HEREAFTER.test(line))));
}

/** A document's first passages: where its definitions, the bodies it names and (in minutes) who was there stand. */
function firstPassages(title: string, passageAt: (title: string, position: number) => Passage | undefined): Passage[] {
  const out: Passage[] = [];
  for (let k = 0, p = passageAt(title, 0); p && k < FIRST_PASSAGES; p = passageAt(title, ++k)) out.push(p);
  return out;
}

/** The short names of named bodies per document version, read once from its definitions. */
export class ShortNames {
  private readonly byDocument = new Map<string, Map<string, string[]>>();
  private readonly weakByDocument = new Map<string, Set<string>>();

  constructor(
    private readonly passage: (id: string) => Passage | undefined,
    private readonly passageAt: (title: string, position: number) => Passage | undefined,
    private readonly terms: (word: string) => string[],
  ) {}

  /** The terms of the short names the document of this passage gives a named body (its concept token), and the people a role word or gemeente of its list of people stands for. */
  of(passageId: string, body: string): string[] {
    const passage = this.passage(passageId);
    if (!passage) return [];
    // A document ingested again is a new version: its ingest time is part of the key.
    const key = `${passage.title}@${passage.ingestedAt}`;
    let names = this.byDocument.get(key);
    if (!names) {
      names = shortNamesIn(definitionsOf(passage.title, this.passageAt), this.terms);
      for (const [role, people] of this.peopleOf(passage)) names.set(role, [...(names.get(role) ?? []), ...people]);
      if (this.byDocument.size < 5_000) this.byDocument.set(key, names);
    }
    return names.get(body) ?? [];
  }

  private readonly peopleByDocument = new Map<string, Map<string, string[]>>();

  /**
   * "Wat is volgens de contractmanager de oorzaak ...?": the search weights with, beside a role word, the surnames it
   * stands for in any document's list of people ("Kuipers, senior contractmanager"), at half its weight.
   */
  withPeopleNamed(weights: Map<string, number>, titles: Iterable<string>): Map<string, number> {
    const roles = [...weights].filter(([term]) => isRoleTerm(term));
    if (!roles.length) return weights;
    const out = new Map(weights);
    for (const title of titles) {
      const first = this.passageAt(title, 0);
      const people = first ? this.peopleOf(first) : undefined;
      for (const [term, weight] of roles) for (const name of people?.get(term) ?? []) if (!out.has(name)) out.set(name, weight / 2);
    }
    return out;
  }

  /** Per role word or gemeente of the document's list of people, the surnames it stands for; read once per document version. */
  private peopleOf(passage: Passage): Map<string, string[]> {
    const key = `${passage.title}@${passage.ingestedAt}`;
    let people = this.peopleByDocument.get(key);
    if (!people) {
      people = personRolesIn(firstPassages(passage.title, this.passageAt).map((p) => p.text), this.terms);
      if (this.peopleByDocument.size < 5_000) this.peopleByDocument.set(key, people);
    }
    return people;
  }

  /**
   * Whether the document of this passage names, in its first passages, a body every text of the region is about (RSJ
   * itself, a weak term): its later paragraphs speak of it as "we" ("Omdat het gaat om een omvangrijk project ...").
   */
  namedByDocument(passageId: string, body: string): boolean {
    const passage = this.passage(passageId);
    if (!passage || !WEAK_TERMS.has(body)) return false;
    const key = `${passage.title}@${passage.ingestedAt}`;
    let named = this.weakByDocument.get(key);
    if (!named) {
      named = new Set();
      for (const p of firstPassages(passage.title, this.passageAt)) for (const [t] of tokenGroups(p.text)) if (WEAK_TERMS.has(t)) named.add(t);
      if (this.weakByDocument.size < 5_000) this.weakByDocument.set(key, named);
    }
    return named.has(body);
  }
}

/** A code of a table's row said in a text: "perceel 5", "K1". */
const CODE_SAID = /\b\p{L}{4,}\s+\d{1,2}\b|\b\p{Lu}{1,2}\d{1,2}\b/u;
const codesOfTitle = new Map<string, Map<string, string>>();

/**
 * "Voor perceel 5 bestaat het budget uit ...": an answer that says a code its document defines in a table gives the row's name
 * with it the first time ("perceel 5 (Crisiszorg en hoogspecialistische behandeling)"), so the asker knows what it is.
 * The codes of a document are read once per title and version of its first passage.
 */
export function withCodesNamed(text: string, title: string, passageAt: (title: string, position: number) => Passage | undefined): string {
  if (!CODE_SAID.test(text)) return text;
  const first = passageAt(title, 0);
  const key = `${title}\n${first?.ingestedAt ?? ''}`;
  let codes = codesOfTitle.get(key);
  if (!codes) {
    const all: Passage[] = [];
    for (let k = 0, p = first; p; p = passageAt(title, ++k)) all.push(p);
    codes = codesDefined(all);
    if (codesOfTitle.size > 200) codesOfTitle.clear();
    codesOfTitle.set(key, codes);
  }
  let out = text;
  for (const [short, name] of codes) {
    if (out.toLowerCase().includes(name.toLowerCase())) continue;
    out = out.replace(shortFormUsed(short, 'iu', String.raw`(?!\s*\()`), (code) => `${code} (${name})`);
  }
  return out;
}
