import { asksQuorum, namesMoney, wordAfterHoeveel } from './count-questions';
import { tokenize } from './dutch-text';
import { stemWord } from './word-forms';
import { shareOfAnAmount } from './shares-asked';
import { cellNumber } from './table-cells';
import { escapeRegExp } from '../../shared/escape-regexp';

/** An amount of money in a text: a euro sign or word, millions, or a number with thousands separators. */
const AMOUNT = /€|\beuro\b|\beur\b|\bmiljoen\b|\bmiljard\b|\bmln\b|\bduizend\b|\d{1,3}(?:\.\d{3})+/i;
export const statesAmount = (text: string) => AMOUNT.test(text);
/** A text with "€ 25" read with the word "euro" too: it then says a money word ("welke vergoeding krijgen ze?"). */
const EURO_AMOUNT = /€\s?\d/;
export const withAmountWord = (text: string) => (EURO_AMOUNT.test(text) ? `${text} euro` : text);
/** A word of paying ("welke vergoeding krijgen ze?") said by a text with an amount in euros ("krijgen € 25"). */
export const amountPaid = (wordTerms: string[], text: string) => wordTerms.includes('~vergoeden') && EURO_AMOUNT.test(text);
/** "In totaal", "totale": a question after a total, not after what was added. */
export const TOTAL = /\b(in totaal|totaal|totale)\b/i;

