import vocabulary from './knowledge/vocabulary.json';
import type { Passage } from './qa.domain';
import { passageDoc, type SearchableDoc } from './knowledge-search';
import { escapeRegExp } from '../../shared/escape-regexp';
import { rowOf } from './tables';

/**
 * "een praktijkondersteuner jeugd (POH-jeugd)", "de Regionale IJssellandse Monitor (RIJM)": a name a document gives a
 * short form of, in brackets after it (two capitals or more). The name starts at the first word before it that starts
 * with the short form's first letter, as a capital when one does.
 */
const DEFINED = /((?:[\p{L}][\p{L}'’-]*\s+){0,4}[\p{L}][\p{L}'’-]*)\s+\((\p{Lu}{2,}[\p{L}-]{0,12})\)/gu;
const ARTICLES = new Set(['de', 'het', 'een', 'den', 'der']);
/** The region's own abbreviations (BO, PFO, ...) are concepts of every text already. */
const KNOWN = new Set(vocabulary.abbreviations.map((a) => a.abbr));

/** The short forms a document defines, each with the name it stands for. */
export function shortFormsDefined(texts: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    for (const [, before, short] of text.matchAll(DEFINED)) {
      const words = before.split(/\s+/);
      // A capital where the short form has one ("u het Uniform Europees Aanbestedingsdocument (UEA)"); not a word that holds the short form.
      const starts = (w: string, letter: string) => w.length > 1 && w[0] === letter && !ARTICLES.has(w.toLowerCase()) && !w.includes(short);
      const capital = words.findIndex((w) => starts(w, short[0]));
      const first = capital >= 0 ? capital : words.findIndex((w) => starts(w, short[0].toLowerCase()));
      const name = first < 0 ? '' : words.slice(first).join(' ');
      if (name.length >= 4 && !KNOWN.has(short) && !out.has(short)) out.set(short, name);
    }
  }
  return out;
}


/** A row's code: a number under a header that names its kind ("Perceel | 5"), or letters and a number ("K1", "R3"). */
const NUMBER_CELL = /^\d{1,2}$/;
const CODE_CELL = /^\p{Lu}{1,2}\d{1,2}$/u;
const KIND_HEADER = /^\p{L}{4,}$/u;

/**
 * "| 5 | Crisiszorg en hoogspecialistische behandeling | ..." under "Perceel", "| R3 | Discontinuïteit van zorg | ...": the
 * codes a table defines, each with the name its next cell gives ("perceel 5": "Crisiszorg ..."), matched in any case.
 */
export function codesDefined(passages: Passage[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of passages) {
    const row = rowOf(p.text);
    const [code, name] = (row?.cells ?? []).map((c) => c.replace(/\*+/g, '').trim());
    const kind = row?.headers[0]?.replace(/\*+/g, '').trim() ?? '';
    const short = code && NUMBER_CELL.test(code) && KIND_HEADER.test(kind) ? `${kind} ${code}` : code && CODE_CELL.test(code) ? code : undefined;
    if (short && name && name.length >= 4 && name.length <= 90 && /\p{L}{4}/u.test(name) && !out.has(short.toLowerCase())) out.set(short.toLowerCase(), name);
  }
  return out;
}

/** A short form said as a word of its own in a text (`suffix`: what must not follow it either). */
export const shortFormUsed = (short: string, flags: string, suffix = '') => new RegExp(`(?<![\\p{L}\\d-])${escapeRegExp(short)}(?![\\p{L}\\d])${suffix}`, flags);

/**
 * A document's passages as the search reads them. One that uses a short form the document defines elsewhere ("Ouders gaven
 * de POH-jeugd een 8,1", "Voor perceel 5 bestaat het budget uit ...") is found by the name it stands for too ("hoe
 * tevreden zijn ouders over de praktijkondersteuner", "de beschikbaarheidsbijdrage voor crisiszorg").
 */
export function searchDocsOfDocument(passages: Passage[]): SearchableDoc[] {
  const forms = [
    ...[...shortFormsDefined(passages.map((p) => p.text))].map(([short, name]) => ({ name, uses: shortFormUsed(short, 'u') })),
    ...[...codesDefined(passages)].map(([short, name]) => ({ name, uses: shortFormUsed(short, 'iu') })),
  ];
  return passages.map((p) => {
    const doc = passageDoc(p);
    const lower = p.text.toLowerCase();
    const names = forms.filter((f) => f.uses.test(p.text) && !lower.includes(f.name.toLowerCase())).map((f) => f.name);
    return names.length ? { ...doc, body: `${doc.body}\n${names.join('\n')}` } : doc;
  });
}

/** Passages of any number of documents, each document read for the short forms it defines. */
export function searchDocsOf(passages: Passage[]): SearchableDoc[] {
  const byTitle = new Map<string, Passage[]>();
  for (const p of passages) {
    const own = byTitle.get(p.title);
    if (own) own.push(p);
    else byTitle.set(p.title, [p]);
  }
  return [...byTitle.values()].flatMap(searchDocsOfDocument);
}
