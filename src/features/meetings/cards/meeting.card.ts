import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './meeting.card.json';

export interface MeetingCardData {
  heading: string;
  notice: string;
  /** "Good" for a confirmation, "Warning" when the notice says why something cannot happen yet. */
  noticeColor: 'Good' | 'Warning';
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
  /** The meeting has taken place: minutes and summary instead of "Vergadering is geweest". */
  held: boolean;
  hasMinutes: boolean;
}

export const renderMeetingCard = (data: MeetingCardData): AdaptiveCardJson => renderCard(template, data);
