import { COUNT_Q, NOT_COUNTS, hasFigure, namesAveragedThing } from './figure-asked';
import { lacksMembersAsked } from './names-asked';
import { statesAmount, statesNoCost, withoutAmountsIfThingsCounted } from './figures-in-answer';
import { asksAmount, lacksOutcomeAsked, onlyPlansResultAsked } from './declines';
import { countAskedInMeasure, lacksRatioAsked, lacksUnitAsked } from './asked-unit';
import { withoutDatesAndCodes } from './number-words';

/** An action's number in a list ("2039-06"): no figure of what it is about. */
const ACTION_CODE = /\b(?:19|20)\d\d-\d{1,3}\b/g;
/** Figures in a unit that is no money: "1,90 fte" of a formatie table does not say "hoeveel geld". */
const NOT_MONEY = /\d[\d.,]*\s*(?:fte|%|procent)(?!\p{L})/giu;
/** A cell under a header that counts people or places ("Jeugdigen 0-17 (1 januari 2055): 5.640"): no money either. */
const COUNT_CELL = /\b(?:jeugdigen|aantal|inwoners|cliënten|clienten|kinderen|jongeren|plekken|plaatsen|medewerkers)\b[^:;\n]{0,40}:\s*[\d.,]+/giu;

/**
 * A row's answer that does not give what is asked: "hoeveel tijd heeft een aanbieder ...?" is not answered by a row of
 * amounts (the text may give the term); "wat was de gemiddelde wachttijd in Kampen?" not by the row of Kampen in a table
 * without waiting times; "hoeveel wethouders moeten aanwezig zijn?" not by the row of the planning that says when; "wat kost
 * het werkbezoek?" (no figure but its number, code and date) and "wat kwam er uit de evaluatie?" not by the row of an action list that plans it.
 */
export function rowMissesAsk(question: string, text: string, timeAsked: ((s: string) => boolean) | undefined): boolean {
  const money = text.replace(COUNT_CELL, ' ');
  const amountMissed = asksAmount(question) && !statesAmount(money) && !statesNoCost(question, text) && !hasFigure(withoutDatesAndCodes(money.replace(ACTION_CODE, ' ').replace(NOT_COUNTS, ' ').replace(NOT_MONEY, ' ')));
  return (
    (!!timeAsked && !timeAsked(text)) || amountMissed || lacksOutcomeAsked(question, text) || onlyPlansResultAsked(question, text) ||
    !namesAveragedThing(question, text) || lacksUnitAsked(question, text) || countAskedInMeasure(question, text) || lacksRatioAsked(question, text) || lacksMembersAsked(question, text) ||
    (COUNT_Q.test(question) && !hasFigure(withoutAmountsIfThingsCounted(question, text.replace(NOT_COUNTS, ''))))
  );
}
