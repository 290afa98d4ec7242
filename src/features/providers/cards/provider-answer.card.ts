import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './provider-answer.card.json';

export interface AnswerTable {
  title: string;
  /** One entry per row: a bold line and a detail line (no table cells that break words). */
  rows: { main: string; detail: string }[];
  /** "1-10 van 58 contracten" when the list is paged. */
  range?: string;
  /** "en nog 48 contracten" when rows were cut off. */
  more?: string;
  /** The "Toon meer" button: the next page of this list. */
  next?: { title: string; query: string; table: number; offset: number };
}

export interface AnswerBar {
  label: string;
  value: string;
  /** Share of the largest bar, 0..1. */
  share: number;
}

export interface ProviderAnswerData {
  title: string;
  summary: string;
  facts?: { title: string; value: string }[];
  barsTitle?: string;
  bars?: AnswerBar[];
  tables?: AnswerTable[];
  notes?: string[];
  /** Follow-up commands as buttons (e.g. "escaleer <aanbieder>"). */
  buttons?: { title: string; value: string }[];
}

/** A bar is a two-column ColumnSet (filled and empty part) under its label: valid at 1.5 and never squeezes the label. */
const barWidths = (share: number) => {
  const filled = Math.max(1, Math.round(Math.min(1, Math.max(0, share)) * 100));
  return { filled, empty: Math.max(1, 100 - filled) };
};

export function renderProviderAnswerCard(data: ProviderAnswerData): AdaptiveCardJson {
  return renderCard(template, {
    title: data.title,
    summary: data.summary,
    facts: data.facts ?? [],
    barsTitle: data.barsTitle ?? '',
    bars: (data.bars ?? []).map((b) => ({ label: b.label, value: b.value, ...barWidths(b.share) })),
    tables: (data.tables ?? []).map((t) => ({
      title: t.title,
      range: t.range ?? '',
      rows: t.rows,
      more: t.more ?? '',
      showMore: !!t.next,
      moreTitle: t.next?.title ?? '',
      query: t.next?.query ?? '',
      table: t.next?.table ?? 0,
      offset: t.next?.offset ?? 0,
    })),
    notes: (data.notes ?? []).map((text) => ({ text })),
    buttons: data.buttons ?? [],
  });
}
