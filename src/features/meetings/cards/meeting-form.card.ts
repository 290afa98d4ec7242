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
  /** One row per agenda item; the count travels in the buttons' data (meetings.rows.ts). */
  agenda: { titleId: string; typeId: string; descriptionId: string; number: string; title: string; type: string; description: string }[];
  agendaRows: string;
  errors: { date: string; time: string; location: string; agenda: string };
  submitTitle: string;
}

export const renderMeetingFormCard = (data: MeetingFormCardData): AdaptiveCardJson => renderCard(template, data);
