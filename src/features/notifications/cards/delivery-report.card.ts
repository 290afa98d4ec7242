import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './delivery-report.card.json';

export interface DeliveryReportCardData {
  heading: string;
  subheading: string;
  /** One sentence with the counts that add up to the total. */
  summary: string;
  /** One notification: recipients grouped by outcome, a name (and reason) per line. */
  groups: { title: string; color: 'Good' | 'Warning' | 'Attention' | 'Default'; lines: string[] }[];
  /** Several notifications: one block each, with a button for its details. */
  items: { title: string; when: string; summary: string; command: string }[];
  note: string;
  /** One notification's report refreshes itself (Teams asks when it is shown, or on the button); the overview does not. */
  reportId?: string;
  refreshTitle?: string;
}

export function renderDeliveryReportCard(data: DeliveryReportCardData): AdaptiveCardJson {
  const { refresh, actions, ...card } = renderCard(template, { reportId: '', refreshTitle: '', ...data }) as AdaptiveCardJson & { refresh?: unknown; actions?: unknown };
  return data.reportId ? { ...card, refresh, actions } : card;
}
