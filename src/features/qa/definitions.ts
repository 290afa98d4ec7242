import { tokenize } from './dutch-text';
import { splitSentences } from './passages';
import { stemWord } from './word-forms';
import type { Passage, QaResult } from './qa.domain';
import type { KnowledgeCorpus } from './knowledge-search';

/**
 * Questions after the meaning of a term ("Wat wordt verstaan onder een werkdag?", "Wat is het verschil
 * tussen mandaat en volmacht?") are answered from the list of definitions a regulation starts with
 * (Artikel 1 Begrippen: "a. klacht: een schriftelijke ..."), one line per term asked.
 */
const DEFINITION_QUESTIONS = [
  /\bwat is (?:nu )?(?:precies )?het verschil tussen (.+?) en (.+?)\s*\??$/i,
  /\bwat (?:wordt|worden) (?:er )?(?:in (?:deze|dit|de|het) \S+ )?(?:precies )?verstaan onder (.+?)\s*\??$/i,
  /\bwat (?:betekent|betekenen|is|zijn) (?:precies |eigenlijk )?(.+?)\s*\??$/i,
  /\bwat houdt (.+?) in\s*\??$/i,
  // "Wat bedoelen ze met ...", "wat wordt in het convenant bedoeld met ...", "wat moet ik verstaan onder ...".
  /\bwat (?:wordt|worden) (?:er )?(?:in (?:deze|dit|de|het) \S+ )?(?:precies )?bedoeld met (.+?)\s*\??$/i,
  /\bwat bedoel(?:t|en)? (?:(?:ze|men|jullie|je|u|zij|hier|de|het|dit|deze|\S*(?:regeling|reglement|convenant|protocol|overeenkomst))\s+){0,3}(?:precies )?met (.+?)\s*\??$/i,
  /\bwat (?:moet|moeten) (?:ik|je|we|wij|u) (?:me |mij |ons )?(?:precies )?(?:verstaan onder|voorstellen bij) (.+?)\s*\??$/i,
  /\bwat is de (?:definitie|betekenis) van (.+?)\s*\??$/i,
  // "Wat telt in het reglement als werkdag?", "wat geldt als een calamiteit?", "wanneer telt een leerling als thuiszitter?": a term of one or two words after "als"; not
  // a condition ending in its verb ("wat geldt als het quorum ontbreekt", "als iemand stopt", "als hij afwezig is").
  /\b(?:wat|wanneer) (?:telt|tellen|geldt|gelden) (?:[^?]*? )?als (?:een |de |het )?(\p{L}+(?:[ -](?!\p{L}*t\b|is\b|zijn\b|was\b|waren\b)\p{L}+)?)\s*\??$/iu,
];

/** Headings of a definitions list. */
const DEFINITIONS_HEADING = /\b(begrip(pen)?|begripsbepalingen?|definities?|woordenlijst|verklaring van (termen|begrippen))\b/i;

const DEFINITION_HEADING_TERMS = ['begrippen', 'begrip', 'begripsbepalingen', 'definities', 'definitie', 'woordenlijst', 'termen'];

/** "1. Mandaat: de bevoegdheid ...", "a. klacht: een ...", "- Werkdag – iedere dag ...". */
export const DEFINITION_LINE = /^(?:(?:\d{1,2}|[a-z])[.)]\s+|[-•*]\s+)?([\p{L}][\p{L}\s'-]{0,60}?)\s*[:–]\s+(\S.*)$/u;

const ARTICLE = /^(?:de|het|een|die|dat|deze|dit)\s+/i;

/** The terms a question asks the meaning of, articles stripped: [] when it is no such question. */
export function definitionTerms(question: string): string[] {
  for (const pattern of DEFINITION_QUESTIONS) {
    const m = question.trim().match(pattern);
    if (m) return m.slice(1).filter(Boolean).map((t) => t.replace(ARTICLE, '').trim()).filter((t) => t.length > 1 && t.split(/\s+/).length <= 4);
  }
  return [];
}

const stems = (text: string) => tokenize(text).map((t) => stemWord(t));

export const isDefinitionsSection = (p: Pick<Passage, 'section'>) => DEFINITIONS_HEADING.test(p.section);

/** The line of a definitions passage that defines this term (its words, as stems, are the defined words), if any. */
export function definitionLine(text: string, term: string): string | undefined {
  const wanted = stems(term).join(' ');
  if (!wanted) return undefined;
  for (const line of text.split('\n')) {
    const m = line.trim().match(DEFINITION_LINE);
    if (m && stems(m[1]).join(' ') === wanted) return line.trim().replace(/^(?:(?:\d{1,2}|[a-z])[.)]|[-•*])\s+/, '');
  }
  return boldDefinition(text, wanted);
}

/** A term set in bold in a sentence of running text ("Een **thuiszitter** is ..."), with an abbreviation after it ("**onderwijs-zorgarrangement (OZA)**"). */
const BOLD_TERM = /\*\*([^*]{1,60}?)(?:\s*\(([^)*]{1,15})\))?\*\*/g;

