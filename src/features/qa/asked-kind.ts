import { DEED_WHEN, asksMomentOfEvent } from './moment-asked';
import { personAsked } from './person-asked';
import { DAY_AND_MONTH, MONTH_NAMES } from '../../shared/dutch-date';
import { PLACE_TERMS, termsOf, tokenize } from './dutch-text';
import { FREQUENCY, TIMES_DONE } from './frequency';
import { askedAmount, fitsAmount } from './amount-thresholds';
import { askedIntents } from './question-intents';
import { splitSentences } from './passages';
import { COMPOUND_NUMBER, SHARE, withoutDatesAndCodes } from './number-words';
import { reasonSaid } from './asked-elaboration';
import { situationSaid } from './asked-condition';
import { questionParts } from './question-setup';
import { relativeMomentGiven } from './relative-moments';
import { asksWho, namesActor, type NamedInQuestion } from './asked-actor';
import { asksSumOfMoney, namesMoney } from './count-questions';
import { statesAmount } from './figures-in-answer';
import { withoutYearsOfNames } from './year-editions';
import { rowOf } from './tables';
import { askedGround } from './asked-ground';
/** What "voor de" must be before to be a moment: "voor de vergadering" is one, "aandacht voor de financiële gevolgen" none. */
const EVENT = String.raw`\p{L}*(?:vergadering|overleg|bijeenkomst|zitting|besluit\p{L}*|behandeling|start|einde|deadline|zomer|vakantie|jaarwisseling)`;
/** A moment or a deadline: a date, a year, "uiterlijk", "binnen vijf werkdagen", "voor de vergadering". */
const MOMENT = new RegExp(`\\b(\\d{1,2}\\s+(${MONTH_NAMES})|(19|20)\\d\\d|uiterlijk|binnen|vóór|voor(af)?\\s+(?:aanvang|(?:de|het)\\s+${EVENT})|vooraf|na\\s+(afloop|ontvangst)|jaarlijks|elk(e)?\\s+(jaar|kwartaal|maand))\\b`, 'iu');
const givesMoment = (sentence: string) => MOMENT.test(withoutYearsOfNames(sentence));
/** A deadline ("tot wanneer kon ik indienen?"): a day, or "uiterlijk", "vóór"; a year alone ("voor 2040 is ...") sets none. */
const DAY_DEADLINE = new RegExp(`\\b(\\d{1,2}\\s+(${MONTH_NAMES})|uiterlijk|vóór|tot\\s+en\\s+met)\\b`, 'i');

/** A figure: digits or a number word ("binnen een jaar" too), not "geen" or "enkele". */
const FIGURE = new RegExp(String.raw`\d|\b(één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|helft|half|anderhalf)\b|${COMPOUND_NUMBER}|${SHARE}|\been\s+(jaar|halfjaar|kwartaal|maand|week|dag|werkdag)\b`, 'i');
const NUMBER = String.raw`\d+|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|achttien|twintig|dertig|veertig|vijftig|zestig|half|anderhalf|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:twintig|dertig|veertig|vijftig)`;
/** A length of time: a number with a unit of time ("twee jaar", "tien werkdagen", "een halfjaar", "twintig (20) kalenderdagen"). */
const DURATION = new RegExp(String.raw`\b(${NUMBER})\s+(?:\(\d+\)\s+)?(?:(?!per\s)\p{L}+\s+)?(jaar|jaren|halfjaar|maand|maanden|week|weken|dag|dagen|werkdag|werkdagen|kalenderdag|kalenderdagen|uur|uren|kwartaal|kwartalen|minuten)\b`, 'iu');
const ASKS_TERM = /\bhoeveel\s+tijd\b|\b(?:wat\s+(?:is|zijn)\s+de|welke)\s+\p{L}*termijn(?:en)?\b/iu;
const CONDITIONS_ASKED = /\b(in welk(e)? (gevallen|geval|situaties|situatie|omstandigheden)|onder welke (voorwaarden|omstandigheden))\b/i;
const CONDITION = /\b(als|indien|wanneer|mits|tenzij|alleen|uitsluitend)\b[^.]*,/i;