/** "238 dossiers geregistreerd: 94 klachten en 144 meldingen": a figure followed by the parts it is the sum of gives a total. */
export function sumsItsParts(sentence: string): boolean {
  const numbers = (sentence.match(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? []).map((n) => cellNumber(n)!);
  return numbers.some((whole, i) => {
    let sum = 0;
    return numbers.slice(i + 1).some((part, k) => Math.abs((sum += part) - whole) < 1e-9 && k >= 1);
  });
}

/** How much of the question's words (by stem, five letters or more, within compounds; outside its frame) a sentence says. */
export function questionWordsShared(question: string, sentence: string, frame: RegExp): number {
  const stemOf = (w: string) => stemWord(w.toLowerCase());
  const topic = (question.match(/\p{L}{5,}/gu) ?? []).filter((w) => !frame.test(w.toLowerCase())).map(stemOf);
  const said = (sentence.match(/\p{L}{5,}/gu) ?? []).map(stemOf);
  return topic.length ? topic.filter((t) => said.some((w) => w.includes(t) || t.includes(w))).length / topic.length : 0;
}

/** A text that says something costs nothing: "kosteloos", "gratis", "er worden geen kosten in rekening gebracht". */
const NO_COST = /\b(kosteloos|gratis|zonder kosten|geen kosten|geen eigen bijdrage|kost niets|niets (?:te )?betalen|niet in rekening gebracht)\b/i;
/** "Geen kosten vergoed" (not reimbursed), "geen kosten ... voor het eerste contact; daarna ...": no cost only in part, or not at all. */
const NOT_FREE = /\b(vergoed|vergoeding|terugbetaald|daarna|vervolgens|behalve|tenzij)\b/i;
/** How much of the question's words the sentence that says no cost must share. */
const NO_COST_SHARE = 2 / 3;
/** Words that frame a question after an amount, not what it is about. */
const AMOUNT_FRAME = /^(hoeveel|kosten|betaalt|betalen|welke|bedrag|moeten)$/;

/**
 * "Wat kost het een ouder om een klacht in te dienen?" is answered by "Het indienen van een klacht is kosteloos": no
 * cost is an amount, when the sentence saying it shares most of the question's words (not another service's "gratis").
 */
export const statesNoCost = (question: string, answer: string) =>
  // Whole sentences: "geen kosten ...; daarna geldt het uurtarief" is free only at first.
  answer.split(/(?<=[.!?])\s+|\n+/).some((s) => NO_COST.test(s) && !NOT_FREE.test(s) && /\b(kost\p{L}*|rekening|bijdrage|gratis|betal\p{L}*)\b/iu.test(s) && questionWordsShared(question, s, AMOUNT_FRAME) >= NO_COST_SHARE);

/** Words after "hoeveel" that are a unit or a measure rather than a thing counted: other checks cover those. */
const NOT_COUNTED = /^(euro|geld|procent|keer|maal|tijd|kosten|budget|ruimte|de|het|een|er|van|meer|minder|langer|later|eerder|en|of|dan|dat|dit)$/i;
/**
 * "Hoeveel is / krijgt / kostte / besteedde ...": a verb, so no thing is named as counted. A past plural ends in -den, or in
 * -ten after a consonant of 't kofschip ("werkten", "kostten"); "gemeenten", "contracten", "klachten", "calamiteiten" are
 * plurals of nouns ("fte" is an abbreviation, no participle).
 */
const VERB = /^(is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|krijgt|krijgen|kreeg|kregen|kost|kosten|bedraagt|bedragen|bedroeg|betaalt|betalen|gaat|gaan|ging|mag|mogen|moet|moeten|kan|kunnen|zal|zullen|begroot|besteedt|besteed|uitgegeven|geeft|gaf|geven|gaven|staat|staan|stond|telt|tellen|blijft|blijven|bleef|bleven|komt|komen|kwam|kwamen|houdt|houden|hield|hielden|levert|leveren|leverde|leverden|scheelt|schelen|scheelde|bespaart|besparen|bespaarde|verwacht|verwachten|denkt|denken|schat|schatten|raamt|ramen|rekent|rekenen|doet|doen|deed|deden|zit|zitten|zat|zaten|wil|willen|wilde|wilden|wou|zou|zouden)$|^.{2,}(de|te|den|[kfspt]ten)$/i;
const UNIT = /^(weken|week|dagen|dag|werkdagen|werkdag|maanden|maand|jaren|jaar|uur|uren|keer|maal|euro|procent|minuten|leden|lid)$/;
/** "tot en met 9 juni 2039 een zienswijze": a figure before an article counts nothing after it. */
const ARTICLE = /^(een|de|het)$/;
/** How far after "het aantal <thing>" its "van <figure>" may stand ("het aantal plaatsen in gezinshuizen groeide van 24"). */
const AANTAL_REACH = 10;
const NUMBER_WORD = /^(\d+([.,]\d+)?|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|geen|beide)$/i;

const PEOPLE = /^(mensen|personen|leden)$/i;
/** Words for people: "bestuurders", "medewerkers", "adviseurs", "specialisten", "ouders", "leden". */
const PERSON_NOUN = /^(\p{L}*(ers|eurs|aars|isten|ouders)|leden|mensen|personen)$/u;
/** People named by what they are rather than by a role ending ("jongeren", "jeugdigen"). */
const PEOPLE_OF_A_KIND = /^(jongeren|jeugdigen|kinderen|volwassenen|cliënten|clienten|ervaringsdeskundigen|vrijwilligers|afgevaardigden)$/i;
/** People named by what they do, a present participle made a noun ("wachtenden", "hulpvragenden"): people of the kind asked. */
const DOING_PEOPLE = /^\p{L}{3,}(?<![zw])enden$/u;
/** The members of a body: they count people of any kind ("vijftien leden" for "hoeveel jongeren ..."). */
const MEMBERS = /^(leden|lid|deelnemers|deelnemer)$/;
/** A reference to a lid of an article: "artikel 2, derde lid", "lid 3". */
const LID_REFERENCE = /\b(?:artikel\s+\d+[a-z]?,?\s+)?(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+lid|lid\s+\d+)\b/g;
/** People who stand for others: "twee vertegenwoordigers van zorgaanbieders" counts the zorgaanbieders represented. */
const REPRESENTATIVES = /^(vertegenwoordigers?|afgevaardigden?|gedelegeerden?)$/;
/** One person by a role: "elke gemeente wijst één lid / één vertegenwoordiger aan" counts the members. */
const PERSON_ONE = /^(lid|\p{L}*(?:houder|nemer|werker|gevaardigde|woordiger|stuurder|adviseur|voorzitter))$/u;

/** The thing "hoeveel" asks a number of ("leden", though it ends as a participle does), not a measure or a verb. */
export function countedNoun(question: string): string | undefined {
  const noun = wordAfterHoeveel(question);
  return noun && !NOT_COUNTED.test(noun) && !(VERB.test(noun) && !PEOPLE.test(noun)) ? noun : undefined;
}

/** Words after "hoeveel" that end as a plural does but count no things: verbs ("moeten") and measures of money ("miljoen"). */
const NO_THING = /^(?:moeten|mogen|kunnen|zijn|waren|hebben|worden|werden|krijgen|kregen|gaan|gingen|zullen|euro|procent|miljoen|duizend)$/i;
const EURO_SUM = /€\s?[\d.,]+(?:\s*(?:miljoen|mln|duizend))?/g;
/** "Hoeveel inschrijvingen ...": things in the plural (no verb, no money) are not counted by an amount ("€ 17,8 miljoen"), so it is left out. */
export function withoutAmountsIfThingsCounted(question: string, text: string): string {
  const noun = countedNoun(question);
  const thingsCounted = !!noun && /(?:en|s)$/i.test(noun) && !NO_THING.test(noun) && !namesMoney(noun);
  return thingsCounted ? text.replace(EURO_SUM, ' ') : text;
}

/** "Uit hoeveel leden bestaat ...", "hoeveel wethouders zitten in ...": a count of the people of a body. */
export function asksPeopleCounted(question: string): boolean {
  const noun = countedNoun(question)?.toLowerCase() ?? '';
  return PEOPLE.test(noun) || (PERSON_NOUN.test(noun) && !THING_IN_ERS.test(noun)) || PEOPLE_OF_A_KIND.test(noun);
}
/** Things whose plural ends like a person's ("dossiers", "kilometers"): no people counted. */
const THING_IN_ERS = /(dossiers|containers|meters|liters|cijfers|nummers|computers|printers|folders|posters|registers|filters|parameters|lagers|papers)$/;

/** "Hoeveel van de verwijzingen ...": a part asked, which a share gives. */
export const PART_OF_Q = /\bhoeveel\s+van\s+(?:de|het|alle|die|deze)\b/i;

/** "Onder / vanaf / boven hoeveel X ...": a threshold, which "met minder dan 40.000 inwoners" gives. */
const THRESHOLD_ASKED = /\b(?:onder|boven|vanaf|beneden)\s+(?:de\s+)?hoeveel\b/i;

/**
 * "Hoeveel jeugdigen ...": a text answers only when a number stands with that thing ("vijf jeugdigen",
 * "137 meerjarige contracten", "drie werkdagen" for dagen); "een maximum van twaalf weken per jeugdige"
 * names jeugdigen but counts weeks.
 */
/** "vier kinder- en jeugdpsychiaters" counts the psychiaters: the first part of a shared compound stands between. */
const withoutSharedFirstParts = (text: string) => text.replace(/(?<!\p{L})\p{L}+-\s+(?:en|of)\s+(?=\p{L})/gu, '');

const MEASURED_CHANGE = /^(?:overschrijding|onderschrijding|stijging|daling|afwijking|groei|korting|verhoging|verlaging|toename|afname)(?:en)?$/i;

export function lacksCount(question: string, answer: string, terms?: (word: string) => string[]): boolean {
  if (TOTAL_OF.test(question)) return !statesAmount(answer) && !/%|\bprocent\b/i.test(answer);
  // "Hoeveel van de verwijzingen ...?" asks a part, which a share gives ("58 procent van de verwijzingen"; shares-asked.ts checks whose).
  if (PART_OF_Q.test(question) && /\d\s*(?:%|procent)/i.test(answer)) return false;
  const noun = countedNoun(question);
  if (!noun) return false;
  // "Hoeveel stemmen zijn nodig?": a majority or a share of the members ("twee derde van de aanwezige leden") counts them.
  if (/^stemmen$/i.test(noun) && new RegExp(SHARE_OF_MEMBERS, 'iu').test(answer)) return false;
  // A quorum is a count of those present: "de elf wethouders zijn bestuurder" counts the body's members, not its quorum.
  if (asksQuorum(question)) return !answer.split(/(?<=[.;])\s+/).some((s) => PRESENT_SAID.test(s) && (MEMBERS_COUNTED.test(s) || QUORUM_SHARE.test(s)));
  // "Hoeveel kilometergeld / reiskosten": money named by its kind, an amount; "vanaf hoeveel overschrijding": a change, an amount or a percentage.
  if (namesMoney(noun) || MEASURED_CHANGE.test(noun)) return !statesAmount(answer) && !shareOfAnAmount(question, answer) && !(MEASURED_CHANGE.test(noun) && /\d\s*(?:%|procent)/i.test(answer));
  // "gemeentes" is "gemeenten" too: the stemmer keeps the -s after a vowel.
  const stems = [stemWord(noun.toLowerCase()), stemWord(noun.toLowerCase().replace(/(?<=e)s$/, ''))];
  // A lid's or an item's own number ("2. Een aanbieder ...") counts nothing.
  // "25 of meer jeugdigen", "vijf of minder": a threshold counts the thing after it.
  // "artikel 2, derde lid" refers to a lid of a text, no member.
  // "Voor aanbieders met minder dan tien cliënten" describes which aanbieders, it counts no cliënten.
  const read = withoutSharedFirstParts(answer.toLowerCase()).replace(/^\s*\d+[.)]\s/gm, ' ').replace(/\bof (meer|minder)\b/g, ' ').replace(LID_REFERENCE, ' ');
  // Unless a threshold is asked: "onder hoeveel inwoners telt een gemeente als klein" is answered by "met minder dan 40.000 inwoners".
  const text = THRESHOLD_ASKED.test(question) ? read : read.replace(/\bmet (?:minder|meer) dan \S+/g, ' ');
  // "Hoeveel leden heeft de commissie?" is not answered by "als ten minste vier leden aanwezig zijn": that is its quorum.
  const counted = PRESENCE_Q.test(question) ? text : withoutPresence(text);
  const words = counted.split(/[^\p{L}\p{N}.,]+/u).map((w) => w.replace(/[.,]+$/, ''));
  // "formatie" is counted in "fte": a word and its abbreviation give one concept token.
  const concept = tokenize(noun)[0];
  // "Hoeveel mensen" is counted in "vijftien medewerkers": a word of the noun's synonym group counts it too.
  const groups = new Set((terms?.(noun) ?? []).filter((t) => t.startsWith('~')));
  const synonym = (w: string) => groups.size > 0 && w.length > 2 && terms!(w).some((t) => groups.has(t));
  // "pleeggezinen" (a typo) is counted by "pleeggezinnen": the stemmer keeps its doubled final consonant ("stem" no "stemmen").
  const names = (w: string) =>
    (w.length > 2 && stems.some((stem) => stemWord(w).endsWith(stem) || undoubled(stemWord(w)).endsWith(stem))) || (concept.startsWith('#') && tokenize(w)[0] === concept) || synonym(w) || countsPeople(noun, w) || byHead(w, stems[0], text);
  // "vijf jeugdigen", "137 meerjarige contracten", "vier keer" (meetings counted by how often); not "twaalf weken per jeugdige".
  // "Hoeveel pleeggezinnen zijn er in totaal?" is not counted by "31 nieuwe pleeggezinnen": only the new ones.
  const total = TOTAL.test(question);
  // "Hoeveel casussen behandelde de commissie vorig jaar?" asks what happened: "ten hoogste zes per vergadering" is a rule's limit.
  const limit = (i: number) => REALIZED_Q.test(question) && UPPER_LIMIT.test(words[i - 1] ?? '') && words.slice(Math.max(0, i - 6), i + 5).includes('per');
  // "twee vertegenwoordigers van zorgaanbieders" counts the aanbieders at the table.
  const represented = (i: number) => REPRESENTATIVES.test(words[i + 1] ?? '') && words[i + 2] === 'van' && names(words[i + 3] ?? '');
  // "Vier keer" counts meetings (how often), no people: "hoeveel bestuurders" is not answered by "twee keer per jaar".
  const times = (w: string) => /^(keer|maal)$/.test(w) && !PERSON_NOUN.test(noun.toLowerCase()) && !PEOPLE_OF_A_KIND.test(noun);
  const counts = (w: string, i: number) => NUMBER_WORD.test(w) && !(total && ADDED.test(words[i + 1] ?? '')) && !limit(i) && (names(words[i + 1] ?? '') || times(words[i + 1] ?? '') || (!UNIT.test(words[i + 1] ?? '') && !ARTICLE.test(words[i + 1] ?? '') && names(words[i + 2] ?? '')) || represented(i));
  // "verloop van 1 medewerker", "een tekort van drie plaatsen": the thing counted, then its number.
  // "Het aantal plaatsen in gezinshuizen groeide van 24 naar 38", "liep het aantal wachtenden op tot 241": the number of the things counted.
  const quantified = (w: string, i: number) =>
    names(w) && (words[i + 1] === 'van' ? NUMBER_WORD.test(words[i + 2] ?? '') : words[i - 1] === 'aantal' && words.slice(i + 1, i + AANTAL_REACH).some((x, k) => /^(van|tot|naar)$/.test(x) && NUMBER_WORD.test(words[i + 2 + k] ?? '')));
  // "twee derde van de uitgebrachte stemmen", "de helft van de leden": a share of the things counted.
  const share = (w: string, i: number) => (SHARE.test(w) || (NUMBER_WORD.test(w) && FRACTION.test(words[i + 1] ?? ''))) && words.slice(i + 1, i + 1 + SHARE_NOUN_REACH).some(names);
  // "Hoeveel beleidsadviseurs per gemeente": "de beleidsadviseurs ..., één per gemeente" counts them per gemeente.
  const per = question.match(/\bhoeveel\s+\p{L}+\s+per\s+(\p{L}+)/iu)?.[1]?.toLowerCase();
  const perUnit = (w: string, i: number) => !!per && NUMBER_WORD.test(w) && words[i + 1] === 'per' && stemWord(words[i + 2] ?? '') === stemWord(per) && words.some(names);
  const partitive = text.split(/(?<=[.;!?])\s+/).some((s) => {
    const taken = partitiveCount(s);
    return !!taken && names(taken.noun) && NUMBER_WORD.test(taken.count);
  }) || elidedCounts(text).some((named) => named.split(/[^\p{L}]+/u).some(names));
  // "... de meeste meldingen.\nHardenberg: 2049: 11; 2050: 14": a row of the table the answer's text speaks of counts what that text names.
  const lines = answer.split('\n'), textNames = lines.some((line) => !TABLE_ROW_LINE.test(line) && line.toLowerCase().split(/[^\p{L}]+/u).some(names));
  const rowCounts = textNames && lines.some((line) => TABLE_ROW_LINE.test(line));
  return !partitive && !rowCounts && !words.some((w, i) => counts(w, i) || share(w, i) || quantified(w, i) || perUnit(w, i));
}

