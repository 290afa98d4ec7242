import type { QaResult } from './qa.domain';
import { splitSentences } from './passages';
import { questionParts, questionsInRow, twoAsks } from './question-setup';
import { askWithoutThenAndNow } from './now-readings';
import { wordAfterHoeveel } from './count-questions';
import { termsOf, tokenizeText } from './dutch-text';
import { givesWhatIsAsked } from './asked-kind';
import { asksCauseByName, givesCause } from './asked-elaboration';
import { COUNT_WORDS } from './number-words';

type Answer = Extract<QaResult, { kind: 'answer' }>;

const answered = (r: QaResult): r is Answer => r.kind === 'answer' && !r.missing && !r.unanswered;
const unsaidInAnswer = (r: QaResult): r is Answer & { unanswered: string } => r.kind === 'answer' && !!r.unanswered;
/** Whether an answer says the thing another left unsaid ("structureel"), by its stem. */
const saysThing = (r: Answer, thing: string) => {
  const stem = termsOf(thing.toLowerCase())[0];
  return tokenizeText(r.answer).some((t) => termsOf(t)[0] === stem);
};
const sameText = (a: Answer, b: Answer) =>
  a.passageRef.kind === 'fact' && b.passageRef.kind === 'fact' ? a.passageRef.id === b.passageRef.id : a.passageRef.kind === b.passageRef.kind && a.answer === b.answer;
