import { askedKind, asksWhenBodyMeets } from './asked-kind';
import { answersForOtherParty, onlyAsksForCount, wordAfterHoeveel } from './count-questions';
import { asksAmount, lacksWhatIsAsked } from './declines';
import { datesOfOtherYear } from './dates-of-year';
import { foreseesOnlyOutcomeAsked, lacksDayOfDeed, plansOnlyVerdictAsked } from './done-on-day';
import { asksMembers, lacksMembersAsked, lacksNamesAsked } from './names-asked';
import { PART_OF_Q, statesAmount } from './figures-in-answer';
import type { QueryWord } from './query-words';
import { PLACE_TERMS, WEAK_TERMS, tokenize } from './dutch-text';
import { capitalisedTerms } from './unknown-names';
import { hasFigure, lacksFigureAsked, lacksTimeAsked } from './figure-asked';
import { twoAsks } from './question-setup';
import { answersForOtherPlace, answersForOtherRegion, lacksPlaceCompared } from './places-asked';
import { lacksAbsoluteCount, lacksRatioAsked, lacksUnitAsked } from './asked-unit';
import { pointsBack } from './answer-units';
import { withoutYearSpansOfThings } from './year-editions';
import { familyRoot } from './word-forms';
import { YEAR_TERM } from './number-words';

/** The governance bodies, by the concept token their name or abbreviation gives ("PFO", "Ambtelijk overleg"). */
const BODIES = new Set(['#bo', '#pfo', '#ao', '#mo', '#kc', '#kerngroeptransformatie']);
/** Words that name the BO without its name: the documents' "het bestuur", "de bestuursvergadering". */
const BO_WORDS = /^(bestuur|bestuursvergadering|bestuursvergaderingen)$/;

/** The body a token names, if any. */
const bodyOf = (token: string): string | undefined => (BODIES.has(token) ? token : BO_WORDS.test(token) ? '#bo' : undefined);

/** A figure in a clause: a number, a number word or a frequency adverb ("om de continuïteit" is none). */
const FIGURE_WORD = /^(\d[\d.,]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tweemaal|driemaal|viermaal|jaarlijks|halfjaarlijks|maandelijks|wekelijks|dagelijks)$/;

/**
 * The bodies a clause gives figures for: per figure the last body named before it ("het BO vergaderde vijf
 * keer, het PFO zeven keer"), else those after it ("Twee keer per jaar vergadert het BO"; "legt het uiterlijk 1 oktober,
 * na bespreking in het AO, aan het BO voor").
 */
function bodiesOfFigures(clause: string): string[] {
  const tokens = tokenize(clause);
  const at = tokens.map(bodyOf);
  return tokens.flatMap((t, i) => {
    if (!FIGURE_WORD.test(t)) return [];
    const before = at.slice(0, i).filter((b): b is string => !!b).pop();
    return before ?? at.slice(i + 1).filter((b): b is string => !!b);
  });
}

/**
 * "Hoe vaak vergadert het PFO?" is not answered by the BO's "twee keer per jaar", though the same text
 * names the PFO elsewhere: when the question asks a figure of one body, a clause of the answer must give
 * such a figure for that body. A figure given for no body by name ("het overleg vergadert zes keer")
 * answers when the asked body is named in the source's title or section or before it in the answer, not
 * when another subject came first ("jaarlijks een regioagenda ... instemming van het PFO"), or when no body is named at all.
 */
export function answersForOtherBody(whole: string, answer: string, source = ''): boolean {
  // "Welk percentage ..., en in hoeveel dagen moet het BO besluiten?": the body is asked about in its own ask.
  const question = twoAsks(whole, 'also counts')?.find((ask) => bodiesIn(ask).size > 0) ?? whole;
  const gives = askedKind(question) ?? asksWhenBodyMeets(question);
  // "Wanneer wordt het reglement voor de kleine commissie geëvalueerd?" names the reglement by its body: no body is asked about.
  const asked = bodiesIn(question.replace(RULES_OF_BODY, ' ').replace(CONDITION_CLAUSE, ' '));
  if (!gives || asked.size !== 1) return false;
  // A document and article about the asked body alone ("Reglement Kleine Commissie ..."): its terms and amounts are that
  // body's, though another body acts in the sentence ("Het bestuur wijst de leden aan voor twee jaar"); not how often
  // another body meets ("het BO twee tot vier keer per jaar" under a heading about the PFO).
  const about = bodiesIn(source);
  if (about.size === 1 && [...about].every((b) => asked.has(b)) && !/\bhoe\s+vaak\b/i.test(question) && !asksWhenBodyMeets(question)) return false;
  // "Het PFO kwam zes keer bijeen" gives a frequency too, though not in the words of "keer per jaar".
  const clauses = clausesOf(answer).filter((c) => (gives(c) || /\b(keer|maal)\b/i.test(c)) && tokenize(c).some((t) => FIGURE_WORD.test(t)));
  const names = (text: string) => [...bodiesIn(text)].some((b) => asked.has(b));
  const forAsked = (clause: string) => {
    const bodies = bodiesOfFigures(clause);
    if (bodies.length) return bodies.some((b) => asked.has(b));
    const before = answer.slice(0, answer.indexOf(clause) + clause.length);
    // A figure of a text that names no body at all ("de bestuursrapportage verschijnt uiterlijk 15 juni") is no other body's.
    return names(source) || names(before) || (bodiesIn(source).size === 0 && bodiesIn(before).size === 0);
  };
  return clauses.length > 0 && !clauses.some(forAsked);
}

