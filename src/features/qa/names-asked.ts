import { textOverRows } from './content-asked';
import { PLACE_TERMS, termsOf } from './dutch-text';
import { isDictionaryForm } from './dictionary-forms';

/** The parties a question may ask by name. */
const PARTIES = String.raw`(?:zorg)?aanbieders?|organisaties?|instellingen?|partijen|bureaus?|bedrijven`;
/**
 * "Welke aanbieders hebben zich ingeschreven?", "welke aanbieders deden mee ... graag de namen", "welke organisatie wordt
 * de crisisdienst?": the ones that did (or will do) something, by name; not the kind of party a rule is about ("welke
 * aanbieders mogen meedoen?").
 */
const ASKS_NAMES = new RegExp(
  String.raw`\bwelke\s+(?:${PARTIES})\b.*\b(?:ingeschreven|aangemeld|meegedaan|deden\s+mee|deed\s+mee|namen\s+deel|nam\s+deel|deelgenomen|geselecteerd|gegund|(?:de\s+)?namen|hoe\s+heten)\b|\bwelke\s+(?:organisatie|aanbieder|instelling|partij)\s+wordt\b`,
  'iu',
);
/** "Alle 12 gecontracteerde aanbieders": every party, which names them all. */
const ALL_PARTIES = new RegExp(String.raw`\balle\s+(?:\d+\s+|\p{L}+e\s+)*(?:${PARTIES})\b`, 'iu');
/** Capitalised words that name no party: the region and the words of its bodies' names. */
const NO_PARTY = /^(?:ijsselland|jeugd|jeugdhulp|regio|regionaal|regionale|rijk|toegang|bron)$/i;
/** A capitalised word after the first of its sentence or after a colon. */
const MID_SENTENCE_CAPITAL = /(?<=[\p{Ll},;:()'’"]\s+)\p{Lu}[\p{L}-]*/gu;
/** A capitalised word opening an item of a list: a name ("- Trias Jeugdhulp", "- Kompaszorg") unless a Dutch word alone ("- Aanbieders mogen ..."). */
const ITEM_CAPITAL = /(?<=(?:^|\n)\s*(?:[-•*]|\d+[.)])\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?/gu;

/** Whether an answer names a party: a capitalised word that is no place, abbreviation or word of the region's bodies, or "alle aanbieders". */
function namesParty(answer: string): boolean {
  const text = answer.split(/\n?Bron:/)[0];
  if (ALL_PARTIES.test(text)) return true;
  const capitals = [...(text.match(MID_SENTENCE_CAPITAL) ?? []), ...(text.match(ITEM_CAPITAL) ?? []).filter((w) => /\s/.test(w) || !isDictionaryForm(w.toLowerCase()))];
  return capitals.some((w) => w !== w.toUpperCase() && !NO_PARTY.test(w) && !PLACE_TERMS.has(termsOf(w.toLowerCase())[0] ?? ''));
}

/** The names of parties asked, and an answer that names none: it tells about the event, not who took part. */
/** Not "wie hakt de knoop door over aan welke aanbieders gegund wordt?": who decides is asked, not the parties. */
export const lacksNamesAsked = (question: string, answer: string): boolean => ASKS_NAMES.test(question) && !/^\s*wie\b/i.test(question) && !namesParty(answer);

/** "Wie zitten er in de kleine commissie?", "wie zit er namens de gemeenten in ...", "uit wie bestaat ...": the members of a body. */
const ASKS_MEMBERS = /\bwie\s+(?:zitten|zit|zaten|zat)\s+(?:er\s+)?(?:allemaal\s+)?(?:in|namens)\b|\buit\s+wie\s+(?:bestaat|bestaan|bestond)\b/i;
/** A text that says who is in a body: its make-up, its members, a seat in it, or the people it brings together. */
const SAYS_MEMBERS = /\b(?:bestaat|bestaan|bestond)\s+uit\b|\bsamengesteld\b|\bsamenstelling\b|\bzitting\b|\bzitten\b|\bzit\b|\bleden\b|\blid\b|\bvoorzitter\b|\b\p{L}*(?:bestuurders|wethouders|vertegenwoordigers|medewerkers|portefeuillehouders|ambtenaren|adviseurs|managers|directeuren|deskundigen)\b/iu;

/** "Wie zitten er in de kleine commissie?" answered by what the commissie does: no member or make-up in it. */
export const asksMembers = (question: string): boolean => ASKS_MEMBERS.test(question);
export const lacksMembersAsked = (question: string, answer: string): boolean => asksMembers(question) && !SAYS_MEMBERS.test(answer.split(/\n?Bron:/)[0]);
/**
 * For "wie zitten er in ...", a sentence's weight: one that says who is in the body counts double; a table row that names
 * the body in a cell ("Gevolgde route: kleine commissie 12 juni") half.
 */
export function membersWeight(question: string): ((sentence: string) => number) | undefined {
  if (!asksMembers(question)) return undefined;
  // Of the body asked ("in de kleine commissie": "commissie"), by its stem: not the make-up of a projectgroep beside it.
  const body = (BODY_ASKED.exec(question)?.[1] ?? '').split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '').toLowerCase();
  const stem = body.slice(0, Math.max(5, body.length - 2));
  return textOverRows((s) => SAYS_MEMBERS.test(s) && s.toLowerCase().includes(stem));
}
const BODY_ASKED = /\b(?:in|namens|bij)\s+(?:de|het)\s+((?:\p{L}+\s+){0,2}\p{L}+)/iu;
