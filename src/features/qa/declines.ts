import { COMPOUND_NUMBER, COUNT_WORDS } from './number-words';
import { MONTH_NAMES, MONTH_PERIOD } from '../../shared/dutch-date';
import { fold } from '../../shared/fold';
import { asksHowMuchByVerb, wordAfterHoeveel } from './count-questions';
import { stemWord } from './word-forms';
import { withJoinedVerbs } from './separable-verbs';
import { WEEKDAY, askedDuration, asksResult, asksWhenBodyMeets } from './asked-kind';
import { asksLengthOfText } from './question-frames';
import { questionParts } from './question-setup';
import { durationOfSomethingElse } from './duration-topic';
import { datedByDocument, withoutNowOfCase } from './now-readings';
import { asksPersonalData } from './personal-data';
import { relativeMomentGiven } from './relative-moments';
import { TOTAL, lacksCount, statesAmount, statesNoCost } from './figures-in-answer';
import { lacksShareOf, shareOfAnAmount } from './shares-asked';
import { UNTIL_EVENT } from './figure-asked';

/**
 * Questions the documents cannot answer by their nature, recognised before any search: the
 * documents describe agreements, procedures and past figures, not today's state of affairs, and
 * they hold no personal details of people. "Hoe recent moeten de referenties zijn?" asks a requirement, no state.
 */
const CURRENT_STATE = /\b(op (dit|het) moment|tot nu toe|tot dusver|tot op heden|inmiddels|momenteel|op dit ogenblik|vandaag|gisteren|nu nog|deze (week|maand)|volgende (week|maand)|actuele (stand|lijst|status)|nu(?!\s+(?:uiteindelijk|eigenlijk|precies)\b)|(het |de )?afgelopen (week|weken|maand|maanden|kwartaal)|vorige (week|maand|vergadering)|vorig kwartaal|onlangs|(?<!\bhoe\s+)recent(elijk)?)\b/i;

/**
 * "Wat staat er op de agenda van het volgende BO?": a meeting still to come. Not "tot het volgende overleg"
 * ("een calamiteit die niet kan wachten tot / op het volgende overleg"), which describes a situation, not a date; nor "waarom
 * ging het niet gewoon naar het volgende BO?", the way not taken.
 */
const COMING_MEETING = /(?<!\b(?:tot|(?:wachten|wacht)\s+op|niet\s+(?:gewoon\s+|meteen\s+|direct\s+)?(?:naar|in|op))\s+(?:het|de|een)\s+)\b(?:eerst)?volgende\s+(?:bo|pfo|ao|mo|\p{L}*vergadering|\p{L}*bijeenkomst|\p{L}*overleg)\b/iu;
/**
 * "Wanneer was de laatste vergadering?", "wat heeft het BO in de vorige bijeenkomst besloten?": a meeting or advice
 * already held, asked in the past tense. Not "de laatste vergadering van het jaar" in a rule (present tense).
 */
const LAST_EVENT = /\b(?:de|het)\s+(?:laatste|vorige|meest recente|recentste)\s+(?:\p{L}*vergadering|\p{L}*bijeenkomst|\p{L}*overleg|advies|besluit)\b/iu;
const PAST = /\b(was|waren|werd|werden|heeft|hebben|had|hadden|stond|stonden|besprak|bespraken)\b/i;
/** "Binnen welke termijn moet ik een antwoord hebben?": "hebben" after a modal verb is an infinitive, no past tense. */
const MODAL_HEBBEN = /(\b(?:moet|moeten|mag|mogen|kan|kun|kunt|kunnen|wil|wilt|willen|zal|zullen|zou|zouden|dien|dient|dienen|hoef|hoeft|hoeven)\b[^?.,;]*?)\bhebben\b/gi;
/** Whether an asking sentence is in the past tense ("Welke aanbieder was dat?"). */
export const looksBack = (asking: string) => PAST.test(asking.replace(MODAL_HEBBEN, '$1'));
/** "Wat stond er op de agenda van de vergadering in maart?": one meeting, by its month, in the past tense. */
const MEETING_IN_MONTH = new RegExp(String.raw`\b(?:\p{L}*vergadering|\p{L}*bijeenkomst|\p{L}*overleg)\s+(?:van|in|op)\s+(?:\d{1,2}\s+)?(?:${MONTH_NAMES})\b`, 'iu');
/** "Wanneer is het reglement voor het laatst gewijzigd?", "welke thema's zijn dit jaar ingediend?": the latest time, the current round. */
const [LAST_TIME, THIS_ROUND] = [/\bvoor het laatst\b/i, /\b(?:dit|deze)\s+(?:jaar|ronde|keer|kwartaal)\b/i];