/** "Hardenberg: 2049: 11; 2050: 14": a table's row as an answer shows it, its name, then a header and a figure. */
const TABLE_ROW_LINE = /^[^:\n]{1,80}:\s[^:\n]{1,40}:\s*[\d.,]+(?:;|$)/;

const PARTITIVE = /\bvan\s+de\s+(\p{L}+)\b.*?\ber\s+(?:samen\s+|in\s+totaal\s+|nog\s+)?([\p{L}\d.,]+)/iu;
/** "Van de klachten die de commissie beoordeelde, werden er samen 11 gegrond verklaard": "er" takes up the things named before it. */
export function partitiveCount(sentence: string): { noun: string; count: string } | undefined {
  const m = PARTITIVE.exec(sentence);
  return m ? { noun: m[1].toLowerCase(), count: m[2].replace(/[.,]+$/, '').toLowerCase() } : undefined;
}

/** "stonden er 31 open", "bevatten er 143;": "er" and a number with no noun after it take up a thing named before. */
const ELIDED_COUNT = /\ber\s+(?:nog\s+|ruim\s+|bijna\s+|maar\s+|slechts\s+|samen\s+|in totaal\s+)?(?:\d[\d.]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?!\s*(?:%|procent|euro|€|[.,]\d))(?=\s*(?:[;,:)]|\.(?!\d)|$)|\s+(?:langer|korter|meer|minder|open|af|op|over|bij|daarvan|niet|al|nog|in|uit|door|binnen|buiten|ge\p{L}+[dtn])\b)/iu;
/** The text before each "er <number>" that it takes up: that sentence up to it and the sentence before. */
function elidedCounts(text: string): string[] {
  const sentences = text.split(/(?<=[.;!?])\s+|\n+/);
  return sentences.flatMap((s, i) => {
    const at = s.search(ELIDED_COUNT);
    return at < 0 ? [] : [`${sentences[i - 1] ?? ''} ${s.slice(0, at)}`];
  });
}

