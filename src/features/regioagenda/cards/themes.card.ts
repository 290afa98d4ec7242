import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './themes.card.json';

export interface ThemeRow {
  id: string;
  kenmerk: string;
  year: number;
  version: string;
  title: string;
  gemeente: string;
  status: string;
  urgency: string;
  supportText: string;
  problem: string;
  canSupport: boolean;
  canEdit: boolean;
}

export interface ThemesCardData {
  year: number;
  intro: string;
  notice: string;
  themes: ThemeRow[];
}

export const renderThemesCard = (data: ThemesCardData): AdaptiveCardJson => renderCard(template, data);
