/**
 * The moments and periods a question names in its own words, written as the documents date them (question-frames.ts
 * applies them with its other frames, in order).
 */
export const TIME_FRAMES: [RegExp, string][] = [
  // The period a figure is compared with, which the table's columns give: "dan een jaar eerder", "dan het jaar ervoor".
  [/\bdan\s+(?:een|het)\s+jaar\s+(?:eerder|ervoor|daarvoor)\b/gi, 'dan vorig jaar'],
  [/\b(?:vergeleken\s+met|ten\s+opzichte\s+van|in\s+vergelijking\s+met)\s+(?:(?:een|het)\s+jaar\s+(?:eerder|ervoor|daarvoor)|vorig\s+jaar)\b/gi, 't.o.v. vorig jaar'],
  // "Hoe groot was de reserve een jaar eerder?": alone, the year before the latest a table reports (table-answer.ts).
  [/\b(?:een|het)\s+jaar\s+(?:eerder|ervoor|daarvoor)\b/gi, 'in het voorgaande jaar'],
  // "Begin 2046" is the stand a table dates "1 januari 2046"; "eind vorig jaar" is the figure of that year a document
  // gives; "vs" compares as "t.o.v." does.
  [/\bbegin\s+((?:19|20)\d\d)\b/gi, '1 januari $1'],
  [/\b(?:aan\s+het\s+)?(?:eind|einde|begin)\s+(?:van\s+)?(?=(?:vorig|dit|volgend)\s+jaar\b)/gi, ''],
  [/\b(?:vs\.?|versus)(?=\s)/gi, 't.o.v.'],
  // "Tot wanneer blijft de reserve bestaan?" asks when it ends: a document says when it "vervalt".
  [/\btot\s+wanneer\s+(?:blijft|blijven|bestaat|bestaan)\s+(.+?)\s+(?:bestaan|in\s+stand|geldig|van\s+kracht)\b/gi, 'wanneer vervalt $1'],
];
