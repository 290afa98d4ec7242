import vocabulary from './knowledge/vocabulary.json';
import type { Passage } from './qa.domain';
import { passageDoc, type SearchableDoc } from './knowledge-search';
import { escapeRegExp } from '../../shared/escape-regexp';

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


/**
 * A document's passages as the search reads them. One that uses a short form the document defines elsewhere ("Ouders gaven
 * de POH-jeugd een 8,1") is found by the name it stands for too ("hoe tevreden zijn ouders over de praktijkondersteuner").
 */
export function searchDocsOfDocument(passages: Passage[]): SearchableDoc[] {
  const forms = [...shortFormsDefined(passages.map((p) => p.text))].map(([short, name]) => ({ name, uses: new RegExp(`(?<![\\p{L}\\d-])${escapeRegExp(short)}(?![\\p{L}\\d])`, 'u') }));
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
