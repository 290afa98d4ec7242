import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './notification.card.json';

export interface NotificationCardData {
  title: string;
  text: string;
  facts: { title: string; value: string }[];
  /** Empty: no button. */
  url: string;
  urlTitle: string;
  footer: string;
}

export const renderNotificationCard = (data: NotificationCardData): AdaptiveCardJson => renderCard(template, data);
