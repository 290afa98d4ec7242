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
}

export const renderDeliveryReportCard = (data: DeliveryReportCardData): AdaptiveCardJson => renderCard(template, data);