/** A time still to come in the asker's case ("ik zit volgende week in het AO"), which no asking sentence in the past tense looks back on. */
const FUTURE_OF_CASE = /\b(?:volgende|komende|aanstaande)\s+(?:week|maand)\b|\b(?:over)?morgen\b|\bstraks\b|\bbinnenkort\b/gi;

export type DeclineReason = 'current-state' | 'personal-data';

/** The words of two or more that make a question one about today ("de volgende vergadering", "op dit moment"), if any. */
export function currentStatePhrase(question: string): string | undefined {
  const phrase = (COMING_MEETING.exec(question) ?? CURRENT_STATE.exec(question))?.[0];
  return phrase && /\s/.test(phrase.trim()) ? phrase.toLowerCase() : undefined;
}

export function declineReason(question: string): DeclineReason | undefined {
  if (asksPersonalData(question)) return 'personal-data';
  // "Wij wachten nu al tien weken. Wat kunnen we doen?": the setup tells the asker's own case; its time words ask for
  // no state of affairs, unless the asking sentence looks back on it ("Welke aanbieder was dat?").
  const { asking, setup } = questionParts(question);
  if (datedByDocument(asking)) return undefined;
  // "Ik zit volgende week in het AO: hoeveel werkbudget werd er gevraagd?": the asking sentence looks back, not on a time to come.
  const about = withoutNowOfCase(setup && !looksBack(asking) ? asking : setup ? `${setup.replace(FUTURE_OF_CASE, '')} ${asking}` : question, !!setup);
  if (CURRENT_STATE.test(about) || COMING_MEETING.test(about) || LAST_TIME.test(about) || ((LAST_EVENT.test(about) || MEETING_IN_MONTH.test(about)) && PAST.test(about)) || (THIS_ROUND.test(asking) && looksBack(asking))) return 'current-state';
  return undefined;
}

/** A provider, its contract or its supervision: the contractmanager follows those. */
const ABOUT_PROVIDER = /\b(?:zorg|jeugdhulp)?aanbieders?\b|\bcontract(?:en)?\b|\btoezicht\b|\bescalatie/i;
/** A governance body, its meetings or its members: the regiomanager is secretary of the BO and the PFO. */
const ABOUT_MEETING = /\b(?:\p{L}*vergadering(?:en)?|\p{L}*overleg|\p{L}*bijeenkomst(?:en)?|agenda|voorzitter|secretaris|wethouders?|portefeuillehouders?|regioagenda|kleine commissie)\b/iu;
const BODY_ABBREVIATION = /\b(?:BO|PFO|AO|MO)\b/;

/** Who at RSJ can tell the state of affairs a current-state question asks for; none when nobody in particular can. */
export function currentStateContact(question: string): 'contractmanager' | 'regiomanager' | undefined {
  if (ABOUT_PROVIDER.test(question)) return 'contractmanager';
  if (ABOUT_MEETING.test(question) || BODY_ABBREVIATION.test(question)) return 'regiomanager';
  return undefined;
}

/** "Hoeveel euro ...", "welk bedrag", "wat kost ...", "wat rekent de aanbieder", "hoe hoog is het (uur)tarief", "wat zijn de totale apparaatskosten": a question after an amount of money. */
const ASKS_AMOUNT =
  /\b(hoeveel (euro|geld)|wat (?:rekent|rekenen|rekende|rekenden)\b(?![^?]*\b(?:tot|onder|mee)\b)|welk bedrag|om welk bedrag|wat kost|hoeveel kost|hoe duur|wat (is|was|wordt|werd) (het|de) (totale )?\p{L}*(budget|bedrag|tarief|prijs)(?![-\p{L}])|wat (?:zijn|waren|worden|werden) de totale \p{L}*(kosten|uitgaven|lasten|baten)|hoe (hoog|groot) (is|zijn|was|waren) (het|de) (totale )?\p{L}*(bedrag|tarief|tarieven|vergoeding|prijs|kosten|subsidie|budget|begroting|bijdrage|uitgaven|contractwaarde|boete|boetes))\b/iu;

