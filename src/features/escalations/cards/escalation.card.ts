import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './escalation.card.json';

export interface EscalationCardData {
  id: string;
  heading: string;
  headerStyle: 'attention' | 'warning' | 'good' | 'emphasis';
  urgencyText: string;
  notice: string;
  noticeColor: 'Attention' | 'Warning' | 'Good' | 'Default';
  providerName: string;
  soort: string;
  statusText: string;
  raisedText: string;
  /** By when it is to be picked up, or who picked it up and who closed it, when. */
  timeline: { title: string; value: string }[];
  description: string;
  note: string;
  /** Buttons are shown while the escalation is not afgehandeld; the server checks who clicks. */
  canAct: boolean;
  canAcknowledge: boolean;
}

export const renderEscalationCard = (data: EscalationCardData): AdaptiveCardJson => renderCard(template, data);