/** A sentence that gives examples: "bijvoorbeeld", "zoals", "denk aan", "onder meer". */
const GIVES_EXAMPLES = /\b(bijvoorbeeld|zoals(?! (?:vastgelegd|beschreven|bedoeld|genoemd|afgesproken|opgenomen|aangegeven|gezegd|eerder|al)\b)|denk (?:dan )?aan|onder (?:meer|andere)|waaronder)\b|\bo\.a\./i;
/** "Welk voorbeeld ...", "noem eens een paar ...", "geef een voorbeeld van ...": examples are asked. */
const ASKS_EXAMPLES = /\bvoorbeeld(?:en)?\b|\bnoem (?:eens |er |me |mij )*(?:een paar|enkele|wat|een aantal)\b/i;

/** A date with its day and month ("1 januari 2018"), which "op welke datum" asks for. */
const DATE = DAY_AND_MONTH;
const ASKS_DATE = /\bwelke\s+(datum|dag|dagen)\b/i;
/** "Op welke dag(en) ...": a weekday ("op dinsdag en donderdag") answers as a date does. */
export const WEEKDAY = /\b(?:maan|dins|woens|donder|vrij|zater|zon)dag/i;
/** "In welk jaar ...", "sinds welk jaar ...", "sinds/vanaf wanneer ...": a year. */
const YEAR = /\b(19|20)\d\d\b/;
const ASKS_YEAR = /\bwelk\s+jaar\b|\b(sinds|vanaf)\s+wanneer\b/i;
/** "Waarom ...", "waarvoor ...", "met welk doel ...": a reason or a purpose ("in geval van calamiteiten"), which a curated summary often leaves out. */
const ASKS_REASON = /^\s*(waarom|waarvoor|met welk doel|om welke reden)\b/i;
const GIVES_REASON = /\b(omdat|zodat|want|op (?:verzoek|aandringen) van|immers|in (?:het )?geval van|op (?:die|deze) (?:manier|wijze)|daardoor|doordat|vanwege|om(?:\s+\S+){0,12}?\s+te\b|ten behoeve van|bedoeld|doel|noodzakelijk|redenen|oorzaak|oorzaken)\b/i;

/** "Welk deel van het budget ...", "hoeveel procent ...", "hoe zwaar weegt het draagvlak?": a share, which a text gives as a percentage or a fraction ("draagvlak: 15 procent"). */
const ASKS_SHARE = /\b(?:welk|welke)\s+(?:deel|gedeelte|aandeel|percentage)\s+van\b|\bhoe\s+groot\s+(?:\p{L}+\s+){0,3}?meerderheid\b|\bwelke\s+meerderheid\b|\bhoeveel\s+procent\b|\bhoe\s+zwaar\s+(?:weegt|wegen|woog|wogen|telt|tellen)\b|\bwelk\s+(?:gewicht|wegingspercentage)\b/iu;
const GIVES_SHARE = new RegExp(String.raw`%|\bprocent\b|\bhelft\b|${SHARE}`, 'i');

/**
 * What a text must give to answer this question fully, when the question asks a particular kind of answer:
 * examples ("welk voorbeeld ...", "noem een paar ..."), a date ("vanaf welke datum ...") or a year. Undefined otherwise.
 */
export function givesWhatIsAsked(question: string): ((text: string) => boolean) | undefined {
  if (ASKS_EXAMPLES.test(question)) return (text) => GIVES_EXAMPLES.test(text);
  // "Op welke dag moet ... betaald zijn?": "uiterlijk de tiende werkdag van april" gives one as a date does.
  // "Op welke dag van de week ...": a weekday, not a date.
  if (/\bwelke\s+dag(?:en)?\s+van\s+de\s+week\b/i.test(question)) return (text) => WEEKDAY.test(text);
  const ground = askedGround(question);
  if (ground) return ground;
  if (ASKS_DATE.test(question)) return (text) => DATE.test(text) || (/\bdag/i.test(question.match(ASKS_DATE)![1]) && WEEKDAY.test(text)) || relativeMomentGiven(question, text);
  if (ASKS_YEAR.test(question)) return (text) => YEAR.test(text);
  if (ASKS_REASON.test(question)) return (text) => GIVES_REASON.test(text);
  if (ASKS_PLACES.test(question)) return (text) => tokenize(text).some((t) => PLACE_TERMS.has(termsOf(t)[0]));
  if (ASKS_NEW.test(question)) return (text) => GIVES_NEW.test(text);
  if (asksResultItself(question)) return (text) => REPORTS_RESULT.test(text);
  return personAsked(question);
}

