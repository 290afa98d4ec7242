// The decline decision, question by question: for every seen evaluation set, what the coverage gate saw
// (the best hit's coverage, each counted word's match and kind, the best hit's rank margin) and what came of it.
// Usage: npx tsx eval/gate-features.ts > /tmp/gate.jsonl   (one JSON line per question; a summary on stderr)
// Held-out sets (eval/heldout, eval/tables/heldout-*) stay unread: they are left out, as is any set listed in GATE_HIDDEN.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { answerReply } from '../src/features/qa/qa.routes';
import { inDocumentWords } from '../src/features/qa/everyday-words';
import { withoutAskedAmount } from '../src/features/qa/amount-thresholds';
import { withoutArticleReference } from '../src/features/qa/cross-references';
import type { QueryWord } from '../src/features/qa/query-words';
import type { RankedHit } from '../src/features/qa/ranked-hit';
import type { QaResult } from '../src/features/qa/qa.domain';
import { judge, type EvalItem } from '../tests/helpers/qa-harness';
import { SEEDS_DIR, seedIndexer } from './seed-index';
import { PLACE_TERMS, tokenize } from '../src/features/qa/dutch-text';
import { dutchWords } from '../src/features/qa/dutch-dictionary';
import { fold } from '../src/shared/fold';
import { isContext, paraphraseCoverage, saysTopic } from '../src/features/qa/answer-gate';
import { questionParts } from '../src/features/qa/question-setup';
import { coverageOf } from '../src/features/qa/query-words';
import { namesThing } from '../src/features/qa/unknown-things';

