// The sentences before a chosen one that it needs to be read by: what it leans on, what it is about.
import { BOLD_TITLE, LEANS_ON_BEFORE, PERSON_SUBJECT, SAYS_WHAT_BEFORE_IS, type Unit, pointsBack } from './answer-units';
import { REPORTS_RESULT } from './asked-kind';

/** A sentence match at least this strong says a question word itself or its form, not a synonym, paraphrase or weak word. */
export const OWN_WORD_MATCH = 0.8;

/**
 * "Het BO heeft daarom op 26 januari gekozen ...", "Het BO besloot toen ...", "De voorzitter roept de commissie dan bijeen": a
 * sentence whose reason, moment or condition is the one before it ("dan" as then, not after a comparative: "meer dan").
 */
const REASON_INSIDE = /^(?:\p{L}+\s+|\([^)]{1,12}\)\s+){1,5}?(?:daarom|daardoor|hierom|hierdoor|toen|(?<!\b(?:meer|minder|groter|kleiner|hoger|lager|langer|korter|eerder|later|anders|\p{L}+er)\s+)dan)\b/iu;

/**
 * A chosen sentence that leans on the one before it ("Daardoor staan kinderen minder vaak bij meerdere aanbieders
 * ingeschreven") comes with that one, in its own paragraph, back to the sentence that says what it is about ("... is de
 * regionale aanmeldtafel"); not when that makes the answer too long.
 */
export function addAntecedents(units: Unit[], chosen: Set<number>, fits: (ks: number[]) => boolean): void {
  // "Hij of zij kan er maximaal zes weken blijven": who is meant, the sentence before says.
  const leans = (text: string) => LEANS_ON_BEFORE.test(text) || REASON_INSIDE.test(text) || PERSON_SUBJECT.test(text);
  for (const k of [...chosen].sort((a, b) => a - b)) {
    const span: number[] = [];
    let i = k;
    for (; i > 0 && leans(units[i].text) && units[i - 1].line === units[i].line && !chosen.has(i - 1); i--) span.push(i - 1);
    // "Met deze missie kiezen de gemeenten ..." opening a paragraph leans on the short one before it (the mission, quoted).
    if (i > 0 && LEANS_ON_BEFORE.test(units[i].text) && units[i - 1].line !== units[i].line && !chosen.has(i - 1)) span.push(...shortParagraphBefore(units, i));
    if (span.length && fits(span)) for (const j of span) chosen.add(j);
  }
}

/** Sentences a paragraph has at most to be read whole as what the next one leans on. */
const SHORT_PARAGRAPH = 2;

/** The sentences of the paragraph before unit `i`'s, when that is a short one of prose (no list item, no table row). */
function shortParagraphBefore(units: Unit[], i: number): number[] {
  const line = units[i - 1].line;
  const ks = units.flatMap((u, k) => (u.line === line ? [k] : []));
  return ks.length <= SHORT_PARAGRAPH && units[ks[0]].marker === undefined ? ks : [];
}

/**
 * "Verlenging tot 42 dagen kan alleen met instemming van de Toegang" answers "tot hoeveel dagen mag een crisisplaatsing
 * verlengd worden?" with the sentence before it, which names what is extended ("Een crisisplaatsing duurt maximaal 28
 * dagen."): the sentence right before the best in its paragraph comes along when it says a question word by its own form
 * that the best does not say at all.
 */
export function addNamingBefore(units: Unit[], chosen: Set<number>, best: number, matches: (sentence: string) => number[], fits: (ks: number[]) => boolean): void {
  const before = best - 1;
  if (before < 0 || chosen.has(before) || units[before].line !== units[best].line) return;
  const [own, prior] = [matches(units[best].text), matches(units[before].text)];
  if (prior.some((v, w) => v >= OWN_WORD_MATCH && !own[w]) && fits([before])) chosen.add(before);
}

/** A sentence that goes on from the one before within its clause: "Het AO heeft daarom gestemd", "Zij besloot daarop ...". */
const LEANS_INSIDE = /^(?:\p{L}+\s+){1,4}?(?:daarom|daarop|dus|vervolgens|daarna|toen)\b/iu;

