import { splitSentences } from './passages';

/**
 * What some questions ask is often said in the sentence after the one that shares their words: "Het team
 * werkt met medewerkers in vaste dienst. Dit is noodzakelijk om de continuïteit te garanderen." answers
 * "waarom", "Er gelden eisen voor de administratie. Specifiek gaat het om ..." answers "welke eisen",
 * "Er is een werkbudget nodig. Dit wordt besteed aan ..." answers "waaraan wordt het uitgegeven".
 */

/** "Waarom ...?", "waardoor ...?", "om welke reden ...?", "wat verklaart ...?": a reason or a purpose. */
export const ASKS_WHY = /^\s*(waarom|waardoor|om welke reden|met welke reden|wat is de (reden|achtergrond|bedoeling|gedachte)|wat verklaart)\b/i;
/**
 * "... en waar komt dat door?", "hoe komt dat?", "wat is daarvan de oorzaak?": the cause of what the question (or its
 * first ask) names, asked anywhere in it.
 */
const ASKS_CAUSE = /\b(?:waar\s+(?:komt|kwam|ligt|lag)\s+(?:dat|dit|het)\s+(?:door|aan)|waardoor\s+(?:komt|kwam)\s+(?:dat|dit|het)|hoe\s+(?:komt|kwam)\s+(?:dat|dit)(?=\s*(?:[?,.!]|$))|hoe\s+(?:komt|kwam|kan)\s+het,?\s+dat|wat\s+(?:is|was|zijn|waren)\s+(?:daar(?:van)?\s+)?(?:(?:volgens\s+)?(?:\p{L}+\s+){0,4}?)de\s+oorza(?:ak|ken)|waar\s+(?:komt|kwam|komen|kwamen)\s+(?:dat|dit|het|die|deze)\s+(?:\p{L}+\s+)?vandaan)\b/iu;
/**
 * A sentence that gives a reason or a purpose ("omdat", "zodat", "noodzakelijk om ... te garanderen", "daarmee willen we voorkomen dat",
 * "dat volgt uit de rol van ..."); "vroeg om ... te" asks and "het recht om ... te" holds, neither gives a purpose.
 */
