import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import { THEME_FIELD_NAMES, type ThemeFieldName, type ThemeFormErrors, type ThemeFormValues } from '../regioagenda.domain';
import template from './theme-form.card.json';

export type FormValues = ThemeFormValues;
export type FormErrors = ThemeFormErrors;

export interface ThemeFormCardData {
  heading: string;
  gemeente: string;
  year: number;
  deadlineText: string;
  notice: string;
  noticeColor: 'Attention' | 'Warning' | 'Good' | 'Default';
  values: FormValues;
  errors: FormErrors;
  relatedChoices: { title: string; value: string }[];
  submitTitle: string;
  /** New theme: a fresh id per form, so a second click on the same form is recognised. */
  submissionId: string;
  /** Edit: the theme and the version this form was filled from (the optimistic-concurrency token). */
  themeId: string;
  version: string;
  /** "ja" once the form has shown its look-alike themes: the next submit goes through. */
  similarSeen: string;
}

export const emptyFormFields = (): Record<ThemeFieldName, string> =>
  Object.fromEntries(THEME_FIELD_NAMES.map((f) => [f, ''])) as Record<ThemeFieldName, string>;

export const renderThemeFormCard = (data: ThemeFormCardData): AdaptiveCardJson => renderCard(template, data);
