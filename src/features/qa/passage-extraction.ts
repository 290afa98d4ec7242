import { extractAnswer } from './answer-extraction';
import { COUNTED_THINGS, LIST_THING, WANTS_LIST, WHAT_ARE_THE } from './list-questions';
import { negatedAsk } from './negated-asks';
import { askedKind, asksResultItself, withAskedKind } from './asked-kind';
import { MONTH_NAMES } from '../../shared/dutch-date';
import type { NamedInQuestion } from './asked-actor';
import { caseMetBy } from './amount-thresholds';
import { askersTimeCase } from './asked-condition';
import { askedElaboration, askerWeight, asksCause, asksFollowUp, asksMessage, asksTwoCounts, asksWhatWasAsked, causeWeight } from './asked-elaboration';
import { wholeGuideSection } from './fact-ranking';
import { partyItemsAnswer } from './party-items';
import type { Passage } from './qa.domain';
import { splitSentences } from './passages';
import { asksLevelEntry, levelsOwnHeading, namedLevel } from './levels';
import { askedStep } from './list-anchors';
import { WANTS_CONSEQUENCE, conditionWeight } from './sentence-conditions';
import { asksPeopleCounted, lacksCount } from './figures-in-answer';
import { asksDecision } from './passage-fit';
import { twoAsks } from './question-setup';
import { namesPartyOf } from './sentences-along';
import { membersWeight } from './names-asked';
import { contentWeight } from './content-asked';

/** How the index reads a section's sentences for one question. */
export interface SectionReading {
  /** Per question word, how well a sentence answers it. */
  matches: (sentence: string) => number[];
  /** Whether a word is named in the question (an actor asked about). */
  named: NamedInQuestion;
  /** How a sentence matches the second question of a sentence that asks two. */
  secondAsk?: (sentence: string) => number[];
  /** The same for the first question of the two. */
  firstAsk?: (sentence: string) => number[];
  /** Whether the question names a section of the user guide. */
  namesGuideSection: boolean;
}

/**
 * The answer a section gives a question: a guide section the question names, whole; else the sentences that answer,
 * weighed by what the question asks for (a list, a consequence, a kind of figure, a condition the asker meets). A count
 * of the people of a body is given by a sentence that counts them ("elke gemeente wijst één lid aan"), not by any figure.
 */
export function answerFromSection(question: string, section: Passage[], reading: SectionReading) {
  // The list a heading names is asked for whole, however the question asks it ("wanneer is er sprake van code oranje?").
  const headingNamesList = headingNamesAsked(question, section, reading.matches);
  const condition = conditionWeight(question);
  const cause = ofSubject(causeWeight(question), reading.matches, section);
  const asker = askerWeight(question, reading.matches), members = membersWeight(question) ?? contentWeight(question);
  return (
    wholeGuideSection(question, section, reading.namesGuideSection) ??
    partyItemsAnswer(question, section, reading.named) ??
    extractAnswer(section, withAskedKind(question, reading.matches, reading.named), headingNamesList || WANTS_LIST.test(question) || COUNTED_THINGS.test(question), WANTS_CONSEQUENCE.test(question), cause || asker || members ? (s, lid) => condition(s, lid) * (cause?.(s) ?? 1) * (asker?.(s) ?? 1) * (members?.(s) ?? 1) : condition, askedElaboration(question), {
      givesKind: asksPeopleCounted(question) ? (sentence) => !lacksCount(question, sentence) : withoutMomentsOf(question, askedKind(question)),
      askKinds: askKinds(question),
      caseMet: caseMetBy(question),
      timeCase: askersTimeCase(question),
      secondAsk: reading.secondAsk,
      headingNamesList,
      step: askedStep(question),
      firstAsk: reading.firstAsk,
      negated: negatedAsk(question),
      wholeEnumeration: headingNamesAsked(question, section, reading.matches, true),
      onePerson: /^\s*(?:(?:bij|met|aan|tot|naar)\s+)?wie\s+(?!zijn\b|waren\b)/i.test(question),
      inParagraph: asksFollowUp(question) ? 'every step' : asksTwoCounts(question) ? 'next sentence' : asksCause(question) ? 'every reason' : asksWhatWasAsked(question) || asksMessage(question),
      decision: asksDecision(question),
      namesParty: namesPartyOf(question),
      namesAsked: /^\s*(?:(?:bij|met|aan|tot|naar|door|van)\s+)?(?:welke?|wie)\b/i.test(question),
      doerAsked: /^\s*wie\b/i.test(question),
      thingsAsked: /\bwelke\s+(\p{L}{5,})/iu.exec(question)?.[1],
      resultAsked: asksResultItself(question),
    })
  );
}