/**
 * "Hoe snel moeten de bestuurders het weten als de kleine commissie met spoed heeft besloten?": the body of a condition
 * is the situation, not whose figure is asked (the BO's members are told within two days).
 */
const CONDITION_CLAUSE = /(?<=\p{L}[^?]*)\s(?:als|indien|zodra|nadat|zonder\s+dat|voordat|totdat)\s+(?:de|het|een|er|iemand|ze|zij|hij|die|dat)\s[^,?]*/iu;

/** A document named by the body it is for: "het reglement voor de kleine commissie", "de werkwijze van het AO". */
const RULES_OF_BODY = /\b(?:reglement|regeling|werkwijze|protocol|werkafspraken|afsprakenkader)\s+(?:voor|van)\s+(?:de|het)\s+(?:\p{L}+\s+){0,2}\p{L}+/giu;

/** The roles a body gives its members: who holds one is asked per body. */
const ROLE = /^(voorzitter|vicevoorzitter|secretaris|notulist|trekker|werkgever|vertegenwoordiger|plaatsvervanger|lid|leden)$/;

/**
 * "Wie is secretaris van het AO?" is not answered by "de regiomanager is secretaris van BO en PFO": when a
 * "wie" question asks a role in one body, the clauses of the answer that name that role must not all be
 * about other bodies.
 */
export function answersWhoForOtherBody(question: string, answer: string): boolean {
  const asked = bodiesIn(question);
  const roles = tokenize(question).filter((t) => ROLE.test(t));
  if (!/^\s*wie\b/i.test(question) || asked.size !== 1 || roles.length === 0) return false;
  const saying = clausesOf(answer).filter((c) => tokenize(c).some((t) => roles.includes(t)));
  return saying.length > 0 && saying.every((c) => {
    const named = bodiesIn(c);
    return named.size > 0 && ![...named].some((b) => asked.has(b));
  });
}

const clausesOf = (text: string) => text.split(/(?<=[.!?;])\s+|\n/);


/**
 * "Hoeveel contracten had het RSJ in 2020?" is not answered by the 137 contracts of the Kadernota 2025 because a
 * sentence beside them names 2020: a figure answers for the year asked when the clause giving it names that year,
 * or its source does (a "Jaarverslag 2020", a section "Begroting 2020").
 */
export function answersForOtherYear(question: string, answer: string, source = ''): boolean {
  const years = tokenize(question).filter((t) => YEAR_TERM.test(t));
  // "Hoeveel tijd hebben we ...": the term a rule sets, the same in every year; "in onze afrekening over 2027" tells the case.
  if (!/\b(hoeveel(?! tijd\b)|hoe (hoog|groot)|wat kost|welk bedrag|gemiddelde|welk percentage)\b/i.test(question) || years.length !== 1 || tokenize(source).includes(years[0])) return false;
  const giving = clausesOf(answer).filter((c) => tokenize(c).some((t) => FIGURE_WORD.test(t) && !YEAR_TERM.test(t)));
  // "De nieuwe regiovisie 2041–2045" names a plan, not a year its figure is for. "In 2052 is één fout gevonden. Het
  // bedrag is € 12.700": a sentence of the same paragraph before the figure may name the year.
  const paragraphBefore = (c: string) => answer.slice(0, answer.indexOf(c)).split('\n').pop() ?? '';
  return giving.length > 0 && !giving.some((c) => tokenize(withoutYearSpansOfThings(`${paragraphBefore(c)} ${c}`)).includes(years[0]));
}

