import { dutchWords } from './dutch-dictionary';
import { fold } from '../../shared/fold';
import { questionParts } from './question-setup';

/** Plural and diminutive endings, each with what the singular ends in instead ("bonussen" -> "bonus", "zaken" -> "zaak"). */
const NOUN_FORMS: [RegExp, string][] = [
  [/(\p{L})\1en$/u, '$1'],
  // The few plurals in -eren ("kinderen", "pleegkinderen", "goederen"); not the verbs that end so ("parkeren").
  [/(kind|blad|lied|volk|rund|ei|goed)eren$/, '$1'],
  [/kalveren$/, 'kalf'],
  [/lammeren$/, 'lam'],
  [/([^aeiou])([aeiou])([^aeiou])en$/u, '$1$2$2$3'],
  ...['etjes', 'etje', 'tjes', 'tje', 'pjes', 'pje', 'jes', 'je', "'s", 'en', 'ën', 's'].map((e): [RegExp, string] => [new RegExp(`${e}$`), '']),
];

/** The word and every singular form it may be of. */
export function nounForms(word: string): string[] {
  return [word, ...NOUN_FORMS.filter(([ending]) => ending.test(word)).map(([ending, base]) => word.replace(ending, base)).filter((f) => f.length >= 3)];
}

/**
 * Endings of abstract nouns ("geheimhouding", "aansprakelijkheid", "communicatie"): a user names in them what a
 * document says in other words, where a concrete thing ("hond", "laptop") has no other words.
 */
const ABSTRACT = /(?:heid|heden|ing|ingen|tie|ties|sie|sies|schap|schappen|isme|iteit|iteiten|nis|nissen|age|ment|menten|ansie|entie|enties)$/;

const isNoun = (word: string) => !ABSTRACT.test(word) && nounForms(word).some((f) => dutchWords().isNoun(f));

/** Articles and possessives: the word after one heads a noun phrase of its own ("een hond", not "jeugdzorg plus"). */
const DETERMINERS = new Set(['de', 'het', 'een', 'geen', 'zijn', 'haar', 'hun', 'mijn', 'je', 'jouw', 'uw', 'ons', 'onze', 'die', 'deze', 'dit', 'dat', 'elke', 'ieder', 'iedere', 'alle', 'welke', 'welk']);
const PREPOSITIONS = new Set(['aan', 'bij', 'binnen', 'buiten', 'door', 'in', 'met', 'na', 'naar', 'naast', 'om', 'onder', 'op', 'over', 'per', 'sinds', 'tegen', 'tijdens', 'tot', 'tussen', 'uit', 'van', 'via', 'voor', 'zonder']);

/**
 * "Mag ...", "krijgt ...", "is er ...", "wie betaalt ...": a question whether a thing is allowed, given or there, or
 * who sees to it, asks after a rule about the thing itself. A "wat", "hoe" or "hoeveel" question asks what a
 * document says of something, and may name it in the user's own words.
 */
const WHETHER_OR_WHO = /^(?:wie|mag|mogen|moet|moeten|kan|kunnen|krijgt|krijgen|krijg|heeft|hebben|heb|is|zijn|wordt|worden)\b/i;

/** Words that open a clause without asking: "als er een gemeente toetreedt" is a condition, not a question. */
const SUBORDINATORS = new Set(['als', 'dan', 'wanneer', 'indien', 'zodra', 'omdat', 'want', 'maar', 'en', 'of', 'dat', 'die', 'wat', 'hoe', 'waar', 'terwijl', 'nadat', 'voordat', 'tot', 'sinds', 'in', 'voor', 'met', 'bij', 'na', 'op', 'naar', 'over', 'door', 'zonder', 'van', 'aan', 'uit']);
/** "Betaalt die", "mag hij", "krijgen we": a verb before its pronoun subject asks whether. */
const INVERTED = /^(\p{L}+)\s+(?:die|dat|hij|zij|ze|we|wij|ik|jij|je|u|het|men)\b/iu;

/**
 * The sentence that asks whether or who: after a setup ("Ik ben nieuw bij het RSJ. Krijg ik een auto van de zaak?") the
 * last question, whose setup names the asker's situation; or the last clause of a question that ends in one ("Hoe gaat
 * het als er een gemeente toetreedt, betaalt die dan een instapbedrag?").
 */
function whetherClause(question: string): string | undefined {
  const { asking } = questionParts(question);
  if (WHETHER_OR_WHO.test(asking.trim())) return asking;
  const last = asking.split(',').at(-1)?.trim() ?? '';
  const verb = INVERTED.exec(last)?.[1].toLowerCase();
  return verb && asking.includes(',') && !SUBORDINATORS.has(verb) ? last : undefined;
}

/**
 * Whether a word heads the subject or object of a question whether or who ("mag een wethouder zijn hond meenemen",
 * "wie betaalt de treinkaartjes"), not the circumstance a preposition adds ("geld lenen bij de bank", "het budget voor
 * thuiswerkspullen"), which the answer need not repeat. Returns the determiner before it, if so.
 */
