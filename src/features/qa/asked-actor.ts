import { askedAmount, fitsAmount } from './amount-thresholds';
import { definitionLine } from './definitions';
import { MAX_ANSWER_CHARS } from './qa.domain';
import { questionParts } from './question-setup';
import { HEREAFTER } from './short-names';

// Who acts: the actor a "wie ...?" question asks, said with the question's verb.
/** Someone who acts: a passive's agent ("wordt behandeld door een medewerker") or a person or body named as one. */
const ACTOR = /\bdoor (?:de|het|een|zijn|haar|twee|drie|ten minste) (\p{L}+)|\b(\p{L}*(?:manager|voorzitter|secretaris|adviseur|medewerker|medewerkers|directeur|wethouder|wethouders|bestuur|commissie|overleg|college|raad|accountant|controller|ambtenaar|coördinator|functionaris|gemandateerde|ondertekenaar|lid|leden))\b|\b(?!EUR\b|BTW\b)([A-Z]{2,})\b/gu;

/** Whether a word of a sentence is one of the question's own words. */
export type NamedInQuestion = (word: string) => boolean;

/**
 * A word of a sentence is the question's own when its stem is one of a question word's own terms (its parts too:
 * "commissie" of "kleine commissie"), not a synonym; the sentence word's parts do not count ("inkoopadviseur" is not
 * named by "inkoopdossier").
 */
export function namedByQuestion(words: { terms: string[] }[], terms: (word: string) => string[]): NamedInQuestion {
  const own = new Set(words.flatMap((w) => w.terms.filter((t) => !t.startsWith('~'))));
  // An abbreviation is its concept token ("MO" is #mo).
  return (word) => own.has(terms(word.toLowerCase())[0]) || own.has(`#${word.toLowerCase()}`);
}

/**
 * Whether a sentence names who acts, someone the question does not name itself: "wie beslist over een klacht
 * over de regiomanager?" is not answered by "de regiomanager beslist op de klacht" but by "op een klacht over
 * de regiomanager beslist het Bestuurlijk overleg".
 */
export function namesActor(sentence: string, named: NamedInQuestion): boolean {
  return OPENS_WITH_PERSON.test(sentence) || actorWords(sentence).some((w) => !named(w));
}

/** A list item of contact persons opens with a name: "**Femke de Wit**, programmamanager", "Femke de Wit, programmamanager"; not a place or a note ("In Zwolle, ...", "Gemeente Kampen, ...", "**Let op**, ..."). */
export const OPENS_WITH_PERSON = /^\s*(?:[-•*]\s+)?(?!(?:\*\*)?(?:In|Bij|Op|Voor|Met|Van|Na|Tot|Over|Door|Uit|Gemeente|Regio|Stichting|Let|Zie|Let op)\b)(?:\*\*\p{Lu}[^*]{2,40}\*\*|\p{Lu}\p{L}+(?:\s+(?:van|de|der|den|ten|ter))*\s+\p{Lu}\p{L}+),/u;

/** The words that name who acts in a sentence: a passive's agent, a role or body, an abbreviation. */
const actorWords = (sentence: string): string[] => [...sentence.matchAll(ACTOR)].map((m) => m[1] ?? m[2] ?? m[3]);

/**
 * "Wie behandelt ...?", "door wie wordt ... vastgesteld?": the sentence that says the question's verb and names
 * who does it answers, not the one that only shares its object ("een klacht indienen" for "wie behandelt een klacht").
 */
export function asksWho(asked: string): 'first' | 'last' | undefined {
  // "Ik ben contractmanager. ... Wie moet ik inlichten?": the sentence that asks, after the asker's situation.
  const question = questionParts(asked).asking;
  if (!/^\s*(?:wie|door wie|welk(?:e)? (?:orgaan|persoon|functionaris))\b/i.test(question)) return undefined;
  // After a modal the verb comes last ("wie moet het plan vaststellen"), else first ("wie behandelt de klacht").
  return /^\s*(?:door )?wie (?:moet|moeten|mag|mogen|kan|kunnen|zal|zullen|gaat|gaan|wordt|worden)\b/i.test(question) ? 'last' : 'first';
}