/** "Wat kwam er uit ...", "wat kwam daaruit", "wat was het resultaat": a result is asked. */
const RESULT_Q = /\bwat\s+(?:kwam|kwamen|is|zijn)\s+(?:er\s+)?(?:uit(?:gekomen)?|daaruit|eruit|hieruit)\b|\b(?:resultaat|uitkomst)\b/i;
export const asksResult = (question: string) => RESULT_Q.test(question);
/** The result itself is what is asked ("wat kwam daaruit", "wat was de uitkomst"), not a figure of one ("hoe vaak is het resultaat gehaald"). */
const RESULT_ITSELF_Q = /\bwat\s+(?:kwam|kwamen|is|zijn)\s+(?:er\s+)?(?:uit(?:gekomen)?|daaruit|eruit|hieruit)\b|\bwat\s+(?:was|waren|is|zijn)\s+(?:het|de)\s+(?:resultaat|resultaten|uitkomst|uitkomsten)\b/i;
export const asksResultItself = (question: string) => RESULT_ITSELF_Q.test(question);
/** A result reported: "leidde in één geval tot een aanwijzing", "resulteerde in", "met als gevolg", a complaint "gegrond verklaard". */
export const REPORTS_RESULT = /\b(?:leidde|leidden|geleid)\s+(?:\S+\s+){0,4}?tot\b(?!\s+\d)|\bresulteerde\w*\s+in\b|\bmet\s+als\s+(?:gevolg|resultaat)\b|\b(?:on)?gegrond\s+(?:te\s+)?(?:verklaard|verklaren|verklaarde|bevonden)\b|\b(?:oordeelde|oordeelden)\b/i;

/**
 * "Wat wordt de nieuwe termijn?": the value that replaces the one of now (not "per wanneer geldt het nieuwe reglement"). A text
 * gives it with "voortaan" or "in plaats van", or names the new thing; one that only says the rule of now does not.
 */
const ASKS_NEW = /\bwat\s+(?:wordt|is|zijn|worden)\s+(?:de|het)\s+nieuwe\s+\p{L}+/iu;
const GIVES_NEW = /\b(?:voortaan|in\s+plaats\s+van|niet\s+langer|nieuwe?)\b/i;

/** "Welke gemeenten zitten er allemaal in RSJ?": the gemeenten by name, which a text that names them gives. */
const ASKS_PLACES = /\bwelke\s+(?:\p{L}+\s+)?gemeente[ns]\b/iu;

/** "Sinds wanneer ...", "op welke datum ...": a year or a date, which the sentence about what is asked gives, not any sentence. */
export const asksYearOrDate = (question: string): boolean => ASKS_DATE.test(question) || ASKS_YEAR.test(question);

/** "Hoe lang", "hoe snel", "hoeveel tijd", "welke termijn": a length of time (or the deadline it ends at), as a test on a text. */
export function askedDuration(question: string): ((text: string) => boolean) | undefined {
  // "Hoe lang blijft een lid zitten?" asks a duration ("twee jaar"), not any figure ("drie leden").
  if (/\bhoe\s*(lang|snel)\b/i.test(question)) return (s) => DURATION.test(s);
  // "Wat is de bezwaartermijn ...": a length of time, or the deadline it ends at. "Hoeveel tijd ..." counts: a length
  // (a date alone does not answer a "hoeveel", see lacksFigureAsked).
  if (/\bhoeveel\s+tijd\b/i.test(question)) return (s) => DURATION.test(s);
  if (ASKS_TERM.test(question)) return (s) => DURATION.test(s) || DATE.test(s);
  return undefined;
}

const UNTIL = /\b(?:eindigt|eindigen|einde|afloop|vervalt|vervallen|tot\s+en\s+met|t\/m|tot\s+\d)\b/i;
/** "Hoe staat het met de notitie?", "wat is de stand van ...": how far a piece of work is, which a status or a (new) date gives. */
const ASKS_STATUS = /\bhoe\s+staat\s+het\s+(?:er\s+)?(?:nu\s+)?(?:mee|met)\b|\bwat\s+is\s+de\s+(?:stand|status)\b|\bhoe\s+ver\s+is\b/i;
const GIVES_STATUS = /\bstatus\b[^:.]{0,30}:|\b(?:afgerond|vertraagd|uitgesteld|gereed|klaar|opgeleverd|in\s+behandeling|nieuwe\s+datum|loopt|lopen|gestart)\b/i;

