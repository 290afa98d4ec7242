import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCardJson } from '../features/feature';

/**
 * Expands an Adaptive Card template with data. Each card has one typed wrapper around this
 * (e.g. renderHelpCard), so handlers never assemble card JSON themselves.
 */
export function renderCard<T extends object>(template: object, data: T): AdaptiveCardJson {
  const card = new ACData.Template(template).expand({ $root: data }) as AdaptiveCardJson;
  return card;
}
