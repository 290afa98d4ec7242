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

export function lacksUnitAsked(question: string, answer: string): boolean {
  const unit = UNIT_ASKED.exec(question)?.[1];
  const said = unit && UNIT_SAID.find(([asked]) => asked.test(unit))?.[1];
  return !!said && !said.test(answer.replace(/\n+Bron:.*$/s, ''));
}