function determinerOfThing(question: string, word: string): string | undefined {
  const asking = whetherClause(question);
  if (!asking) return undefined;
  const words = fold(asking).split(/[^\p{L}\d']+/u).filter(Boolean);
  const found = words.indexOf(word);
  // "Zijn eigen zorgaanbieder", "een eigen budget": the noun phrase starts before "eigen".
  const at = words[found - 1] === 'eigen' ? found - 1 : found;
  // "Wie zorgt voor de catering?" asks who sees to the thing: that "voor" is of the frame, not a circumstance.
  const seenTo = words[0] === 'wie' && words[at - 2] === 'voor' && /^(zorgt|zorgen|verantwoordelijk)$/.test(words[at - 3] ?? '');
  return found > 0 && DETERMINERS.has(words[at - 1]) && (!PREPOSITIONS.has(words[at - 2]) || seenTo) ? words[at - 1] : undefined;
}

/**
 * "Hoe gaat het als er een gemeente toetreedt, betaalt die dan een instapbedrag?": the thing a last clause asks whether of is
 * what that question asks for, however much of the rest of the question a text shares.
 */
export function asksForInLastClause(question: string, word: string): boolean {
  const clause = whetherClause(question);
  if (!clause || clause === questionParts(question).asking) return false;
  // Past the verb and its pronoun subject ("mag dat zomaar", "gaat dat alleen"): a noun after its own determiner.
  const at = fold(clause).split(/[^\p{L}\d']+/u).filter(Boolean).indexOf(word);
  return at > 2 && !!determinerOfThing(question, word) && !PERSON.test(word) && namesThing(word);
}

/** Whether the question asks about the concrete thing a word names, or an activity named as one ("wie regelt het parkeren"). */
export function asksAboutThing(question: string, word: string): boolean {
  const determiner = determinerOfThing(question, word);
  if (!determiner) return false;
  // "Wie regelt het parkeren?": an infinitive after "het" names an activity as a thing.
  return namesThing(word) || (determiner === 'het' && word.endsWith('en') && dutchWords().has(word));
}

/**
 * People by their role ("regiomanager", "begeleider", "journalist"): a rule names them as it defines them ("de gemandateerde",
 * "een deelnemer"). Role endings only: a printer, a lijst or a krant is a thing the answer must name.
 */
const PERSON = /(?:manager|houder|nemer|gever|voerder|zitter|werker|leider|adviseur|directeur|controleur|secretaris|ambtenaar|bestuurder|ondersteuner|co[oö]rdinator|vertegenwoordiger|journalist|specialist|jurist|accountant|consultant|deskundige|baas|lid|leden|mens|persoon)(?:s|sen|en|n)?$/;

/**
 * Whether the question asks about a thing a word names, concrete or abstract ("mag ik mijn kinderen meenemen", "krijg
 * ik een vergoeding"): a text about something else the question names ("meenemen", "bijwonen") does not answer it. Not
 * the subject right after the verb ("mag de regiomanager ...") nor a person: who may do something is the asker's case.
 */
export function asksAboutNoun(question: string, word: string): boolean {
  if (!determinerOfThing(question, word) || PERSON.test(word)) return false;
  const words = fold(whetherClause(question) ?? '').split(/[^\p{L}\d']+/u).filter(Boolean);
  return !(words[0] !== 'wie' && words.indexOf(word) === 2) && nounForms(word).some((f) => dutchWords().isNoun(f));
}

/** Possessives: "zijn kinderen", "haar laptop", "hun partner" are the asker's own, not what a text says of a kind of them. */
const POSSESSIVES = new Set(['zijn', 'haar', 'hun', 'mijn', 'je', 'jouw', 'uw', 'ons', 'onze']);

/**
 * Whether a question whether or who asks about a concrete thing of someone's own ("mag de voorzitter zijn kinderen
 * meenemen"): an answer names it by its own word, not by a word of its synonym group ("inwoners", "het kind" as client).
 */
export function asksAboutOwnThing(question: string, word: string): boolean {
  return POSSESSIVES.has(determinerOfThing(question, word) ?? '') && isNoun(word);
}

/** "Wat is de norm voor het ziekteverzuim": a noun that names a measure of something; the thing measured follows "voor" or "van". */
const MEASURE = /^(norm|normen|aantal|percentage|gemiddelde|hoogte|omvang|maximum|minimum|streefwaarde|streefwaarden)$/;

/**
 * "Om welk totaalbedrag", "vanaf welke leeftijd", "vanaf welke omvang", "op welke datum", "wat is het mailadres": a kind of
 * figure, which a text gives as one ("€ 95 miljoen", "16 jaar", "meer dan 50 jeugdigen", "15 maart", "meldpunt@regio.nl");
 * declines.ts checks an address is given. "Data" and "dagen" are dates only after
 * "op welke" ("welke data worden gedeeld" asks for gegevens).
 */
const FIGURE_KIND = /(bedrag|bedragen|leeftijd|leeftijden|leeftijdsgrens|datum|datums|omvang|mailadres|website|webadres|internetadres)$/;
const DATES_AFTER_OP = /^(data|dagen)$/;

/** "De gemiddelde wachttijd", "de jaarlijkse norm": an inflected adjective before the noun it describes. */
const isAdjective = (word: string) => /e$/.test(word) && adjectiveStems(word).some((s) => dutchWords().has(s) && !dutchWords().isNoun(s));

/** The uninflected forms an adjective in -e may have: "kleine" klein, "maximale" maximaal, "actieve" actief, "boze" boos. */
const adjectiveStems = (word: string) => {
  const stem = word.slice(0, -1);
  return [stem, stem.replace(/([^aeiou])([aeiou])([^aeiou])$/, '$1$2$2$3'), stem.replace(/v$/, 'f'), stem.replace(/z$/, 's')];
};

/**
 * Where a question names the thing it asks for: "welke opzegtermijn", "wat is de [norm voor het] ziekteverzuim", "hoe
 * hoog is het vacatiegeld", "hoe lang duurt de koffiepauze", "hoe zijn de wachttijden", "is er wifi", "is daar parkeergelegenheid". The word after it, past
 * adjectives, heads that thing.
 */
const ASKS_FOR = /^(?:.*?\b(?:welke|welk)|(?:wat|hoe ?(?:hoog|groot|lang|duur)) (?:is|zijn|was|waren|wordt|worden|duurt|duren|kost|kosten|bedraagt|bedragen) (?:de|het)|hoe (?:is|zijn|was|waren) (?:de|het)|(?:is|zijn) (?:er|daar)) /;

/**
 * The noun naming what a question asks for ("welke opzegtermijn geldt ...?"): the answer must be about it. After a
 * setup, the asking sentence's; nothing when the question names no thing so (a "wie" or "hoeveel" question, a "hoe" other than
 * "hoe hoog/groot/lang/duur is de ...").
 */
export function askedForThing(question: string): string | undefined {
  const asking = fold(questionParts(question).asking).replace(/[^\p{L}\d' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const frame = ASKS_FOR.exec(asking);
  if (!frame) return undefined;
  const words = asking.slice(frame[0].length).split(' ');
  let at = words.findIndex((w, i) => !isAdjective(w) && !(i === 0 && DETERMINERS.has(w)));
  // "de norm voor het ziekteverzuim": what is measured.
  if (MEASURE.test(words[at] ?? '') && /^(voor|van)$/.test(words[at + 1] ?? '')) {
    const from = at + 2 + (DETERMINERS.has(words[at + 2]) ? 1 : 0);
    at = from + Math.max(0, words.slice(from).findIndex((w) => !isAdjective(w)));
  }
  const head = words[at];
  const dates = DATES_AFTER_OP.test(head ?? '') && /\bop welke $/.test(frame[0]);
  return head && !DETERMINERS.has(head) && !PREPOSITIONS.has(head) && !FIGURE_KIND.test(head) && !dates ? head : undefined;
}

/**
 * Whether a question word names a concrete thing: a noun of the Dutch dictionary ("hond", "leaseauto", "parkeerplekken"),
 * or a compound of a Dutch word and such a noun ("treinkaartjes"). Verbs and idioms are not: a question in plain
 * words says in its verbs what a regulation says in its own ("opschiet"), but it names the things it is about.
 */
export function namesThing(word: string): boolean {
  if (isNoun(word)) return true;
  if (dutchWords().has(word)) return false;
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word.slice(0, i);
    if ((dutchWords().has(head) || dutchWords().has(head.replace(/s$/, ''))) && isNoun(word.slice(i))) return true;
  }
  return false;
}

/**
 * "Wat is de limiet als ik met de creditcard betaal?": the clause that says which case the question is about. A
 * subordinate clause, with its subject: not "wanneer" opening the question, nor "als" before a role ("mag ik als teamleider").
 */
const CASE_CLAUSE = /(?<=\S\s+)\b(?:als|wanneer|indien|zodra)\s+((?:ik|we|wij|u|je|jij|hij|zij|ze|men|er|de|het|een|die|dit|dat)\b[^,;?]*)/i;

/**
 * Whether a word names a thing in the clause that says which case is asked about: a limit, term or rule for a case
 * with a thing no document names ("met de creditcard") is not the rule the documents give for other cases.
 */
export function thingOfAskedCase(question: string, word: string): boolean {
  const clause = fold(questionParts(question).asking.match(CASE_CLAUSE)?.[1] ?? '');
  return clause.split(/[^\p{L}\d']+/u).includes(word) && namesThing(word);
}