/** "Hoeveel procent ...", "welk percentage ...": answered only by a text that states a percentage. */
const ASKS_PERCENT = /\b(hoeveel procent|welk percentage|hoe groot is het percentage)\b/i;
/** "9 van de 17 zaken" gives a share in its counts, which a percentage asked is. */
const PERCENT = /%|\bprocent\b|\bpercentage\b|\b\d+\s+van\s+de\s+\d+\b/i;

/**
 * A text answer to a question after an amount (or a percentage) that states none ("vergoed volgens het
 * tarief uit de overeenkomst" for "hoeveel euro per uur ...") does not answer it: the figure is in no document.
 */
/** Whether a question asks for an amount of money, and whether a text states one. */
/** "Hoeveel heeft Zwolle betaald / uitgegeven / bijgedragen ...?", "hoeveel betaalt een gemeente?", "hoeveel gaat mijn gemeente bijdragen?": money, though no money word is named. */
const ASKS_PAID = /\bhoeveel\s+(?:(?:mag|mogen|kan|kunnen|moet|moeten|gaat|gaan|zal|zullen)\b[^?,]{0,60}\b(?:uitgeven|besteden|uittrekken|betalen|uitkeren|bijdragen)\b|(?:heeft|hebben|had|hadden|is|zijn|werd|werden|wordt|worden|krijgt|krijgen|kreeg|kregen)\b[^?]{0,100}\b(?:betaald|uitgegeven|bijgedragen|overgemaakt|besteed|gekost)|(?:betaalt|betalen|betaalde|betaalden|besteedt|besteden|kostte|kostten))\b/i;
/**
 * "Welk (werk)budget / tarief ...", "wat heeft X gekost / bijgedragen", "wat X heeft gekost", "wat gaat X kosten": one amount. "Welke tarieven gelden?" asks
 * which ones (the plural), which a text may answer without figures. "Wat krijgt een lid per zitting vergoed?": a sum too.
 */
const ASKS_ONE_AMOUNT = /\bwelk\s+\p{L}*(?:budget|bedrag|tarief)\b|\bwat\s+(?:krijgt|krijgen|kreeg|kregen)\b[^?]{0,80}\b(?:vergoed|uitbetaald|betaald)\b|\bwat\s+(?:gaat|gaan|zal|zullen)\b[^?,]{0,60}\bkosten\b|\bwat\s+(?:(?:heeft|hebben|had|hadden)\b[^?]{0,60}\b(?:gekost|betaald|bijgedragen|overgemaakt|uitgegeven)|kostte|kostten|[^?]{0,60}\b(?:heeft|hebben|had|hadden)\s+gekost)\b/iu;
/** "Hoeveel extra / eenmalig geld": money, whatever word says how it compares or recurs. */
const asksMoney = (question: string) => /^(euro|geld)$/i.test(wordAfterHoeveel(question) ?? '');
export const asksAmount = (question: string) => ASKS_AMOUNT.test(question) || ASKS_PAID.test(question) || ASKS_ONE_AMOUNT.test(question) || asksMoney(question);

/**
 * "Op welke datum ...", "welke dag ...", "op welke data ...": answered only by a text that gives a date, a weekday for "welke
 * dag", or the moment a rule sets ("uiterlijk de tiende werkdag"); "... in maart" only by a date in March ("vóór 1 november"
 * is another's). "Data" after "op welke" is the plural of "datum" ("welke data deelt het RSJ" asks for gegevens), and a
 * text that only says "met data" gives none.
 */
const DEADLINE_BEFORE = /\b(?:uiterlijk|vóór|voor)\s+$/i;
const ASKS_DATE = /\b(?:welke\s+(datum|dag)|op\s+welke\s+(data|datums|dagen))\b/i;
const MONTH = new RegExp(String.raw`\b(${MONTH_NAMES})\b`, 'i');
const DATE = new RegExp(`\\b\\d{1,2}\\s+${MONTH.source.slice(2)}|\\b\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}\\b`, 'gi');