const undoubled = (stem: string) => stem.replace(/(\p{L})\1$/u, '$1');

/**
 * "Hoeveel mensen / personen" is counted by any word for people ("drie bestuurders", "vijf leden", "1.312 jongeren"); people of
 * a kind ("hoeveel jongeren zitten in de raad") by the members of a body ("ten hoogste vijftien leden") or by what they do ("wachtenden").
 */
function countsPeople(noun: string, w: string): boolean {
  const ofAKind = PEOPLE_OF_A_KIND.test(noun);
  return (PEOPLE.test(noun) && (PERSON_NOUN.test(w) || PERSON_ONE.test(w) || PEOPLE_OF_A_KIND.test(w))) || (MEMBERS.test(w) && (PERSON_NOUN.test(noun) || ofAKind)) || ((PEOPLE.test(noun) || ofAKind) && DOING_PEOPLE.test(w));
}

/** "Hoeveel gezinshuisplaatsen" is counted in "plaatsen in gezinshuizen": the compound's head, its first part a few words after it. */
function byHead(w: string, compound: string, text: string): boolean {
  const stem = stemWord(w);
  const modifier = compound.slice(0, compound.length - stem.length);
  if (stem.length < 4 || modifier.length < 5 || !compound.endsWith(stem)) return false;
  return new RegExp(String.raw`(?:^|\s)${escapeRegExp(w.toLowerCase())}(?:\s+\S+){0,3}?\s+\S*${escapeRegExp(modifier.slice(0, -1))}`, 'u').test(text);
}

