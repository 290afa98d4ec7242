/**
 * Questions the documents cannot answer by their nature, recognised before any search: the
 * documents describe agreements, procedures and past figures, not today's state of affairs, and
 * they hold no personal details of people.
 */
const CURRENT_STATE = /\b(op (dit|het) moment|tot nu toe|tot dusver|tot op heden|inmiddels|momenteel|op dit ogenblik|vandaag|gisteren|nu nog|deze (week|maand)|volgende (week|maand|vergadering)|eerstvolgende vergadering|actuele (stand|lijst|status)|nu|(het |de )?afgelopen (week|weken|maand|maanden|kwartaal)|vorige (week|maand|vergadering)|vorig kwartaal|onlangs|recent(elijk)?)\b/i;
const PERSONAL = /\b(telefoonnummer|06-?nummer|mobiel nummer|e-?mailadres|mailadres|huisadres|woonadres|adres van|salaris|verdient|inkomen|bsn|burgerservicenummer|geboortedatum|privé|prive)\b/i;

export type DeclineReason = 'current-state' | 'personal-data';

export function declineReason(question: string): DeclineReason | undefined {
  if (PERSONAL.test(question)) return 'personal-data';
  if (CURRENT_STATE.test(question)) return 'current-state';
  return undefined;
}

/** "Hoeveel euro ...", "welk bedrag", "wat kost ...", "hoe hoog is het tarief": a question after an amount of money. */
const ASKS_AMOUNT = /\b(hoeveel (euro|geld)|welk bedrag|om welk bedrag|wat kost|hoeveel kost|hoe duur|hoe hoog (is|zijn|was|waren) (het|de) (bedrag|tarief|tarieven|vergoeding|prijs|kosten|subsidie|budget))\b/i;
/** An amount of money in a text: a euro sign or word, millions, or a number with thousands separators. */
const AMOUNT = /€|\beuro\b|\beur\b|\bmiljoen\b|\bmiljard\b|\bmln\b|\bduizend\b|\d{1,3}(?:\.\d{3})+/i;

/** "Hoeveel procent ...", "welk percentage ...": answered only by a text that states a percentage. */
const ASKS_PERCENT = /\b(hoeveel procent|welk percentage|hoe groot is het percentage)\b/i;
const PERCENT = /%|\bprocent\b|\bpercentage\b/i;

/**
 * A text answer to a question after an amount (or a percentage) that states none ("vergoed volgens het
 * tarief uit de overeenkomst" for "hoeveel euro per uur ...") does not answer it: the figure is in no document.
 */
export const lacksAmountAsked = (question: string, answer: string) => (ASKS_AMOUNT.test(question) && !AMOUNT.test(answer)) || (ASKS_PERCENT.test(question) && !PERCENT.test(answer));
