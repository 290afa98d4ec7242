/**
 * "Welke wachttijdnorm in weken geldt ...?", "wat kost het in euro's?": the question says the unit its measure is given
 * in. An answer that never names that unit ("20 werkdagen", "twee maanden") gives another measure than the one asked.
 */
const UNIT_ASKED = /\bin\s+(weken|dagen|werkdagen|kalenderdagen|maanden|jaren|uren|minuten|euro(?:'s|’s)?|procent(?:en)?)\b(?!\s+(?:na|voorafgaand|nadat|voordat)\b|\s+voor\s+(?:de|het)\s+\p{L}*(?:vergadering|overleg|datum|start|sluiting)\b)/iu;

/** How an answer names each unit: in a word of its own or a compound ("werkdagen"), or by its sign. */
const UNIT_SAID: [RegExp, RegExp][] = [
  [/^weken$/i, /\p{L}*(?:week|weken)\b|\bwk\b/iu],
  [/dagen$/i, /\p{L}*dag(?:en)?\b/iu],
  [/^maanden$/i, /\p{L}*maand(?:en)?\b/iu],
  [/^jaren$/i, /\p{L}*(?:jaar|jaren)\b/iu],
  [/^uren$/i, /\b(?:uur|uren)\b/iu],
  [/^minuten$/i, /\bminu(?:ut|ten)\b/iu],
  [/^euro/i, /€|\beuro/iu],
  [/^procent/i, /%|\bprocent/iu],
];

/** The answer without its source line, which names a document, not what is asked. */
const withoutSource = (answer: string) => answer.replace(/\n+Bron:.*$/s, '');

export function lacksUnitAsked(question: string, answer: string): boolean {
  const unit = UNIT_ASKED.exec(question)?.[1];
  const said = unit && UNIT_SAID.find(([asked]) => asked.test(unit))?.[1];
  return !!said && !said.test(withoutSource(answer));
}

/** "Hoeveel jongeren uit Ommen ...": a count of people or organisations. */
const COUNT_OF_PEOPLE = /\bhoeveel\s+(?:jongeren|jeugdigen|kinderen|cli[eë]nten|gezinnen|mensen|medewerkers|personen|leden|aanbieders|gemeenten)\b/iu;
/** Amounts of money as a table quotes them ("5.800 (x € 1.000)", "€ 95.000", "2,3 miljoen") and lengths of time ("14,2 weken"): no count. */
const MEASURE = /€\s*[\d.,]+|[\d.,]+\s*\(x\s*€[^)]*\)|[\d.,]+\s*(?:euro|mln|miljoen|weken|week|dagen|werkdagen|maanden)\b/giu;
/** Years and quarters ("Q3 2050") say when, not how many. */
const WHEN = /\b(?:19|20)\d\d\b|\b[QK][1-4]\b/g;

/** A count of people asked, answered by a text whose only figures are amounts of money or lengths of time (a row of a budget or waiting-time table). */
export function countAskedInMeasure(question: string, answer: string): boolean {
  if (!COUNT_OF_PEOPLE.test(question)) return false;
  const text = withoutSource(answer);
  return new RegExp(MEASURE.source, 'iu').test(text) && !/\d/.test(text.replace(MEASURE, '').replace(WHEN, ''));
}

/** "De bijdrage per inwoner": a ratio to a kind of person, which an answer must say per such a person ("per gestarte jeugdige"). */
const RATIO_ASKED = /\bper\s+(inwoner|jeugdige|jongere|kind|cli[eë]nt|hoofd)s?\b/iu;
const YOUNG = 'jeugdige|jongere|kind|cli[eë]nt|deelnemer';
const RATIO_SAID: Record<string, string> = { inwoner: 'inwoner|hoofd', hoofd: 'inwoner|hoofd' };

/** What a ratio is of: a figure asked ("hoeveel", "de bijdrage"), not "de gegevens per kind" of who protects them. */
const FIGURE_OF_RATIO = /\b(?:hoeveel|hoe\s+(?:hoog|groot|veel)|bedrag\p{L}*|kost|kosten|kostte|bijdrage|tarief|prijs|gemiddeld\p{L}*|aantal|betaalt|betalen|budget)\b/iu;

export function lacksRatioAsked(question: string, answer: string): boolean {
  const per = FIGURE_OF_RATIO.test(question) ? RATIO_ASKED.exec(question)?.[1].toLowerCase() : undefined;
  const said = per && (RATIO_SAID[per] ?? YOUNG);
  return !!said && !new RegExp(`\\bper\\s+(?:\\p{L}+\\s+)?(?:${said})`, 'iu').test(withoutSource(answer));
}

/** "Hoeveel inwoners ... in absolute aantallen?": a number of the thing counted, not a share of it ("60 procent van het aantal inwoners"). */
const ABSOLUTE_COUNT = /\bhoeveel\s+(\p{L}{4,})\b[^?]*\b(?:in\s+absolute\s+(?:aantallen|getallen|cijfers)|absoluut\s+gezien)/iu;

export function lacksAbsoluteCount(question: string, answer: string): boolean {
  const thing = ABSOLUTE_COUNT.exec(question)?.[1];
  return !!thing && !new RegExp(`\\d[\\d.,]*\\s+(?:\\p{L}+\\s+)?${thing.slice(0, 5)}`, 'iu').test(withoutSource(answer));
}