function lacksDateAsked(question: string, answer: string): boolean {
  const found = question.match(ASKS_DATE);
  const asked = (found?.[1] ?? found?.[2])?.toLowerCase();
  if (!asked) return false;
  // A period ("over januari tot en met april") says what the date is about, not the month it falls in.
  const month = question.replace(MONTH_PERIOD, '').match(MONTH)?.[1].toLowerCase();
  // "Op welke data vergadert het PFO?" asks the meetings' own dates: "uiterlijk 1 december" is a deadline for something else.
  const deadline = (d: RegExpMatchArray) => (asked === 'data' || asked === 'datums') && DEADLINE_BEFORE.test(answer.slice(Math.max(0, d.index! - 12), d.index));
  const dates = [...answer.matchAll(DATE)].filter((d) => (!month || d[1]?.toLowerCase() === month) && !deadline(d));
  return dates.length === 0 && !(asked.startsWith('dag') && WEEKDAY.test(answer)) && !(!looksBack(question) && relativeMomentGiven(question, answer, month));
}

/**
 * "Wat is het crisisnummer?", "onder welk zaaknummer?": a number that identifies, which a text gives in digits ("0800-1234",
 * "4028-2017"); "via het regionale crisisnummer" names it without giving it. A year, an amount or a count is no such number,
 * and "het nummer van het artikel" or a volgnummer is a small one.
 */
const ASKS_NUMBER = /\b(?:wat\s+(?:is|was)\s+(?:het|de)|welk|onder\s+welk|op\s+welk)\s+(?:\p{L}+e\s+)?((?!artikel|lid|volg|agenda|huis)\p{L}+nummer)\b/iu;
const IDENTIFIER = /(?<![€\d.,]\s?)\d[\d .\/-]*\d(?![\d.,]*\s*(?:euro|procent|%))(\s+\p{Ll})?/gu;
// A count before its noun ("1200 jeugdigen") is no identifier either, unless separators group it ("0800-1234").
const givesIdentifier = (answer: string) => [...answer.matchAll(IDENTIFIER)].some(([n, noun]) => n.replace(/\D/g, '').length >= 4 && !/^(?:19|20)\d\d$/.test(n.trim()) && !(noun && !/[-/]/.test(n)));
/** A question word before the number's ("wie heeft de nota opgesteld, en onder welk zaaknummer?"): the number is one part of what is asked. */
const ASKED_BEFORE = /\b(?:wie|wat|welke|welk|hoe|hoeveel|wanneer|waar|waarom)\b/i;

/** "Wat is het mailadres van het meldpunt?", "via welke website?", "op welk adres?": an address, which a text gives as one, not by its word. */
const ASKS_ADDRESS = /\b(?:wat\s+(?:is|was)\s+(?:het|de)|welk|via\s+welk|op\s+welk|naar\s+welk)\s+((?:e-?)?mailadres|website|webadres|internetadres|(?:bezoek|post)?adres)\b/iu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:nl|com|org|eu|info)\b/i;
/** A street and number ("Stationsweg 12"), a postcode with its place ("8011 CW Zwolle") or a Postbus. */
const POSTAL_ADDRESS = /\b\p{Lu}\p{L}+(?:straat|weg|laan|plein|singel|kade|gracht|dijk|steeg|markt|hof|park)\s+\d+|\b[1-9]\d{3}\s?(?!(?:AO|BO|MO)\b)[A-Z]{2}\s+\p{Lu}\p{Ll}+|\b[Pp]ostbus\s+\d+/u;
const givesAddress = (asked: string, answer: string) => (/mail/i.test(asked) ? EMAIL : /^(?:bezoek|post)?adres$/i.test(asked) ? POSTAL_ADDRESS : WEB_ADDRESS).test(answer);

/** The identifying number or address a question asks for ("crisisnummer", "mailadres"), with where it is asked and whether the answer gives it. */
function identifierAsked(question: string, answer: string): { word: string; at: number; given: boolean } | undefined {
  const number = ASKS_NUMBER.exec(question);
  if (number) return { word: number[1].toLowerCase(), at: number.index, given: givesIdentifier(answer) };
  const address = ASKS_ADDRESS.exec(question);
  return address ? { word: address[1].toLowerCase(), at: address.index, given: givesAddress(address[1], answer) } : undefined;
}

/** The number or address a question asks for ("crisisnummer", "mailadres") that the answer does not give. */
export function numberNotGiven(question: string, answer: string): string | undefined {
  const asked = identifierAsked(question, answer);
  return asked && !asked.given ? asked.word : undefined;
}

