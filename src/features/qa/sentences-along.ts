// Sentences that come along with the best one: what it leads to, the kind of answer asked, a decision whole.
import { MAX_ANSWER_CHARS } from './qa.domain';
import { type Unit, listAround } from './answer-units';
import { REFERS_BACK } from './asked-elaboration';
import { addWhole, length, lidOrSelf } from './unit-spans';

/**
 * How far the sentences that say what is asked may stand from the best one: in its paragraph, every step of it, every
 * reason it gives, or the next sentence even across a passage's cut.
 */
export type ParagraphReach = boolean | 'every step' | 'every reason' | 'next sentence';

/** How many sentences after the best one may lead to the one that says what is asked ("Het gaat om ... Dit wordt besteed aan ..."). */
const ELABORATION_SPAN = 2;
/**
 * When the best sentence shares the question's words but does not say what is asked (a reason, the things of a kind,
 * what money goes to), the next sentences come along up to the one that says it, which refers back ("Dit is noodzakelijk
 * om ...") or, for a cause, stands in the best one's paragraph ("De daling is vooral toe te schrijven aan ..."); one that
 * goes on from the best may stand between; not across a lid or into a list (a PDF's line breaks may split its paragraph).
 */
export function addElaboration(units: Unit[], chosen: Set<number>, best: number, elaborates: (sentence: string) => boolean, sameParagraph: ParagraphReach = false): void {
  // "Wat is daarmee gedaan?": every step the paragraph reports after the best sentence, not the first only.
  // "Waarom groeit de formatie met 1,1 fte?": the reason of each part of the growth the paragraph gives, not the first only.
  const every = sameParagraph === 'every step' || sameParagraph === 'every reason';
  if (elaborates(units[best].text) && !every) return;
  const goesOn = (k: number) => !!units[k] && units[k].marker === undefined && units[k].lid === units[best].lid;
  for (let k = best + 1; k <= best + ELABORATION_SPAN && goesOn(k); k++) {
    // A second count ("In werkelijkheid zijn er slechts 6 ...") right after the best sentence on the next line goes on too:
    // a long section is cut into passages mid-paragraph.
    const inParagraph = units[k].line === units[best].line || (sameParagraph === 'next sentence' && k === best + 1 && units[k].line === units[best].line + 1);
    if (!(REFERS_BACK.test(units[k].text) || (sameParagraph && inParagraph)) || !elaborates(units[k].text)) continue;
    const span = Array.from({ length: k - best }, (_, i) => best + 1 + i);
    if (length(units, [...chosen, ...span]) <= MAX_ANSWER_CHARS) for (const i of span) chosen.add(i);
    if (!every) return;
  }
  // "Waarom waren zij zo laat?" of "... die de uitnodiging pas laat ontvingen. [De distributielijst was niet bijgewerkt ...]": no sentence
  // says a reason in words, so the next one of the best one's paragraph, which goes on to explain, comes along.
  // Two at most: "Drie varianten ... [De variant met hoofdaannemers viel af.] [Kleine aanbieders gaven aan dat ...]".
  for (let next = best + 1; next <= best + ELABORATION_SPAN; next++) {
    if (sameParagraph !== 'every reason' || [...chosen].some((k) => elaborates(units[k].text)) || !goesOn(next) || units[next].line !== units[best].line) return;
    if (!chosen.has(next) && length(units, [...chosen, next]) > MAX_ANSWER_CHARS) return;
    chosen.add(next);
  }
}

/**
 * "Wat is de bezwaartermijn als RSJ onze betalingen opschort?": the best sentence names the measure ("het opschorten van
 * betalingen", an item of lid 1) but not the length of time asked; another lid of the same article gives it ("Het
 * bezwaar wordt binnen 4 weken ... ingediend"). When nothing chosen gives the kind asked, the lid of the sentence that
 * gives it and answers most of the question's words comes along (the nearest on a tie); else a sentence right after the
 * best that speaks of it ("Dat geldt tot ...") and gives it.
 */
export function addKindGiven(units: Unit[], chosen: Set<number>, best: number, givesKind: (sentence: string) => boolean, anyOfParagraph = false): void {
  if ([...chosen].some((k) => givesKind(units[k].text))) return;
  // A reason asked: of the best one's own paragraph also one that shares no word with the question ("De doorslag gaf ..., omdat ...").
  const givers = units.map((u, i) => ({ own: u.own ?? 0, i })).filter(({ own, i }) => (own > 0 || (anyOfParagraph && units[i].line === units[best].line && !units[i].marker)) && givesKind(units[i].text));
  // Else a lid of the same article that gives it ("... eindigt op 31 december 2041" for "tot wanneer loopt de DVO").
  const sibling = listAround(units, best).filter((i) => units[i].marker && /^\d/.test(units[i].marker!) && givesKind(units[i].text)).sort((a, b) => Math.abs(a - best) - Math.abs(b - best))[0];
  // One of the best sentence's own paragraph continues it ("We meten twee trajecten: ... Voor het eerste geldt een norm van 4 weken").
  const inParagraph = (i: number) => (units[i].line === units[best].line && units[i].marker === undefined ? 1 : 0);
  const giver = givers.sort((a, b) => inParagraph(b.i) - inParagraph(a.i) || b.own - a.own || Math.abs(a.i - best) - Math.abs(b.i - best))[0] ?? (sibling === undefined ? undefined : { i: sibling });
  if (giver) addWhole(units, chosen, lidOrSelf(units, giver.i));
  else if (!addKindNearby(units, chosen, best, givesKind)) addElaboration(units, chosen, best, givesKind);
}

