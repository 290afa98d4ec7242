import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './meeting.card.json';

export interface MeetingCardData {
  heading: string;
  notice: string;
  meetingId: string;
  bodyName: string;
  dateText: string;
  time: string;
  location: string;
  statusText: string;
  agenda: { number: number; title: string; typeLabel: string; description: string }[];
  decisions: string[];
  actions: { text: string; owner: string; dueText: string }[];
  /** Buttons for the secretary; the copies posted to channels and wethouders have none. */
  canManage: boolean;
  published: boolean;
  hasMinutes: boolean;
}

export const renderMeetingCard = (data: MeetingCardData): AdaptiveCardJson => renderCard(template, data);
