import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './summary.card.json';

export interface SummaryCardData {
  heading: string;
  intro: string;
  decisions: string[];
  actions: { text: string; owner: string; dueText: string }[];
}

export const renderSummaryCard = (data: SummaryCardData): AdaptiveCardJson => renderCard(template, data);
