import type { Passage } from './qa.domain';
import { rowOf } from './tables';
import { LEANS_ON_BEFORE } from './answer-units';

/** A list item that is no numbered lid: a bullet or a lettered item. */
const BULLET_ITEM = /^(?:[-•*]|[a-z][.)])\s/i;

/** A search hit with the index terms it matched (`queryTerms`) and those it matched in their own form (keys of `match`). */
export interface TermHit {
  id: string;
  queryTerms: string[];
  match: Record<string, unknown>;
}

/**
 * "RSJ heeft 28 crisisbedden ingekocht, als volgt verdeeld:" with the table's rows after it, each a passage of its own:
 * a passage whose last line introduces a list is answered with that list (answer-extraction.ts), so it says what the
 * list says too. Each such hit also matches the terms the list's passages matched, when they are hits themselves;
 * `next` gives the passage after one in its document.
 */
export function withListTerms<H extends TermHit>(hits: H[], passage: (id: string) => Passage | undefined, next: (p: Passage) => Passage | undefined): H[] {
  const byKey = new Map(hits.map((h) => [keyOf(passage(h.id)), h]));
  return hits.map((hit) => {
    const intro = passage(hit.id);
    if (!intro || !/:\s*$/.test(intro.text)) return hit;
    const terms = new Set(hit.queryTerms);
    const match: Record<string, unknown> = { ...hit.match };
    for (let p = next(intro); p && p.section === intro.section && continuesList(p); p = next(p)) {
      const item = byKey.get(keyOf(p));
      item?.queryTerms.forEach((t) => terms.add(t));
      Object.assign(match, item?.match);
    }
    return terms.size > hit.queryTerms.length ? { ...hit, queryTerms: [...terms], match } : hit;
  });
}

/**
 * "Daarom geldt in 2029 en 2030 een ingroeiregeling: ..." after a passage that ends on "... voor kleine gemeenten. Gemeenten
 * met weinig crisisplaatsingen gaan mogelijk meer betalen.": a passage that opens with a sentence leaning on the one
 * before is about what the passage before it says, so it also matches the terms that one matched, when it is a hit.
 */
export function withLeaningTerms<H extends TermHit & { score: number }>(hits: H[], passage: (id: string) => Passage | undefined, previous: (p: Passage) => Passage | undefined): H[] {
  const byKey = new Map(hits.map((h) => [keyOf(passage(h.id)), h]));
  return hits.map((hit) => {
    const opening = passage(hit.id);
    const before = opening && leanedOn(opening, previous);
    const prior = before ? byKey.get(keyOf(before)) : undefined;
    if (!prior) return hit;
    return { ...hit, score: Math.max(hit.score, prior.score * LEANING_RANK), queryTerms: [...new Set([...hit.queryTerms, ...prior.queryTerms])], match: { ...prior.match, ...hit.match } };
  });
}

/** The search score a leaning passage gets of the one it leans on: found as surely, ranked just below it. */
const LEANING_RANK = 0.9;

/**
 * The passage before `p` in its section, when `p` opens with a sentence leaning on it ("Dat komt doordat ..."). Not a
 * table's row: "Hierdoor komen de lasten uit op ..." after a table leans on all of it, not on its last row.
 */
function leanedOn(p: Passage, previous: (p: Passage) => Passage | undefined): Passage | undefined {
  const before = LEANS_ON_BEFORE.test(p.text) ? previous(p) : undefined;
  return before && before.section === p.section && !rowOf(before.text) ? before : undefined;
}

/** A passage's text, after that of the passage before it when it opens leaning on that one. */
export function withTextLeanedOn(p: Passage, previous: (p: Passage) => Passage | undefined): string {
  const before = leanedOn(p, previous);
  return before ? `${before.text} ${p.text}` : p.text;
}

const keyOf = (p?: Passage) => (p ? `${p.title}#${p.position}` : '');
const continuesList = (p: Passage) => !!rowOf(p.text) || BULLET_ITEM.test(p.text);

/** "Welke stappen doorloop je ...?", "in welke fasen verloopt ...?": the steps of a procedure asked for. */
const STEPS_ASKED = /\b(?:stappen|fasen|fases)\b/i;
/** How many numbered items make a list of steps (answer-order.ts keeps such a list in its order). */
export const MIN_STEPS = 3;

/**
 * "Zo verloopt een verantwoordingsgesprek" over "1. De contractmanager haalt ... 2. De aanbieder levert ...": a
 * numbered list is the steps asked for, which it never calls "stap". The terms of the question's word for them.
 */
export function stepTermsOfList(question: string, words: { terms: string[] }[], text: string): string[] {
  if (!STEPS_ASKED.test(question) || (text.match(/^\s*\d+[.)]\s/gm) ?? []).length < MIN_STEPS) return [];
  const asked = question.match(STEPS_ASKED)![0].toLowerCase();
  return words.find((w) => w.terms.some((t) => asked.startsWith(t.replace(/^~+/, ''))))?.terms.slice(0, 1) ?? [];
}
