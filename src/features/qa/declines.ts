/**
 * Questions the documents cannot answer by their nature, recognised before any search: the
 * documents describe agreements, procedures and past figures, not today's state of affairs, and
 * they hold no personal details of people.
 */
const CURRENT_STATE = /\b(op (dit|het) moment|momenteel|op dit ogenblik|vandaag|gisteren|nu nog|deze (week|maand)|volgende (week|maand|vergadering)|eerstvolgende vergadering|actuele (stand|lijst|status)|nu|(het |de )?afgelopen (week|weken|maand|maanden|kwartaal)|vorige (week|maand|vergadering)|vorig kwartaal|onlangs|recent(elijk)?)\b/i;
const PERSONAL = /\b(telefoonnummer|06-?nummer|mobiel nummer|e-?mailadres|mailadres|huisadres|woonadres|adres van|salaris|verdient|inkomen|bsn|burgerservicenummer|geboortedatum|privé|prive)\b/i;

export type DeclineReason = 'current-state' | 'personal-data';

export function declineReason(question: string): DeclineReason | undefined {
  if (PERSONAL.test(question)) return 'personal-data';
  if (CURRENT_STATE.test(question)) return 'current-state';
  return undefined;
}
