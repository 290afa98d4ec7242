import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import type { SimilarTheme } from '../similar-themes';
import template from './theme-saved.card.json';

export interface ThemeSavedCardData {
  message: string;
  themeId: string;
  /** RA-2027-KAM-01 (or the id of a theme from before kenmerken). */
  kenmerk: string;
  year: number;
  gemeente: string;
  status: string;
  urgency: string;
  deadlineText: string;
  similar: SimilarTheme[];
}

export const renderThemeSavedCard = (data: ThemeSavedCardData): AdaptiveCardJson => renderCard(template, data);