const sentencesOf = (text: string) => text.split('\n').flatMap(splitSentences).map((s) => s.replace(/^[-•*\d.)\s]+/, '').trim()).filter((s) => s.length > 12);
/** "... en krijgen die allemaal een bijdrage?": a second ask opened by its verb leans on the first for its subject; put on its own it asks something else. */
const OPENS_WITH_VERB = /^(?:kan|kunnen|mag|mogen|moet|moeten|komt|komen|krijgt|krijgen|wordt|worden|geldt|gelden)\b/i;
/** "Welke mensen zitten daarin?", "hoe lang duurt zo'n stop?": a second ask that points back at what the first asks about. */
const POINTS_BACK = /\b(?:daar|er)(?:in|van|op|mee|bij|over|voor|aan|uit|onder)\b|\bzo['’]n\b|\bzulke?\b/i;
/** "Hoe snel kan het BO dan bij elkaar komen?": a question of its own that leans on the one before. */
const LEANS_ON_FIRST = new RegExp(String.raw`${POINTS_BACK.source}|\b(?:dan|daar|daarna|dat|die|deze|dit)\b`, 'i');
/** "En hoe lang is die nu?", "hoeveel is dat nu?", "welke gemeente is dat?": a short ask about what the first one names, by a pronoun alone. */
const POINTS_AT_FIRST = /^\s*(?:en\s+)?(?:hoe\s+\p{L}+|hoeveel|wat|wie|welke?\s+\p{L}+)\s+(?:is|zijn|was|waren)\s+(?:die|dat|deze|dit)(?:\s+(?:nu|dan|er|daar))*\s*\??\s*$/iu;
/** "..., en wat als dat niks oplevert?": the next step when what the first ask finds fails, which that answer goes on to tell. */
const IF_THAT_FAILS = /^\s*(?:en\s+)?(?:wat|hoe)\b[^?]{0,25}?\bals\s+(?:dat|dit|die|het)\s+(?:\p{L}+\s+)?(?:niet|niks|niets|geen)\b/iu;
/** "..., en mogen ze meestemmen?", "wanneer wordt er gekeken of ze goed werken?": a second ask whose subject is a pronoun. */
const PRONOUN_SUBJECT = /^((?:\p{L}+\s+){1,5}?)(?:ze|zij|hij|ie)\b/iu;
/** "..., en waaruit wordt dat betaald?": a short second ask whose subject is "dat", done to what the first ask names. */
const THAT_DONE = /^((?:\p{L}+\s+){1,3}?)(?:dat|dit)(\s+\p{L}+)\s*\??\s*$/iu;
/** "..., en welk deel van de overschrijding komt daardoor?": caused by what the first ask names ("door de loonindexatie"). */
const BY_THAT = /\b(?:daardoor|hierdoor)\b/i;
/** "..., en over welke jaren gaat die?": a second ask that ends in a pronoun for what the first ask names. */
const PRONOUN_LAST = /^((?:\p{L}+\s+){1,5}?)(?:die|deze)\s*\??\s*$/iu;
/** "..., en wanneer besloot het bestuur dat?": a second ask that ends in "dat" for what the first ask is about. */
const THAT_LAST = /\s(?:dat|dit)\s*\??\s*$/i;
/** The first ask's first noun phrase: "de projectmanagers van het RSJ" in "tellen de projectmanagers van het RSJ mee ...", "deze spelregels". */
const FIRST_PHRASE = /\b(?:de|het|deze|dit)\s+\p{L}+(?:\s+van\s+(?:de|het)\s+\p{L}+)?/iu;
/** Its last one, with an adjective before it: "de nieuwe regiovisie" in "hoeveel geld is er begroot voor de nieuwe regiovisie". */
const LAST_PHRASE = /\b(?:de|het|deze|dit)\s+(?:\p{L}+e\s+)?(?!(?:de|het|een)\b)\p{L}+\s*$/iu;
/** The second ask with the first ask's subject for its pronoun ("mogen de projectmanagers van het RSJ meestemmen"). */
/** "Optie A consultatiepool, wat kost die ...", "Staphorst: welk percentage ...": a topic put first, which the question then asks about. */
const TOPIC_FIRST = /^\s*(\p{L}[^,:?]{2,60}?)\s*[,:]\s*(?=(?:en\s+)?(?:wat|hoe|hoeveel|wie|wanneer|waarom|welke?|waar)\b)/iu;
const withSubjectOf = (first: string, second: string): string => {
  const subject = first.match(TOPIC_FIRST)?.[1] ?? first.match(FIRST_PHRASE)?.[0];
  if (subject && PRONOUN_SUBJECT.test(second)) return second.replace(PRONOUN_SUBJECT, `$1${subject}`);
  if (subject && THAT_DONE.test(second)) return second.replace(THAT_DONE, `$1${subject}$2`);
  if (subject && BY_THAT.test(second)) return second.replace(BY_THAT, `door ${subject}`);
  // "Veldhuis Behandelgroep, hoeveel kregen die mee en op welke datum besloot het bestuur dat?": about the topic put first.
  const topic = first.match(TOPIC_FIRST)?.[1];
  if (topic && THAT_LAST.test(second)) return second.replace(THAT_LAST, ` over ${topic}?`);
  const last = first.trim().match(LAST_PHRASE)?.[0];
  return last && PRONOUN_LAST.test(second) ? second.replace(PRONOUN_LAST, `$1${last}?`) : second;
};
/** "..., en hoeveel voor het herijken van de regiovisie?": "hoeveel" again, of another purpose, its verb left out. */
const HOW_MUCH_FOR_OTHER = /^(?:en\s+)?hoeveel\s+(voor|aan|bij|in|op)\s+([^?]+?)\s*\??\s*$/iu;
/** The first ask with its last phrase of that preposition put for the second ask's ("hoeveel geld is er opgenomen voor het herijken ..."). */
const withFrameOf = (first: string, second: string): string => {
  const m = HOW_MUCH_FOR_OTHER.exec(second.trim());
  const at = m ? first.toLowerCase().lastIndexOf(` ${m[1].toLowerCase()} `) : -1;
  return m && at > 0 && /^hoeveel\b/i.test(first.trim()) ? `${first.slice(0, at)} ${m[1]} ${m[2]}` : second;
};
/** "..., en wat wordt de nieuwe termijn?": a second ask naming the first's noun again, told apart by an adjective only. */
const NOUN_AGAIN = /\b(?:de|het)\s+(?:nieuwe|oude|huidige|vorige|volgende)\s+(\p{L}+)(?!\s+(?:waar\p{L}*|die|dat)\b)/iu;
/** The second ask with the relative clause the first gives that noun ("de termijn waarbinnen aanbieders ons moeten informeren"), up to its last verb. */
const withClauseOf = (first: string, second: string): string => {
  const noun = NOUN_AGAIN.exec(second)?.[1];
  const clause = noun && new RegExp(String.raw`\b(?:de|het)\s+${noun}\s+((?:waar\p{L}+|die|dat)\s+[^,?]*\p{L}+en)\b`, 'iu').exec(first)?.[1];
  return clause ? second.replace(NOUN_AGAIN, (phrase) => `${phrase} ${clause}`) : second;
};
/** "Hoeveel fte heeft het RSJ, en hoeveel daarvan is er voor de regioagenda?": a part of what the first ask counts. */
const HOW_MANY_OF_THOSE = /^(\s*(?:en\s+)?hoeveel)\s+daarvan\b/i;
const MEASURED_IN = /\bin\s+(fte|euro|uren|weken|dagen|plekken)\b/i;
const withCountedOf = (first: string, second: string): string => {
  // "Wat is de formatie in fte, en hoeveel daarvan ...": the unit the first ask is measured in.
  const counted = wordAfterHoeveel(first) ?? first.match(MEASURED_IN)?.[1];
  if (!counted) return second;
  // "Hoeveel fte heeft het RSJ en hoeveel is er voor de regioagenda?": "hoeveel" before its verb counts what the first ask counts.
  return HOW_MANY_OF_THOSE.test(second) ? second.replace(HOW_MANY_OF_THOSE, `$1 ${counted}`) : second.replace(HOW_MANY_ELIDED, `$1 ${counted}`);
};
const HOW_MANY_ELIDED = /^(\s*(?:en\s+)?hoeveel)(?=\s+(?:is|zijn|was|waren|gaat|gaan|ging|komt|komen|zit|zitten|blijft|blijven|wordt|worden)\b)/i;
/** "..., en hoeveel was dat bij Zwolle?", "en bij Kampen?": the first ask again, of another name. */
const SAME_OF_OTHER = /^(?:en\s+)?(?:(?:hoeveel|hoe|wat)\s+(?:was|is|waren|zijn|zit)\s+(?:dat|het)\s+)?(?:bij|voor|in)\s+(\p{Lu}[\p{L}-]*)\s*\??$/u;
/** The first ask with its one name (a capitalised word after its first) put for the name the second ask asks the same of. */
const withNameOf = (first: string, second: string): string => {
  const other = SAME_OF_OTHER.exec(second.trim())?.[1];
  const names = first.split(/\s+/).slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  return other && names.length === 1 ? first.replace(names[0], other) : second;
};
/** "..., en hoeveel waren dat er het jaar daarvoor?", "en hoeveel was dat in 2043?": the first ask again, of another year. */
const SAME_IN_OTHER_YEAR = /^(?:en\s+)?(?:hoeveel|hoe\s+\p{L}+|wat)\s+(?:was|is|waren|zijn)\s+(?:dat|het)(?:\s+er)?\s+(?:(?:in\s+)?((?:19|20)\d\d)|het\s+jaar\s+(daarvoor|ervoor|daarna|erna))\s*\??$/iu;
/** The first ask with its one year put for the year the second ask asks the same of. */
const withYearOf = (first: string, second: string): string => {
  const m = SAME_IN_OTHER_YEAR.exec(second.trim());
  const years = first.match(/\b(?:19|20)\d\d\b/g) ?? [];
  if (!m || years.length !== 1) return second;
  const year = m[1] ?? String(Number(years[0]) + (/^(?:daar|er)voor$/i.test(m[2]) ? -1 : 1));
  return first.replace(years[0], year);
};
/** "..., en waar is die sleutel op gebaseerd?" after "... volgens de verdeelsleutel": a demonstrative before the head of a compound the first ask names. */
const withCompoundOf = (first: string, second: string): string => {
  const m = /\b(?:die|deze|dat|dit)\s+(\p{L}{4,})/iu.exec(second);
  const whole = m && first.split(/[^\p{L}-]+/u).find((w) => w.length > m[1].length + 2 && w.toLowerCase().endsWith(m[1].toLowerCase()));
  return whole ? second.replace(m[0], `de ${whole.toLowerCase()}`) : second;
};
/** "..., en wanneer moet die uitkomst er zijn?": a demonstrative (not a relative "die", which follows a noun) before a noun. */
const THAT_THING = /(?<=\b(?:is|zijn|was|waren|moet|moeten|kan|kunnen|mag|mogen|wordt|worden|heeft|hebben|krijgt|gaat|komt|van|voor|met|over|in|op|bij|aan|wat|wie|hoe|wanneer|waar|welke?)\s+)(?:die|deze)\s+(\p{L}{4,})\b/iu;
/**
 * The second ask with the first ask's last phrase for a thing the first does not name: it names again what the first ask
 * is about ("hoeveel besluiten ... in de steekproef, en wanneer moet die uitkomst er zijn": the steekproef's).
 */
const withThingOf = (first: string, second: string): string => {
  const m = THAT_THING.exec(second);
  const last = m && !new RegExp(String.raw`\b${m[1]}\b`, 'iu').test(first) ? first.trim().match(LAST_PHRASE)?.[0] : undefined;
  return last ? second.replace(m![0], last.trim()) : second;
};
/** "..., en hoeveel mocht je er per gemeente max indienen?": a count asked, which a number in a sentence saying all the ask's words gives. */
const COUNT_ASK = /^\s*(?:en\s+)?hoeveel\b/i;
const NUMBER = new RegExp(String.raw`\d|\b(?:${COUNT_WORDS})\b`, 'i');
const countGivenAlong = (answer: string, ask: string, says: Says) => COUNT_ASK.test(ask) && sentencesOf(answer).some((s) => NUMBER.test(s) && says(s, ask) === 1);
/** The length of an answer's opening that, found in another answer, says it restates that one. */
const RESTATED_OPENING = 40;
/** A text without what the answer adds in brackets: an abbreviation is spelled out only where it first occurs ("het RET (regionaal expertise team)"). */
const unbracketed = (text: string) => text.replace(/\s\([^()]*\)/g, '');
/** A table row as an answer quotes it: its name, then a cell under its header ("Onderzoek X: Bedrag: + € 30.000"). */
const ROW_ITEM = /^[^:]{3,80}: [^:]{2,40}: /;
/** Whether an answer already gives what another says: one of its sentences (with 'all', each of them) is in it. */
/** A sentence that introduces a list ("... doorloopt het RSJ vaste stappen:"). */
const LIST_INTRODUCTION = /:\s*$/;
const gives = (answer: Answer, other: Answer, all = false) => {
  const sentences = sentencesOf(unbracketed(other.answer)), text = unbracketed(answer.answer);
  // A table row's cell is given by the row's line that quotes it among others ("Onderzoek X: Aanleiding: ...; Bedrag: ...").
  const rowGiven = (s: string) => {
    const [name, ...cell] = s.replace(/\.$/, '').split(': ');
    return ROW_ITEM.test(s) && text.split('\n').some((line) => line.startsWith(`${name}: `) && line.includes(cell.join(': ')));
  };
  const said = (s: string) => text.includes(s) || rowGiven(s);
  // A list's introduction ("... doorloopt het RSJ vaste stappen:") says nothing of its own: two steps of it share it.
  const telling = sentences.filter((s) => !LIST_INTRODUCTION.test(s));
  return all ? sentences.every(said) : (telling.length ? telling : sentences).some(said);
};
/** The share of an ask's words (not the weak ones) a text says. */
type Says = (text: string, ask: string) => number;
/** The share of words a text says, from each word's match. */
export const shareSaid = (matches: number[]) => (matches.length ? matches.filter((m) => m > 0).length / matches.length : 0);

/** An ask after the asker's setup, the two kept apart as they were ("ik zit morgen in het PFO: welk ..."), so the ask is read as the ask. */
const withSetup = (setup: string, ask: string) => (!setup ? ask : /[.?!:]\s*$/.test(setup) ? `${setup} ${ask}` : `${setup}: ${ask}`);

/**
 * "Wanneer is de norm aangenomen en met hoeveel gemeenten is Twente?": two asks, each put on its own (after the asker's
 * setup). When the whole question finds no answer, both answers are given, with both sources; `whole` stays when
 * either ask finds none: half an answer is no answer. When the whole question's answer gives what one ask finds but not
 * what the other finds in the same document ("hoeveel kinderen zijn gestart, en waarom niet allemaal?"), that answer
 * follows it.
 */
export function answerPerAsk(question: string, whole: QaResult, answerOf: (question: string, within?: string) => QaResult, says: Says): QaResult {
  // An answer that leaves a thing asked unsaid ("structureel") may be one ask's: each ask on its own may say it.
  const tried = (whole.kind === 'none' && (whole.reason === 'low-score' || whole.reason === 'current-state')) || unsaidInAnswer(whole) || answered(whole);
  const inRow = tried ? questionsInRow(question) : undefined;
  // "... ? Hoe snel kan het BO dan bij elkaar komen?" leans on the question before: put on its own it asks something else.
  const asks = tried ? twoAsks(question, 'also counts') ?? (inRow && !LEANS_ON_FIRST.test(inRow[1]) ? inRow : undefined) : undefined;
  const other = asks && withYearOf(asks[0], withFrameOf(asks[0], withNameOf(asks[0], withClauseOf(asks[0], withSubjectOf(asks[0], withCountedOf(asks[0], withThingOf(asks[0], withCompoundOf(asks[0], asks[1]))))))));
  // "Wie heeft de gunningsbesluiten genomen? Had dat niet via het BO gemoeten?": the second leans on the first, so the
  // whole question's answer stays, with the first ask's own answer before it when the whole leaves that out.
  if (!asks && inRow && answered(whole)) {
    const firstAlone = answerOf(askWithoutThenAndNow(question, `${inRow[0]}?`));
    // Only from the same section: there it is which sentences to show; elsewhere the first ask on its own may find another topic.
    return answered(firstAlone) && firstAlone.source.section === whole.source.section ? withFirstAsk(whole, firstAlone, `${inRow[0]}?`, says) : whole;
  }
  if (!asks || !other) return whole;
  const setup = inRow && asks === inRow ? '' : questionParts(question).setup;
  const first = `${asks[0]}?`;
  if (answered(whole) && other === asks[1] && OPENS_WITH_VERB.test(asks[1])) return withFirstAsk(whole, answerOf(askWithoutThenAndNow(question, withSetup(setup, first))), first, says);
  const second = `${other.charAt(0).toUpperCase()}${other.slice(1)}`;
  const a = answerOf(askWithoutThenAndNow(question, withSetup(setup, first)));
  const b = answerOf(askWithoutThenAndNow(question, withSetup(setup, second)), answered(a) ? a.source.title : undefined);
  // "Bij welke zorgvorm is de wachttijd langer geworden, en hoe lang is die nu?": a second ask that only points back at
  // what the first finds is given by the first ask's answer (its rows with their figures), when the whole finds none.
  // So is it when the whole question finds another section: only the pointing ask's words ("welke gemeente") led it there.
  const noneElse = whole.kind === 'none' && !answered(b);
  if (answered(a) && ((POINTS_AT_FIRST.test(asks[1]) && (noneElse || (answered(whole) && !sameSection(whole.source, a.source)))) || (IF_THAT_FAILS.test(asks[1]) && noneElse))) return a;
  // "Welke rechter is bevoegd, en wie betaalt de mediator?" when the whole question finds nothing: the ask that finds its
  // answer is given, saying which ask found none. Not a second ask that leans on a first that found nothing.
  const half = answered(a) === answered(b) ? undefined : answered(a) ? a : answered(b) && !LEANS_ON_FIRST.test(asks[1]) ? b : undefined;
  // Not when the half found gives the kind the other ask wants ("... en voor welke datum moet dat klaar zijn": "Uiterlijk: 1 januari 2056").
  const unanswered = half && (half === a ? asks[1] : asks[0]);
  if (half && unanswered && whole.kind === 'none' && whole.reason === 'low-score') return givesWhatIsAsked(unanswered)?.(half.answer) || (asksCauseByName(unanswered) && givesCause(half.answer)) || countGivenAlong(half.answer, unanswered, says) ? half : { ...half, unansweredAsk: unanswered.replace(/\?\s*$/, '') };
  if (!answered(a) || !answered(b) || sameText(a, b) || (unsaidInAnswer(whole) && !saysThing(a, whole.unanswered) && !saysThing(b, whole.unanswered))) return whole;
  // "Wanneer moet de tussentijdse evaluatie op tafel liggen en wie schrijft die": the first ask surely finds a document's passage,
  // the whole question only a curated fact on what the second ask guesses ("het opstellen van de regiovisie"): that passage.
  if (answered(whole) && whole.passageRef.kind === 'fact' && a.passageRef.kind === 'passage' && ![whole.source.title, b.source.title].includes(a.source.title) && a.confidence > whole.confidence && !gives(whole, a)) return a;
  // Two questions of their own ("Hoe vaak vergaderde het BO? Was er ook een spoedoverleg?") whose answers the whole
  // question's answer gives neither of: each answer, once.
  // So are two asks of one sentence that each find their answer in the section the whole answer comes from ("hoeveel
  // organisaties meldden zich aan en hoeveel vulden de vragenlijst in": two cells of its total row, not every row).
  // The second ask on its own finds all the first finds in the whole answer's section, which left some out for a table row: that.
  if (answered(whole) && sameSection(a.source, whole.source) && sameSection(b.source, a.source) && gives(b, a, true) && !gives(whole, a, true)) return b;
  const inWholeSection = answered(whole) && !whole.table && sameSection(a.source, whole.source) && sameSection(b.source, whole.source);
  if (answered(whole) && (asks === inRow || inWholeSection) && !gives(whole, a) && !gives(whole, b)) return gives(b, a, true) ? b : gives(a, b, true) ? a : joined(a, b);
  // "Per wanneer geldt de nieuwe regeling en wanneer wordt er teruggekeken?": each ask answered better, from one document,
  // than the whole question by another that gathers its words by chance ("we kijken terug op een bewogen jaar").
  if (answered(whole) && a.source.title === b.source.title && whole.source.title !== a.source.title && Math.min(a.confidence, b.confidence) > whole.confidence && !gives(whole, a) && !gives(whole, b)) return joined(a, b);
  if (answered(whole)) return withOtherAsk(whole, [a, b], [first, second], says);
  // "..., welke mensen zitten daarin?" asks about what the first ask finds: put on its own it finds something else.
  return POINTS_BACK.test(asks[1]) && b.source.title !== a.source.title ? a : joined(a, b);
}

/**
 * "Hoe groot moet de meerderheid zijn ...? En geldt dat ook als er veel geld mee gemoeid is?": the second ask leans on the
 * first, so the whole question's answer stays; when it answers only the second (the exception), the first ask's own answer
 * in the same document comes before it when it says at least as much of the first ask ("Hoe lang mag een verbeterplan duren?
 * En kan dat verlengd worden?": the term, then the extension).
 */
function withFirstAsk(whole: Answer, first: QaResult, ask: string, says: Says): Answer {
  if (!answered(first) || first.source.title !== whole.source.title || gives(whole, first, true)) return whole;
  return says(first.answer, ask) >= says(whole.answer, ask) ? joined(first, whole) : whole;
}

/** Whether two sources are one section of one document (two documents may both have a "Planning"). */
const sameSection = (x: { title: string; section: string }, y: { title: string; section: string }) => x.title === y.title && x.section === y.section;

function joined(a: Answer, b: Answer): Answer {
  const also = [...(a.source.also ?? []), b.source, ...(b.source.also ?? [])].filter((s) => !sameSection(s, a.source));
  // A lid both answers give ("6. Tussen twee vergaderingen ...") is said once.
  const said = unbracketed(a.answer);
  // So is a sentence both give in one paragraph: the rest of that paragraph stays.
  const unsaid = (line: string) => (/^\s*(?:[-•*]|\d+\.)\s/.test(line) ? [line] : splitSentences(line).filter((s) => !said.includes(unbracketed(s).trim()))).join(' ');
  const rest = b.answer.split('\n').filter((line) => !said.includes(unbracketed(line).replace(/^\s*\d+\.\s+/, '').trim()) || !line.trim()).flatMap((line) => {
    const left = line.trim() ? unsaid(line) : line;
    return line.trim() && !left.trim() ? [] : [left];
  });
  // Two answers together stay readable in one message: the lines of the second that fit, in order.
  const fitting = rest.filter((_, k) => `${a.answer}\n\n${rest.slice(0, k + 1).join('\n')}`.length <= MAX_JOINED_CHARS).join('\n');
  if (!fitting.trim()) return a;
  return { ...a, answer: `${a.answer}\n\n${fitting}`, source: { ...a.source, also: also.length ? also : undefined }, confidence: Math.min(a.confidence, b.confidence), table: a.table };
}
/** The most text two answers given together show (two sources follow them). */
const MAX_JOINED_CHARS = 1200;

/**
 * The whole question's answer, with the answer of the ask it leaves out when that ask finds one in the same document
 * that says more than half of the ask's words, and more than the whole answer does ("hoeveel kinderen zitten er in
 * pleegzorg" is said by a table row that gives both cells asked: nothing follows).
 */
const LIST_ANSWER = /^\s*[-•*]\s/;

function withOtherAsk(whole: Answer, each: [Answer, Answer], asks: [string, string], says: Says): Answer {
  const inDocument = (r: Answer) => r.source.title === whole.source.title;
  if (!each.some((r) => gives(whole, r))) return otherSectionAsk(whole, each) ?? whole;
  // The ask the whole answer says nothing of; else one whose answer says more than the whole answer does.
  const none = each.findIndex((r) => !gives(whole, r) && inDocument(r));
  const left = none >= 0 ? none : each.findIndex((r) => !gives(whole, r, true) && inDocument(r));
  if (left < 0) return whole;
  // A list says what its heading and document say of its items ("Aanwezig": the names under it); so, to weigh it, does the whole answer.
  // An answer from another section says what its heading names ("2.2 Optie A: regionale consultatiepool": why it fell off, not naming it again).
  const framed = (r: Answer) => (LIST_ANSWER.test(each[left].answer) ? `${r.source.title}\n${r.source.section}: ${r.answer}` : r === each[left] && !sameSection(r.source, whole.source) ? `${r.source.section}: ${r.answer}` : r.answer);
  const share = says(framed(each[left]), asks[left]), wholeShare = says(framed(whole), asks[left]);
  // Another row of the table whose row answers the whole ("Stap 3 (PFO): Datum: 21 mei 2040", quoting only the cell asked).
  const otherRow = !!each[left].table && !!whole.table && sameSection(each[left].source, whole.source);
  // As much said is worth adding unless it opens with a sentence the whole answer gives (the same lid again, with its list).
  // The introduction of a list the whole answer shows too ("... doorloopt het RSJ vaste stappen:") opens nothing: its item does.
  const opening = sentencesOf(unbracketed(each[left].answer)).find((s) => !(LIST_INTRODUCTION.test(s) && unbracketed(whole.answer).includes(s)))?.slice(0, RESTATED_OPENING);
  const more = share > wholeShare || (share === wholeShare && !!opening && !unbracketed(whole.answer).includes(opening));
  if (!otherRow && !(share > 0.5 && more)) return whole;
  // "hoeveel fte en hoeveel werkbudget": the second ask's answer is the whole article, with the lid the whole answer gives.
  if (gives(each[left], whole, true)) return each[left];
  // Rows of one table in the order asked.
  return otherRow && left === 0 ? joined(each[left], whole) : joined(whole, each[left]);
}

/**
 * "In welk jaar is het beheersplan vastgesteld, en wanneer kwam de Beschikbaarheidswijzer?": the whole answer comes from the
 * section one ask's answer comes from (it says that ask in its own sentences), and the other ask's answer from another
 * section of the same document: that answer follows it.
 */
function otherSectionAsk(whole: Answer, each: [Answer, Answer]): Answer | undefined {
  const own = each.findIndex((r) => sameSection(r.source, whole.source));
  // "Met hoeveel gemeenten werkt Twente samen, en wie is daar projectleider?": put on its own, the first ask strays to another
  // document; the whole answer is its answer.
  const strays = own < 0 ? each.findIndex((r) => r.source.title !== whole.source.title) : -1;
  const other = own >= 0 ? each[1 - own] : strays >= 0 ? each[1 - strays] : undefined;
  return other && other.source.title === whole.source.title && !sameSection(other.source, whole.source) ? joined(whole, other) : undefined;
}
