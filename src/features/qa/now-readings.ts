import { EARLIER_MEASUREMENT } from './table-answer';

/**
 * Readings of "nu" that ask no state of affairs of today: the asker's moment in a procedure or case, the rule as it
 * stands, a reason ("nu er zoveel verandert"), and "nu" dated by a document or against an earlier figure.
 */

/** "Waar blijft het RSJ op inzetten nu er zoveel beweegt?": "nu" opening a clause of reason ("now that"), no moment asked. */
const NOW_THAT = /\bnu\s+(?=(?:er|we|wij|hij|men|iedereen|alles)\b)/gi;

/** "Wat moet ik nu doen?", "hoe gaat het nu verder?": "nu" is the asker's moment in a procedure, not today's state of affairs. */
const NOW_IN_PROCEDURE = /\b((?:kan|kunnen|moet|moeten|mag|mogen|gaat|gebeurt)\s+(?:ik|we|wij|je|jij|u|hij|zij|ze|er|het)\s+|wat\s+)nu\b/gi;

/**
 * "Tot welk bedrag mag de commissie nu zelf besluiten?": "nu" after what someone may or must do is the rule as it stands,
 * which the documents give. Not in "welke/hoeveel ... mogen nu" (which of them, today), "wie moet nu ..." (who, today) nor "nu nog".
 */
const NOW_IN_RULE = /^((?!\s*(?:welke|hoeveel|wie|waar)\b)[^?]*\b(?:mag|mogen|moet|moeten|hoeft|hoeven|dient|dienen)\b[^?.;]*?)\bnu\b(?!\s+nog\b)/i;

/**
 * "Welke maximale wachttijd geldt nu voor jeugd-GGZ?": what applies now is the rule as it stands, which a document gives.
 * Not for whom it applies ("bij welke aanbieders geldt nu een instroomstop?"): that is today's state of affairs.
 */
const NOW_APPLIES = /\b(gelden|geldt)(\s+(?:er\s+)?)nu\b(?!\s+nog\b)|\bnu\s+(?=(?:gelden|geldt)\b)/gi;
const FOR_WHOM = /\b(?:bij|voor|in|met|van)\s+welke\b|\bwelke\s+\p{L}*(?:aanbieder|gemeente|organisatie|instelling|partij|jongere|kind)(?:s|n|en|eren)?\b/iu;
/** Only in a question after what applies ("wat", "welke"): "geldt er nu een instroomstop bij ...?" asks today's state. */
const withoutNowApplies = (text: string) => (FOR_WHOM.test(text) || !/^\s*(?:wat|welke?)\b/i.test(text) ? text : text.replace(NOW_APPLIES, '$1$2'));

/** "Wie bellen wij", "bij wie kan ik", "is ons thema nu ...": the asker acting in their own case; not "hoeveel ... hebben wij nu" (their gemeente's state). */
const ASKER = /\b(?:kan|kun|kunt|moet|moeten|mag|mogen|kunnen|ga|gaan|bel|bellen|belt|meld|melden|doe|doen)\s+(?:ik|we|wij|u)\b|\b(?:is|zijn|wordt|worden)\s+(?:ons|onze|mijn)\b/i;

/** "Wie betaalt nu ...?", "wie beslist er nu?": who acts in the asker's case, not who holds a role today ("wie is nu voorzitter?"). */
const WHO_ACTS = /^\s*wie\s+(?!(?:is|zijn|was|waren|zit|zitten|staat|staan)\b)\p{L}+/iu;

/**
 * The question without a "nu" that means "at this point of my case": after a setup, a bare "nu" in a what/how question
 * ("Wat is nu de volgende stap?"), one in which the asker acts ("Bij wie kan ik nu terecht?") or one asking who acts
 * ("Wie betaalt nu?"); in "hoeveel/welke ... nu" and "wie is nu" it still asks today's state of affairs ("Wie is nu de voorzitter?").
 */
/**
 * "Wat gebeurt er met kinderen die nu hulp krijgen ...?": "die nu" names a group by what it has today, as a document
 * that speaks of them does; "hoeveel ... die nu" still counts today's state.
 */
