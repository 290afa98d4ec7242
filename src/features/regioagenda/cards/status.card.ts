import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './status.card.json';

export interface StatusCardData {
  notice: string;
  year: number;
  deadlineText: string;
  daysLeftText: string;
  total: number;
  submittedCount: number;
  gemeenteCount: number;
  /** A bar per gemeente: a ColumnSet column whose pixel width is the count (valid in schema 1.5). */
  /** Only gemeenten that submitted; the others are named once in missingText. */
  bars: { gemeente: string; count: string; width: string; style: 'accent' }[];
  /** The same figures as plain text, for screen readers. */
  missingText: string;
  missingColor: 'Attention' | 'Good';
  noticeColor: 'Warning' | 'Good';
}

export const renderStatusCard = (data: StatusCardData): AdaptiveCardJson => renderCard(template, data);