const LIST_ITEM = /^\s*[-•*]\s/;

/** How much a passage ranks down for "wie ...?" when no sentence of it says the question's verb with an actor. */
const NO_ACTOR = 0.3;

/**
 * "Wie beslist over een opdracht van 300.000 euro?": a long article that names "besluit" in a list and
 * "opdracht" in another lid must not outrank the short one whose lid says who decides. For "wie"
 * questions, passages without a sentence that says the verb with who does it (and fits an amount asked) rank lower.
 */
export function withActorsRanked<H extends { id: string; kind: string; rank: number }>(
  hits: H[],
  question: string,
  passage: (id: string) => { text: string; section: string } | undefined,
  matches: (sentence: string) => number[],
  named: NamedInQuestion = () => false,
): H[] {
  const who = asksWho(question);
  if (!who) return hits;
  const amount = askedAmount(question);
  // How much of the question the best line that says who does it answers.
  const said = (s: string) => {
    const m = matches(s);
    const says = m[who === 'last' ? m.length - 1 : 0] > 0 && namesActor(s, named) && (!amount || fitsAmount(s, amount) >= 0);
    return says ? m.reduce((a, v) => a + v, 0) : 0;
  };
  // The items of a list say what its heading says of them ("Aanwezig", then "- mw. H. Boerrigter, wethouder gemeente Raalte").
  const lines = (p: { text: string; section: string } | undefined) => (p?.text ?? '').split('\n').map((line) => (LIST_ITEM.test(line) && p!.section ? `${p!.section}: ${line}` : line));
  const best = new Map(hits.flatMap((h) => (h.kind === 'passage' ? [[h.id, Math.max(0, ...lines(passage(h.id)).map(said))] as const] : [])));
  const top = Math.max(0, ...best.values());
  if (top === 0) return hits;
  return hits.map((h) => (best.has(h.id) ? { ...h, rank: h.rank * (NO_ACTOR + (1 - NO_ACTOR) * (best.get(h.id)! / top) ** 2) } : h));
}

/**
 * "Wie vertegenwoordigt een gemeente in het MO?" answered by "... vertegenwoordigd door één lid" says who only when
 * the regulation's definitions say what a "lid" is ("lid: de manager sociaal domein die ... is aangewezen"): for a
 * "wie" question, the definition of the role that acts in the answer (not one the question names) comes along.
 */
export function withActorDefinition(question: string, answer: string, definitions: () => string[], named: NamedInQuestion): string {
  if (!asksWho(question)) return withGroupNamed(question, answer, definitions);
  for (const actor of [...new Set(actorWords(answer).filter((w) => !named(w)))]) {
    const line = definitions()
      .map((text) => definitionLine(text, actor))
      .find(Boolean);
    const said = line?.replace(/[;,]\s*$/, '.');
    if (said && !answer.includes(said) && answer.length + said.length < MAX_ANSWER_CHARS) return `${answer}\n${said.charAt(0).toUpperCase()}${said.slice(1)}`;
  }
  return answer;
}

/** "Welke zorgaanbieders ...": things asked by a kind, which names them. */
const WHICH_KIND = /^\s*(?:(?:van|bij|met|door)\s+)?welke\s+\p{L}{4,}/iu;

/**
 * "Welke zorgaanbieders leveren de crisisopvang?" answered by what "de crisisaanbieders" do: the line of the parties that
 * names them ("de jeugdhulpaanbieders A, B en C, hierna samen: de crisisaanbieders") comes along.
 */
function withGroupNamed(question: string, answer: string, definitions: () => string[]): string {
  if (!WHICH_KIND.test(questionParts(question).asking)) return answer;
  const lower = answer.toLowerCase();
  const line = definitions().find((text) => {
    const name = text.match(HEREAFTER)?.[1].toLowerCase();
    return !!name && lower.includes(name) && !answer.includes(text.trim());
  });
  const said = line?.trim().replace(/^\d+\.\s+/, '');
  return said && answer.length + said.length < MAX_ANSWER_CHARS ? `${answer}\n${said.charAt(0).toUpperCase()}${said.slice(1)}` : answer;
}
