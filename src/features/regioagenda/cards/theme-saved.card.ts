import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import type { SimilarTheme } from '../similar-themes';
import template from './theme-saved.card.json';

export interface ThemeSavedCardData {
  message: string;
  themeId: string;
  year: number;
  gemeente: string;
  status: string;
  urgency: string;
  deadlineText: string;
  similar: SimilarTheme[];
}

export const renderThemeSavedCard = (data: ThemeSavedCardData): AdaptiveCardJson => renderCard(template, data);
