import type { AnswerTable, ProviderAnswerData } from './cards/provider-answer.card';
import type { Contract, Signal, WaitTime } from './providers.domain';
import type { Query } from './providers.query';
import { dutchDate, euro, weeks } from './providers.format';
import { PROVIDER_TEXTS as T } from './providers.texts';

/** Rows per page of a list; "Toon meer" shows the next page. */
export const PAGE_SIZE = 8;
const MAX_NAMES = 10;

/** A whole list before paging; `collapsed` lists start with only a button (totals first). */
export interface FullTable {
  title: string;
  rows: { main: string; detail: string }[];
  noun: string;
  collapsed?: boolean;
}
export type Answer = Omit<ProviderAnswerData, 'tables'> & { tables?: FullTable[] };

/** Which page of which list a "Toon meer" click asks for. */
export interface PageRequest {
  table: number;
  offset: number;
}

/** One page of a list: rows from `offset` (a collapsed list without a click shows only its button). */
export function paged(t: FullTable, index: number, query: string, offset?: number): AnswerTable {
  const from = offset ?? (t.collapsed ? -1 : 0);
  if (from < 0) return { title: t.title, rows: [], next: { title: T.showList(t.rows.length, t.noun), query, table: index, offset: 0 } };
  const start = Math.min(Math.max(0, from), Math.max(0, t.rows.length - 1));
  const rows = t.rows.slice(start, start + PAGE_SIZE);
  const end = start + rows.length;
  const rest = t.rows.length - end;
  return {
    title: t.title,
    rows,
    range: t.rows.length > PAGE_SIZE ? T.range(start + 1, end, t.rows.length, t.noun) : '',
    more: rest > 0 ? T.more(rest, t.noun) : '',
    next: rest > 0 ? { title: T.showMore(Math.min(rest, PAGE_SIZE)), query, table: index, offset: end } : undefined,
  };
}

const gemeentenText = (c: Contract) => (c.alle ? 'alle gemeenten' : c.gemeenten.join(', '));

export function contractTable(title: string, cs: Contract[], withProvider: boolean, name: (id: string) => string = (id) => id): FullTable {
  return {
    title,
    noun: 'contracten',
    rows: cs.map((c) => ({
      main: `${c.id}${c.perceel ? ` · ${c.perceel}` : ''}${withProvider ? ` · ${name(c.aanbiederId)}` : ''}`,
      detail: `${c.soort} · tot ${dutchDate(c.einddatum)} · ${euro(c.waarde)} · ${gemeentenText(c)}`,
    })),
  };
}

export function waitTable(ws: WaitTime[], withProvider: boolean, name: (id: string) => string): FullTable {
  return {
    title: 'Actuele wachttijden',
    noun: 'wachttijden',
    rows: ws.map((w) => ({
      main: withProvider ? name(w.aanbiederId) : w.product,
      detail: `${withProvider ? `${w.product} · ` : ''}${weeks(w.weken)} · peildatum ${dutchDate(w.peildatum)}`,
    })),
  };
}

export function signalTable(ss: Signal[], withProvider: boolean, name: (id: string) => string): FullTable {
  return {
    title: 'Open signalen',
    noun: 'signalen',
    rows: ss.map((s) => ({
      main: `${withProvider ? `${name(s.aanbiederId)} · ` : ''}${s.niveau} · ${s.soort}`,
      detail: `${dutchDate(s.datum)} · ${s.omschrijving}`,
    })),
  };
}

export function countBySoort(cs: Contract[]): string {
  const meer = cs.filter((c) => c.soort === 'meerjarig').length;
  return `${meer} meerjarig, ${cs.length - meer} eenjarig`;
}

/** " met <aanbieder> in <gemeente>", or empty. */
export function describeFilter(q: Query, name: (id: string) => string): string {
  return [q.providerId ? ` met ${name(q.providerId)}` : '', q.gemeente ? ` in ${q.gemeente}` : ''].join('');
}

export function barsOf(items: { label: string; n: number; value: string }[]) {
  const max = Math.max(...items.map((i) => i.n), 0);
  return items.map((i) => ({ label: i.label, value: i.value, share: max > 0 ? i.n / max : 0 }));
}
