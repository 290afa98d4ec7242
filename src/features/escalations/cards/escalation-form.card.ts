import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './escalation-form.card.json';

export interface EscalationFormCardData {
  heading: string;
  intro: string;
  notice: string;
  providerId: string;
  providerName: string;
  providerPlace: string;
  /** A new id per form, so a double click stores one escalation. */
  submissionId: string;
  soort: string;
  urgency: string;
  description: string;
  soorten: { title: string; value: string }[];
  urgencies: { title: string; value: string }[];
  errors: { soort: string; urgency: string; description: string };
}

export const renderEscalationFormCard = (data: EscalationFormCardData): AdaptiveCardJson => renderCard(template, data);
