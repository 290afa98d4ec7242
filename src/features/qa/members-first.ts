import { INITIALS_NAME } from './current-holder';
import { type RankedHit, titleOfKey } from './ranked-hit';
import { rowOf } from './tables';
import { fold } from '../../shared/fold';

/** "Wie zaten er in de kleine commissie ...?", "wie zitten in de stuurgroep": the members of a body, asked by name. */
const ASKS_MEMBERS = /^\s*wie\s+(?:zitten|zaten|zit|zat)\b[^?]{0,40}?\b(?:in|bij)\s+(?:de|het)\s+((?:\p{L}+\s+){0,2}\p{L}+)/iu;
/** How much less of the question a passage that names the members may cover than the best, which names fewer people. */
const MEMBERS_GAP = 0.3;

/** A person by role and name: "wethouder Anouk Meijerink", "vicevoorzitter Bart Kloosterman", "wethouder ter Horst". */
const ROLE_AND_NAME = /\b(?:wethouder|(?:vice)?voorzitter|regiomanager|secretaris|mevrouw|de heer|mw\.|dhr\.)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}\p{Ll}+/gu;
const INITIALS_NAMES = new RegExp(INITIALS_NAME.source, 'gu');
/** "wethouders Lubbers (Hardenberg), Femke Dijkhof (Zwolle) en Ruud Scholten": people listed after their role in the plural. */
const ROLE_LIST = /\b(?:wethouders|bestuurders|portefeuillehouders)\s+(\p{Lu}[^.;:]*)/gu;
const listedAfterRole = (text: string) =>
  [...text.matchAll(ROLE_LIST)].reduce((n, m) => n + m[1].split(/,\s*|\s+en\s+/).filter((item) => /^\p{Lu}\p{Ll}/u.test(item.trim())).length, 0);
const peopleIn = (text: string) => new Set([...(text.match(INITIALS_NAMES) ?? []), ...(text.match(ROLE_AND_NAME) ?? [])]).size + listedAfterRole(text);

/**
 * "Wie zaten er in de kleine commissie die op 3 maart bijeenkwam?" best answered by the timeline's "De kleine commissie kwam
 * op 3 maart bijeen", or by the one wethouder invited: the passage of the same document that names several people with
 * the body ("De kleine commissie, met de wethouders M. Dijkhuis, K. Wesselink en A. Slagman, ...") goes first.
 */
export function withMembersFirst<H extends RankedHit>(ranked: H[], hits: H[], question: string, text: (id: string) => string): H[] {
  const best = ranked[0];
  const body = ASKS_MEMBERS.exec(question)?.[1].split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!best || best.kind !== 'passage' || !body) return ranked;
  const named = Math.max(1, peopleIn(text(best.id)));
  // The passage names the body asked ("commissie", "beoordelingsteam"), by the word's stem.
  const namesBody = (id: string) => fold(text(id)).includes(fold(body).slice(0, Math.max(5, body.length - 2)));
  const members = [...hits]
    .sort((a, b) => b.rank - a.rank)
    .find((h) => h !== best && h.kind === 'passage' && h.coverage >= best.coverage - MEMBERS_GAP && titleOfKey(h.id) === titleOfKey(best.id) && !rowOf(text(h.id)) && namesBody(h.id) && peopleIn(text(h.id)) > named);
  return members ? [members, ...ranked.filter((h) => h !== members)] : ranked;
}