/**
 * "Hoeveel geld trekt het RSJ uit voor de nieuwe regiovisie?" is not answered by the € 110.000 for the aanpak
 * wachttijden: a clause stating an amount, or the answer before it, must name something the question names besides
 * the amount (its own word, or a compound holding it: "wervingskosten" for "werving"), not only a synonym of it.
 */
export function amountForOtherItem(question: string, answer: string, words: QueryWord[], terms: (word: string) => string[], source = ''): boolean {
  const items = words.filter((w) => !w.weak && !w.focus && !/^\d/.test(w.terms[0]));
  if (!asksAmount(question) || items.length === 0) return false;
  // A compound asked ("thuiswerkplek") is named by its parts too ("de (thuis)werkplek").
  // So is a word by a paraphrase of it ("teruggehaald": "teruggevorderd") or its family ("werven": "Wervingskosten" of werving),
  // not by a looser synonym group.
  const own = (w: QueryWord, t: string) => !t.startsWith('~') && !w.partial.has(t) && !w.parts.has(t);
  // The family roots of a clause's terms, read once per clause rather than once per word asked.
  const families = new Map<Set<string>, Set<string>>();
  const family = (clause: Set<string>) => families.get(clause) ?? families.set(clause, new Set([...clause].flatMap((t) => familyRoot(t) ?? []))).get(clause)!;
  const names = (clause: Set<string>, w: QueryWord) =>
    w.terms.some((t) => (own(w, t) || t.startsWith('~~')) && clause.has(t)) || w.terms.some((t) => own(w, t) && family(clause).has(t)) || (!!w.partTerms && w.partTerms.every((part) => [...part].some((t) => clause.has(t))));
  // The thing may be named before the clause with its amount ("De Aanpak wachttijden ... Voor 2025 is € 110.000 ...").
  // So may the title or the article ("Reglement ... Calamiteitenoverleg": its mandate is the calamiteitenoverleg's).
  const clauses = clausesOf(answer);
  const upTo = clauses.map((_, i) => new Set(tokenize(`${source}\n${clauses.slice(0, i + 1).join(' ')}`).flatMap((t) => terms(t))));
  const stating = clauses.map((c, i) => (statesAmount(c) ? upTo[i] : undefined)).filter((c): c is Set<string> => !!c);
  return stating.length > 0 && !stating.some((c) => items.some((w) => names(c, w)));
}

const bodiesIn = (text: string) => new Set(tokenize(text).map(bodyOf).filter((b): b is string => !!b));

/** A condition the question opens with ("als VT ...,"): the asker's case. */
const CONDITION_FIRST = /^\s*(?:als|wanneer|indien|zodra|stel dat)\b[^,?]*,\s*/i;

/**
 * "Met hoeveel gemeenten werkt Twente samen binnen OZJT?" is not answered by the region's own "de elf gemeenten" in a
 * sentence after one naming OZJT: when a count question names a party by its own name (a capitalised word, not a
 * governance body, not the documents' own organisation), a clause giving a figure must name each such party the source
 * does not.
 */
