import { rememberedPerText } from '../../shared/text-memo';
import { tokenize, tokenizeText } from './dutch-text';
import { MONTHS } from '../../shared/dutch-date';
import { DUTCH_STOP_WORDS, QUESTION_FILLERS } from './dutch-stop-words';
import { twoAsks } from './question-setup';
import type { Passage, QaResult } from './qa.domain';

/**
 * A letter's head ("**Kenmerk:** RIB-12 **Datum:** 4 februari 2026 **Onderwerp:** … **Aan:** … **Van:** …"): a question
 * that asks one of its fields of the letter ("wat is het kenmerk van de brief?", "aan wie is de raadsbrief gericht?")
 * gets that field, not the whole head nor a sentence of the body that shares a word with it.
 */

/** A field label in a head, bold or not, with its colon. */
const LABEL = /(?:\*\*)?\b(ons kenmerk|uw kenmerk|kenmerk|zaaknummer|plaats en datum|datum en plaats|datum|verzenddatum|onderwerp|betreft|aan|van|afzender|bijlagen?|portefeuillehouders?|voorzitter|verslag|verslaglegging|notulist|locatie|plaats|behandeling(?:\s+(?:BO|PFO|AO|MO))?|ter behandeling)\s*:\s*(?:\*\*)?\s*/giu;

const SALUTATION = /\s(?:Geachte|Hooggeachte|Beste)\b/;
/** A bold field no question asks for ("**Vertrouwelijkheid:** ..."): it ends the value of the field before it. */
const OTHER_BOLD_FIELD = /\s+\*\*[\p{L} ]{2,40}:\*\*/u;

/** Per field (by its label), how a question asks for it. */
const FIELDS: [label: RegExp, asked: RegExp][] = [
  [/kenmerk|zaaknummer/, /\b(kenmerk|referentie(?:nummer)?|zaaknummer|dossiernummer)\b/i],
  [/datum/, /\b(datum|dagtekening|gedateerd)\b|^\s*wanneer\s+(?:was|is|vond|werd)\s+(?:de|het|die|dat|deze)\s+\w*(?:conferentie|bijeenkomst|vergadering)\b|\bvan\s+wanneer\b|\bwanneer\b.*\b(verstuurd|verzonden|gestuurd|geschreven|uitgegaan)\b|\b(?:verstuurd|verzonden|gestuurd|geschreven|opgesteld)\s+en\s+wanneer\b|\bwie\s+(?:schreef|schrijft|stuurde|stuurt|verstuurde|maakte)\b[^?]*\ben\s+wanneer\s*\??\s*$/i],
  [/onderwerp|betreft/, /\bonderwerp\b/i],
  [/^aan$/, /\baan\s+wie\b|\bgeadresseerd|\bgericht\b/i],
  [/^van$|afzender/, /\bvan\s+wie\b|\bafzender\b|\bwie\s+(?:stuurt|stuurde|verstuurt|verstuurde|schrijft|schreef)\b|\bwie\b.*\b(?:opgesteld|gemaakt|geschreven)\b/i],
  [/bijlage/, /\bbijlagen?\b/i],
  // "Behandeling: MO 2 september, BO 24 september", "Behandeling BO: 12 februari": where the paper is dealt with ("in welke vergadering
  // komt deze rapportage?", "wanneer komt de risicoanalyse in het BO?").
  [/behandeling/, /\b(?:behandeld|geagendeerd|behandeling)\b|\bin\s+welke\s+\p{L}*(?:vergadering|overleg)\b|\bwanneer\s+(?:komt|gaat)\b[^?]*\b(?:in|naar)\s+(?:het\s+)?(?:bo|pfo|ao|mo)\b/iu],
  // The head of a proposal or of the minutes of a meeting (key-value-tables.ts): who holds the portfolio, chaired, took the minutes, where.
  [/portefeuillehouder/, /\bportefeuillehouders?\b/i],
  [/voorzitter/, /\bvoorzitter\b|\bvoorgezeten\b|\bwie\s+zat\b.*\bvoor\b/i],
  [/^(?:verslag|verslaglegging|notulist)$/, /\bnotulist\b|\bnotuleerde\b|\bgenotuleerd\b|\bwie\b.*\b(?:verslag|notulen)\b.*\b(?:gemaakt|geschreven|opgesteld)\b|\bwie\s+(?:maakte|schreef)\b.*\b(?:verslag|notulen)\b/i],
  [/locatie|plaats/, /\bwaar\b.*\b(?:vergaderd|gehouden|plaatsgevonden)\b|\bwaar\s+vond\b.*\bplaats\b|\blocatie\b/i],
];

/**
 * A question about a letter: it names one ("de brief", "deze raadsinformatiebrief"), a memo with a head ("de nota", "de
 * notitie"), a proposal ("het voorstel", "dat stuk") or minutes ("het verslag").
 */