/** "Hoeveel is er (te veel) uitbetaald / terugbetaald / besteed?": "hoeveel" with no thing counted, before a verb of paying. */
/** "Over welk bedrag hebben we het?", "om welk bedrag gaat het", "voor welk bedrag": the sum of money itself. */
const WHICH_AMOUNT = /\b(?:om|over|voor|met)\s+welk(?:e)?\s+(?:bedrag|bedragen|som|geldbedrag)\b|^\s*welk\s+bedrag\b/i;
const PAID_HOW_MUCH = /^\s*hoeveel\s+(?:is|werd|wordt|zijn|werden)\s+(?:\p{L}+\s+){0,7}?(?:(?:uit|terug|door|bij)?betaald|besteed|uitgegeven|ontvangen|teruggevorderd|terugontvangen)\b/iu;

/**
 * What the question word asks for, as a test on a sentence: "wanneer" a moment, "hoe vaak" a frequency,
 * "hoeveel"/"hoe lang"/"hoe snel" a figure. Undefined for other questions.
 */
export function askedKind(question: string): ((sentence: string) => boolean) | undefined {
  const gives = givesWhatIsAsked(question);
  if (gives) return gives;
  // "Wat is de status?" asks the state itself; "hoe staat het met ..." may be answered by a new date.
  if (ASKS_STATUS.test(question)) return /\bde\s+status\b/i.test(question) ? (s) => GIVES_STATUS.test(s) : (s) => GIVES_STATUS.test(s) || DATE.test(s);
  if (/\bhoe\s+vaak\b/i.test(question)) return (s) => FREQUENCY.test(s) || TIMES_DONE.test(s);
  if (ASKS_SHARE.test(question)) return (s) => GIVES_SHARE.test(s);
  if (ASKS_AGE.test(question)) return (s) => AGE.test(s);
  const duration = askedDuration(question);
  if (duration) return duration;
  if (PAID_HOW_MUCH.test(question) || asksSumOfMoney(question) || WHICH_AMOUNT.test(question)) return (s) => statesAmount(s); // a sum paid or "hoeveel voorschot": no percentage, no count
  // "Hoe groot was de onrechtmatigheid in 2048?" asks a size: "in 2048 is één onrechtmatigheid geconstateerd" gives none.
  if (/\bhoe\s+(groot|hoog)\b/i.test(question) && !/\bhoeveel\b/i.test(question)) return (s) => FIGURE.test(withoutYearsOfNames(s).replace(/\b(?:(?:19|20)\d\d|één)\b/g, ''));
  if (/\bhoeveel\b/i.test(question)) return (s) => FIGURE.test(withoutDatesAndCodes(s));
  // "Wat is de geraamde jaarwaarde ...?": a sum of money, which the sentence with the amount gives.
  const noun = WHAT_IS_NOUN.exec(question)?.[1];
  if (noun && namesMoney(noun)) return (s) => statesAmount(s);
  // "Wat kostte de overdracht?", "wat kost het als ...", "wat is daarvoor begroot?": an amount, which the sentence with the amount gives.
  if (/\bwat\s+(?:kost|kostte|kostten|verdient|verdiende|verdienden)\b|\bwat\s+(?:is|wordt|werd|was)\s+(?:er\s+)?(?:[\p{L}-]+\s+){0,8}?(?:begroot|geraamd|gereserveerd|uitgetrokken)\b/iu.test(question)) return (s) => statesAmount(s);
  // "In welke gevallen mag ...?", "onder welke voorwaarden": the conditions, which a lid lists after a colon or states with "als".
  if (CONDITIONS_ASKED.test(question)) return (s) => /:\s*$/.test(s) || CONDITION.test(s);
  // "Tot wanneer loopt de DVO?": the moment it ends ("eindigt op 31 december 2041"), not another date of its article
  // (a deadline, "tot wanneer kan ik ... indienen", is any moment).
  if (/\btot\s+wanneer\s+(?:loopt|lopen|geldt|gelden|duurt|duren|is|zijn)\b/i.test(question)) return (s) => givesMoment(s) && UNTIL.test(s);
  if (/\btot\s+wanneer\b/i.test(question)) return (s) => DAY_DEADLINE.test(s);
  if (asksMomentOfEvent(question)) return givesMoment;
  return undefined;
}

