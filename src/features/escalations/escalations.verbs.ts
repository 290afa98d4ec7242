/** Action.Execute verbs of the escalation cards; the templates use the same strings. */
export const ESCALATION_VERBS = {
  submit: 'escalation.submit',
  acknowledge: 'escalation.acknowledge',
  resolve: 'escalation.resolve',
  /** From the list of open escalations: the escalation's own card, with its buttons. */
  show: 'escalation.show',
} as const;
