import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './delivery-report.card.json';

export interface DeliveryReportCardData {
  heading: string;
  subheading: string;
  totals: { title: string; value: string }[];
  /** status already contains the reason, e.g. "mislukt: HTTP 403 ..." */
  rows: { recipient: string; status: string }[];
  note: string;
}

export const renderDeliveryReportCard = (data: DeliveryReportCardData): AdaptiveCardJson => renderCard(template, data);
