import { WEAK_TERMS, compoundParts, termsOf, tokenize } from './dutch-text';
import type { Decompounder } from './decompounder';
import type { QueryWord } from './query-words';
import { isColumnTerm } from './table-column-words';
import { COUNT_WORDS } from './number-words';

/**
 * "Hoeveel spoedbesluiten ...?" asks for a count of one thing: a text about something else that shares
 * the question's other words (a year, "besluiten") is not an answer, however well it scores. The thing
 * counted must be named: its own word, a synonym of it, or both parts of the compound. "Hoeveel stemmen" is
 * a measure: a regulation gives it as a majority of the members ("twee derde van de aanwezige leden").
 */
const MEASURES = /^(tijd|dag|dagen|werkdag|werkdagen|week|weken|maand|maanden|jaar|jaren|uur|uren|minuten|keer|maal|procent|euro|geld|bedrag|mensen|stemmen)$/;
/** "Hoeveel duurder / hoger / later": a comparative asks how much a figure differs, it counts nothing. */
const COMPARATIVE = /^(?:duurder|goedkoper|hoger|lager|groter|kleiner|langer|korter|later|eerder|vaker|sneller|trager|zwaarder|lichter|ruimer|krapper|strenger|verder)$/;

export interface Counted {
  word: QueryWord;
  /** Its terms other than those of a compound's parts. */
  own: string[];
  /** The terms of each part of a compound. */
  parts: string[][];
}

/** "Hoeveel extra geld", "hoeveel nieuwe medewerkers", "hoeveel eenmalig geld": a word saying how the amount compares or recurs is not what is counted. */
const AMOUNT_MODIFIERS = '(?:extra|meer|minder|nieuwe|nog|ongeveer|precies|totaal|in totaal|eenmalig|eenmalige|structureel|structurele|incidenteel|incidentele|jaarlijks|jaarlijkse)';
/** "Hoeveel ijssellandse casussen", "hoeveel lopende contracten": an inflected adjective before the plural counted. */
const ADJECTIVE = String.raw`\p{L}+(?:se|sche|lijke|ige|ende|ele|iële|ale|ieve|aire|exe)\s+(?=\p{L}+(?:en|s|'s)\b)(?!(?:zijn|waren|worden|werden|hebben|hadden|kunnen|moeten|mogen|zullen|gaan|staan|komen|krijgen|blijven)\b)`;
// "Hoeveel BO-leden", "hoeveel bo leden": a body's abbreviation before the noun says whose, the noun is counted.
const BODY_BEFORE_NOUN = String.raw`(?:(?:bo|pfo|ao|mo|kc)\s+(?!(?:zijn|is|waren|was|er|heeft|hebben|wordt|worden|kan|kunnen|moet|moeten)\b)(?=\p{L}{3}))?`;
/** "Hoeveel regioagenda-thema's": the part after the hyphen is what is counted ("twee thema's"); the part before says which. */
const COUNTED_AFTER_HOEVEEL = new RegExp(`\\bhoeveel\\s+(?:${AMOUNT_MODIFIERS}\\s+)*(?:${ADJECTIVE})?${BODY_BEFORE_NOUN}(?:\\p{L}+-(?=\\p{L}{3}))?(\\p{L}+)`, 'iu');
/**
 * A noun of money: a compound ending in one ("kilometergeld", "reiskosten", "werkbudget", "jaarwaarde") or a sum of money lent, granted
 * or charged ("liquiditeitsvoorschot", "subsidie", "boete"). "Hoeveel" before it asks an amount in euros, not a count.
 */
const MONEY_NOUN = /\p{L}(?:geld|gelden|kosten|bedrag|budget|vergoeding|tarief|loon|premie|bijdrage)$|(?:jaar|contract|opdracht|markt|boek|aanbestedings)waarde$|(?:voorschot|subsidie|(?<!ver)lening|krediet|uitkering|boete|toelage|huur|omzet)$/iu;
export const namesMoney = (noun: string): boolean => MONEY_NOUN.test(noun);
/** "Hoeveel voorschot", "hoe hoog was het voorschot": the noun after "hoeveel" or "hoe hoog/groot is de". */
const MONEY_ASKED = /\b(?:hoeveel|hoe\s+(?:hoog|groot)\s+(?:is|was|wordt|werd)\s+(?:het|de))\s+(?:\p{L}+e\s+)?(\p{L}+)/iu;
/** A sum paid out or lent ("continuïteitsvoorschot", "subsidie"); a budget or costs keep the figure check of "hoeveel". */
const SUM_PAID = /(?:voorschot|subsidie|(?<!ver)lening|krediet|uitkering|boete|toelage)$/iu;
/** "Hoeveel voorschot kreeg Kompaszorg?": a sum of money is asked, not the count of jeugdigen beside it. */
export const asksSumOfMoney = (question: string): boolean => SUM_PAID.test(MONEY_ASKED.exec(question)?.[1] ?? '');
/** "Hoeveel van de foutieve betalingen", "van de gecontroleerde dossiers": how many of the things named after "van de" (not "van de tien grootste ..."). */
const COUNTED_OF_THE = new RegExp(`\\bhoeveel\\s+van\\s+(?:de|die|deze)\\s+(?:${ADJECTIVE}|\\p{L}*ge\\p{L}+[dt]e\\s+)?(\\p{L}+)`, 'iu');
const VERB_BEFORE_SUBJECT = (word: string) => new RegExp(`\\b${word}\\s+(?:er|het|dat|dit|de|een|ze|zij|hij|dan|daarvan|hiervan)\\b`, 'i');
const NUMBER_OR_SUPERLATIVE = new RegExp(String.raw`^(?:\d|${COUNT_WORDS}|twintig|honderd|\p{L}+ste)`, 'iu');

