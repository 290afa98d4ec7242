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
  ackDueText: string;
  /** Who picked it up and who closed it, when. */
  history: { title: string; value: string }[];
  description: string;
  note: string;
  /** Buttons are shown while the escalation is not afgehandeld; the server checks who clicks. */
  canAct: boolean;
  canAcknowledge: boolean;
}

export const renderEscalationCard = (data: EscalationCardData): AdaptiveCardJson => renderCard(template, data);