/** The thing "wat is de ..." asks ("jaarwaarde" in "wat is de geraamde jaarwaarde van ..."). */
const WHAT_IS_NOUN = /\bwat\s+(?:is|zijn|was|waren|bedraagt|bedragen)\s+(?:de|het)\s+(?:\p{L}+e\s+)?(\p{L}+)(?=\s+(?:van|voor|bij|per|in|op)\b|\s*[?,.]|\s*$)/iu;

/** "Wanneer vergadert het PFO?", "wanneer komt het AO bijeen?": a body's meetings, given as how often (or when). */
const MEETS_WHEN = /\bwanneer\s+(?:vergadert|vergaderen)\b|\bwanneer\s+(?:komt|komen)\b[^?]*\bbijeen\b/i;
export const asksWhenBodyMeets = (question: string): ((sentence: string) => boolean) | undefined =>
  MEETS_WHEN.test(question) ? (s) => FREQUENCY.test(s) || givesMoment(s) : undefined;

/** What a passage says of the kind of answer asked, how much that counts, and whether it joins the best hits (withSituationsTied). */
export interface KindSaid {
  terms: string[];
  says: (text: string, heading?: string) => boolean;
  boost: number;
  situation?: boolean;
  joinsTie?: boolean;
  tieFloor?: number;
}

/**
 * How much a passage that states the frequency or duration for the question's own actors ranks above one whose
 * figure belongs to someone else ("de projectgroep komt één keer per maand bijeen" for "hoe vaak spreekt de trekker de
 * projectmanager?").
 */
const KIND_SAID_BOOST = 2;
/** "Hoe lang ...", "binnen hoeveel tijd ...", "hoe snel ...": a length of time is asked. */
const ASKS_DURATION = /\bhoe\s*lang\b|\bhoeveel\s+tijd\b|\bbinnen\s+(?:hoeveel|welke)\s+(?:tijd|termijn|dagen|werkdagen|weken|maanden)\b|\bhoe\s+snel\b/i;
const FREQUENCY_TERMS = /^(vak|~frequentie)$/;
/** "Tot welke leeftijd ...", "vanaf welke leeftijd ...": an age is asked, which a text states in years ("tot 21 jaar"). */
const ASKS_AGE = /\b(?:welke|tot welke|vanaf welke)\s+(?:leeftijd|leeftijdsgrens|maximumleeftijd|minimumleeftijd)\b/i;
const AGE = /\b(?:tot|vanaf|van|onder|boven|jonger dan|ouder dan|tot en met)\s+\d{1,2}\s*jaar\b|\b\d{1,2}-jarigen?\b|\b(?:minderjarig|meerderjarig)|\btot\s+(?:de\s+\p{L}+|hij|zij|ze)\s+\d{1,2}\s+(?:jaar\s+)?wordt\b/iu;
const AGE_TERMS = /^(?:leeftijd|leeftijdsgrens|maximumleeftijd|minimumleeftijd)/;
const DURATION_TERMS = /^(lang|dur|duurt|~periode|~termijn)$/;
/** "Tot wanneer kunnen gemeenten ...?", "uiterlijk wanneer ...?": a deadline, which a text gives as "uiterlijk" or "tot en met 17 november". */
const DEADLINE_ASKED = /\b(?:tot|uiterlijk|voor|vóór)\s+(?:wanneer|welke\s+datum)\b|\bwanneer\b[^?.,;]*\buiterlijk\b/i;
// "Voor 2040" is for that year as often as before it: only a day after "voor" sets a deadline.
const DEADLINE = new RegExp(String.raw`\buiterlijk\b|\b(?:tot(?:\s+en\s+met)?|t/m|vóór)\s+(?:\p{L}+\s+)?\**(?:\d{1,2}\s+(?:${MONTH_NAMES})|(?:19|20)\d\d)\b|\bvoor\s+(?:\p{L}+\s+)?\**\d{1,2}\s+(?:${MONTH_NAMES})\b`, 'iu');
/** "Hoeveel weken van tevoren ...?": a time before a moment, which a text gives as "6 weken voor de vergadering". */
const LEAD_TIME_ASKED = /\bhoeveel\s+(?:(?:werk)?dagen|weken|maanden)\s+(?:van\s*tevoren|vooraf|voordien)\b/i;
const LEAD_TIME = new RegExp(String.raw`\b(?:${NUMBER})\s+(?:werk)?(?:dagen|dag|weken|week|maanden|maand)\s+(?:voor|vóór|voorafgaand)\b`, 'iu');
const DEADLINE_TERMS = /^(uiter|~termijn)$/;

