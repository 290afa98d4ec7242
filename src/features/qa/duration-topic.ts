import { questionParts, twoAsks } from './question-setup';
import { withoutIdioms } from './question-frames';
import { stemWord } from './word-forms';

/** The last part of a compound as the index knows it ("begrot" of "conceptbegroting"); none for a word of one part. */
function compoundHead(word: string, terms?: (word: string) => string[]): string | undefined {
  const plain = (terms?.(word) ?? []).filter((t) => !t.startsWith('~'));
  return plain.length > 2 && plain[plain.length - 1].length >= 3 ? plain[plain.length - 1] : undefined;
}

/** "Binnen hoeveel weken moet een gemeente ... aanmelden?": a number of weeks, days, months or years asked. */
const ASKS_DURATION = /\bhoeveel\s+(?:werk)?(week|weken|dag|dagen|maand|maanden|jaar|jaren|uur|uren)\b/i;
/** Words that frame a duration question ("hoeveel uur is het team kwijt geweest aan ..."), not what it is about. */
const DURATION_FRAME = /^(hoeveel|binnen|uiterlijk|tevoren|vooraf|voorafgaand|moet|moeten|mag|mogen|kan|kunnen|worden|wordt|duurt|duren|voordat|nadat|zijn|heeft|hebben|geweest|kwijt|besteed|gewerkt|gestoken)$/;
const MIN_TOPIC_SHARE = 0.5;
const GOES_ABOUT = /\b(?:(?:gaat|ging)\s+het\s+om|het\s+(?:gaat|ging)\s+om)\b/i;

/**
 * "Binnen hoeveel weken moet een gemeente een beleidsadviseur aanmelden?" answered by "De regiomanager wijst ...
 * een projectmanager aan, binnen vier weken": the duration stands in a sentence about something else. The sentences
 * that give the unit asked must share at least half of the question's topic words (by stem, within compounds, or by
 * the last part of a compound: "de conceptbegroting" is said by "de ontwerpbegroting", "de gemeenteraden" by "de raden").
 */
export function durationOfSomethingElse(question: string, answer: string, terms?: (word: string) => string[]): boolean {
  const unit = question.match(ASKS_DURATION)?.[1].toLowerCase();
  // "Om de hoeveel jaar ...?" asks how often, which "eens in de drie jaar" says of the thing in its own words.
  if (!unit || /\bom\s+de\s+hoeveel\b/i.test(question)) return false;
  const stemOf = (w: string) => stemWord(w.toLowerCase());
  const unitStem = stemOf(unit).slice(0, 3);
  // The topic is that of the ask giving the unit ("Welk niveau is dat en binnen hoeveel uur ...?"), in a text's words ("bijeen").
  const clause = [...(twoAsks(question) ?? []), questionParts(question).asking].find((c) => ASKS_DURATION.test(c)) ?? question;
  // "Doorgeven" is said by "meldt": a word of the same synonym group shares the topic too.
  const groups = (w: string) => (terms?.(w) ?? []).filter((t) => /^~[^~]/.test(t));
  const topicWords = (withoutIdioms(clause).match(/\p{L}{5,}/gu) ?? []).filter((w) => !DURATION_FRAME.test(w.toLowerCase()) && !stemOf(w).startsWith(unitStem));
  const topic = topicWords.map(stemOf), topicGroups = topicWords.map(groups), topicHeads = topicWords.map((w) => compoundHead(w, terms));
  if (topic.length < 2) return false;
  // "Volgens de urenregistratie ging het om 640 uur": a sentence that says what the one before is about in figures is about its topic.
  const sentences = answer.split(/(?<=[.;!?])\s+|\n+/), about = (s: string, i: number) => (i > 0 && GOES_ABOUT.test(s) ? `${sentences[i - 1]} ${s}` : s);
  const withUnit = sentences.map(about).filter((s) => (s.match(/\p{L}+/gu) ?? []).some((w) => stemOf(w).startsWith(unitStem) && /\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|dertig/i.test(s)));
  const shares = (s: string) => {
    const words = s.match(/\p{L}{3,}/gu) ?? [], stems = words.map(stemOf), said = new Set(words.flatMap((w) => terms?.(w) ?? []));
    const sharesWord = (t: string, i: number) => stems.some((w) => w.includes(t) || (t.includes(w) && w.length >= 5)) || topicGroups[i].some((g) => said.has(g));
    return topic.filter((t, i) => sharesWord(t, i) || (!!topicHeads[i] && said.has(topicHeads[i]!))).length / topic.length;
  };
  return withUnit.length > 0 && !withUnit.some((s) => shares(s) >= MIN_TOPIC_SHARE);
}
