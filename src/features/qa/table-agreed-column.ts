/** "Binnen hoeveel werkdagen hoort RSJ te antwoorden": what is agreed, a column of norms ("Afspraak", "Norm"), beside the measured one. */
const AGREED_Q = /\b(?:hoort|horen|hoorde|hoorden|zou(?:den)?\s+(?:\p{L}+\s+)?moeten|afgesproken|afspraak|norm|streefwaarde)\b/iu;
const AGREED_H = /^\W*(?:afspraak|afspraken|norm|normen|streefwaarde|doel|doelstelling|target)\b/i;

/** How much more a column answers for what is agreed being asked: 2 for a column of norms. */
export const agreedScore = (question: string, header: string): number => (AGREED_Q.test(question) && AGREED_H.test(header) ? 2 : 0);