/**
 * "Hoeveel geld is er incidenteel nodig voor het project?" is answered by the sentence that names the project ("... is een
 * werkbudget nodig in 2025") with the next one, which leans on it and says what it lacks ("Het gaat om een incidenteel
 * bedrag van € 110.000"): a question word by its own form.
 */
export function addLeaningAfter(units: Unit[], chosen: Set<number>, best: number, matches: (sentence: string) => number[], fits: (ks: number[]) => boolean): void {
  const after = best + 1;
  if (after >= units.length || chosen.has(after) || units[after].line !== units[best].line) return;
  const [own, next] = [matches(units[best].text), matches(units[after].text)];
  // "Over het thema ... werd geen consensus bereikt. Het AO heeft daarom gestemd: ..." for "hoe is de stemming ... uitgevallen?".
  const adds = next.some((v, w) => v >= OWN_WORD_MATCH && !own[w]);
  if (adds && (pointsBack(units[after].text) || LEANS_INSIDE.test(units[after].text)) && fits([after])) chosen.add(after);
}

/**
 * "Welke aanbieders kregen de kleur rood?" answered by "... stonden negen aanbieders op oranje en twee op rood.": the sentence after the
 * last chosen, in its paragraph, that says whom or what it is about ("Het gaat om De Berkenhorst Jeugdzorg ... en Horizonhuis Jeugd") comes along.
 */
function addNamedAfter(units: Unit[], chosen: Set<number>, fits: (ks: number[]) => boolean): void {
  const last = Math.max(...chosen), after = last + 1;
  if (after < units.length && units[after].line === units[last].line && SAYS_WHAT_BEFORE_IS.test(units[after].text) && fits([after])) chosen.add(after);
}

/**
 * "Wat kwam daaruit?" answered without the sentence that reports the result: the first that does ("Dat leidde in één geval
 * tot een aanwijzing") comes along, with the sentence it leans on ("De IGJ heeft naar aanleiding van drie signalen een
 * onderzoek ingesteld.").
 */
export function addResult(units: Unit[], chosen: Set<number>, fits: (ks: number[]) => boolean): void {
  if ([...chosen].some((k) => REPORTS_RESULT.test(units[k].text))) return;
  const k = units.findIndex((u) => REPORTS_RESULT.test(u.text));
  if (k < 0) return;
  const leansOn = k > 0 && units[k - 1].line === units[k].line && pointsBack(units[k].text) && !chosen.has(k - 1) ? [k - 1] : [];
  if (fits([...leansOn, k])) [...leansOn, k].forEach((i) => chosen.add(i));
}

/**
 * "Welke zorgaanbieder is geëscaleerd?" answered by "Daarom heeft de regiomanager ... de escalatieroute in gang gezet" of a
 * paragraph that opens "**Veldhoeve Zorggroep.** Veldhoeve biedt ...": for a question which or who, the paragraph's opening
 * sentence comes along, as its bold title names what "de aanbieder" is.
 */
export function addParagraphTitle(units: Unit[], chosen: Set<number>, fits: (ks: number[]) => boolean): void {
  for (const k of [...chosen]) {
    const opening = units.findIndex((u) => u.line === units[k].line);
    if (opening < k && !chosen.has(opening) && units[opening].marker === undefined && BOLD_TITLE.test(units[opening].text) && fits([opening])) chosen.add(opening);
  }
}

/** A sentence that is only an item's bold label, perhaps with a remark in brackets: "- **Werving van pleegouders** (Staphorst; 6 steunende gemeenten)." */
const LABEL_ONLY = /^(?:[-•*]\s+|\d+\.\s+)?(?:\*\*|__)[^*_\n]{2,80}(?:\*\*|__)[.:]?\s*(?:\([^)]*\))?\s*[.:]?$/;

/**
 * "Waarom is werving van pleegouders afgevallen?" best matched by the item's label: what the item says of it follows in
 * the sentences after the label, which come along (two at most).
 */
export function addLabelBody(units: Unit[], chosen: Set<number>, best: number, fits: (ks: number[]) => boolean): void {
  if (!LABEL_ONLY.test(units[best].text.trim())) return;
  const body = [best + 1, best + 2].filter((k) => k < units.length && units[k].line === units[best].line && !chosen.has(k));
  for (let n = body.length; n > 0; n--) if (fits(body.slice(0, n))) return void body.slice(0, n).forEach((k) => chosen.add(k));
}

