/** Action.Execute verbs of the Q&A cards; the card templates use the same strings (checked in a test). */
export const QA_VERBS = {
  showPassage: 'qa.passage',
  feedback: 'qa.feedback',
  askExpert: 'qa.askExpert',
  claimTicket: 'qa.ticket.claim',
  answerTicket: 'qa.ticket.answer',
  saveTicket: 'qa.ticket.save',
  refreshTicket: 'qa.ticket.refresh',
} as const;