/** "... van Sallandse Heuvels": the names the question gives (capitalised words after its first), as a test on a sentence. */
export function namesPartyOf(question: string): ((sentence: string) => boolean) | undefined {
  const names = [...question.matchAll(/(?<=\s)\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{2,})*/gu)].map((m) => m[0].toLowerCase());
  return names.length ? (sentence) => names.some((n) => sentence.toLowerCase().includes(n)) : undefined;
}

/**
 * "Bij het faillissement van Sallandse Heuvels zijn alle jeugdigen ... ondergebracht. ... De extra kosten van de
 * overdracht bedroegen € 312.000.": a chosen sentence that does not name the party the question names comes with the
 * opening sentence of its paragraph that does, for that says whose "overdracht" it was.
 */
export function addOpeningNaming(units: Unit[], chosen: Set<number>, namesParty: (sentence: string) => boolean): void {
  for (const k of [...chosen]) {
    if (namesParty(units[k].text) || units[k].marker !== undefined) continue;
    const opener = units.findIndex((u) => u.line === units[k].line);
    if (opener >= 0 && !chosen.has(opener) && namesParty(units[opener].text) && length(units, [...chosen, opener]) <= MAX_ANSWER_CHARS) chosen.add(opener);
  }
}

/**
 * "RSJ meldt welke velden ontbreken. De gemeente heeft dan een hersteltermijn van vijf werkdagen. Alleen ontbrekende
 * velden mogen worden aangevuld.": the kind asked is given by a sentence of the best one's paragraph next to it or one
 * further, in words the question does not use; the sentences from there to the best come along.
 */
function addKindNearby(units: Unit[], chosen: Set<number>, best: number, givesKind: (sentence: string) => boolean): boolean {
  for (let d = 1; d <= ELABORATION_SPAN; d++) {
    for (const k of [best - d, best + d]) {
      if (!units[k] || units[k].line !== units[best].line || !givesKind(units[k].text)) continue;
      const span = k < best ? Array.from({ length: best - k }, (_, i) => k + i) : Array.from({ length: k - best }, (_, i) => best + 1 + i);
      // Too long with the sentences between: the one that gives it alone, when it fits.
      const added = length(units, [...chosen, ...span]) <= MAX_ANSWER_CHARS ? span : length(units, [...chosen, k]) <= MAX_ANSWER_CHARS ? [k] : [];
      for (const i of added) chosen.add(i);
      return added.length > 0;
    }
  }
  return false;
}

/**
 * A paragraph of minutes that opens with its decision ("**Besluit:** het PFO stemt in met ..."), also as the end of a unit whose
 * paragraph break a bold label hid ("... niet zelf kan vaststellen. **Besluit:** ..."); or with another label ("Actie:").
 */
const OPENS_WITH_DECISION = /(?:^|[.!?]\s+)\W*besluit(?:en)?\s*:/i;
const OPENS_WITH_LABEL = /^\W*\p{L}{3,20}\s*:/u;
const NO_DECISION = /\bgeen\s+besluit\b|\bbesluit(?:vorming)?\b[^.]*\b(?:aangehouden|uitgesteld)\b/i;
/** How many sentences after the best one its decision may start. */
const DECISION_REACH = 6;

/**
 * "Wat is er besloten over de pilot?": the decision of the agenda item whose sentence names the pilot, the first one from
 * it on, comes whole ("**Besluit:** het PFO stemt in met de pilot. De wethouders leggen het vóór 1 mei voor aan hun
 * colleges."): its later sentences are as much the decision (who does what, by when), up to the next label ("Actie:").
 */
export function addDecision(units: Unit[], chosen: Set<number>, best: number): void {
  const opens = units.findIndex((u, i) => i >= best && i <= best + DECISION_REACH && OPENS_WITH_DECISION.test(u.text));
  // "Over de pilot is nog geen besluit genomen": the next decision is another item's.
  if (opens < 0 || units.slice(best, opens).some((u) => NO_DECISION.test(u.text))) return;
  const decision = [opens];
  for (let k = opens + 1; k < units.length && units[k].line === units[opens].line && !units[k].marker && !OPENS_WITH_LABEL.test(units[k].text); k++) decision.push(k);
  if (length(units, [...chosen, ...decision]) <= MAX_ANSWER_CHARS) addWhole(units, chosen, decision);
}