/** A number or address asked by itself and not given: declined. One asked beside something else the answer gives is said to be missing (numberNotGiven). */
/** A figure in digits or in words ("zes", "twintig", "de helft"); a year does not count as one. */
const FIGURE_GIVEN = new RegExp(String.raw`\d|\b(?:${COUNT_WORDS}|twintig|dertig|veertig|vijftig|honderd|duizend|helft|kwart|derde)\b|${COMPOUND_NUMBER}`, 'i');
const lacksNumberAsked = (question: string, answer: string) => {
  const asked = identifierAsked(question, answer);
  return (!!asked && !ASKED_BEFORE.test(question.slice(0, asked.at)) && !asked.given) || (asksHowMuchByVerb(question) && !FIGURE_GIVEN.test(answer.replace(/\b(?:19|20)\d\d\b/g, '')));
};

/** "Inclusief of exclusief btw?", "met of zonder reiskosten?": a choice about the thing after it, which an answer must name (its word or a synonym). */
const CHOICE = /\b(?:inclusief|exclusief|met|zonder) of (?:inclusief|exclusief|met|zonder) (?:de |het |een )?(\p{L}+)/iu;
function lacksChoiceThing(question: string, answer: string, terms?: (word: string) => string[]): boolean {
  const thing = CHOICE.exec(question)?.[1].toLowerCase();
  if (!thing) return false;
  const termsOf = terms ?? ((w: string) => [stemWord(w)]);
  const asked = new Set(termsOf(thing));
  return !(answer.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => termsOf(w).some((t) => asked.has(t)));
}

/**
 * "Wat was het advies van het overleg over de tarieven?", "welk besluit nam het BO?", "welke zienswijze heeft de raad ...", "welke thema's zijn
 * uiteindelijk gekozen", "welke variant heeft het BO gekozen", "wat heeft de analyse opgeleverd": one advice, decision or
 * result, once there.
 */
const ASKS_OUTCOME =
  /\b(?:wat\s+(?:was|waren)\s+(?:het|de)\s+(?:advies|adviezen|besluit|besluiten|standpunt|uitkomst|reactie|conclusie|oordeel)|welke?\s+(?:advies|adviezen|besluit|besluiten|standpunt|zienswijze|zienswijzen)\s+(?:gaf|gaven|nam|namen|heeft|hebben|had|hadden)|wat\s+(?:heeft|hebben|had|hadden)\b[^?]*\b(?:besloten|geadviseerd|geconcludeerd)|welke\s+\p{L}+(?:['’]s)?(?:\s+\p{L}+){0,4}?\s+(?:zijn|werden)\b[^?]*\buiteindelijk\s+(?:gekozen|geselecteerd|vastgesteld|aangenomen)|(?:welke?\s+\p{L}+(?:['’]s)?(?:\s+\p{L}+){0,4}?|wat)\s+(?:heeft|hebben|had|hadden)\b[^?]*\b(?:gekozen|opgeleverd)|^\s*(?:heeft|hebben)\s+(?:het|de)\s[^?]*\b(?:uiteindelijk\s+)?(?:overgenomen|goedgekeurd|afgewezen|verworpen))\b/iu;
/**
 * A text that reports one ("adviseerde", "besloot", "heeft ingestemd"), also as a list of decisions does ("bekrachtiging
 * van ...; instemming met ..."), not the procedure by which it is given.
 */
