import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './open-round.card.json';

export interface OpenRoundCardData {
  year: string;
  deadline: string;
  notice: string;
  errors: { year: string; deadline: string };
}

export const renderOpenRoundCard = (data: OpenRoundCardData): AdaptiveCardJson => renderCard(template, data);