/**
 * "Hoe vaak ...?", "hoe lang ...?": the question word is answered by a passage with a sentence that states a
 * frequency ("twee contractgesprekken per jaar") or a length of time in any words, together with all the other words
 * of the question, though it says neither "vaak" nor "lang". The terms of the question word to count as matched, and
 * the test on a passage's text (with how a sentence matches the question's words); undefined for other questions.
 */
export function askedKindWord(
  question: string,
  words: { terms: string[]; focus: boolean; weak: boolean }[],
  matches: (sentence: string) => number[],
  setup: ReadonlySet<string> = new Set(),
  amountSaid?: () => KindSaid | undefined,
): KindSaid | undefined {
  const frequency = /\bhoe\s+vaak\b/i.test(question);
  const age = !frequency && ASKS_AGE.test(question);
  const duration = !frequency && !age && ASKS_DURATION.test(question);
  const leadTime = !frequency && !age && !duration && LEAD_TIME_ASKED.test(question);
  const deadline = leadTime || (!frequency && !age && !duration && DEADLINE_ASKED.test(question));
  const kind = frequency ? FREQUENCY : age ? AGE : duration ? DURATION : leadTime ? LEAD_TIME : deadline ? DEADLINE : undefined;
  // The word that says what kind is asked ("vaak", "duurt", "termijn", "leeftijd"), not another focus word ("lid" in "hoe lang wordt iemand lid").
  const kindTerms = frequency ? FREQUENCY_TERMS : age ? AGE_TERMS : deadline ? DEADLINE_TERMS : DURATION_TERMS;
  const isKindWord = (w: (typeof words)[number]) => (w.focus || age || deadline) && w.terms.some((t) => kindTerms.test(t));
  const focus = words.find(isKindWord);
  // An amount asked (asked-amount.ts), when neither a frequency nor a duration is.
  if (!kind || !focus) return amountSaid?.() ?? reasonSaid(question, words, matches) ?? situationSaid(question) ?? deedMomentSaid(question, words, matches, setup);
  // After the asker's case ("De commissie heeft haar advies uitgebracht. Hoe lang duurt het daarna nog ...?") the
  // asking sentence says what the sentence must state; the case's words (and "daarna", see setupTerms) tell the case.
  // Not when the duration is asked before ("Hoe vaak komt het Regieoverleg bijeen? En wie is daar voorzitter?").
  const { asking } = questionParts(question);
  // Not either when the asking sentence also asks who or what ("Wie moet ik inlichten en binnen welke termijn?"): the case decides the article then.
  const onlyKindAsked = (frequency ? /\bhoe\s+vaak\b/i : ASKS_DURATION).test(asking) && !/\b(?:wie|wat|welke|welk|waar)\b/i.test(asking.replace(/\bbinnen welke\b/gi, ''));
  const caseWords = asking !== question && onlyKindAsked ? setup : new Set<string>();
  const durationAlone = duration && asking === question && !/\b(?:wie|wat|welke|welk|waar|wanneer|hoeveel)\b/i.test(question);
  const counts = (w: (typeof words)[number]) => !isKindWord(w) && !w.weak && !caseWords.has(w.terms[0]);
  const needed = words.filter(counts).length;
  // All the other words, or all but one of three or more ("spreekt" is the "voortgangsgesprek" of the trekker and the projectmanager).
  // The section heading of a deadline, or of a length asked alone ("Agendapunt 3: Ontwerpbegroting 2029", "4.2 Afkoelperiode"), says
  // what it is for, in each of its sentences ("Gemeenteraden kunnen tot en met 12 mei ..."); not the title, which every passage has.
  const answers = (s: string, heading: number[]) => kind.test(s) && needed - matches(s).filter((v, i) => (v > 0 || heading[i] > 0) && counts(words[i])).length <= (needed >= 3 ? 1 : 0);
  return {
    terms: [focus.terms[0]],
    says: (text, heading) => {
      const [title, section] = heading?.split('\n') ?? [];
      // A length of time, asked alone, of a thing the document is about ("Reglement ... Zorgaanbieders": a stop "bij een aanbieder").
      const bySection = (deadline || durationAlone) && section ? matches(section) : [], byTitle = durationAlone && title ? matches(title) : [];
      return sentencesOf(text).some((s) => answers(s, byTitle.length ? byTitle.map((v, i) => Math.max(v, bySection[i] ?? 0)) : bySection));
    },
    boost: KIND_SAID_BOOST,
    joinsTie: true,
  };
}