const REPORTS_OUTCOME = /\b(adviseerde|adviseerden|besloot|besloten|concludeerde|stemde|stemden|koos|kozen|kiest|geadviseerd|ingestemd|gekozen|ingediend|diende|vastgesteld|aangenomen|geselecteerd|opgeleverd|bekrachtigt|(?:bekrachtiging|vaststelling|kennisname|goedkeuring)\s+van|instemming\s+met|stelt\s+[^.;]*\bvast|(?:leverde|leverden|bracht|brachten)\s+[^.;]*\bop)\b/i;
/** A decision put off to a later meeting ("wordt uitgesteld naar het BO van 30 juni"): none taken yet, whatever else the answer reports. */
const POSTPONED = /\b(?:uitgesteld|doorgeschoven|verdaagd)\s+naar\s+(?:het|de)\b/i;
/** "Omdat het BO nog niet over de regioagenda heeft besloten": an outcome not there yet. */
const NOT_YET = /\bnog\s+(?:niet|geen)\b[^.;:]*/gi;
// A zienswijze is reported as one: "vastgesteld" of the thema's is none.
/** "Heeft het BO de zienswijze overgenomen?" is answered by a text that says it was: "overgenomen" of another's advice is no outcome of this. */
const OUTCOME_VERB = /\b(overgenomen|goedgekeurd|afgewezen|verworpen)\b/i;
const reportsVerbAsked = (question: string, answer: string) => {
  const verb = question.match(OUTCOME_VERB)?.[1];
  return !!verb && new RegExp(`\\b${verb}\\b`, 'i').test(answer.replace(NOT_YET, ''));
};
export const lacksOutcomeAsked = (question: string, answer: string) =>
  ASKS_OUTCOME.test(question) && ((!REPORTS_OUTCOME.test(answer.replace(NOT_YET, '')) && !reportsVerbAsked(question, answer)) || POSTPONED.test(answer) || (/zienswijze/i.test(question) && !/zienswijze/i.test(answer)));

/** A result asked, which an action still open ("Status: Open") only plans. */
const OPEN_STATUS = /\bstatus:\s*(?:open|nieuw|loopt|gepland|vertraagd)\b/i;
export const onlyPlansResultAsked = (question: string, answer: string) => asksResult(question) && OPEN_STATUS.test(answer);

/**
 * "Wat waren de tarieven in 2026?" answered by "Vastgesteld door het Ambtelijk overleg op 12 november 2026": the
 * year asked is named only as the date a document was adopted, which says nothing of that year's figures.
 */
const ADOPTED_ON = new RegExp(`\\b(vastgesteld|ondertekend|in werking)\\b[^.]*\\b\\d{1,2}\\s+${MONTH.source.slice(2, -2)}\\s+`, 'i');
const ASKS_ADOPTION = /\b(vastgesteld|vaststel\p{L}*|in werking|ondertek\p{L}*|ingaan|geldt|gelden|sinds|wanneer|welke datum)\b/iu;
function yearOnlyAsAdoptionDate(question: string, answer: string): boolean {
  const years = question.match(/\b(?:19|20)\d\d\b/g);
  if (years?.length !== 1 || ASKS_ADOPTION.test(question)) return false;
  const naming = answer.split(/(?<=[.;])\s+|\n/).filter((s) => s.includes(years[0]));
  return naming.length > 0 && naming.every((s) => new RegExp(`${ADOPTED_ON.source}${years[0]}`, 'i').test(s));
}

/** "Hoe groot is de totale begroting?" is not answered by "eenmalig € 50.000" or "een extra € 200.000": a part added, not the whole. */
const ADDED_AMOUNT = /\b(eenmalig|eenmalige|extra|aanvullend|aanvullende|incidenteel|incidentele)\s+(?:bedrag\s+(?:van\s+)?)?(?:€|eur\b|euro\b|\d)/i;
const onlyAddedAmount = (question: string, answer: string) =>
  TOTAL.test(question) && asksAmount(question) && ADDED_AMOUNT.test(answer) && !statesAmount(answer.replace(new RegExp(`${ADDED_AMOUNT.source}\\s*[\\d.,]*(\\s*(miljoen|mln))?`, 'gi'), ' '));

/**
 * "Hoe hoog is de totale begroting?" is not answered by "voor werving is € 15.000 opgenomen": a clause with an amount
 * must name the whole asked (not as where a part goes: "€ 50.000 incidenteel in de begroting") or a total.
 */