/**
 * "Waarom wordt de structurele exploitatieruimte in 2058 negatief?" where a sentence of the section says all of that ("Het
 * negatieve getal voor de structurele exploitatieruimte in 2058 ..."): a reason counts above other sentences only where it
 * says at least half of what is asked; "De netto schuldquote is negatief omdat ..." gives the reason for something else.
 * (The reason that follows the sentence saying it all, "Het komt voort uit ...", comes along with that one.)
 */
function ofSubject(weight: ((sentence: string) => number) | undefined, matches: (sentence: string) => number[], section: Passage[]) {
  const saysAll = (s: string) => matches(s).every((v) => v > 0);
  if (!weight || !section.some((p) => p.text.split('\n').some((line) => splitSentences(line).some(saysAll)))) return weight;
  return (s: string) => {
    const w = weight(s);
    const m = matches(s);
    return w > 1 && 2 * m.filter((v) => v > 0).length < m.length ? 1 : w;
  };
}

/** Whether a question asking for a list of things asks for what the section's heading names ("3.2 Financiële signalen"). */
function headingNamesAsked(question: string, section: Passage[], matches: (sentence: string) => number[], anyShape = false): boolean {
  // "Wanneer gaat het naar rood?" under "Niveau 3 – code rood": the list of its triggers.
  const level = !anyShape && asksLevelEntry(question) ? namedLevel(question) : undefined;
  if (level !== undefined) return !!section[0] && levelsOwnHeading(section[0].section, level);
  // Any question naming the things in the plural (anyShape) asks for all of them, "wat zijn de beperkingen van ...".
  // "Wat zijn de kernboodschappen?" under "4. Kernboodschappen": the things the heading names, all of them.
  const thing = anyShape || WANTS_LIST.test(question) || WHAT_ARE_THE.test(question) ? question.match(LIST_THING)?.[1] : KEYWORDS_ONLY.test(question) ? question.match(FIRST_PLURAL)?.[0] : undefined;
  if (!thing || !section[0]?.section) return false;
  const heading = matches(headOfHeading(section[0].section));
  return matches(thing).some((v, w) => v > 0 && heading[w] > 0);
}

/** "Escalaties aanbieders kampen?": a few words and no question word, the things asked by their plural first. */
const KEYWORDS_ONLY = /^(?!.*\b(?:wie|wat|hoe|waar|wanneer|welke?|waarom|hoeveel|kan|kun|mag|moet|is|zijn|heeft|hebben|wordt|worden)\b)\s*(?:\p{L}[\p{L}-]*\s*){1,5}\??\s*$/iu;
const FIRST_PLURAL = /\b\p{L}{4,}(?:ies|en|s)\b/iu;

/** A heading up to its first preposition: "Afspraken met zorgaanbieders" names afspraken; "Overzicht van de aanbieders" names them. */
const headOfHeading = (heading: string) => {
  const [head, ...rest] = heading.split(/\s+(?:met|van|voor|over|bij|aan|naar|door|tegen|zonder)\s+/i);
  return rest.length && !/\b(?:overzicht|lijst|opsomming|register)$/i.test(head) ? head : heading;
};

/** The kind of answer each of two asks wants: the whole question's kind may be one ask's only ("..., en wat kwam daaruit?", "..., en wat is daarvoor begroot?"). */
function askKinds(question: string): ((sentence: string) => boolean)[] {
  const judged = ENOUGH_ASKED.test(question) ? [(sentence: string) => GIVES_JUDGEMENT.test(sentence)] : [];
  return [...(twoAsks(question) ?? []).flatMap((ask) => withoutMomentsOf(question, askedKind(`${ask}?`)) ?? []), ...judged];
}

/** "... welke ratio komt eruit en is dat genoeg?": a judgement of the figure, which "valt in de klasse 'ruim voldoende'" gives. */
const ENOUGH_ASKED = /\b(?:is|zijn|was|waren)\s+(?:dat|die|dit|het|deze)\s+(?:wel\s+|ook\s+|nog\s+)?(?:genoeg|voldoende|toereikend|afdoende)\b/i;
const GIVES_JUDGEMENT = /\b(?:on)?voldoende\b|\bgenoeg\b|\b(?:on)?toereikend\b|\bafdoende\b/i;

/**
 * "Wanneer gaat de pilot van start en waarom niet in april?": a moment the question names itself ("niet op 1 april
 * starten") gives no moment asked; the kind is tested on a sentence without it.
 */
function withoutMomentsOf(question: string, kind: ((sentence: string) => boolean) | undefined): ((sentence: string) => boolean) | undefined {
  const months = question.toLowerCase().match(new RegExp(String.raw`\b(?:${MONTH_NAMES})\b`, 'g'));
  if (!kind || !months) return kind;
  const named = new RegExp(String.raw`\b(?:\d{1,2}\s+)?(?:${[...new Set(months)].join('|')})(?:\s+\d{4})?\b`, 'gi');
  return (sentence) => kind(sentence.replace(named, ''));
}