const NOW_OF_GROUP = /\b(die|dat)(\s+(?:we|wij|ze|zij|jullie|u|je))?\s+nu\b(?!\s+(?:nog|toe)\b)/gi;
const withoutNowOfGroup = (text: string) => (/^\s*hoeveel\b/i.test(text) ? text : text.replace(NOW_OF_GROUP, '$1$2'));
/** "Waarom is er nu gekozen voor ...?": a reason for this choice, which the document that makes it gives. */
const NOW_OF_CHOICE = /(\bwaarom\b[^?]*?)\s*\bnu\b(?=[^?]*\b(?:gekozen|besloten|voorgesteld|afgesproken)\b)/gi;

/** "Een jongere zit nu in een gezinshuis, kan die doorschuiven?": "nu" of a case put by "een ...", no state of affairs asked. */
const NOW_OF_CASE = /(\been\s+\p{L}{3,}\s+(?:zit|zitten|woont|wonen|staat|staan|heeft|hebben|krijgt|krijgen|wacht|wachten|is)\s+)nu\b(?!\s+nog\b)/giu;

/** "Waarom valt De Vlonder af, ze doen het nu toch ook?": "nu ... toch" in a clause after the why is the asker's objection, no moment asked. */
const NOW_OF_OBJECTION = /(\bwaarom\b[^?]*?,[^?]*?)\s*\bnu\b(?!\s+nog\b)(?=[^?,]*\btoch\b)/gi;

/** "Wanneer gaat de pilot nu echt van start?": "nu" stressing the question ("really", "exactly"), no moment of today. */
const NOW_STRESSING = /\bnu\s+(?=(?:echt|eigenlijk|precies|werkelijk|definitief)\b)/gi;

const withoutSituationNow = (text: string, afterSetup: boolean) => {
  const stripped = withoutNowOfGroup(withoutNowApplies(text)).replace(NOW_IN_PROCEDURE, '$1').replace(NOW_IN_RULE, '$1').replace(NOW_THAT, '').replace(NOW_OF_CHOICE, '$1').replace(NOW_OF_OBJECTION, '$1').replace(NOW_OF_CASE, '$1').replace(NOW_STRESSING, '');
  const aboutOwnCase = /^\s*(wat|hoe)\b(?!\s*veel)/i.test(stripped) || ASKER.test(stripped) || WHO_ACTS.test(stripped);
  return afterSetup && aboutOwnCase ? stripped.replace(/\bnu\b(?!\s+nog\b)/gi, '') : stripped;
};

/**
 * "... volgens de laatste peildatum", "... volgens de brief": the asker dates the state by the document itself, which
 * gives it. Not "volgens jou" nor "volgens de wethouder" (a person's view of today).
 */
const STATE_OF_THE_DOCUMENT =
  /\bvolgens\s+(?:de|het|deze|dit)\s+(?:(?:laatste|meest recente|jongste|nieuwste)\s+)?(?:peildatum|peilmoment|cijfers|meting|telling|\p{L}*brief|\p{L}*verslag|\p{L}*rapportage|\p{L}*rapport|\p{L}*monitor|\p{L}*overzicht|document|stuk)\b/iu;
/**
 * "Welk cijfer kreeg inspraak bij de vorige meting en welk nu?", "met hoeveel mensen startte het team in 2018, en hoe groot
 * is het nu?": "nu" against an earlier measurement or year is the latest figure a document gives.
 */
const EARLIER = String.raw`(?:${EARLIER_MEASUREMENT.source}|\b(?:in|sinds|vanaf)\s+(?:19|20)\d\d\b)`;
const THEN_AND_NOW = new RegExp(String.raw`${EARLIER}[^?]*\bnu\b(?!\s+(?:nog|toe)\b)|\bnu\b[^?]*${EARLIER_MEASUREMENT.source}`, 'i');
/**
 * "Welke contractduur stelt het RSJ nu voor na de consultatie?": "nu" set after an event (a consultation, the evaluation)
 * or asking what is proposed is the document's own moment, which it reports.
 */