const NAMES_A_TOTAL = /\b(in totaal|totaal|totale|samen)\b/i;
const PART_GOES_TO = /\b(?:in|aan|op|bij|binnen) (?:de|het) \p{L}+/giu;
function onlyAmountOfAPart(question: string, answer: string): boolean {
  // "Het totale bedrag van de begroting" is the begroting's whole: "een bedrag ... in de begroting" is a part of it.
  const whole = question.match(/\btotale\s+(?:(?:bedrag|som|omvang|hoogte)\s+van\s+(?:de|het)\s+)?(\p{L}+)/iu)?.[1];
  if (!whole || !asksAmount(question)) return false;
  // "Olst-Wijhe gaf in 2056 € 9,4 miljoen uit" names the "totale uitgaven": the split verb, joined, is the noun's with another vowel.
  const stem = stemWord(whole.toLowerCase()), ablaut = (w: string) => w.replace(/a/g, 'e');
  const namesWhole = (clause: string) => (withJoinedVerbs(clause.replace(PART_GOES_TO, ' ')).match(/\p{L}+/gu) ?? []).some((w) => stemWord(w.toLowerCase()).includes(stem) || ablaut(stemWord(w.toLowerCase())) === ablaut(stem));
  const clauses = answer.split(/(?<=[.;:!?])\s+|,\s+|\n+/).filter((c) => statesAmount(c));
  return clauses.length > 0 && !clauses.some((c) => NAMES_A_TOTAL.test(c) || namesWhole(c));
}

/**
 * "Tegen welk tarief ...?" answered by a rule naming the tariff: "het trajecttarief van 2027", "het tarief 2028 uit artikel
 * 2", "het minimumtarief van de bandbreedte".
 */
const ASKS_TARIFF = /\bwelk\s+\p{L}*tarief\b/iu;
const TARIFF_BY_REFERENCE = /\b\p{L}*tarief\s+(?:van\s+|uit\s+)?(?:(?:19|20)\d\d|artikel\s+\d+)\b|\b(?:minimum|maximum)tarief\s+(?:van|uit)\s+(?:de|het)\b/iu;

export const lacksAmountAsked = (question: string, answer: string) =>
  (asksAmount(question) && !statesAmount(answer) && !statesNoCost(question, answer) && !(ASKS_TARIFF.test(question) && TARIFF_BY_REFERENCE.test(answer)) && !shareOfAnAmount(question, answer)) || (ASKS_PERCENT.test(question) && !PERCENT.test(answer)) || onlyAddedAmount(question, answer) ||
  onlyAmountOfAPart(question, answer);

/**
 * A text answer that does not give what the question asks for: an amount, a percentage, or a number of
 * the things counted. The documents hold no such figure, so the honest answer is that it is not there.
 */
export const lacksWhatIsAsked = (question: string, answer: string, terms?: (word: string) => string[]) =>
  lacksAmountAsked(question, answer) || lacksCount(question, answer, terms) || lacksShareOf(question, answer, terms) || lacksDateAsked(question, answer) ||
  lacksOutcomeAsked(question, answer) || onlyPlansResultAsked(question, answer) || lacksNumberAsked(question, answer) || lacksChoiceThing(question, answer, terms) || yearOnlyAsAdoptionDate(question, answer) || durationOfSomethingElse(question, answer, terms) || lacksMeetingTime(question, answer) || lacksDurationAsked(question, answer);

/** Words that give how long without a number: "voor onbepaalde tijd", "permanent", "tot 2030", "tot het einde van ...". */
const LENGTH_IN_WORDS = /\b(?:onbepaalde tijd|permanent|blijvend|zolang|tot (?:en met )?(?:(?:19|20)\d\d|(?:het|de) (?:einde?|datum|dag|moment|afloop|beëindiging|start)))\b/i;

/**
 * "Hoe lang wordt het logboek bewaard?" answered by what the logboek is: a question of how long wants a length of time
 * (or a date it ends), which no sentence of that answer gives. Not "hoe lang van tevoren" (a deadline) nor "geleden".
 */
function lacksDurationAsked(question: string, answer: string): boolean {
  if (!/\bhoe\s*lang\b(?!\s+(?:van\s*tevoren|vooraf|geleden))/i.test(question) || asksLengthOfText(question)) return false;
  const gives = askedDuration(question); // folded below: "binnen één jaar" is one too (a word boundary is ASCII-only)
  return !!gives && !gives(fold(answer)) && !LENGTH_IN_WORDS.test(answer) && !UNTIL_EVENT.test(answer) && !new RegExp(DATE.source, 'i').test(answer);
}

/** "Wanneer vergadert het PFO?" answered by what the PFO does: no frequency, moment, date or weekday in it. */
function lacksMeetingTime(question: string, answer: string): boolean {
  const gives = asksWhenBodyMeets(question);
  return !!gives && !gives(answer) && !WEEKDAY.test(answer) && !new RegExp(DATE.source, 'i').test(answer);
}