/**
 * "Een **onderwijs-zorgarrangement (OZA)** combineert ... De hulp wordt ... geboden op basis van één gezamenlijk plan.": in a
 * paragraph of definitions in running text, the sentence that sets the term (`wanted`, as stems) in bold and those after it, up
 * to the next term in bold.
 */
function boldDefinition(text: string, wanted: string): string | undefined {
  const sentences = text.split('\n').flatMap(splitSentences);
  const boldTerms = (s: string) => [...s.matchAll(BOLD_TERM)];
  const defines = (s: string) => boldTerms(s).some((m) => [m[1], m[2]].some((t) => !!t && stems(t).join(' ') === wanted));
  const at = sentences.findIndex(defines);
  if (at < 0) return undefined;
  const next = sentences.findIndex((s, i) => i > at && boldTerms(s).length > 0);
  return sentences.slice(at, next < 0 ? at + MAX_DEFINITION_SENTENCES : Math.min(next, at + MAX_DEFINITION_SENTENCES)).join(' ');
}

/** How many sentences a definition in running text runs to at most. */
const MAX_DEFINITION_SENTENCES = 3;

/** The definitions a question asks for, from the definitions passages among its candidates: all terms or nothing. */
export function definitionsFor(terms: string[], candidates: Passage[], sectionOf: (p: Passage) => Passage[]): { passage: Passage; text: string } | undefined {
  for (const passage of candidates.filter(isDefinitionsSection)) {
    // A long list runs over several passages of its section.
    const section = sectionOf(passage);
    const lines = terms.map((t) => section.map((p) => definitionLine(p.text, t)).find(Boolean));
    if (lines.every(Boolean)) return { passage, text: lines.map((l) => capitalise(l!)).join('\n') };
  }
  return undefined;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Wat wordt verstaan onder ...?": the lines of a definitions list (Artikel 1 Begrippen) that define the terms asked. */
export function definitionAnswer(
  question: string,
  corpus: { terms(word: string): string[]; search: Pick<KnowledgeCorpus, 'search' | 'passages' | 'headingTerms'>; sectionOf(p: Passage): Passage[] },
): QaResult | undefined {
  const terms = definitionTerms(question);
  // No document has a definitions heading: no search for one ("Wat is het weer morgen?").
  if (terms.length === 0 || !DEFINITION_HEADING_TERMS.some((w) => corpus.search.headingTerms.has(corpus.terms(w)[0]))) return undefined;
  const query = [...new Set(terms.flatMap((t) => tokenize(t)).flatMap((t) => corpus.terms(t)))].join(' ');
  if (!query) return undefined;
  const hits = corpus.search.search(query, { boostTerm: () => 1 }).slice(0, 25);
  const candidates = hits.flatMap((h) => (h.kind === 'passage' ? [corpus.search.passages.get(h.id)!] : []));
  const found = definitionsFor(terms, candidates, corpus.sectionOf);
  if (!found) return undefined;
  const { passage, text } = found;
  return { kind: 'answer', answer: text, source: { title: passage.title, section: passage.section }, passageRef: { kind: 'passage', title: passage.title, position: passage.position }, confidence: 1 };
}