const NOW_AFTER_EVENT = /\bnu\b(?!\s+(?:nog|toe)\b)[^?]*\bna\s+(?:de|het|afloop\s+van)\s+\p{L}{4,}|\bna\s+(?:de|het|afloop\s+van)\s+\p{L}{4,}[^?]*\bnu\b(?!\s+(?:nog|toe)\b)/iu;
const NOW_PROPOSED = /\b(?:stelt|stellen)\b[^?]*\bnu\b[^?]*\bvoor\b|\bnu\b[^?]*\bvoorgesteld\b/i;

/** "Tot wanneer lopen de contracten nu door?": the end date of what runs now, which a document that dates it gives. */
const UNTIL_WHEN_NOW = /^(\s*tot\s+(?:wanneer|welke datum)\b[^?]*?)\bnu\b(?!\s+nog\b)/i;

/** "Welk aandeel zouden ze dan krijgen t.o.v. nu?": "nu" as the figure an option is compared with, which the document gives beside it. */
const COMPARED_WITH_NOW = /(?:\bt\.\s?o\.\s?v\.?|\btov\b|\bten opzichte van|\bvergeleken met|\bin vergelijking met)\s+nu\b/i;

/**
 * "Wat is er nu anders dan tijdens de pilot?", "wat was het eerst en wat wordt het nu?": what changed against an earlier
 * phase, which the document that makes the change gives.
 */
const NOW_OTHER_THAN_BEFORE = /\bnu\b(?!\s+(?:nog|toe)\b)[^?]*\banders\s+dan\b|\b(?:anders\s+dan|eerst|eerder|vroeger|voorheen|oorspronkelijk)\b[^?]*\bnu\b(?!\s+(?:nog|toe)\b)/i;

/**
 * "Met hoeveel productcodes werken we nu en naar hoeveel willen we terug?": "nu" set against a target, a later year or a
 * case ("en wat wordt hij als de reserve wordt aangevuld?") is the starting point of a plan, which the document gives beside it.
 */
const NOW_AND_TARGET = /\bnu\b(?!\s+(?:nog|toe)\b)[^?]*\b(?:naar\s+hoeveel|naartoe|streefwaarde|streefcijfer|doel|ambitie|straks|(?:in|tegen|eind)\s+20\d\d|(?:als|indien)\s+(?:de|het|er|we|wij)\b)/i;

/** "Hoe lang is de wachttijd nu en wat mag volgens het contract?": "nu" set against the agreed norm, which the document reporting both gives. */
const NOW_AGAINST_NORM = /\bnu\b(?!\s+(?:nog|toe)\b)[^?]*\b(?:volgens\s+(?:het|de)\s+(?:contract|norm|afspraak|afspraken|overeenkomst)|de\s+norm|(?:is|zijn)\s+toegestaan)\b/i;

/** The asker dates the state by the document, sets "nu" against an earlier figure, an event or a target, or asks a proposal: a document answers it. */
export const datedByDocument = (asking: string) =>
  STATE_OF_THE_DOCUMENT.test(asking) || THEN_AND_NOW.test(asking) || NOW_AND_TARGET.test(asking) || NOW_AFTER_EVENT.test(asking) || NOW_PROPOSED.test(asking) || COMPARED_WITH_NOW.test(asking) || NOW_OTHER_THAN_BEFORE.test(asking) || NOW_AGAINST_NORM.test(asking);

/** The question without the words "nu" that ask no state of affairs of today. */
export const withoutNowOfCase = (text: string, afterSetup: boolean) => withoutSituationNow(text, afterSetup).replace(UNTIL_WHEN_NOW, '$1');

/** An ask of a question that sets "nu" against an earlier year, put on its own: its "nu" is that latest figure still. */
export const askWithoutThenAndNow = (question: string, ask: string) => (THEN_AND_NOW.test(question) ? ask.replace(/\s*\bnu\b(?!\s+(?:nog|toe)\b)/gi, '') : ask);