type Item = EvalItem & { source?: string };
const HIDDEN = ['heldout', ...(process.env.GATE_HIDDEN ?? '').split(',').filter(Boolean)];
const readItems = (file: string): Item[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
/** The gate's threshold today (MIN_COVERAGE in knowledge-index.ts). */
const GATE = 0.55; // below it the gate asks more (answer-gate.ts)
const NO_ANSWER = /geen antwoord|niet (gevonden|beantwoorden)|staat niet in|buiten/i;

/** How the best hit says a counted word (the cases of coverageOf). */
function status(w: QueryWord, hit: RankedHit & { matched: Set<string>; exact: Set<string> }): string {
  const concept = w.terms[0].startsWith('#');
  const found = w.terms.filter((t) => hit.matched.has(t) && hit.exact.has(t));
  const missed = concept ? !found.includes(w.terms[0]) : !w.terms.some((t) => hit.matched.has(t));
  if (missed) return w.related?.some((t) => hit.matched.has(t) && hit.exact.has(t)) ? 'related' : 'missed';
  if (found.some((t) => t === w.terms[0])) return 'exact';
  if (found.some((t) => t.startsWith('~'))) return 'synonym';
  return found.length ? 'part' : 'loose';
}

/** The best hit's coverage of the asking sentence's own words (the question's counted words that sentence uses). */
function askingCoverage(question: string, counted: QueryWord[], hit: { matched: Set<string>; exact: Set<string> }, analyse: (t: string) => QueryWord[], vocabulary: { has(t: string): boolean }): number {
  const asked = new Set(analyse(questionParts(question).asking).map((w) => w.terms[0]));
  return coverageOf(counted.filter((w) => asked.has(w.terms[0])), hit.matched, hit.exact, vocabulary);
}

async function main() {
  const indexWith = await seedIndexer();
  const sets: { name: string; doc?: string; items: string }[] = [];
  for (const dir of ['dev', 'tables', 'blind', 'blind/lead-s4', 'blind/lead-s5', 'blind/lead-s6', 'blind/lead-s7', 'blind/lead-s9', 'blind/lead-s11', 'blind/lead-s12', 'blind/lead-s13', 'blind/lead-s14', 'blind/lead-s15', 'blind/lead-s16', 'blind/lead-s17', 'blind/lead-s18', 'blind/lead-s19', 'blind/lead-s20', 'blind/lead-s21', 'blind/lead-s22', 'blind/lead-s24', 'blind/lead-s25', 'blind/lead-s27', 'blind/lead-s28', 'blind/lead-s29', 'blind/lead-s30', 'blind/lead-s31', 'blind/lead-s32', 'blind/lead-s33', 'blind/lead-s34', 'blind/lead-s35', 'blind/lead-s36', 'blind/lead-s37', 'blind/lead-s38', 'blind/lead-s39', 'blind/lead-s40', 'blind/lead-s41', 'blind/lead-s42', 'blind/lead-s43', 'blind/lead-s44', 'blind/lead-s45', 'blind/lead-s46', 'blind/lead-s47', 'blind/lead-s48', 'blind/lead-s49', 'blind/lead-s50', 'blind/lead-s51', 'blind/lead-s52', 'blind/lead-s53', 'blind/lead-s54', 'blind/lead-s55', 'blind/lead-s56', 'blind/lead-s57', 'blind/lead-s58']) {
    for (const f of readdirSync(path.join(__dirname, dir)).filter((x) => x.endsWith('.md') && !HIDDEN.some((h) => x.includes(h)))) {
      const doc = path.join(__dirname, dir, f);
      if (f !== 'FROZEN.md') sets.push({ name: `${dir}/${f.replace(/\.md$/, '')}`, doc, items: doc.replace(/\.md$/, '.jsonl') });
    }
  }
  for (const [name, file] of [
    ['sample', path.join(SEEDS_DIR, '../eval/governance-sample.jsonl')],
    ['own set', path.join(__dirname, '../tests/fixtures/qa/extra-questions.jsonl')],
    ['handleiding', path.join(__dirname, 'dev/handleiding.jsonl')],
    ['seeds/fresh-s5', path.join(__dirname, 'seeds/fresh-s5.jsonl')],
    ['lead-s5/seeds-fresh', path.join(__dirname, 'blind/lead-s5/seeds-fresh-s5.jsonl')],
    ['seeds/fresh-s6', path.join(__dirname, 'seeds/fresh-s6.jsonl')],
    ['lead-s6/seeds-fresh', path.join(__dirname, 'blind/lead-s6/seeds-fresh-s6.jsonl')],
    ['lead-s7/seeds-fresh', path.join(__dirname, 'blind/lead-s7/seeds-fresh-s7.jsonl')],
    ['lead-s9/seeds-fresh', path.join(__dirname, 'blind/lead-s9/seeds-fresh-s9.jsonl')],
    ['lead-s13/seeds-fresh', path.join(__dirname, 'blind/lead-s13/seeds-fresh-s13.jsonl')],
    ['lead-s14/seeds-fresh', path.join(__dirname, 'blind/lead-s14/seeds-fresh-s14.jsonl')],
    ['lead-s15/seeds-fresh', path.join(__dirname, 'blind/lead-s15/seeds-fresh-s15.jsonl')],
    ['lead-s16/seeds-fresh', path.join(__dirname, 'blind/lead-s16/seeds-fresh-s16.jsonl')],
    ['lead-s17/seeds-fresh', path.join(__dirname, 'blind/lead-s17/seeds-fresh-s17.jsonl')],
    ['lead-s18/seeds-fresh', path.join(__dirname, 'blind/lead-s18/seeds-fresh-s18.jsonl')],
    ['lead-s18b/seeds-fresh', path.join(__dirname, 'blind/lead-s18/seeds-fresh-s18b.jsonl')],
    ['lead-s19/seeds-fresh', path.join(__dirname, 'blind/lead-s19/seeds-fresh-s19.jsonl')],
    ['lead-s19b/seeds-fresh', path.join(__dirname, 'blind/lead-s19/seeds-fresh-s19b.jsonl')],
    ['lead-s20/seeds-fresh', path.join(__dirname, 'blind/lead-s20/seeds-fresh-s20.jsonl')],
    ['lead-s20b/seeds-fresh', path.join(__dirname, 'blind/lead-s20/seeds-fresh-s20b.jsonl')],
    ['lead-s21/seeds-fresh', path.join(__dirname, 'blind/lead-s21/seeds-fresh-s21.jsonl')],
    ['lead-s21b/seeds-fresh', path.join(__dirname, 'blind/lead-s21/seeds-fresh-s21b.jsonl')],
    ['lead-s22/seeds-fresh', path.join(__dirname, 'blind/lead-s22/seeds-fresh-s22.jsonl')],
    ['lead-s22b/seeds-fresh', path.join(__dirname, 'blind/lead-s22/seeds-fresh-s22b.jsonl')],
    ['lead-s24/seeds-fresh', path.join(__dirname, 'blind/lead-s24/seeds-fresh-s24.jsonl')],
    ['lead-s24b/seeds-fresh', path.join(__dirname, 'blind/lead-s24/seeds-fresh-s24b.jsonl')],
    ['lead-s25/seeds-fresh', path.join(__dirname, 'blind/lead-s25/seeds-fresh-s25.jsonl')],
    ['lead-s25b/seeds-fresh', path.join(__dirname, 'blind/lead-s25/seeds-fresh-s25b.jsonl')],
    ['lead-s27/seeds-fresh', path.join(__dirname, 'blind/lead-s27/seeds-fresh-s27.jsonl')],
    ['lead-s27b/seeds-fresh', path.join(__dirname, 'blind/lead-s27/seeds-fresh-s27b.jsonl')],
    ['lead-s28/seeds-fresh', path.join(__dirname, 'blind/lead-s28/seeds-fresh-s28.jsonl')],
    ['lead-s28b/seeds-fresh', path.join(__dirname, 'blind/lead-s28/seeds-fresh-s28b.jsonl')],
    ['lead-s29/seeds-fresh', path.join(__dirname, 'blind/lead-s29/seeds-fresh-s29.jsonl')],
    ['lead-s29b/seeds-fresh', path.join(__dirname, 'blind/lead-s29/seeds-fresh-s29b.jsonl')],
    ['lead-s30/seeds-fresh', path.join(__dirname, 'blind/lead-s30/seeds-fresh-s30.jsonl')],
    ['lead-s30b/seeds-fresh', path.join(__dirname, 'blind/lead-s30/seeds-fresh-s30b.jsonl')],
    ['lead-s31/seeds-fresh', path.join(__dirname, 'blind/lead-s31/seeds-fresh-s31.jsonl')],
    ['lead-s31b/seeds-fresh', path.join(__dirname, 'blind/lead-s31/seeds-fresh-s31b.jsonl')],
    ['lead-s32/seeds-fresh', path.join(__dirname, 'blind/lead-s32/seeds-fresh-s32.jsonl')],
    ['lead-s32b/seeds-fresh', path.join(__dirname, 'blind/lead-s32/seeds-fresh-s32b.jsonl')],
    ['lead-s33/seeds-fresh', path.join(__dirname, 'blind/lead-s33/seeds-fresh-s33.jsonl')],
    ['lead-s33b/seeds-fresh', path.join(__dirname, 'blind/lead-s33/seeds-fresh-s33b.jsonl')],
    ['lead-s34/seeds-fresh', path.join(__dirname, 'blind/lead-s34/seeds-fresh-s34.jsonl')],
    ['lead-s34b/seeds-fresh', path.join(__dirname, 'blind/lead-s34/seeds-fresh-s34b.jsonl')],
    ['lead-s35/seeds-fresh', path.join(__dirname, 'blind/lead-s35/seeds-fresh-s35.jsonl')],
    ['lead-s35b/seeds-fresh', path.join(__dirname, 'blind/lead-s35/seeds-fresh-s35b.jsonl')],
    ['lead-s36/seeds-fresh', path.join(__dirname, 'blind/lead-s36/seeds-fresh-s36.jsonl')],
    ['lead-s36b/seeds-fresh', path.join(__dirname, 'blind/lead-s36/seeds-fresh-s36b.jsonl')],
    ['lead-s37/seeds-fresh', path.join(__dirname, 'blind/lead-s37/seeds-fresh-s37.jsonl')],
    ['lead-s37b/seeds-fresh', path.join(__dirname, 'blind/lead-s37/seeds-fresh-s37b.jsonl')],
    ['lead-s38/seeds-fresh', path.join(__dirname, 'blind/lead-s38/seeds-fresh-s38.jsonl')],
    ['lead-s38b/seeds-fresh', path.join(__dirname, 'blind/lead-s38/seeds-fresh-s38b.jsonl')],
    ['lead-s39/seeds-fresh', path.join(__dirname, 'blind/lead-s39/seeds-fresh-s39.jsonl')],
    ['lead-s39b/seeds-fresh', path.join(__dirname, 'blind/lead-s39/seeds-fresh-s39b.jsonl')],
    ['lead-s40/seeds-fresh', path.join(__dirname, 'blind/lead-s40/seeds-fresh-s40.jsonl')],
    ['lead-s40b/seeds-fresh', path.join(__dirname, 'blind/lead-s40/seeds-fresh-s40b.jsonl')],
    ['lead-s41/seeds-fresh', path.join(__dirname, 'blind/lead-s41/seeds-fresh-s41.jsonl')],
    ['lead-s41b/seeds-fresh', path.join(__dirname, 'blind/lead-s41/seeds-fresh-s41b.jsonl')],
    ['lead-s42/seeds-fresh', path.join(__dirname, 'blind/lead-s42/seeds-fresh-s42.jsonl')],
    ['lead-s42b/seeds-fresh', path.join(__dirname, 'blind/lead-s42/seeds-fresh-s42b.jsonl')],
    ['lead-s43/seeds-fresh', path.join(__dirname, 'blind/lead-s43/seeds-fresh-s43.jsonl')],
    ['lead-s43b/seeds-fresh', path.join(__dirname, 'blind/lead-s43/seeds-fresh-s43b.jsonl')],
    ['lead-s44/seeds-fresh', path.join(__dirname, 'blind/lead-s44/seeds-fresh-s44.jsonl')],
    ['lead-s45/seeds-fresh', path.join(__dirname, 'blind/lead-s45/seeds-fresh-s45.jsonl')],
    ['lead-s46/seeds-fresh', path.join(__dirname, 'blind/lead-s46/seeds-fresh-s46.jsonl')],
    ['lead-s47/seeds-fresh', path.join(__dirname, 'blind/lead-s47/seeds-fresh-s47.jsonl')],
    ['lead-s48/seeds-fresh', path.join(__dirname, 'blind/lead-s48/seeds-fresh-s48.jsonl')],
    ['lead-s49/seeds-fresh', path.join(__dirname, 'blind/lead-s49/seeds-fresh-s49.jsonl')],
    ['lead-s50/seeds-fresh', path.join(__dirname, 'blind/lead-s50/seeds-fresh-s50.jsonl')],
    ['lead-s51/seeds-fresh', path.join(__dirname, 'blind/lead-s51/seeds-fresh-s51.jsonl')],
    ['lead-s52/seeds-fresh', path.join(__dirname, 'blind/lead-s52/seeds-fresh-s52.jsonl')],
    ['lead-s53/seeds-fresh', path.join(__dirname, 'blind/lead-s53/seeds-fresh-s53.jsonl')],
    ['lead-s44b/seeds-fresh', path.join(__dirname, 'blind/lead-s44/seeds-fresh-s44b.jsonl')],
    ['lead-s45b/seeds-fresh', path.join(__dirname, 'blind/lead-s45/seeds-fresh-s45b.jsonl')],
    ['lead-s46b/seeds-fresh', path.join(__dirname, 'blind/lead-s46/seeds-fresh-s46b.jsonl')],
    ['lead-s47b/seeds-fresh', path.join(__dirname, 'blind/lead-s47/seeds-fresh-s47b.jsonl')],
    ['lead-s48b/seeds-fresh', path.join(__dirname, 'blind/lead-s48/seeds-fresh-s48b.jsonl')],
    ['lead-s49b/seeds-fresh', path.join(__dirname, 'blind/lead-s49/seeds-fresh-s49b.jsonl')],
    ['lead-s50b/seeds-fresh', path.join(__dirname, 'blind/lead-s50/seeds-fresh-s50b.jsonl')],
    ['lead-s51b/seeds-fresh', path.join(__dirname, 'blind/lead-s51/seeds-fresh-s51b.jsonl')],
    ['lead-s52b/seeds-fresh', path.join(__dirname, 'blind/lead-s52/seeds-fresh-s52b.jsonl')],
    ['lead-s53b/seeds-fresh', path.join(__dirname, 'blind/lead-s53/seeds-fresh-s53b.jsonl')],
    ['seeds/fresh-s7', path.join(__dirname, 'seeds/fresh-s7.jsonl')],
    ['seeds/fresh-s8', path.join(__dirname, 'seeds/fresh-s8.jsonl')],
    ['seeds/fresh-s9', path.join(__dirname, 'seeds/fresh-s9.jsonl')],
    ['seeds/gate-typos', path.join(__dirname, 'seeds/gate-typos.jsonl')],
    // Near misses of the kinds the gate must decline ("wie regelt de catering bij het BO?"), asked of the seeds.
    ['gate near misses', path.join(__dirname, 'dev/gate-near-misses.jsonl')],
  ]) sets.push({ name, items: file });
  const situations = readItems(path.join(__dirname, 'gate/situations.jsonl')) as (Item & { doc: string })[];
  for (const doc of [...new Set(situations.map((i) => i.doc))]) {
    sets.push({ name: `gate situations ${doc}`, doc: path.join(__dirname, 'dev', doc), items: '' });
  }
  const seedsOnly = await indexWith();
  const tally = new Map<string, number>();
  for (const set of sets) {
    const index = set.doc ? await indexWith(set.doc) : seedsOnly;
    const inner = index as unknown as {
      analyse(q: string): QueryWord[];
      rankHits(asked: string, q: string, w: QueryWord[]): { ranked: (RankedHit & { matched: Set<string>; exact: Set<string> })[]; hits: RankedHit[]; counted: QueryWord[] };
      beforeSearch(q: string, w: QueryWord[]): QaResult | undefined;
      answerWith(ranked: RankedHit[], hits: RankedHit[], words: QueryWord[], q: string): QaResult;
      vocabulary: { has(t: string): boolean };
      terms(word: string): string[];
    };
    const items = set.items ? readItems(set.items) : situations.filter((i) => set.doc?.endsWith(i.doc));
    for (const item of items) {
      const result = index.ask(item.q);
      const reply = answerReply(item.q, result).text ?? '';
      let verdict = judge(item, reply);
      if (!verdict && item.source && !item.negative && !reply.toLowerCase().includes(`bron: ${item.source.toLowerCase()}`)) verdict = 'wrong source';
      const declined = result.kind === 'none' || NO_ANSWER.test(reply);
      const outcome = item.negative ? (verdict ? 'NEAR-MISS-ANSWERED' : 'near-miss-declined') : !verdict ? 'right' : declined ? 'DECLINED' : 'WRONG';
      tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
      const question = inDocumentWords(item.q);
      const words = inner.analyse(withoutAskedAmount(withoutArticleReference(question)));
      const { ranked, hits, counted } = inner.rankHits(item.q, question, words);
      const best = ranked[0];
      // Each counted word's surface in the question (the first token whose stem it is), and whether it was capitalised mid-sentence.
      const surfaces = new Map<string, string>();
      for (const token of tokenize(item.q)) {
        const stem = inner.terms(token)[0];
        if (stem && !surfaces.has(stem)) surfaces.set(stem, token);
      }
      const capitalised = new Set(item.q.split(/\s+/).slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => fold(w.replace(/[^\p{L}]/gu, ''))));
      // What the answer would be if the gate let the best hit through (the same checks after it).
      const early = !!inner.beforeSearch(question, words);
      const gated = !early && result.kind === 'none' && result.reason === 'low-score' && !!best && best.coverage < GATE;
      const opened = gated ? inner.answerWith(ranked, hits, words, question) : undefined;
      const openReply = opened ? answerReply(item.q, opened).text ?? '' : '';
      let openVerdict = opened ? judge(item, openReply) : null;
      if (opened && !openVerdict && item.source && !item.negative && !openReply.toLowerCase().includes(`bron: ${item.source.toLowerCase()}`)) openVerdict = 'wrong source';
      const open = !opened ? undefined : opened.kind === 'none' ? 'declined' : item.negative ? 'answered' : openVerdict ? 'wrong' : 'right';
      const line = {
        set: set.name,
        id: item.id,
        q: item.q,
        outcome,
        reason: result.kind === 'none' ? result.reason : undefined,
        early: early || undefined,
        gated,
        open,
        openReply: opened && opened.kind !== 'none' ? openReply.replace(/\n+/g, ' | ').slice(0, 240) : undefined,
        best: best && { kind: best.kind, id: best.id.slice(0, 60), coverage: +best.coverage.toFixed(3), rank: +best.rank.toFixed(2) },
        para: best ? +paraphraseCoverage(counted, best).toFixed(3) : undefined,
        topic: best ? saysTopic(counted, best) : undefined,
        asking: [...new Set(inner.analyse(questionParts(question).asking).map((w) => w.terms[0]))],
        setup: !!questionParts(question).setup || undefined,
        askCov: best && questionParts(question).setup ? +askingCoverage(question, counted, best, (t) => inner.analyse(t), inner.vocabulary).toFixed(3) : undefined,
        second: ranked[1] && { coverage: +ranked[1].coverage.toFixed(3), rank: +ranked[1].rank.toFixed(2) },
        words: counted.map((w) => ({
          t: w.terms[0],
          w: surfaces.get(w.terms[0]),
          dict: dutchWords().has(fold(surfaces.get(w.terms[0]) ?? '')) || undefined,
          cap: capitalised.has(fold(surfaces.get(w.terms[0]) ?? '')) || undefined,
          s: best ? status(w, best) : 'missed',
          vocab: w.terms.some((t) => inner.vocabulary.has(t)),
          focus: w.focus || undefined,
          thing: w.unknownThing,
          noun: namesThing(fold(surfaces.get(w.terms[0]) ?? '')) || undefined,
          nounAny: dutchWords().isNoun(fold(surfaces.get(w.terms[0]) ?? '')) || undefined,
          weak: w.weak || undefined,
          ctx: isContext(w) || undefined,
          concept: w.terms[0].startsWith('#') || undefined,
          place: PLACE_TERMS.has(w.terms[0]) || undefined,
          related: w.related?.length || undefined,
          syn: w.terms.some((t) => t.startsWith('~')) || undefined,
          parts: w.partTerms ? w.partTerms.map((part) => [...part].some((t) => inner.vocabulary.has(t))) : undefined,
        })),
      };
      console.log(JSON.stringify(line));
    }
  }
  console.error([...tally].map(([k, v]) => `${k} ${v}`).join(', '));
}
void main();
