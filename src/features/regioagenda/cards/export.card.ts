import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './export.card.json';

export interface ExportCardData {
  heading: string;
  message: string;
  links: { title: string; url: string }[];
}

export const renderExportCard = (data: ExportCardData): AdaptiveCardJson => renderCard(template, data);
