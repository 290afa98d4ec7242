/**
 * How a chat asks for a list or adds a courtesy: "..., opsomming pls", "graag allemaal op een rij", "graag het hele rijtje".
 * The question's own words ask for the list (list-questions.ts); these name nothing a text says.
 */
export const LIST_REQUEST_FRAMES: [RegExp, string][] = [
  // At the end of a question: "opsomming pls", "graag een lijstje aub", "graag allemaal op een rij", "..., aub".
  [/(?:^|[\s,.;:?!]+)(?:(?:graag|svp|aub)\s+)?(?:(?:een|het|de)\s+)?(?:(?:hele|volledige|complete)\s+)?(?:opsomming|lijstje|rijtje|overzichtje|(?:allemaal\s+|alles\s+)?op\s+een\s+rij(?:tje)?)(?:\s+(?:pls|plz|please|graag|aub|svp|a\.u\.b\.?|ajb))?\s*[.!]?\s*$/giu, '?'],
  [/[\s,]+(?:pls|plz|please|aub|svp|a\.u\.b\.?|ajb)(?=\s*[.!?]?\s*$)/giu, ''],
  // "Graag het hele rijtje", "geef de volledige lijst", anywhere.
  [/\b(?:(?:graag|geef|noem)\s+(?:me\s+|mij\s+)?)?(?:het|de)\s+(?:hele|volledige|complete)\s+(?:rij|rijtje|lijst|opsomming|overzicht)\b/gi, ''],
];
