import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import template from './minutes-form.card.json';

/** One row per decision and per action item; the row counts travel in the buttons' data (meetings.rows.ts). */
export interface MinutesFormCardData {
  heading: string;
  notice: string;
  meetingId: string;
  version: string;
  decisions: { id: string; number: string; value: string }[];
  actions: { textId: string; ownerId: string; dueId: string; number: string; text: string; owner: string; due: string; choices: { title: string; value: string }[] }[];
  decisionRows: string;
  actionRows: string;
  errors: { decisions: string; actions: string };
}

export const renderMinutesFormCard = (data: MinutesFormCardData): AdaptiveCardJson => renderCard(template, data);
