import { asksCause } from './asked-elaboration';
import { rowOf } from './tables';

/**
 * A regulation states its rules in articles and explains them in a toelichting (memorie van
 * toelichting, considerans). The explanation retells the rule in plainer words, so it often shares
 * more words with a question than the article does; but the article is what holds, and the
 * explanation's figures may be those of the old rule ("de grens lag in 2019 op ...").
 */
// A regulation's explanation: "Toelichting", "Algemene toelichting", "Deel B – Toelichting", "Toelichting per artikel".
const EXPLANATION_HEADING = /(?:^|[\s–-])(?:(?:algemene|artikelsgewijze)\s+)?toelichting(?:\s+(?:per|bij|op)\s+(?:het\s+|de\s+)?artikel(?:en)?\b[^\n]*)?\s*$|\b(?:memorie|considerans|overwegingen)\b/im;
// A report's "Toelichting op de afwijkingen", the minutes' "Toelichting RSJ": it explains the figures of its chapter's tables,
// and only their rows outrank it; its other facts (who started when) are the document's own. Not a plan's "Toelichting per
// maatregel": that is where each measure is set out, the rule itself.
const FIGURES_EXPLAINED = /\btoelichting\b(?!\s+per\b)/i;

/** How much more of the question an explanation may cover than the rule and still lose to it. */
const EXPLANATION_MARGIN = 0.3;

interface Section {
  title: string;
  section: string;
  chapter?: string;
  text?: string;
}

/** The considerans before the first article, without a heading of its own: "Het Bestuurlijk overleg overweegt dat ...". */
const CONSIDERATIONS = /(?:^|\n)\s*(?:(?:het|de)\s+[^.\n]{0,80}?\s+overweegt\b|overwegende\b)/i;

const heading = (p: Section) => `${p.chapter ?? ''} \n ${p.section}`;
const explainsRules = (p: Section): boolean => EXPLANATION_HEADING.test(heading(p)) || (!p.section && !p.chapter && CONSIDERATIONS.test(p.text ?? ''));
const explainsFigures = (p: Section): boolean => !explainsRules(p) && FIGURES_EXPLAINED.test(heading(p));
/** Of one chapter: "2.1 Begroting ..." (a table's heading) and "2. Financiën per perceel" share chapter 2. */
const chapterOf = (p: Section) => /^\s*(\d+)\b/.exec(p.chapter || p.section)?.[1] ?? p.chapter ?? '';
const sameChapter = (a: Section, b: Section) => chapterOf(a) === chapterOf(b);
export const isExplanation = (p: Section | undefined): boolean => !!p && (explainsRules(p) || explainsFigures(p));

/**
 * The hits without the explanations that an article of the same document answers as well (nearly as
 * much of the question, and enough of it to be an answer): rules outrank their explanation.
 */
export function withoutOutrankedExplanations<H extends { id: string; kind: string; coverage: number }>(
  hits: H[],
  passage: (id: string) => Section | undefined,
  question: string,
  minCoverage: number,
): H[] {
  // "Waarom ...?", "hoe kan het dat ...?" ask for the reasons: those are what the explanation gives.
  if (asksCause(question)) return hits;
  // Only hits that answer can win or lose: the others are not read (a read from the store each).
  const answering = new Map(hits.filter((h) => h.kind === 'passage' && h.coverage >= minCoverage).map((h) => [h.id, { p: passage(h.id), coverage: h.coverage }]));
  const rules = [...answering.values()].filter(({ p }) => p && !isExplanation(p));
  if (rules.length === 0) return hits;
  return hits.filter((h) => {
    const p = answering.get(h.id)?.p;
    if (!p || !isExplanation(p)) return true;
    const outranks = (rule: Section) => rule.title === p.title && (!explainsFigures(p) || (!!rowOf(rule.text ?? '') && sameChapter(rule, p)));
    return !rules.some((rule) => outranks(rule.p!) && rule.coverage >= h.coverage - EXPLANATION_MARGIN);
  });
}
