import { dutchWords } from './dutch-dictionary';
import { fold } from '../../shared/fold';
import { questionParts } from './question-setup';

/** Plural and diminutive endings, each with what the singular ends in instead ("bonussen" -> "bonus", "zaken" -> "zaak"). */
const NOUN_FORMS: [RegExp, string][] = [
  [/(\p{L})\1en$/u, '$1'],
  [/([^aeiou])([aeiou])([^aeiou])en$/u, '$1$2$2$3'],
  ...['etjes', 'etje', 'tjes', 'tje', 'pjes', 'pje', 'jes', 'je', "'s", 'en', 'ën', 's'].map((e): [RegExp, string] => [new RegExp(`${e}$`), '']),
];

/** The word and every singular form it may be of. */
function forms(word: string): string[] {
  return [word, ...NOUN_FORMS.filter(([ending]) => ending.test(word)).map(([ending, base]) => word.replace(ending, base)).filter((f) => f.length >= 3)];
}

/**
 * Endings of abstract nouns ("geheimhouding", "aansprakelijkheid", "communicatie"): a user names in them what a
 * document says in other words, where a concrete thing ("hond", "laptop") has no other words.
 */
const ABSTRACT = /(?:heid|heden|ing|ingen|tie|ties|sie|sies|schap|schappen|isme|iteit|iteiten|nis|nissen|age|ment|menten|ansie|entie|enties)$/;

const isNoun = (word: string) => !ABSTRACT.test(word) && forms(word).some((f) => dutchWords().isNoun(f));

/** Articles and possessives: the word after one heads a noun phrase of its own ("een hond", not "jeugdzorg plus"). */
const DETERMINERS = new Set(['de', 'het', 'een', 'geen', 'zijn', 'haar', 'hun', 'mijn', 'je', 'jouw', 'uw', 'ons', 'onze', 'die', 'deze', 'dit', 'dat', 'elke', 'ieder', 'iedere', 'alle', 'welke', 'welk']);
const PREPOSITIONS = new Set(['aan', 'bij', 'binnen', 'buiten', 'door', 'in', 'met', 'na', 'naar', 'naast', 'om', 'onder', 'op', 'over', 'per', 'sinds', 'tegen', 'tijdens', 'tot', 'tussen', 'uit', 'van', 'via', 'voor', 'zonder']);

/**
 * "Mag ...", "krijgt ...", "is er ...", "wie betaalt ...": a question whether a thing is allowed, given or there, or
 * who sees to it, asks after a rule about the thing itself. A "wat", "hoe" or "hoeveel" question asks what a
 * document says of something, and may name it in the user's own words.
 */
const WHETHER_OR_WHO = /^(?:wie|mag|mogen|moet|moeten|kan|kunnen|krijgt|krijgen|krijg|heeft|hebben|heb|is|zijn|wordt|worden)\b/i;

/**
 * Whether the question asks about the thing a word names: it heads a noun phrase that is the subject or object
 * ("mag een wethouder zijn hond meenemen", "wie betaalt de treinkaartjes"), not the circumstance a preposition
 * adds ("geld lenen bij de bank", "het budget voor thuiswerkspullen"), which the answer need not repeat.
 */
export function asksAboutThing(question: string, word: string): boolean {
  // After a setup ("Ik ben nieuw bij het RSJ. Krijg ik een auto van de zaak?") the last question asks; a thing the setup names is the asker's situation.
  const { asking } = questionParts(question);
  if (!WHETHER_OR_WHO.test(asking.trim())) return false;
  const words = fold(asking).split(/[^\p{L}\d']+/u).filter(Boolean);
  const at = words.indexOf(word);
  // "Wie zorgt voor de catering?" asks who sees to the thing: that "voor" is of the frame, not a circumstance.
  const seenTo = words[0] === 'wie' && words[at - 2] === 'voor' && /^(zorgt|zorgen|verantwoordelijk)$/.test(words[at - 3] ?? '');
  if (at <= 0 || !DETERMINERS.has(words[at - 1]) || (PREPOSITIONS.has(words[at - 2]) && !seenTo)) return false;
  // "Wie regelt het parkeren?": an infinitive after "het" names an activity as a thing.
  return namesThing(word) || (words[at - 1] === 'het' && word.endsWith('en') && dutchWords().has(word));
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
