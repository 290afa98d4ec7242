import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './meeting-form.card.json';

export interface MeetingFormCardData {
  heading: string;
  bodyName: string;
  notice: string;
  body: string;
  /** Empty for a new meeting. */
  meetingId: string;
  version: string;
  date: string;
  time: string;
  location: string;
  agenda: string;
  errors: { date: string; time: string; location: string; agenda: string };
  submitTitle: string;
}

export const renderMeetingFormCard = (data: MeetingFormCardData): AdaptiveCardJson => renderCard(template, data);
