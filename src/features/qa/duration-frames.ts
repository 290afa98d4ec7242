/** How long or until when, asked in words a text does not use: rewritten to the words it does (question-frames.ts applies them). */
export const DURATION_FRAMES: [RegExp, string][] = [
  // A deadline before an event.
  [/\bhoe (?:lang|ver|vroeg) (?:van ?tevoren|vooraf|voordien)\b/gi, 'uiterlijk'],
  // "Hoe ver vooruit moet een aanbieder het melden?": a lead time; "hoe ver vooruit kijkt de planning" a horizon.
  [/\bhoe (?:lang|ver|vroeg) vooruit(?=\s+(?:moet|moeten|dient|dienen|wordt|worden|meldt|melden)\b)/gi, 'uiterlijk'],
  [/\bhoeveel (?:tijd|(?:werk)?dagen|weken) (?:van ?tevoren|vooraf|voordien)\b/gi, 'uiterlijk'],
  // "Tot wanneer kan ik ... aanmelden?" asks for a deadline; "tot wanneer loopt ...?" for an end date.
  [/\btot wanneer (?=(?:kan|kun|kunt|kunnen|kon|konden|mag|mogen|mocht|mochten|moet|moeten|moest|moesten)\b)/gi, 'uiterlijk '],
  // "Tot wanneer hebben we de tijd om ... aan te leveren?": a deadline too; "de tijd" is no word a text says.
  [/\btot wanneer (?:hebben|heb|heeft|hebt|had|hadden) (?:we|wij|ik|je|jij|jullie|ze|zij|u|(?:de|het) \p{L}+) (?:nog )?(?:de )?tijd (?:om|voor)\b/giu, 'uiterlijk'],
  // "Hoelang lopen de nieuwe contracten?": their looptijd, as a text names it ("een looptijd van vier jaar").
  [/\bhoe ?lang (?:loopt|lopen|liep|liepen) (de|het|die|deze|dat|dit|onze|ons) /gi, 'wat is de looptijd van $1 '],
  // "Hoe lang is de opzegtermijn?": a term is a length already; "lang" is no word its text says ("een termijn van twaalf maanden").
  [/\bhoe ?lang (?=(?:is|was|zijn|waren|bedraagt|bedroeg) (?:de|het|die|deze) \p{L}*(?:termijn|termijnen|looptijd|duur|periode)\b)/giu, 'hoelang '],
];
