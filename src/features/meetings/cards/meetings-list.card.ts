import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './meetings-list.card.json';

export interface MeetingsListCardData {
  empty: string;
  meetings: { id: string; title: string; details: string }[];
}

export const renderMeetingsListCard = (data: MeetingsListCardData): AdaptiveCardJson => renderCard(template, data);