export function countForOtherNamed(question: string, answer: string, terms: (word: string) => string[], source = ''): boolean {
  const amount = asksAmount(question);
  if (!wordAfterHoeveel(question) && !amount) return false;
  // "MO-leden": only a capitalised part is a name; "leden" is who, in any document. Of two asks ("... in het Stadhuis, en
  // hoeveel waren dat er in het Stadskantoor?") each names its own party: the names of the one that counts.
  // "Als VT de crisisdienst inschakelt, hoeveel tijd heeft het toegangsteam ...": a party of the condition is the case, not the one counted.
  const counting = (twoAsks(question)?.find((ask) => wordAfterHoeveel(ask) || asksAmount(ask)) ?? question).replace(CONDITION_FIRST, '');
  const capitalised = new Set((counting.match(/\p{Lu}\p{L}*(?![\p{L}\p{N}])/gu) ?? []).flatMap((w) => tokenize(w).map((t) => terms(t)[0])));
  const parties = [...capitalisedTerms(counting, terms)].filter((t) => !!t && capitalised.has(t) && !BODIES.has(t) && !WEAK_TERMS.has(t) && !PLACE_TERMS.has(t));
  if (parties.length === 0) return false;
  // A party is named by its own word or a paraphrase of it ("POH" by "praktijkondersteuners").
  const namedIn = (text: string) => new Set(tokenize(text).flatMap((t) => terms(t)));
  const named = (text: string) => {
    const own = namedIn(text);
    return { has: (p: string) => own.has(p) || terms(p).some((t) => t.startsWith('~~') && own.has(t)) };
  };
  // "De Aanpak wachttijden is een thema ...: ... een werkbudget van € 110.000": an answer that opens with the party as its
  // subject is about it, and so are its figures ("Met het OZJT werken we samen ..." is not about OZJT).
  const subject = answer.match(/^\s*(?:(?:de|het|een)\s+)?((?:\S+\s+){0,2}\S+)/i)?.[1] ?? '';
  const about = named(`${source} ${subject}`);
  const unnamed = parties.filter((p) => !about.has(p));
  // "Wat rekenen de Twentse aanbieders?" is not answered by a count of beds in Twente beside tariffs of IJsselland's own: an amount asked is given by a clause with an amount.
  // "Het gaat om een incidenteel bedrag van € 18.000" leans on the sentence before it, which names the project.
  // "IJsselland en Twente hebben samen het Regionaal Expertise Team (RET). In 2057 heeft het RET negen casussen behandeld.": a
  // clause that names again what the one before it introduced, or points at it ("die daar hulp kregen"), is about that one's parties too.
  const clauses = clausesOf(answer), withBefore = (c: string, i: number) => (i > 0 && (pointsBack(c) || namesAgain(c, clauses[i - 1]) || THERE.test(c)) ? `${clauses[i - 1]} ${c}` : c);
  const giving = clauses.map(withBefore).filter((c, i) => (amount ? statesAmount(clauses[i]) : tokenize(clauses[i]).some((t) => FIGURE_WORD.test(t) && !YEAR_TERM.test(t))));
  // "Bij het faillissement van X zijn ... De extra kosten van de overdracht bedroegen € 312.000.": an amount in a paragraph
  // that opens naming every party is theirs (a count is not: "Met het OZJT werken we samen ... de elf gemeenten").
  const paragraphNames = (c: string) => amount && answer.split('\n').some((line) => line.includes(c) && unnamed.every((p) => named(clausesOf(line)[0]).has(p)));
  return unnamed.length > 0 && giving.length > 0 && !giving.some((c) => unnamed.every((p) => named(c).has(p)) || paragraphNames(c));
}

/** "Voor de 64 jeugdigen die daar hulp kregen": "daar" is the party the clause before names. */
const THERE = /\b(?:daar|daarbij|daarvan|daarin)\b/i;

/** Whether a clause names again an abbreviation the clause before it uses ("het RET" after "... Expertise Team (RET)"). */
const namesAgain = (clause: string, before: string) => (clause.match(/\b\p{Lu}{2,}\b/gu) ?? []).some((a) => new RegExp(`\\b${a}\\b`, 'u').test(before));

/** An answer that does not give what the question asks: the count, amount or figure, or that of the party, body or year asked about. */
export function missesWhatIsAsked(question: string, answer: string, terms: (word: string) => string[], source = '', words: QueryWord[] = []): boolean {
  return (
    onlyAsksForCount(question, answer) ||
    lacksFigureAsked(question, answer) ||
    lacksTimeAsked(question, answer) ||
    lacksUnitAsked(question, answer) ||
    lacksRatioAsked(question, answer) ||
    lacksAbsoluteCount(question, answer) ||
    lacksWhatIsAsked(question, answer, terms) ||
    lacksDayOfDeed(question, answer, source) ||
    plansOnlyVerdictAsked(question, answer) ||
    foreseesOnlyOutcomeAsked(question, answer) ||
    answersForOtherParty(question, answer, terms, hasFigure, source) ||
    answersForOtherBody(question, answer, source) ||
    answersForOtherYear(question, answer, source) ||
    datesOfOtherYear(question, answer, source) ||
    answersWhoForOtherBody(question, answer) ||
    amountForOtherItem(question, answer, words, terms, source) ||
    countForOtherNamed(question, answer, terms, source) ||
    lacksNamesAsked(question, answer) ||
    lacksMembersAsked(question, answer) ||
    answersForOtherPlace(question, answer, terms) ||
    answersForOtherRegion(question, answer, source) ||
    lacksPlaceCompared(question, answer, terms)
  );
}

/**
 * Whether a best answer that misses what is asked leaves it to the next hit as good: an amount, a part ("hoeveel van de"), the
 * members of a body, a count of another named one. Not otherwise: the next as good found the same words by chance.
 */
export const nextAsGoodMayGive = (question: string, answer: string, terms: (word: string) => string[], source: string): boolean =>
  asksAmount(question) || PART_OF_Q.test(question) || asksMembers(question) || countForOtherNamed(question, answer, terms, source);