/** The word "hoeveel" asks an amount of: "geld" in "hoeveel extra geld", "medewerkers" in "hoeveel nieuwe medewerkers". */
/** "Hoeveel blijft er ongedekt?", "hoeveel kost het?": how much, asked by a verb before its subject; only a figure answers it. */
export const asksHowMuchByVerb = (question: string): boolean => {
  const after = question.match(COUNTED_AFTER_HOEVEEL)?.[1];
  return !!after && VERB_BEFORE_SUBJECT(after).test(question);
};

export const wordAfterHoeveel = (question: string): string | undefined => {
  const after = question.match(COUNTED_AFTER_HOEVEEL)?.[1];
  const ofThe = after?.toLowerCase() === 'van' ? question.match(COUNTED_OF_THE)?.[1] : undefined;
  const word = ofThe && !NUMBER_OR_SUPERLATIVE.test(ofThe) ? ofThe : after;
  // "Hoeveel aan kortingen en boetes" asks a total, given as an amount or a share ("3 procent van de contractwaarde"), no count.
  // "Hoeveel blijft er ongedekt", "hoeveel kost het": a verb before its subject asks how much, it counts nothing.
  return word && !COMPARATIVE.test(word.toLowerCase()) && !/^aan$/i.test(word) && !VERB_BEFORE_SUBJECT(word).test(question) ? word : undefined;
};

export function countedWord(question: string, words: QueryWord[], terms: (word: string) => string[], decompounder: Decompounder): Counted | undefined {
  const asked = tokenize(wordAfterHoeveel(question) ?? '')[0];
  const first = asked && terms(asked)[0];
  const word = first ? words.find((w) => w.terms[0] === first) : undefined;
  // An amount, a time, a frequency or a share ("hoeveel geld", "hoeveel tijd", "hoeveel keer") names what is asked, not what is counted.
  if (!word || word.focus || word.weak || MEASURES.test(asked) || isColumnTerm(word.terms[0])) return undefined;
  const parts = compoundParts(asked, decompounder);
  // "Hoeveel kilometergeld", "hoeveel reistijd": a measure after a head asks the amount of that head ("per kilometer").
  if (parts.length === 2 && MEASURES.test(parts[1])) return { word, own: termsOf(parts[0]).filter((t) => !t.startsWith('~')), parts: [] };
  // A group the whole word is in stays its own although a part has it too ("zorgaanbieders" are "aanbieders").
  const whole = new Set(termsOf(asked));
  const own = word.terms.filter((t) => (!word.parts.has(t) && !word.partial.has(t)) || whole.has(t));
  // A part is named by its own word: "spoed" in "spoedbesluiten" is not any "escalatie".
  return { word, own, parts: parts.length === 2 ? parts.map((p) => termsOf(p).filter((t) => !t.startsWith('~'))) : [] };
}

/**
 * "Hoeveel contracten had het RSJ eind 2026?" answered by a text that says "contractmanager" but never "contracten": the
 * thing counted is only a compound's first part there, naming another thing, so a text nearly as good may have it. Not an
 * answer that does not say the word at all ("twaalf medewerkers" for "hoeveel gemeenten"): that found what it could.
 */
export function countedThingUnsaid(question: string, answer: string, terms: (word: string) => string[]): boolean {
  const asked = tokenize(wordAfterHoeveel(question) ?? '')[0];
  const own = asked && terms(asked)[0];
  if (!own || own.startsWith('~')) return false;
  const words = tokenize(answer);
  return !words.some((w) => terms(w)[0] === own) && words.some((w) => w.length > own.length + 2 && w.startsWith(own));
}