const LETTER_WORD = /(?:brief|nota|notitie|memo|voorstel|rapportage)$|^(?:stuk|verslag|notulen)$/i;
const BARE_LETTER = /^(?:brief|nota|notitie|memo|voorstel|rapportage|stuk|verslag|notulen)$/i;
const ABOUT_LETTER = /\b\p{L}*(?:brief|nota|notitie|memo|voorstel|rapportage)\b|\b(?:stuk|verslag|notulen)\b/iu;
/** "Wie zat het MO van oktober voor?": who chaired a meeting, or where it met, is asked of the meeting, read in its minutes' head. */
const MEETING = /\b(?:vergadering|\p{L}*overleg|\p{L}*bijeenkomst|\p{L}*conferentie|MO|BO|AO|PFO)\b/iu;
const MEETING_WORD = /^(?:\p{L}*vergadering|\p{L}*overleg|\p{L}*bijeenkomst|\p{L}*conferentie|mo|bo|ao|pfo)$/u;
const MEETING_FIELD = /voorzitter|locatie|datum/;
/** A meeting held ("zat ... voor", "werd gehouden", "van oktober", "die vergadering"), not a body's standing chair ("wie is de voorzitter van het BO"). */
const ONE_MEETING = new RegExp(String.raw`\b(?:zat|zaten|voorgezeten|was|waren|werd|werden|vond|vonden|vergaderde|gehouden|plaatsgevonden|${MONTHS.join('|')})\b|\b(?:die|deze|laatste|vorige)\s+(?:vergadering|bijeenkomst)\b`, 'iu');

/**
 * Whether a document is the one the question names: each body it names ("het PFO", "MO") is in its title or head, and
 * the subject it describes ("het voorstel over jeugdbescherming") shares at least half its words with them.
 */
function namesThisDocument(question: string, titleAndHead: string): boolean {
  const own = new Set(tokenizeText(titleAndHead));
  if (!tokenizeText(question).filter((t) => t.startsWith('#') || /overleg$/.test(t)).every((t) => own.has(t))) return false;
  const ownWords = new Set(tokenize(titleAndHead));
  return [...question.matchAll(DESCRIBED)].every((m) => {
    const subject = tokenize(m[0].replace(/^\S+\s+\S+\s+/, '')).filter((w) => !STOP.has(w) && w.length >= 4);
    return subject.filter((w) => ownWords.has(w)).length * 2 >= subject.length;
  });
}
/** "het voorstel over het expertisecentrum complexe casussen": words that describe the document asked about, not what is asked. */
const DESCRIBED = /\b(?:\p{L}*(?:brief|nota|notitie|memo|voorstel)|stuk|verslag|notulen)\s+(?:over|inzake|betreffende)\s+[^,?]*?(?=\s+en\s|[,?]|$)/giu;

// "Wie heeft de nota eigenlijk geschreven?": a filler asks nothing beside the field.
// "Nou", "ie" (hij) of chat fill out a question as well.
const STOP = new Set([...DUTCH_STOP_WORDS, ...QUESTION_FILLERS, 'nou', 'ie']);
/** Words that only say a field is asked of the letter ("gericht", "verstuurd"), beside the field's own. */
const FIELD_FRAME = /^(?:wanneer|welke|welk|gericht|geadresseerd|gestuurd|verstuurd|verzonden|geschreven|uitgegaan|stuurt|stuurde|verstuurt|verstuurde|schrijft|schreef|gedateerd|dagtekening|referentie|referentienummer|dossiernummer|opgesteld|gemaakt|maakte|zat|voorgezeten|notuleerde|genotuleerd|waar|vergaderd|gehouden|plaatsgevonden|vond|plaats|komt|behandeld|geagendeerd)$/;

const FIELD_WORD = /^(?:kenmerk|zaaknummer|datum|onderwerp|betreft|bijlagen?|afzender)$/;

/**
 * Whether the question asks only those fields of the letter ("wat is het kenmerk van de brief?"), not something the
 * letter says with a field's word ("wat is de uiterste datum voor zienswijzen volgens de brief?"), nor a second thing:
 * two fields are two asks ("van wanneer is het voorstel en wie heeft het opgesteld?") or joined ("het kenmerk en de datum").
 */
