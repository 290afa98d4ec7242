import type { AdaptiveCardJson, HelpLine } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './help.card.json';

export interface HelpSection {
  title: string;
  lines: HelpLine[];
}

export interface HelpCardData {
  heading: string;
  intro: string;
  /** What is open for this person now (welcome card); empty elsewhere. */
  open: string[];
  sections: HelpSection[];
  tryThese: { title: string; value: string }[];
  footer: string;
}

export const renderHelpCard = (data: HelpCardData): AdaptiveCardJson => renderCard(template, data);
