import { WEAK_TERMS, tokenize } from './dutch-text';

/** "volgens het reglement van orde", "in de klachtenregeling", "uit de kadernota": a phrase naming where to look. */
const NAMING = /\b(?:volgens|in|uit)\s+(?:het|de|dit|deze|dat|die)\s+((?:[\p{L}\p{N}-]+\s*){1,6}?)\s*(?=[?,.!]|$)/iu;

/**
 * A question that names the document it is about ("Hoe vaak komt het PFO bijeen volgens het reglement van
 * orde?"): the phrase, and the one ingested title whose words hold all of the phrase's words. The phrase's
 * words are not what is asked (every passage of that title shares them, and a passage that happens to say
 * "dit reglement" would win on them); the answer comes from that document. Undefined when the phrase names
 * no title, or more than one (two reglementen: no choice is made for the user).
 */
export function namedDocument(question: string, titles: Iterable<string>, terms: (word: string) => string[], headOf?: (title: string) => string | undefined): { phrase: string; title: string } | undefined {
  const all = [...titles];
  // "wie zitten er in die kleine commissie? volgens dat verslag van de commissie": the phrase that names a title, of all.
  for (const m of question.matchAll(new RegExp(NAMING.source, 'giu'))) {
    const named = titleNamed(m, all, terms, headOf);
    if (named) return named;
  }
  // "Wat is volgens de bouwstenennotitie de rol van het MO?": a name-and-kind compound names the document mid-sentence too.
  return titleNamed(question.match(COMPOUND_NAMING), all, terms, headOf);
}

/** The one title the phrase `m` names (its first group), or undefined. */
function titleNamed(m: RegExpMatchArray | null, all: string[], terms: (word: string) => string[], headOf?: (title: string) => string | undefined): { phrase: string; title: string } | undefined {
  if (!m) return undefined;
  const titled = (phrase: string, yearless = false) => {
    const named = tokenize(phrase).flatMap((w) => terms(w).slice(0, 1));
    // "in de regio", "in de gemeente": words every document shares name none of them.
    if (!named.some((t) => !WEAK_TERMS.has(t))) return [];
    // A title starts with the kind of document ("Reglement van orde ...", "Kadernota 2025"): "in de governance" names a
    // subject that a title also holds, not a document.
    return all.filter((title) => {
      const own = tokenize(title).map((w) => terms(w));
      // "Uit de hand" names no "Handleiding": a short part of the title's first word is no name of it.
      return (own[0]?.[0] === named[0] || (own[0]?.includes(named[0]) && named[0].length >= 5)) && named.every((t) => own.some((ts) => ts.includes(t))) && !(yearless && /\b(?:19|20)\d\d\b/.test(title));
    });
  };
  // "volgens de bouwstenennotitie uit 2017": the note titled "Bouwstenen ...", whose title gives no year to check.
  const byName = m[1].replace(KIND_AFTER_NAME, '$1').replace(FROM_YEAR, '');
  const asWritten = titled(m[1]);
  const matching = asWritten.length ? asWritten : byName !== m[1] ? titled(byName, FROM_YEAR.test(m[1])) : [];
  if (!matching.length && headOf) matching.push(...kindOfYear(m[1], all, headOf));
  return matching.length === 1 ? { phrase: m[1], title: matching[0] } : undefined;
}

/** "de nota uit 2017": a bare kind of document and the year it is from. */
const KIND_OF_YEAR = /^(nota|notitie|brief|memo)\s+(?:uit|van)\s+((?:19|20)\d\d)\s*$/iu;
/** The documents whose title or head calls them that kind ("Informatienota") and gives that year ("Datum : 18 oktober 2017"). */
function kindOfYear(phrase: string, titles: string[], headOf: (title: string) => string | undefined): string[] {
  const m = phrase.trim().match(KIND_OF_YEAR);
  if (!m) return [];
  const kind = new RegExp(`${m[1]}\\b`, 'iu'), year = new RegExp(`\\b${m[2]}\\b`);
  return titles.filter((title) => [kind, year].every((r) => r.test(`${title}\n${headOf(title) ?? ''}`)));
}

/** A document named by its title's first word and its kind in one compound ("bouwstenen|notitie", "governance|nota"). */
const KIND_AFTER_NAME = /^(\p{L}{5,}?)-?(?:notitie|nota|brief|document|stuk)\b/iu;
// Not one with a year after it ("de kadernota 2038"): that names the edition, which its phrase checks.
const COMPOUND_NAMING = /\b(?:volgens|in|uit)\s+(?:het|de|dit|deze)\s+(\p{L}{5,}?-?(?:notitie|nota|brief|document|stuk))\b(?!\s+(?:19|20)\d\d\b)/iu;
/** "... uit 2017", "... van 2017": the year the document is from. */
const FROM_YEAR = /\s+(?:uit|van)\s+(?:19|20)\d\d\s*$/;