/** A number of members or of gemeenten represented, as a quorum is given: "ten minste zes leden", "vijf van de negen wijken". */
const COUNT_WORD = String.raw`(?:\d{1,3}(?!\d)|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|helft)`;
const MEMBERS_COUNTED = new RegExp(String.raw`\b${COUNT_WORD}\b(?:\s+\p{L}+){0,4}?\s+(?:leden|gemeenten|gemeentes|deelnemers)\b|\b${COUNT_WORD}\s+van\s+de\s+${COUNT_WORD}\s+\p{L}+`, 'iu');
/** A sentence about who is present: the quorum's own words. */
const PRESENT_SAID = /\b(?:aanwezig\p{L}*|vertegenwoordigd|quorum|ter vergadering)\b/iu;
/** "De helft plus één", "een meerderheid van de leden", "7 van de 11": a quorum given without counting members by name. */
const QUORUM_SHARE = /\d|\b(?:helft|meerderheid|derde|kwart|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b/i;
/** "Hoeveel aan kortingen en boetes" asks a total: an amount or a share ("3 procent van de contractwaarde") gives it. */
const TOTAL_OF = /\bhoeveel\s+aan\s+\p{L}/iu;

/** A majority, or a share of the members or the votes: "een meerderheid van twee derde", "de helft van de aanwezige leden", "unaniem". */
const SHARE_OF_MEMBERS = String.raw`\b(meerderheid|unaniem|algemene stemmen)\b|\b(?:helft|(?:een|twee|drie)\s*(?:derde|vierde|vijfde|kwart))\s+van\s+(?:de\s+|het\s+)?(?:\p{L}+\s+){0,2}(?:leden|stemmen|deelnemers|aanwezigen)\b`;
const ADDED = /^(nieuwe|extra|aanvullende)$/;
const REALIZED_Q = /\b(?:vorig|vorige|afgelopen)\s+(?:jaar|kwartaal|maand|week|jaren|vergadering)\b/i;
const UPPER_LIMIT = /^(?:hoogste|maximaal|maximum|hooguit|hoogstens)$/;
/** The clauses of a text without those about who must be present ("als ten minste vier leden aanwezig zijn, onder wie ..."). */
function withoutPresence(text: string): string {
  const clauses = text.split(/,\s+|;\s+|(?<=\.)\s+|\s+(?=(?:als|indien|wanneer|mits)\s)/);
  return clauses.filter((c, k) => !/\baanwezig/.test(c) && !(k > 0 && /\baanwezig/.test(clauses[k - 1]) && /^(?:onder wie|van wie|waaronder|waarvan)\b/.test(c))).join(', ');
}
const PRESENCE_Q = /\b(aanwezig\p{L}*|quorum|nodig|moeten|minimaal|ten minste|minstens|vergader\p{L}*|besluit\p{L}*|stemm\p{L}*)\b/iu;

/** A share of a number of things: "de helft van de leden", "twee derde van de stemmen", "een meerderheid van". */
const SHARE = /^(helft|meerderheid|kwart)$/;
const FRACTION = /^(derde|derden|vierde|vierden|vijfde|vijfden)$/;
/** How many words after the share the things counted may stand ("twee derde van de uitgebrachte stemmen"). */
const SHARE_NOUN_REACH = 5;
