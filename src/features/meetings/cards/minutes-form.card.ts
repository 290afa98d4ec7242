import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './minutes-form.card.json';

export interface MinutesFormCardData {
  heading: string;
  notice: string;
  meetingId: string;
  version: string;
  decisions: string;
  actions: string;
  errors: { decisions: string; actions: string };
}

export const renderMinutesFormCard = (data: MinutesFormCardData): AdaptiveCardJson => renderCard(template, data);