function asksOnlyTheFields(question: string, fields: RegExp[], title: string): boolean {
  const own = new Set(tokenize(title));
  const rest = tokenize(question.replace(DESCRIBED, ' ')).filter((w) => !STOP.has(w) && !LETTER_WORD.test(w) && !MEETING_WORD.test(w.replace(/^#/, '')) && !own.has(w) && !(w.length >= 5 && title.toLowerCase().includes(w)) && !fields.some((f) => f.test(w)) && !FIELD_FRAME.test(w) && !FIELD_WORD.test(w));
  return rest.length === 0 && (fields.length === 1 ? !twoAsks(question) : !!twoAsks(question) || JOINED_FIELDS.test(question));
}
/** "Wat is het zaaknummer en de datum van de nota?", "datum + zaaknummer?", "wie heeft de nota geschreven en wanneer?", "in welk BO komt het, welke datum?": two fields asked by one ask. */
const JOINED_FIELDS = /\b(?:kenmerk|zaaknummer|datum|onderwerp|afzender)\s*(?:en|\+|&)\s*(?:(?:de|het)\s+)?(?:kenmerk|zaaknummer|datum|onderwerp|afzender)\b|\ben\s+wanneer\s*\??\s*$|,\s*(?:en\s+)?(?:op\s+)?welke\s+datum\s*\??\s*$/i;

/** The fields of a head in a text, by label (lower case); empty when the text has fewer than two. Remembered: every question naming a letter reads its head. */
const headFields = rememberedPerText(500, (text: string): Map<string, { label: string; value: string }> => {
  const marks = [...text.matchAll(LABEL)];
  const fields = new Map<string, { label: string; value: string }>();
  marks.forEach((m, k) => {
    // The last field ends where the salutation opens the body, or where a next paragraph does, when the two are one passage.
    const value = text.slice(m.index! + m[0].length, marks[k + 1]?.index ?? text.length).split(SALUTATION)[0].split('\n')[0].split(OTHER_BOLD_FIELD)[0].trim();
    if (value && !fields.has(m[1].toLowerCase())) fields.set(m[1].toLowerCase(), { label: m[1], value });
  });
  return fields.size >= 2 ? fields : new Map();
});

/** The head fields asked of a letter (one, or two asks of two), from the one letter whose head has them (the one whose title the question names most). */
export function headFieldAnswer(question: string, titles: Iterable<string>, passageAt: (title: string, position: number) => Passage | undefined): QaResult | undefined {
  const asked = FIELDS.filter(([, a]) => a.test(question)).map(([label]) => label);
  const words = new Set(tokenize(question));
  // "Wanneer komt de risico analyse in het BO?": a document named by its title's first word ("Risicoanalyse en ...") is a letter asked about too.
  const inTitle = (title: string, w: string) => w.length >= 5 && !STOP.has(w) && !MEETING_WORD.test(w) && !FIELD_FRAME.test(w) && !FIELD_WORD.test(w) && (tokenize(title)[0] ?? '').includes(w);
  const all = [...titles], titled = all.some((t) => [...words].some((w) => inTitle(t, w)));
  if (!asked.length || !(ABOUT_LETTER.test(question) || titled || (MEETING.test(question) && ONE_MEETING.test(question) && asked.every((f) => MEETING_FIELD.test(f.source))))) return undefined;
  // "Wanneer is de kadernota geschreven?" names a kind of its own: only a document of that title is meant, not any memo.
  const kinds = [...words].filter((w) => LETTER_WORD.test(w) && !BARE_LETTER.test(w)), bare = [...words].filter((w) => BARE_LETTER.test(w));
  const found = all.flatMap((title) => {
    // A head opens the letter: its first passages.
    const head = [0, 1, 2].map((k) => passageAt(title, k)).find((p) => p && headFields(p.text).size > 0);
    // The kind is named by the title or the head ("Raadsinformatiebrief" in the head of a letter titled by its subject).
    // "De infonota" is the "Informatienota" of its head.
    const namesKind = (k: string) => [k, k.replace(/^info(?=\p{L})/u, 'informatie')].some((x) => tokenize(title).includes(x) || tokenize(head!.text).includes(x));
    if (!head || !kinds.every(namesKind)) return [];
    // The body and the subject the question names are this document's: not the MO's chair for "de voorzitter van het PFO".
    if (!namesThisDocument(question, `${title}\n${head.text}`)) return [];
    const own = [...headFields(head.text)];
    const fields = asked.map((label) => ({ label, field: own.find(([key]) => label.test(key))?.[1] })).filter((f) => f.field);
    // A title that says it is a letter ("Raadsinformatiebrief …") is the one "de brief" means before a memo with a head, as
    // one that says it is the kind named ("deze rapportage": "Halfjaarrapportage …") is.
    const kindTitled = /brief\b/i.test(title) || bare.some((b) => tokenize(title).some((w) => w.endsWith(b)));
    return fields.length ? [{ head, fields, named: [...words].filter((w) => tokenize(title).includes(w) || inTitle(title, w)).length + (kindTitled ? 0.5 : 0) }] : [];
  });
  const most = Math.max(...found.map((f) => f.named));
  const best = found.filter((f) => f.named === most);
  if (best.length !== 1) return undefined;
  const { head, fields } = best[0];
  if (fields.length > 2 || !asksOnlyTheFields(question, fields.map((f) => f.label), head.title)) return undefined;
  // "Plaats en datum: ..." answers "wanneer" and "waar" at once: each field once.
  const answer = [...new Set(fields.map(({ field }) => `${field!.label.charAt(0).toUpperCase()}${field!.label.slice(1)}: ${field!.value}`))].join('\n');
  return { kind: 'answer', answer, source: { title: head.title, section: head.section }, passageRef: { kind: 'passage', title: head.title, position: head.position }, confidence: 1 };
}
