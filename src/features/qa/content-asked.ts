/**
 * "Wat houdt die continuïteitsaanpak in?": what a measure or an agreement consists of. A text says it ("De kern ervan is
 * dat ...", "houdt in dat ...", "bestaat uit ..."); a table row that names the measure in a cell only states its progress.
 */
export const ASKS_CONTENT = /\bwat\s+(?:houdt|houden|hield|hielden)\b[^?]*\bin\b/i;

/** A sentence that says what something consists of. */
const SAYS_CONTENT = /\b(?:kern|essentie|inhoud)\s+(?:ervan|daarvan|hiervan|van\s+\p{L}+)?\s*(?:is|was|bestaat)\b|\b(?:houdt|houden|hield|hielden)\s+in\s+dat\b|\b(?:bestaat|bestaan|bestond)\s+uit\b|\bkomt\s+(?:erop|hierop|daarop)\s+neer\b/iu;
/** A table row as a line of its section: "Stichting Kaagwind: Signaal: ...; Gemeld: 5 juni 2057; ...". */
const TABLE_ROW_LINE = /^\s*(?:[-•*]\s+)?[^:;]{2,80}: [^:;]{1,60}: [^;]{1,120};/;

/** A sentence's weight for a question a text answers: one that says what is asked double, a table row that only names it half. */
export const textOverRows = (says: (sentence: string) => boolean) => (s: string) => (says(s) ? 2 : TABLE_ROW_LINE.test(s) ? 0.5 : 1);

/** For "wat houdt ... in", a sentence's weight: one that says what it consists of double, a table row half. */
export const contentWeight = (question: string): ((sentence: string) => number) | undefined =>
  ASKS_CONTENT.test(question) ? textOverRows((s) => SAYS_CONTENT.test(s)) : undefined;
