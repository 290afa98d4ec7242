import { asksCauseByName, givesCause, givesReason } from './asked-elaboration';
import { type RankedHit, titleOfKey } from './ranked-hit';
import { rowOf } from './tables';
import { withMembersFirst } from './members-first';

// Which hit goes first when a reason is asked: one that can give it, of those that cover the question as well.
const ASKS_WHY = /^\s*(?:en\s+)?(?:waarom|om\s+welke\s+reden|wat\s+(?:is|was)\s+de\s+reden)\b/i;
/** "Wie wil stoppen als trekker ..., en waarom?": a reason asked at the end, after what it is asked of. */
const ASKS_WHY_TOO = /\ben\s+waarom\b/i;
/** A section that gives the reasons by its heading: "4.2 Waarom Engelgaard geen verlenging krijgt", "Redenen", "Achtergrond". */
const REASON_HEADING = /^\s*(?:[\d.]+\s+)?(?:waarom|redenen?|overwegingen|motivering|onderbouwing)\b/i;

/** How much less of the question a passage that gives the cause asked may cover than the best, which gives none. */
const CAUSE_GAP = 0.3;

/** How much of the question a passage that gives the cause behind a row must cover: as much as a text answer needs. */
const ROW_CAUSE_FLOOR = 0.5;

type Passages = (id: string) => { text: string; section: string } | undefined;

/**
 * "Waarom wordt het contract met Engelgaard niet verlengd?": of the hits that cover the question as well as the best one,
 * a section of the same document whose heading says it gives the reasons goes first; the best states the fact.
 * "..., en waarom?" answered best by a table row (an action "Peiling opvolging bestuurlijk trekker") or "waarom was de
 * wethouder er niet bij?" by the list of who was absent: neither gives a reason, so a passage of the same document as good
 * whose sentences give one goes first.
 * `hits`: all hits, of which `ranked` holds those close enough to the best to answer.
 */
export function withReasonFirst<H extends RankedHit>(ranked: H[], hits: H[], question: string, passage: Passages, answerOf: (h: H) => string): H[] {
  const best = ranked[0];
  if (!best || best.kind !== 'passage') return ranked;
  const text = (h: H) => passage(h.id)?.text ?? '';
  const inDocument = (h: H, gap = 0) => h !== best && h.kind === 'passage' && h.coverage >= best.coverage - gap - 1e-9 && titleOfKey(h.id) === titleOfKey(best.id);
  const byHeading = ASKS_WHY.test(question) && !REASON_HEADING.test(passage(best.id)?.section ?? '') ? ranked.slice(1, 6).find((h) => inDocument(h) && REASON_HEADING.test(passage(h.id)?.section ?? '')) : undefined;
  // A best hit that gives no reason at all (a row, a list of who was absent) gives way to one as good that does.
  const noReason = (ASKS_WHY.test(question) || ASKS_WHY_TOO.test(question)) && (!!rowOf(text(best)) || !givesReason(text(best)));
  const reasons = byHeading ?? (noReason ? ranked.slice(1, 6).find((h) => inDocument(h) && !rowOf(text(h)) && givesReason(text(h))) : undefined);
  // "Wat is de oorzaak van het tekort bij De Vlonder?" best answered by the passage that states the tekort: the one beside
  // it that gives its cause ("De oorzaak ligt ... in ..."), though it covers less, names the asked cause.
  // "Waarom ging de post inhuur zo over de begroting heen?" best answered by its row: a row gives no reason, so the passage
  // that gives the cause of the overrun ("komt voort uit") answers, as for the cause asked by name.
  // (Not when the row's answer gives the cause with it: "Q2: ... Oorzaak was vooral ...".)
  const behindRow = !asksCauseByName(question) && ASKS_WHY.test(question) && !!rowOf(text(best)) && !givesCause(answerOf(best));
  const cause = reasons || !(asksCauseByName(question) || behindRow) || givesCause(text(best)) ? undefined : [...hits].sort((a, b) => b.rank - a.rank).find((h) => inDocument(h, CAUSE_GAP) && !rowOf(text(h)) && givesCause(text(h)) && (!behindRow || (h.rank >= best.rank && h.coverage >= ROW_CAUSE_FLOOR)));
  const first = reasons ?? cause;
  return first ? [first, ...ranked.filter((h) => h !== first)] : withMembersFirst(ranked, hits, question, (id) => passage(id)?.text ?? '');
}
