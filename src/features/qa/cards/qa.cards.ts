import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import type { PassageRef } from '../qa.domain';
import answerTemplate from './answer.card.json';
import noAnswerTemplate from './no-answer.card.json';
import passageTemplate from './passage.card.json';

export interface AnswerCardData {
  answer: string;
  sourceLine: string;
  sourceTitle: string;
  question: string;
  ref: PassageRef;
  showPassageButton: string;
  helpfulButton: string;
  notHelpfulButton: string;
}

export const renderAnswerCard = (data: AnswerCardData): AdaptiveCardJson => renderCard(answerTemplate, data);

export const renderNoAnswerCard = (data: { message: string; question: string; askExpertButton: string }): AdaptiveCardJson =>
  renderCard(noAnswerTemplate, data);

export const renderPassageCard = (data: { title: string; section: string; text: string }): AdaptiveCardJson => renderCard(passageTemplate, data);
