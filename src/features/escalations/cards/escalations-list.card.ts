import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './escalations-list.card.json';

export interface EscalationsListCardData {
  heading: string;
  empty: string;
  rows: { title: string; color: 'Attention' | 'Default'; details: string; description: string }[];
}

export const renderEscalationsListCard = (data: EscalationsListCardData): AdaptiveCardJson => renderCard(template, data);