/** Whether a hit's matched terms name the counted thing, or the text that closes its table says it of the rows (`saidOfRows`). */
export function namesCounted(counted: Counted, matched: Set<string>, saidOfRows?: (term: string) => boolean): boolean {
  if (counted.own.some((t) => matched.has(t) || saidOfRows?.(t))) return true;
  return counted.parts.length === 2 && counted.parts.every((p) => p.some((t) => matched.has(t)));
}

/** A text that repeats "hoeveel ..." as an indirect question ("aan te geven hoeveel jeugdigen ...") asks for the figure; it does not give it. */
export const onlyAsksForCount = (question: string, answer: string) => /\bhoeveel\b/i.test(question) && /\bhoeveel\b/i.test(answer) && !/\d/.test(answer);

/** "Binnen hoeveel weken moet een jeugdhulpaanbieder ...?": the one whose term is asked, after the modal verb. */
const ACTOR_TERM_Q = /\b(?:hoeveel|hoe snel|hoelang|hoe lang)\b.*?\b(?:moet|moeten|mag|mogen)\s+(de|het|een|die|dat)\s+(\p{L}{2,})/iu;

/**
 * "Hoe snel moet dat gedeclareerd zijn?": after a pronoun ("dat", "het", "die"), a participle before its auxiliary is the
 * passive's verb, no party. After an article it is a noun ("moet de gemeenteraad worden geïnformeerd").
 */
const PASSIVE_PARTICIPLE = /^\p{L}{0,6}ge\p{L}{2,}[dt]\s+(?:zijn|worden|wezen)\b/iu;
/** "Binnen hoeveel tijd moet dat plaatsvinden?": after a pronoun, the infinitive that ends the clause is the verb, no party. */
const CLAUSE_VERB = /^\p{L}{3,}en\s*(?:[?,.;]|$)/iu;
const PRONOUN = /^(dat|het|die)$/i;
/** "Binnen hoeveel tijd moet een kind na crisis overgedragen zijn?": the one a passive clause is about undergoes it, no party acting. */
const UNDERGOES = /^[^?,]*\b\p{L}{0,6}ge\p{L}{2,}(?:d|t|en)\s+(?:zijn|worden|wezen)\b/iu;
/** "Binnen hoeveel tijd moet een kind een intakegesprek hebben?": one who gets something keeps no term; another gives it. Not "hebben ingediend". */
const RECEIVES = /^[^?,]*(?<!\p{L}(?:d|t|en)\s)\b(?:hebben|krijgen|ontvangen)\b(?!\s+\p{L}*(?:d|t|en)\b)/iu;
/** "Hoe lang mag een aanbieder in verscherpt toezicht zitten?": one in a state keeps no term; the state's own term holds. */
const IN_STATE = /^[^?,]*\bin\s+(?:\p{L}+\s+){1,3}(?:zitten|staan|blijven|verkeren)\b/iu;

/**
 * A party's own terms: its stem and synonym groups, without a group its head joins that is named by another compound of
 * that head ("manager" is a "regiomanager" in the documents, a "contractmanager" is not).
 */
function ownTerms(word: string, terms: (word: string) => string[]): string[] {
  const all = terms(word);
  const parts = all.filter((t, i) => i > 0 && !t.startsWith('~'));
  const otherCompound = new Set(parts.flatMap((p) => terms(p).filter((g) => g.startsWith('~') && g.slice(1) !== p && g.slice(1) !== all[0] && g.slice(1).endsWith(p))));
  return all.filter((t, i) => (i === 0 || t.startsWith('~')) && !otherCompound.has(t));
}

/** An act, no party ("een crisisplaatsing", "de aanmelding"): a noun in -ing that names no body ("stichting", "instelling"). */
const ACT_NOUN = /(?<!sticht|vereni|instell|vertegenwoordig)ing$/i;

/**
 * A term asked for one party ("binnen hoeveel weken moet een jeugdhulpaanbieder een klacht afhandelen?")
 * is not answered by another party's term: the sentences of the answer that hold a figure must name that
 * party (its word or a synonym), else the answer is some other body's deadline from the same document.
 */
