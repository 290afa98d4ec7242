import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './escalations-list.card.json';

export interface EscalationsListCardData {
  heading: string;
  empty: string;
  /** `open`: the button that shows the escalation's own card (to pick it up or resolve it). */
  rows: { id: string; title: string; color: 'Attention' | 'Default'; details: string; description: string; open: string }[];
}

export const renderEscalationsListCard = (data: EscalationsListCardData): AdaptiveCardJson => renderCard(template, data);