const GIVES_REASON = /\b(omdat|want|doordat|waardoor|op (?:verzoek|aandringen) van|zodat|daarom|daardoor|hierdoor|reden|redenen|noodzakelijk|teneinde|vanwege|wegens|dankzij|met als doel|bedoeld om|gezien\s+(?:de|het|deze|dit|die)|(?:zou|zal|zouden|zullen)\s+betekenen\s+dat|(?:moet|moeten|zal|zullen|zorgt|zorgen)\s+ervoor\s+(?:\p{L}+\s+)?zorgen\s+dat|zorgt\s+ervoor\s+dat|op (?:die|deze) (?:manier|wijze)|(?:volgt|volgen|volgde)\s+uit|(?:vloeit|vloeien)\s+(?:\p{L}+\s+)?voort\s+uit|(?:wil|willen|wilde|wilden)\s+(?:\p{L}+\s+){0,3}(?:voorkomen|bereiken)\s+dat|(?<!\b(?:vroeg|vroegen|vraagt|vragen|verzoek|verzoekt|verzocht|verzoeken|recht|mogelijkheid|kans|gelegenheid|bevoegdheid|tijd)\s+)om\s+(?:[\p{L}'’()-]+\s+){1,8}te\s+\p{L}+)\b/iu;
/**
 * A sentence that names a cause without a word of reason: "Die aanbieder kampt met een tekort aan psychiaters.", "Een
 * aannemelijke verklaring is ...", "De daling is vooral toe te schrijven aan ...".
 */
const GIVES_CAUSE = /\b(?:oorzaak|oorzaken|verklaring|verklaringen|(?:verklaren|verklaart|verklaarde)\s+(?:\p{L}+\s+){0,3}(?:uit|door)|te\s+verklaren|(?:als\s+|het\s+)?gevolg\s+van|(?:dat|dit|het)\s+(?:komt|kwam)\s+(?:\p{L}+\s+)?door|\b(?:komt|komen|kwam|kwamen)\s+(?:vooral|voornamelijk|grotendeels|deels|mede|onder\s+meer)\s+door|^(?:dat|dit)\s+(?:leidde|leidden|leidt|leiden)\s+tot|(?:dat|dit|het)\s+(?:ligt|lag)\s+aan|toe\s+te\s+schrijven\s+aan|terug\s+te\s+voeren\s+op|teruggevoerd\s+(?:\p{L}+\s+)?op|veroorzaakt\s+door|(?:komt|komen|kwam|kwamen)\s+(?:\p{L}+\s+)?voort\s+uit|(?:hangt|hangen|hing|hingen)\s+(?:\p{L}+\s+){0,2}samen\s+met|toegeschreven\s+aan|speelt\s+(?:\p{L}+\s+)?mee|(?:een\s+)?(?:tekort|gebrek)\s+aan)\b/iu;
/** "Die aanbieder kampt met ...": the verb in lower case only, not the gemeente ("gevestigd in Kampen met locaties in ..."). */
const KAMPT_MET = /\bkamp(?:t|en)\s+met\b/;
const namesCause = (s: string) => GIVES_CAUSE.test(s) || KAMPT_MET.test(s);
/** "Welke eisen / taken / onderdelen ...": the things of a kind, which a sentence lists. */
const ASKS_WHICH = /^\s*(?:(?:aan|onder|uit|met|voor|bij)\s+)?welke\s+\p{L}+/iu;
const LISTS = /,[^,]+,|,[^,]+\b(?:en|of)\b|\b(?:bijvoorbeeld|zoals|namelijk|onder meer|onder andere)\b|:\s*$/i;
/** "Waaraan wordt het geld besteed?", "waar gaat het budget naartoe?": what money is spent on. */
const ASKS_SPENDING = /\bwaar\s*(?:\p{L}+\s+){0,12}(?:aan|naartoe|heen)\b.*\b(?:uit(?:ge)?geven|uitgegeven|besteed|besteden|gebruikt|ingezet)\b|\bwaaraan\b|\bwaarvoor\b.*\b(?:geld|budget|bedrag|middelen)\b/iu;
const SAYS_SPENDING = /\b(?:besteed|uitgegeven|gebruikt|ingezet|bestemd|aangewend)\s+(?:aan|voor)\b|\bgaat naar\b|\bis bedoeld voor\b/i;

/** "Wat moet het opleveren?", "wat levert dat op?", "wat is het effect?": a result, which the sentence after often gives ("Hierdoor ..."). */
const ASKS_RESULT = /\bwat\s+(?:(?:moet|moeten|zal|zou|zouden|kan|kunnen|gaat|gaan)\s+)?(?:(?:het|dat|dit|die)\s+)?opleveren\b|\bwat\s+(?:levert|leveren|leverde)\s+(?:het|dat|dit|die)\s+op\b|\bwat\s+(?:is|zijn|was)\s+(?:het|de)\s+(?:effect|effecten|resultaat|resultaten|opbrengst)\b|\bwaartoe\s+(?:leidt|leiden|moet|moeten)\b/i;
const GIVES_RESULT = /\b(?:hierdoor|daardoor|hiermee|daarmee|zodat|leidt tot|leiden tot|resulteert|oplevert|opleveren|effect|resultaat)\b/i;

/** "Stel dat er subsidies komen. Wat betekent dat voor ...?": what follows when the case happens, which the text says next. */
export const ASKS_MEANING_OF_CASE = /\bwat\s+(?:betekent|betekenen|betekende)\s+(?:dat|dit|die|deze)\b/i;
/** "Mocht dit het geval zijn, dan ...", "in dat geval ...", "als dat zo is ...": a consequence of the sentence before. */
const GIVES_CASE_CONSEQUENCE = /^(?:mocht|mochten|als|indien|wanneer)\s+(?:dit|dat)\b|^in\s+(?:dat|dit)\s+geval\b|^is\s+(?:dat|dit)\s+(?:zo|het\s+geval)\b/i;

/**
 * "Wat vroeg de manager van Raalte?", "wat wilde Kampen weten over ...?": what a participant of a meeting asked, which
 * minutes follow with the reply ("Ruud Hofman vroeg of ... De regiomanager stelde voor ...").
 */
const ASKS_WHAT_ASKED = /\bwat\s+(?:vroeg|vroegen|vraagt)\b|\bwat\s+(?:wilde|wilden)\s+(?:[\p{L}'-]+\s+){1,4}weten\b|\bwelke\s+vra(?:ag|gen)\s+(?:stelde|stelden|had|hadden)\b|\bwat\s+was\s+de\s+vraag\s+van\b/iu;
/** A reply in minutes: "De regiomanager antwoordde dat ...", "Thijs Vos legde uit dat ...", "... zegde een voorstel toe". */
const GIVES_REPLY = /\b(?:antwoordde|antwoordden|antwoordt|legde\s+uit|legden\s+uit|legt\s+uit|bevestigde|bevestigden|bevestigt|reageerde|reageerden|reageert|stelde\s+voor|stelt\s+voor|(?:zegde|zegden|zegt)\s+(?:\p{L}+\s+){0,3}toe)\b/iu;

/** "Wat gaven de jongeren mee?", "wat zeiden de ouders?", "wat was hun boodschap?": what a group told, which a text often sums up after a colon. */
const ASKS_MESSAGE = /\bwat\s+(?:gaven|gaf|geven|geeft)\b[^?]*\bmee\b|\bwat\s+(?:zeiden|zei|zeggen|zegt|vonden|vond|vinden)\s+(?:de|het|hun|die|deze)\b|\bwat\s+(?:was|is)\s+(?:de|hun|zijn|haar)\s+(?:boodschap|inbreng)\b/iu;
/** A sentence that sums up what was told: "Hun boodschap laat zich in drie punten samenvatten:". */
const GIVES_MESSAGE = /\b(?:boodschap|samenvatten|samengevat|kernpunten)\b|:\s*$/iu;
/** Whether the question asks what a group told, whose summing-up in the same paragraph comes along. */
export const asksMessage = (question: string): boolean => ASKS_MESSAGE.test(question);

/** "Wat is daarmee gedaan?", "wat heeft het RSJ ermee gedaan?": the follow-up of what the question names, told in the sentences after it. */
// "Hoe is het idee bestuurlijk opgepakt?", "hoe werd de melding afgehandeld?": what became of it, asked another way.
const ASKS_FOLLOW_UP = /\bwat\s+(?:is|wordt|werd|zijn|worden|werden|heeft|hebben|had|hadden)\s+(?:\p{L}+\s+){0,3}(?:daar|hier|er)(?:mee|aan)\s+gedaan\b|\bhoe\s+(?:is|zijn|wordt|worden|werd|werden)\b[^?]*\b(?:opgepakt|afgehandeld|opgevolgd|aangepakt)\b/iu;
/** A sentence that reports a step taken: "zijn op 21 maart aan de kleine commissie voorgelegd", "is overgedragen aan ...", "het PFO steunt het voorstel". */
const GIVES_FOLLOW_UP = /\b(?:is|zijn|werd|werden|wordt|worden)\b[^.;]*\b(?:voorgelegd|overgedragen|doorgestuurd|besproken|geëscaleerd|opgepakt|ingezet|gemeld|afgesproken|besloten|gestart|teruggevorderd|aangepast|hersteld)\b|\b(?:steunt|steunde|besluit|besloot|stemt\s+in|stemde\s+in)\b/iu;
/** Whether the question asks what was done about something, whose steps in the same paragraph come along. */
export const asksFollowUp = (question: string): boolean => ASKS_FOLLOW_UP.test(question);

/** "Bij hoeveel aanbieders moest het en bij hoeveel is het echt gebeurd?": two counts, the second often told next ("In werkelijkheid ..."). */
const ASKS_TWO_COUNTS = /\bhoeveel\b[^?]*\b(?:en|maar)\s+(?:(?:bij|van|in|aan|voor)\s+)?hoeveel\b/iu;
const GIVES_OTHER_COUNT = /^(?:in\s+werkelijkheid|in\s+de\s+praktijk|daarvan|uiteindelijk|slechts|maar|feitelijk|daadwerkelijk)\b[^.;]*\d/iu;
/** Whether the question asks two counts, whose second the best sentence's paragraph may give next. */
export const asksTwoCounts = (question: string): boolean => ASKS_TWO_COUNTS.test(question);

/** Whether the question asks what someone asked, whose reply in the same paragraph comes along. */
export const asksWhatWasAsked = (question: string): boolean => ASKS_WHAT_ASKED.test(question);

/** A sentence of minutes that reports a question, in the past or (minutes written in the present) present tense: its subject, before the verb, is who asked. */
const REPORTS_ASKING = /\b(?:vroeg|vroegen|vraagt|wilde\s+weten|wilden\s+weten|wil\s+weten|informeerde|informeerden|informeert)\b/i;
/** How much a sentence in which the asker the question names asks counts above one in which someone else asks. */
const ASKER_WEIGHT = 2;

/**
 * "Wat vroeg de manager van Raalte?": the sentence whose subject the question names ("Ruud Hofman (Raalte) vroeg ...")
 * answers, not another participant's question that shares a word ("Ingrid Brouwer vroeg of de managers ...").
 */
export function askerWeight(question: string, matches: (text: string) => number[]): ((sentence: string) => number) | undefined {
  if (!asksWhatWasAsked(question)) return undefined;
  return (s) => {
    const verb = REPORTS_ASKING.exec(s);
    return verb && matches(s.slice(0, verb.index)).some((v) => v > 0) ? ASKER_WEIGHT : 1;
  };
}

/** A sentence that speaks of the one before it ("Dit is noodzakelijk om ...", "Het gaat om ...", "Specifiek gaat dit over ...", "Mocht dit het geval zijn ..."). */
export const REFERS_BACK = /^(?:dit|dat|deze|die|daarmee|daarom|daardoor|hiermee|hierdoor|specifiek|concreet)\b|^(?:het|er)\s+(?:gaat|gaan)\s+(?:hier\s+)?(?:om|over)\b|^(?:mocht|mochten|als|indien)\s+(?:dit|dat)\b|^in\s+(?:dat|dit)\s+geval\b/iu;

/** Whether the question asks why or what caused something ("waarom ...", "... en hoe komt dat?"). */
export const asksCause = (question: string): boolean => ASKS_WHY.test(question) || ASKS_CAUSE.test(question);
/** "Wat is de oorzaak van ...", "waar komt dat door": a cause asked by its own words, not by "waarom". */
export const asksCauseByName = (question: string): boolean => ASKS_CAUSE.test(question);
/** "Waaruit wordt het onderzoek betaald?", "uit welk budget wordt dat gedekt?": where money comes from, which a text says ("gedekt uit de algemene reserve"), not an amount. */
export const asksFunding = (question: string): boolean => FUNDING_ASKED.test(question);
const FUNDING_ASKED = /\b(?:waaruit|uit\s+welke?\s+\p{L}+)\b[^?]*\b(?:betaald|bekostigd|gefinancierd|gedekt|betalen|bekostigen|financieren|dekken|betaalt|bekostigt|financiert|dekt)\b/iu;
/** A cause asked and no figure ("waarom is de score gestegen?", not "hoeveel daalde het en hoe komt dat?"): no table row answers. */
export const asksCauseOnly = (question: string): boolean => asksCause(question) && !/\b(?:hoeveel|welk(?:e)?\s+(?:bedrag|cijfer|percentage|aantal))\b/i.test(question);

/** How much a sentence that gives a cause or a reason counts above the others for a question asking why. */
const CAUSE_WEIGHT = 2;
/**
 * A sentence whose only reason is the purpose of its last clause ("..., zodat beleidsadviseurs dat zelf kunnen duiden") counts
 * less than one that gives a cause ("Dat komt niet door ..., maar door de samenstelling"): that purpose is of something else.
 */
const PURPOSE_WEIGHT = 1.5;
const TRAILING_PURPOSE = /,\s*zodat\b.*$/i;
/** For a question asking why, a sentence's weight by whether it gives a cause; undefined for other questions. */
export const causeWeight = (question: string): ((sentence: string) => number) | undefined => {
  if (!asksCause(question)) return undefined;
  const rowWeight = asksCauseOnly(question) ? ROW_WEIGHT : 1;
  const reasonWeight = (s: string) => (namesCause(s) || givesReason(s.replace(TRAILING_PURPOSE, '')) ? CAUSE_WEIGHT : PURPOSE_WEIGHT);
  return (s) => (givesReason(s) || namesCause(s) ? reasonWeight(s) : ROW_OF_FIGURES.test(s) ? rowWeight : 1);
};
/**
 * "Daarom is de toets verplicht geworden.": a sentence opening with "daarom" tells what follows from the one before, whose
 * reason that one gives ("Omdat de contractwaarde is gestegen, ..."); its own reason words count, not the opening.
 */
const CONSEQUENCE_OPENING = /^\s*(?:daarom|hierom|dus)\b/i;
export const givesReason = (s: string) => GIVES_REASON.test(s.replace(CONSEQUENCE_OPENING, ''));
/** A text that gives a cause ("De oorzaak ligt in ...", "... komt vooral door ...", "omdat ..."), not only a purpose ("om ... te"). */
export const givesCause = (text: string) => splitSentences(text).some((s) => namesCause(s) || /\b(?:omdat|doordat|vanwege|wegens)\b/i.test(s));
/** A table row as a line of its section ("Dagbehandeling: Norm (weken): 8; Q2 2054: 11,4; ..."): figures, no reason. */
const ROW_OF_FIGURES = /^\s*(?:[-•*]\s+)?[^:;]{2,80}: [^:;]{1,40}: [^;]{1,40};/;
/** What a row counts for a question that asks only why: less than a sentence of the same words. */
const ROW_WEIGHT = 0.25;

/** What the question asks that a following sentence may say, as a test on a sentence; undefined for other questions. */
export function askedElaboration(question: string): ((sentence: string) => boolean) | undefined {
  if (asksCause(question)) return (s) => givesReason(s) || namesCause(s);
  if (asksWhatWasAsked(question)) return (s) => GIVES_REPLY.test(s);
  if (ASKS_SPENDING.test(question)) return (s) => SAYS_SPENDING.test(s);
  if (ASKS_RESULT.test(question)) return (s) => GIVES_RESULT.test(s);
  if (ASKS_MEANING_OF_CASE.test(question)) return (s) => GIVES_CASE_CONSEQUENCE.test(s);
  if (ASKS_WHICH.test(question)) return (s) => LISTS.test(s);
  if (asksMessage(question)) return (s) => GIVES_MESSAGE.test(s);
  if (asksFollowUp(question)) return (s) => GIVES_FOLLOW_UP.test(s);
  if (asksTwoCounts(question)) return (s) => GIVES_OTHER_COUNT.test(s);
  return undefined;
}

/** The share of the question's words a paragraph leading up to a reason may leave unsaid: it may say them in its own words. */
const PARAGRAPH_SLACK = 0.4;
/** How much a passage that gives the reason asked for ranks above one that only shares the question's words. */
const REASON_BOOST = 2;

/**
 * "Waarom ...?": a passage that gives a reason in a sentence with (all but one of) the question's words, or
 * right after one ("Dit is noodzakelijk om ..."), answers; one that only says the same thing does not.
 */
export function reasonSaid(
  question: string,
  words: { weak: boolean }[],
  matches: (sentence: string) => number[],
): { terms: string[]; says: (text: string) => boolean; boost: number; joinsTie: true } | undefined {
  if (!asksCause(question)) return undefined;
  const needed = words.filter((w) => !w.weak).length;
  if (needed === 0) return undefined;
  const answers = (s: string, slack = needed >= 3 ? 1 : 0) => needed - matches(s).filter((v, i) => v > 0 && !words[i].weak).length <= slack;
  // "**Gecertificeerde instellingen.** De realisatie lijkt laag voor acht maanden. Dat komt doordat ...": a reason that
  // points back answers for its paragraph, which may say the question's words in its own ("laag" for "weinig uitgegeven").
  const paragraphAnswers = (all: readonly string[], i: number) => answers(all.slice(0, i + 1).join(' '), Math.max(1, Math.round(needed * PARAGRAPH_SLACK)));
  const says = (text: string) =>
    text.split('\n').some((line) => splitSentences(line).some((s, i, all) => (GIVES_REASON.test(s) || namesCause(s)) && (answers(s) || (i > 0 && REFERS_BACK.test(s) && (answers(all[i - 1]) || paragraphAnswers(all, i))))));
  // A passage that gives the reason competes with those that share more words but give none (rankAnswers).
  return { terms: [], says, boost: REASON_BOOST, joinsTie: true };
}
