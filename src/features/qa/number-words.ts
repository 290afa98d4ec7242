/** Figures Dutch regulations write in words, shared by the tests for "does this sentence give the figure asked". */

/** "vijfentwintig", "tweeëndertig": numbers written as one word. */
export const COMPOUND_NUMBER = String.raw`\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b`;

/**
 * A share or a majority that answers "hoeveel stemmen/leden" although no number stands next to the noun: "een vijfde
 * van de deelnemers", "twee derde van de uitgebrachte stemmen", "een gewone meerderheid", "unaniem".
 */
export const SHARE = String.raw`\b(?:een|twee|drie|vier)\s*(?:derde|vierde|vijfde|zesde|kwart)\b|\bdriekwart\b|\bmeerderheid\b|\bunaniem\b|\balgemene stemmen\b`;