/** The kinds of document a question may point at: "afspraken", "(mandaat)besluit", "(werk)plan", "(kader)nota", ... */
const DOCUMENT_KIND = '(?:afspraken|besluit|besluitenlijst|regeling|reglement|handreiking|werkwijze|procedure|spelregels|richtlijn|draaiboek|plan|nota|notitie|brief|verslag|protocol|convenant|beleidsregels?|verordening|overeenkomst|document|stuk|tender|aanbesteding|rapport|rapportage|begroting|onderzoek|audit|evaluatie|consultatie|analyse|monitor)';
/**
 * "Hoeveel hebben we volgens de analyse nodig": the document the asker reads, named by its bare kind mid-question. Not a
 * kind with a name ("volgens het pfo-reglement"), which says which document to look in (namedDocument).
 */
const ACCORDING_TO = String.raw`\bvolgens\s+(?:de|het)\s+${DOCUMENT_KIND}\b(?=\s+\p{L})`;
const DEMONSTRATED = String.raw`\b(?:dit|deze)\s+(?:\p{L}+e\s+){0,2}[\p{L}-]*${DOCUMENT_KIND}\b`;
/**
 * "volgens deze regionale afspraken", "in dit mandaatbesluit": a demonstrative and inflected adjectives before a document
 * kind. Without a preposition the document is what the sentence is about, and "over ..." after it tells its subject ("wie
 * heeft deze afspraken over verhuizende jeugdigen vastgesteld?"); after "in" it is what is asked ("wat staat in dit
 * besluit over boetes?").
 */
const DESCRIBED = new RegExp(String.raw`\b(?:volgens|in|uit)\s+${DEMONSTRATED}|${DEMONSTRATED}(?:\s+over\s+(?:de\s+|het\s+)?(?:\p{L}+e\s+)?\p{L}+)?|${ACCORDING_TO}`, 'giu');

/**
 * The question without the document it describes rather than names ("Wie heeft deze regionale afspraken vastgesteld?"):
 * "deze" points at the document the asker reads, so its words say which one, not what is asked. Every passage of that
 * document shares them, and a sentence that happens to say "afspraken" would win on them. The question as it was when
 * nothing else is asked (`asksSomething` of the rest is false): "Wat regelt dit besluit?", "Tot wanneer loopt dit besluit?"
 * ask about the document itself.
 */
export function withoutDescribedDocument(question: string, asksSomething: (rest: string) => boolean): string {
  const rest = question.replace(DESCRIBED, ' ').replace(/\s+/g, ' ').trim();
  return rest !== question.trim() && asksSomething(rest) ? rest : question;
}

const GENERIC_KIND = /^(?:document|stuk|plan|afspraken|nota|notitie|brief)$/;
/** "Deze spelregels" are the rules of a reglement or a regeling, which a title names so. */
const KIND_SAID_OTHERWISE: Record<string, string[]> = { spelregels: ['reglement', 'regeling'] };

/** "Mandaat- en volmachtbesluit" read as "Mandaatbesluit en volmachtbesluit": the part a hyphen leaves out, written. */
const ELIDED = new RegExp(String.raw`(\p{L}+)-\s+(en|of)\s+(\p{L}*?)(${DOCUMENT_KIND})\b`, 'giu');

/**
 * "Tot wanneer loopt dit mandaatbesluit?": the one ingested title whose words end in the document kind the question points
 * at ("mandaatbesluit" in "Mandaat- en volmachtbesluit RSJ 2028"), to look in; undefined when none or several hold it.
 */
export function describedDocument(question: string, titles: Iterable<string>): { phrase: string; title: string } | undefined {
  const m = question.match(new RegExp(DEMONSTRATED, 'iu'));
  const kind = m?.[0].split(/\s+/).pop()?.toLowerCase();
  // "dit plan", "dit stuk": a word most titles end in ("Werkplan", "Raadsstuk") points at none of them.
  if (!m || !kind || GENERIC_KIND.test(kind)) return undefined;
  const kinds = KIND_SAID_OTHERWISE[kind] ?? [kind];
  const holds = (title: string) => title.replace(ELIDED, '$1$4 $2 $3$4').toLowerCase().split(/[^\p{L}]+/u).some((w) => kinds.some((k) => w.endsWith(k)));
  const matching = [...titles].filter(holds);
  return matching.length === 1 ? { phrase: m[0].replace(/^\S+\s+/, ''), title: matching[0] } : undefined;
}
