import type { AdaptiveCardJson } from '../../feature';
import { renderCard } from '../../../shared/render-card';
import type { Ticket } from '../qa.domain';
import { QA_TEXTS } from '../qa.texts';
import template from './ticket.card.json';
import { cardText } from '../../../shared/card-text';

/**
 * The ticket card in the experts' channel; the same builder serves the posted card and every
 * refresh. `delivery`: whether the answer reached the asker (shown once it is answered).
 */
export function renderTicketCard(ticket: Ticket, delivery?: string): AdaptiveCardJson {
  return renderCard(template, {
    id: ticket.id,
    heading: QA_TEXTS.ticket.heading(ticket),
    question: cardText(ticket.question),
    asker: cardText(QA_TEXTS.ticket.asker(ticket)),
    status: QA_TEXTS.ticket.status(ticket),
    status_open: ticket.status === 'open',
    answered: ticket.status === 'beantwoord',
    answerLine: ticket.answer ? cardText(`Antwoord van ${ticket.answeredBy?.name ?? 'RSJ'}: ${ticket.answer}`) : '',
    saved: !!ticket.savedAsFactId,
    delivery: delivery ? cardText(delivery) : '',
  });
}