/**
 * A text's sentences; a table row's are its cells, each said of the row's name under its column's header: "conceptbegroting
 * aanleveren bij de ambtelijk secretaris 6 weken voor de vergadering".
 */
function sentencesOf(text: string): string[] {
  const row = rowOf(text);
  if (row) return row.cells.slice(1).map((cell, k) => `${row.cells[0]} ${row.headers[k + 1]} ${cell}`);
  return text.split('\n').flatMap((line) => splitSentences(line));
}

/**
 * "Wanneer besluit het BO over de gunning?": of the passages with the question's words, the one whose sentence with all
 * of them gives a moment ("16 september 2027 – het BO besluit over de gunning") over one that names the deed without
 * it ("het besluit over de gunning ligt bij het BO").
 */
function deedMomentSaid(question: string, words: { terms: string[]; weak: boolean }[], matches: (sentence: string) => number[], setup: ReadonlySet<string>): KindSaid | undefined {
  if (!DEED_WHEN.test(question)) return undefined;
  // The asker's case ("ik zit morgen in het MO, ...") is no word the sentence with the moment must say.
  const asked = words.map((w) => !w.weak && !setup.has(w.terms[0])), needed = asked.filter(Boolean).length;
  // A word the document's title says ("2058" of the "ontwerpbegroting 2058") is said by each of its sentences.
  const answers = (s: string, titled: number[]) => MOMENT.test(s) && needed - matches(s).filter((v, i) => (v > 0 || titled[i] > 0) && asked[i]).length <= (needed >= 5 ? 2 : needed >= 3 ? 1 : 0);
  const says = (text: string, heading = '') => {
    const titled = matches(heading.split('\n')[0]);
    return text.split('\n').flatMap((line) => splitSentences(line)).some((s) => answers(s, titled));
  };
  return needed ? { terms: [], says, boost: KIND_SAID_BOOST, joinsTie: true } : undefined;
}

/**
 * The question word counts as a word of the question for picking sentences: among the sentences that
 * answer something of the question, the one with the moment, frequency or figure asked for wins ("De
 * gemeenten leveren hun thema's uiterlijk op 1 april aan" over the sentence that only names the round).
 */
export function withAskedKind(question: string, matches: (sentence: string) => number[], named: NamedInQuestion = () => false): (sentence: string) => number[] {
  const kind = askedKind(question);
  const amount = askedAmount(question);
  const who = asksWho(question);
  const intents = askedIntents(question);
  if (!kind && !amount && !who && !intents.length) return matches;
  return (sentence) => {
    const hits = matches(sentence);
    const answers = hits.some((v) => v > 0);
    // The question's verb ("wie behandelt ...", "wie moet ... vaststellen"), said with an actor, answers.
    if (who) hits.push(hits[who === 'last' ? hits.length - 1 : 0] > 0 && namesActor(sentence, named) ? 1 : 0);
    // An amount asked about: the sentence whose condition it meets ("meer dan EUR 100.000" for 150.000) answers.
    // What else it asks ("meestal", "opschuiven"): the sentence that says it, among those that answer.
    for (const says of intents) hits.push(answers ? says(sentence) : 0);
    return [...hits, ...(kind ? [answers && kind(sentence) ? 1 : 0] : []), ...(amount ? [answers && fitsAmount(sentence, amount) > 0 ? 1.5 : 0] : [])];
  };
}