export function answersForOtherParty(question: string, answer: string, terms: (word: string) => string[], hasFigure: (text: string) => boolean, source = ''): boolean {
  const found = ACTOR_TERM_Q.exec(question);
  const party = found?.[2];
  if (!party) return false;
  const rest = question.slice(found.index + found[0].length - party.length);
  if ((PRONOUN.test(found[1]) && (PASSIVE_PARTICIPLE.test(rest) || CLAUSE_VERB.test(rest))) || RECEIVES.test(rest) || IN_STATE.test(rest) || UNDERGOES.test(rest.slice(party.length))) return false;
  const named = tokenize(party).flatMap((w) => terms(w).filter((t, i) => i === 0 || t.startsWith('~')));
  // A party is a body or a role with a name of its own or a synonym group ("aanbieder", "BO"), not a thing ("kadernotitie").
  // The document's own organisation ("het RSJ") is the subject of many a passive sentence ("wordt binnen ... beantwoord").
  if (!named.some((t) => t.startsWith('~') || t.startsWith('#')) || named.some((t) => WEAK_TERMS.has(t)) || ACT_NOUN.test(party)) return false;
  const wanted = new Set(tokenize(party).flatMap((w) => ownTerms(w, terms)));
  // A table row ("4. Bestuurlijke escalatie: Wie besluit: BO; Termijn: binnen 10 werkdagen") is one statement: its cells name the party for each other.
  const clauses = answer.split(ROW_ANSWER.test(answer) ? /\n/ : /(?<=[.!?;:])\s+|\n/);
  const withFigure = clauses.filter(hasFigure);
  // In the "Reglement Escalatiecommissie", "de commissie" is the escalatiecommissie: the party's last part names it there.
  const own = tokenize(party)[0] ?? '';
  const namesParty = (w: string) => terms(w).some((t) => wanted.has(t)) || (w.length >= 5 && own.length > w.length && own.endsWith(w) && tokenize(source).includes(own));
  const passiveSays = (s: string) => !PRONOUN.test(found[1]) && PASSIVE_WITHOUT_AGENT.test(s);
  // "... verzending van de stukken: voor het PFO uiterlijk tien werkdagen": the clause after a colon goes on with the one before.
  const said = (s: string) => tokenize(s).some(namesParty) || passiveSays(s);
  // "... is voor een jongere wiens crisis voorbij is. Hij of zij kan er maximaal drie maanden blijven.": a subject pronoun names the party before.
  const leansOn = (c: string, s: string) => c.endsWith(':') || REFERS_BACK.test(s);
  return withFigure.length > 0 && !withFigure.some((s) => said(s) || clauses.some((c, i) => clauses[i + 1] === s && leansOn(c, s) && said(c)));
}

/** A clause whose subject is a pronoun for the person of the clause before. */
const REFERS_BACK = /^(?:hij of zij|zij of hij|hij|zij|ze)\b/i;

/** A row of a table as the answer gives it: its name, then "Header: cell; Header: cell". */
const ROW_ANSWER = /^[^:;\n]{1,80}: [^:;\n]{1,40}: /;

/** "Het verbeterplan wordt binnen twintig werkdagen ingediend": a passive that names no one who acts is the asked party's task too (a party named by an article, not "dat"). */
const PASSIVE_WITHOUT_AGENT = /^(?![^.;]*\bdoor\s+(?:de|het|een|hun|zijn|haar)\b)[^.;]*\b(?:wordt|worden)\b[^.;]*\b(?:ge\p{L}{2,}[dt]|\p{L}{2,}(?:ge\p{L}{2,}[dt]|diend|leverd|steld))\b/iu;

/** Presence at a meeting: "aanwezig", "bijwonen", "vertegenwoordigd", "aan tafel", or the quorum by name. */
const PRESENCE = /\b(aanwezig\p{L}*|bijwonen|vertegenwoordigd|quorum|aan (?:de )?tafel)\b/iu;
/** People counted: "wethouders", "beleidsadviseurs", "leden", "mensen" (or the singular the speller may make of a plural it does not know). */
const PEOPLE_COUNTED = /^(\p{L}*(?:ers?|eurs?|aars?|isten|ouders?)|leden|mensen|personen|deelnemers)$/iu;
/**
 * "Hoeveel wethouders / beleidsadviseurs moeten er minimaal aanwezig zijn?" asks a quorum, which a reglement counts in
 * its members or in the gemeenten represented ("als ten minste zes van de elf gemeenten vertegenwoordigd zijn"): the
 * people named need not be in the text (see MEMBERS_COUNTED in figures-in-answer.ts).
 */
export const asksQuorum = (question: string): boolean => PRESENCE.test(question) && AT_LEAST.test(question) && !PAST_PRESENCE.test(question) && PEOPLE_COUNTED.test(wordAfterHoeveel(question) ?? '');
/** A minimum required: "moeten ... aanwezig zijn", "minimaal", "nodig"; not "mogen ten hoogste" nor "waren aanwezig". */
const AT_LEAST = /\b(?:moet|moeten|minimaal|minstens|ten minste|nodig|vereist|quorum)\b/i;
const PAST_PRESENCE = /\b(?:was|waren|zat|zaten)\b[^?]*\b(?:aanwezig|aan (?:de )?tafel)\b|\bten hoogste\b|\bmaximaal\b/i;
