import { DAY_AND_MONTH } from '../../shared/dutch-date';

/** "Per wanneer neemt Oostwind weer aanmeldingen aan?": the moment it starts again, not the one it stopped ("sinds 1 augustus geen ..."). */
const ASKS_RESUMPTION = /\b(?:per|vanaf|sinds)\s+wanneer\b[^?]*\bweer\b|\bwanneer\s+(?:\p{L}+\s+){0,3}?weer\b/iu;
/** "Hoe wordt de bijdrage verdeeld, op basis waarvan?": what it rests on, which "is uitgegaan van het aantal jeugdigen" gives. */
const ASKS_BASIS = /\bop\s+(?:basis|grond)\s+waarvan\b|\bwaarop\s+(?:\p{L}+\s+){0,6}?gebaseerd\b|\bwaar\s+(?:\p{L}+\s+){0,6}?op\s+gebaseerd\b/iu;
const GIVES_BASIS = /\b(?:op\s+(?:basis|grond)\s+van|gebaseerd\s+op|uitgegaan\s+van|uit\s+van|naar\s+rato\s+van|aan\s+de\s+hand\s+van)\b/i;
/** "Kan het PFO zelf besluiten nemen over beleidsvoorstellen?": whether it may, which "Het pfo kan deze niet vaststellen" says. */
const ASKS_OWN_POWER = /^\s*(?:mag|mogen|kan|kunnen)\s+(?:het|de)\s+[\p{L}-]+\s+(?:\p{L}+\s+)?(?:zelf|zelfstandig|eigenstandig|op\s+eigen\s+houtje)\b/iu;
const SAYS_POWER = /\b(?:kan|kunnen|mag|mogen)\b[^.;:]*\b(?:niet|geen|wel|zelf|zelfstandig)\b|\b(?:on)?bevoegd\b|\bgeen\s+(?:eigen\s+)?(?:besluiten|formeel|\p{L}*bevoegdheid|\p{L}*bevoegdheden)\b/iu;

/**
 * What a text must say for a question that asks a moment something starts again, the basis of a rule, or whether a body
 * may do a thing itself: a test on the text, undefined for other questions (see givesWhatIsAsked).
 */
export function askedGround(question: string): ((text: string) => boolean) | undefined {
  if (ASKS_RESUMPTION.test(question)) return (text) => DAY_AND_MONTH.test(text) && /\bweer\b/i.test(text);
  if (ASKS_BASIS.test(question)) return (text) => GIVES_BASIS.test(text);
  if (ASKS_OWN_POWER.test(question)) return (text) => SAYS_POWER.test(text);
  return undefined;
}