/** "... besluit over dat werkbudget": a demonstrative after a preposition, before the noun an earlier item named. */
const DEMONSTRATIVE_NOUN = /\b(?:over|van|voor|aan|bij|met|op|in|uit|naar)\s+(?:dat|die|deze|dit)\s+(\p{L}{4,})/giu;

/**
 * "- **15 april, BO:** besluit over dat werkbudget" is read by the item before it ("- **1 april, MO:** advies over het
 * incidentele werkbudget van € 145.000"): a chosen item that points at a thing by "dat" comes with the item before it that names it.
 */
export function addReferredItem(units: Unit[], chosen: Set<number>, fits: (ks: number[]) => boolean): void {
  for (const k of [...chosen]) {
    const before = k - 1;
    if (before < 0 || chosen.has(before) || units[k].marker === undefined || units[before].marker === undefined) continue;
    const nouns = [...units[k].text.matchAll(DEMONSTRATIVE_NOUN)].map((m) => m[1].toLowerCase());
    const names = (noun: string) => new RegExp(`(?<!\\p{L})${noun}(?!\\p{L})`, 'iu').test(units[before].text);
    if (nouns.some(names) && fits([before])) chosen.add(before);
  }
}

/** "Hebben twee inschrijvers dezelfde score, dan ...", "Blijft verbetering uit, dan ...": a condition with what follows from it. */
const CONDITIONAL = /^(?:(?:als|indien|wanneer)\s+)?\p{L}+\s[^.?!;]{3,160}?,\s+dan\s/iu;

/**
 * "Wat gebeurt er als twee inschrijvers dezelfde eindscore halen?" answered by "Hebben twee ..., dan beslist eerst K3": the
 * next condition of its paragraph ("Is er dan nog steeds geen verschil, dan wordt er geloot") is the step after it.
 */
export function addNextCondition(units: Unit[], chosen: Set<number>, best: number, fits: (ks: number[]) => boolean): void {
  const after = best + 1;
  if (after >= units.length || chosen.has(after) || units[after].line !== units[best].line) return;
  if (CONDITIONAL.test(units[best].text) && CONDITIONAL.test(units[after].text) && fits([after])) chosen.add(after);
}

/**
 * "Wie stemde er tegen het innovatieportfolio?" best matched by the decision's opening ("**B55-03 Innovatieportfolio ...**
 * Het PFO adviseert ..."): a question word by its own form that no chosen sentence says at all, said by a later sentence
 * of the same paragraph ("Zwartewaterland stemde tegen."), brings the first such sentence along.
 */
export function addParagraphWord(units: Unit[], chosen: Set<number>, best: number, matches: (sentence: string) => number[], fits: (ks: number[]) => boolean): void {
  const said = [...chosen].map((k) => matches(units[k].text));
  const unsaid = (v: number, w: number) => v >= OWN_WORD_MATCH && said.every((m) => !m[w]);
  const later = units.findIndex((u, k) => k > best && u.line === units[best].line && u.marker === undefined && !chosen.has(k) && matches(u.text).some(unsaid));
  if (later > 0 && fits([later])) chosen.add(later);
}

/** The sentences a chosen answer needs to be read by: what they lean on, what the best one is about, what it points on to. */
export function addSentenceContext(units: Unit[], chosen: Set<number>, best: number, matches: (sentence: string) => number[], fits: (ks: number[]) => boolean, asked: { which?: boolean; result?: boolean; who?: boolean } = {}): void {
  addAntecedents(units, chosen, fits);
  addReferredItem(units, chosen, fits);
  if (asked.which) addParagraphTitle(units, chosen, fits);
  if (asked.which) addNamedAfter(units, chosen, fits);
  addNamingBefore(units, chosen, best, matches, fits);
  addLeaningAfter(units, chosen, best, matches, fits);
  if (asked.who) addParagraphWord(units, chosen, best, matches, fits);
  addNextCondition(units, chosen, best, fits);
  if (asked.result) addResult(units, chosen, fits);
  addLabelBody(units, chosen, best, fits);
}
