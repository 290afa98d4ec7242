import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './provider-answer.card.json';

export interface AnswerTable {
  title: string;
  header: string[];
  rows: string[][];
  /** Relative column widths; defaults to equal. */
  widths?: number[];
  /** "en nog 12 contracten" when rows were cut off. */
  more?: string;
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
}

/** A bar is a two-column ColumnSet (filled and empty part): a chart that is valid at schema 1.5. */
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
      more: t.more ?? '',
      columns: t.header.map((_, i) => ({ width: t.widths?.[i] ?? 1 })),
      rows: [t.header, ...t.rows].map((cells, i) => ({ style: i === 0 ? 'accent' : 'default', cells: cells.map((text) => ({ text })) })),
    })),
    notes: (data.notes ?? []).map((text) => ({ text })),
  });
}
