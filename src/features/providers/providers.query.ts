import { findGemeente, foldName, type Region } from '../../region';
import { type ContractSoort, SIGNAL_SOORTEN, type SignalNiveau, type SignalSoort } from './providers.domain';
import { addMonths, dutchDate, isoDay, MONTHS } from './providers.format';
import { normalize, type NameMatcher } from './providers.match';

export type QueryKind = 'status' | 'waits' | 'signals' | 'ending' | 'contracts' | 'top';

/** A question about provider data, after the words are understood. Also what a follow-up builds on. */
export interface Query {
  kind: QueryKind;
  providerId?: string;
  gemeente?: string;
  soort?: ContractSoort;
  product?: string;
  minWeeks?: number;
  /** "vanaf 8 weken" includes 8; "meer dan 8 weken" does not. */
  inclusive?: boolean;
  niveau?: SignalNiveau;
  signalSoort?: SignalSoort;
  /** Contracts whose einddatum lies in [endFrom, endBefore). */
  endFrom?: string;
  endBefore?: string;
  endLabel?: string;
  limit?: number;
  /** "per gemeente": a breakdown over all gemeenten of the region. */
  perGemeente?: boolean;
}

export type Parsed =
  /**
   * `documentsFirst`: the data was read from words a governance question uses too, so the documents answer first when they
   * can: a provider named in passing ("welke stappen kent de escalatie ladder"), "risico" without a signal ("de buffer in
   * verhouding tot de risico's"), an amount of a gemeente without a contract ("Hardenberg had dubbele declaraties, om welk
   * bedrag ging het").
   */
  | { type: 'query'; query: Query; documentsFirst?: boolean }
  /** A provider was asked about by name but none matched. */
  | { type: 'unknown-provider'; phrase: string }
  /** About providers or contracts, but not a question we can answer. */
  | { type: 'vague' };

export interface ParseContext {
  region: Region;
  matcher: NameMatcher;
  products: string[];
  today: string;
  last?: Query;
}

const NUMBER_WORDS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, twintig: 20,
};
const NUM = `(\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const num = (s: string) => NUMBER_WORDS[s] ?? Number(s.replace(',', '.'));
// Built once: every question is tested against them.
const MORE_WEEKS = new RegExp(`(meer dan|langer dan|boven(?: de)?|over|groter dan|vanaf|minimaal|minstens|ten minste|ruim)\\s+${NUM}\\s*(?:weken|week|wk)`);
const WEEKS = new RegExp(`${NUM}\\s*(?:weken|week)`);
const TOP_N = new RegExp(`\\btop\\s*${NUM}|${NUM}\\s+(?:grootste|duurste|belangrijkste)|grootste\\s+${NUM}`);
const WITHIN = new RegExp(`binnen (?:de )?(?:komende |volgende )?${NUM}?\\s*(maand|maanden|jaar)`);

const FOLLOW_UP = /^(en|maar|alleen|daarvan|welke daarvan|hoeveel daarvan|wat als|hoe zit het|hoe is dat|idem)\b|\bdaarvan\b|\bdie\b.*\?$/;
const STATUS_PHRASE =
  /(?:hoe (?:staat|gaat|is|zit) het(?: er)?(?: nu)? (?:met|bij)|hoe doet|status (?:van|bij)|stand van zaken (?:van|bij)|informatie over|overzicht van|wat weet je over|vertel (?:eens )?over|hoe loopt het (?:met|bij))\s+(.+)$/;
const ENDING = /(aflo|loopt af|lopen af|lopen (?:nog )?.{0,40} af|eindig|verloop|verlopen|einddatum|afgelopen|stoppen|\bstopt\b|expir)/;
const WAIT = /wacht/;
const SIGNAL = /signa(?:a|l)|risico/;
const TOP = /\btop\b|grootste|hoogste (?:contract)?waarde|meeste (?:contract)?(?:waarde|geld)|duurste|grootste aanbieders/;
const CONTRACTS = /contract|inkoop|waarde|euro|bedrag|geld|omvang/;
const CONTRACT_WORD = /contract|inkoop|ingekocht/;
const AMOUNT_QUESTION = /hoeveel|aantal|totaal|totale|waarde|overzicht|som|samen/;
// Questions about the governance of contracts belong to Q&A, not to the data.
const DEFINITION = /^(wat (?:is|zijn) (?:een|eigenlijk|het verschil)|wat betekent|wat betekenen|wat houdt|wie (?:beslist|besluit|gaat|is|doet)|waarom|hoe werkt|wanneer (?:wordt|worden|moet))\b/;
const GOVERNANCE =
  /\b(thema|regioagenda|aanpak|project|convenant|transformatie|kadernota|kadernotitie|begroting|jaarplan|beheersplan|besluit|vergadering|agenda|pfo|bo|ao|mo|gr|kleine commissie|bestuur|beleid|ronde|escalatieroute|proces)\b/;
// "Wat als een zorgaanbieder in de knel komt, wie pakt dat op?": providers as a category, asked the way a governance
// question is (what happens, who acts, why, may one). Q&A's, which answers from the documents or declines honestly;
// "wie zijn de aanbieders" and "welke/hoeveel ..." ask for the data.
const ASKED_AS_GOVERNANCE = /^(wat als|wat gebeurt|wat (?:moet|moeten|kan|kunnen|mag|mogen|doet|doen)|wie (?!zijn\b|is\b)|waarom|waar|wanneer|mag|mogen|kan|kunnen|moet|moeten)\b/;
// Provider data holds each provider's current waiting time in weeks. A count of children waiting, or a past year
// or date, is asked of the documents (a jaarverslag, a monitor), not of that data.
const WAIT_COUNT = /\b(?:hoeveel|aantal) (?:kinderen|jongeren|jeugdigen|clienten|mensen|wachtenden|gezinnen)\b/;
// A name asked about ("hoe staat het met X") is taken as a provider only if it looks like one.
const PROVIDER_WORDS = /\b(stichting|zorg\w*|\w*zorg|jeugdhulp|groep|aanbieder|instelling|bv|b v|kliniek|huis|centrum)\b/;

/** Folded text that keeps dates like 2027-07-01 and 1-7-2027 intact. */
const queryText = (text: string) =>
  foldName(text.replace(/(\d)[-/](?=\d)/g, '$1\u0000'))
    .replace(/[^a-z0-9 \u0000]+/g, ' ')
    .replace(/\u0000/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** Understands a Dutch question about providers and contracts, rule by rule. */
export function parseQuestion(text: string, ctx: ParseContext): Parsed | undefined {
  const t = queryText(text);
  const raw = text.toLowerCase();
  if (!t) return undefined;
  const providerId = ctx.matcher.find(text)?.provider.id;
  // A governance question that names no provider and follows no query is Q&A's: no need to read its slots.
  if (!providerId && !ctx.last && (DEFINITION.test(t) || GOVERNANCE.test(t))) return undefined;
  const slots = readSlots(t, raw, ctx);
  // "Wat als een zorgaanbieder in de knel komt, wie pakt dat op?" after a query asks about providers in general, not about those.
  const asksInGeneral = ASKED_AS_GOVERNANCE.test(t) && !isShort(t) && !hasSlots(slots, providerId);
  const followUp = !!ctx.last && !asksInGeneral && (FOLLOW_UP.test(t) || (isShort(t) && hasSlots(slots, providerId) && !explicitKind(t, slots, providerId)));

  if (followUp && ctx.last) return { type: 'query', query: followUpQuery(ctx.last, t, slots, providerId) };

  if (!providerId && (DEFINITION.test(t) || GOVERNANCE.test(t))) return undefined;
  const kind = explicitKind(t, slots, providerId);
  if (!kind) {
    const phrase = t.match(STATUS_PHRASE)?.[1];
    if (phrase && looksLikeProvider(text, phrase)) return { type: 'unknown-provider', phrase: cleanPhrase(text, phrase) };
    if (/aanbieder|contracten|wachttijden|signalen/.test(t)) return ASKED_AS_GOVERNANCE.test(t) ? undefined : { type: 'vague' };
    return undefined;
  }
  if (kind === 'waits' && asksWaitHistoryOrCount(t, ctx.today)) return undefined;
  if (kind === 'contracts' && !providerId && asksBeyondContractData(t, ctx)) return undefined;
  const documentsFirst = !isShort(t) && (kind === 'status' ? !STATUS_PHRASE.test(t) : readFromSharedWords(t, kind, providerId));
  return { type: 'query', query: { kind, providerId, ...slots }, ...(documentsFirst && { documentsFirst }) };
}

const readFromSharedWords = (t: string, kind: QueryKind, providerId?: string) =>
  (kind === 'signals' && !/signa(?:a|l)/.test(t)) || (kind === 'contracts' && !providerId && !CONTRACT_WORD.test(t));

const isShort = (t: string) => t.split(' ').length <= 5;

/** Only such a text is read as a follow-up of the last query: others need not fetch it from the store. */
export const mayFollowUp = (text: string): boolean => {
  const t = queryText(text);
  return FOLLOW_UP.test(t) || isShort(t);
};

const asksPast = (t: string, today: string) =>
  [...t.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => Number(m[0]) < Number(today.slice(0, 4))) || /\bvorig jaar\b/.test(t);

function asksWaitHistoryOrCount(t: string, today: string): boolean {
  return asksPast(t, today) || WAIT_COUNT.test(t);
}

/**
 * The data holds this region's contracts as they are now. A past year ("hoeveel aanbieders hebben in 2025 hun contract
 * opgezegd?"), another region ("de regio Twente") or the work around contracts ("het systeem voor contractbeheer")
 * is asked of the documents.
 */
function asksBeyondContractData(t: string, ctx: ParseContext): boolean {
  const otherRegion = [...t.matchAll(/\bregio (\w+)/g)].some((m) => m[1] !== ctx.region.id && !findGemeente(ctx.region, m[1]));
  const aboutManaging = /\bcontract(?:beheer|management|manager|managers|administratie|systeem)\b/.test(t) && !/\bcontract(?:en)?\b/.test(t);
  return asksPast(t, ctx.today) || otherRegion || aboutManaging;
}

type Slots = Omit<Query, 'kind' | 'providerId'>;

function hasSlots(s: Slots, providerId?: string): boolean {
  return !!(providerId || s.gemeente || s.soort || s.product || s.minWeeks !== undefined || s.niveau || s.signalSoort || s.endBefore || s.limit);
}

function explicitKind(t: string, s: Slots, providerId?: string): QueryKind | undefined {
  if (ENDING.test(t) && (s.endBefore || /contract/.test(t))) return 'ending';
  if (WAIT.test(t) && !SIGNAL.test(t) && (s.minWeeks !== undefined || !providerId)) return 'waits';
  if (SIGNAL.test(t) && !providerId) return 'signals';
  if (TOP.test(t)) return 'top';
  // "Hoeveel geld is er begroot voor de communicatieadviseur?" asks no contract figure: money alone names none.
  if (CONTRACTS.test(t) && (AMOUNT_QUESTION.test(t) || s.gemeente || s.soort || providerId) && (CONTRACT_WORD.test(t) || s.gemeente || s.soort || providerId)) return 'contracts';
  if (providerId) return 'status';
  return undefined;
}

/** Keeps the last question and changes what the follow-up names ("en in Deventer?", "welke daarvan zijn meerjarig?"). */
function followUpQuery(last: Query, t: string, s: Slots, providerId?: string): Query {
  const next: Query = { ...last };
  for (const [k, v] of Object.entries(s)) if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  const kind = explicitKind(t, s, undefined);
  if (kind && kind !== 'contracts') next.kind = kind;
  if (providerId) {
    next.providerId = providerId;
    if (['waits', 'signals'].includes(last.kind) && !kind) next.kind = 'status';
    if (last.kind === 'top') next.kind = 'contracts';
  }
  if ((s.soort || kind === 'contracts') && ['status', 'waits', 'signals', 'top'].includes(next.kind) && !TOP.test(t)) next.kind = 'contracts';
  if (/alle gemeenten|hele regio|regionaal|in totaal/.test(t)) next.gemeente = undefined;
  if (s.gemeente) next.perGemeente = undefined;
  if (/alle aanbieders/.test(t)) next.providerId = undefined;
  return next;
}

function readSlots(t: string, raw: string, ctx: ParseContext): Slots {
  const s: Slots = {};
  s.gemeente = ctx.region.gemeenten.find((g) => wordPattern(g).test(t));
  const meer = /meerjarig|meer jarig|meerjaren/.test(t);
  const een = /eenjarig|een jarig|jaarcontract/.test(t);
  if (meer !== een) s.soort = meer ? 'meerjarig' : 'eenjarig'; // both named: the split is the answer

  const product = ctx.products.find((p) => productMentioned(t, p));
  if (product) s.product = product;

  const weeks = t.match(MORE_WEEKS);
  if (weeks) {
    s.minWeeks = num(weeks[2]);
    s.inclusive = /vanaf|minimaal|minstens|ten minste/.test(weeks[1]);
  } else {
    const bare = t.match(WEEKS);
    const symbol = raw.match(/>\s*(=?)\s*(\d+)/);
    if (WAIT.test(t) && (bare || symbol)) {
      s.minWeeks = symbol ? Number(symbol[2]) : num(bare![1]);
      s.inclusive = symbol ? symbol[1] === '=' : /of (?:meer|langer)/.test(t);
    }
  }

  if (SIGNAL.test(t) || ctx.last?.kind === 'signals') {
    if (/\bhoo?g|\brood|\bernstig|\bkritiek|\bzwaar/.test(t)) s.niveau = 'hoog';
    else if (/\bmidden|\bmiddel|\boranje/.test(t)) s.niveau = 'midden';
    else if (/\blaag|\blage\b|\bgroen/.test(t)) s.niveau = 'laag';
    s.signalSoort = SIGNAL_SOORTEN.find((k) => t.includes(k.slice(0, 6)) && !(k === 'wachttijd' && !/wachttijdsigna|signa\w* (?:over|op|van) wacht|soort wacht/.test(t)));
  }

  const top = t.match(TOP_N);
  if (top) s.limit = num(top[1] ?? top[2] ?? top[3]);

  if (/per gemeente|elke gemeente|iedere gemeente|alle gemeenten/.test(t) && !s.gemeente) s.perGemeente = true;
  Object.assign(s, endRange(t, ctx.today));
  for (const k of Object.keys(s) as (keyof Slots)[]) if (s[k] === undefined) delete s[k];
  return s;
}

/** "dit jaar", "volgend jaar", "binnen 6 maanden", "voor 1 juli 2027", "voor 2027-07-01", "voor 2028". */
function endRange(t: string, today: string): Pick<Query, 'endFrom' | 'endBefore' | 'endLabel'> {
  const year = Number(today.slice(0, 4));
  if (/dit jaar|deze jaar|in het lopende jaar|eind van het jaar|voor het einde van het jaar|voor het eind van dit jaar/.test(t)) {
    return { endFrom: `${year}-01-01`, endBefore: `${year + 1}-01-01`, endLabel: `in ${year}` };
  }
  if (/volgend jaar|komend jaar|komende jaar/.test(t)) return { endFrom: `${year + 1}-01-01`, endBefore: `${year + 2}-01-01`, endLabel: `in ${year + 1}` };
  const within = t.match(WITHIN);
  if (within) {
    const n = within[1] ? num(within[1]) : 1;
    const months = within[2] === 'jaar' ? 12 * n : n;
    return { endFrom: today, endBefore: addMonths(today, months), endLabel: `binnen ${months} maanden` };
  }
  const before = t.match(/\b(?:voor|voordat|uiterlijk|tot|vóór)\s+(?:(?:eind|einde)\s+(\d{4})|(\d{4}-\d{2}-\d{2})|(\d{1,2})-(\d{1,2})-(\d{4})|(\d{1,2})?\s*([a-z]+)\s+(\d{4})|(\d{4}))\b/);
  if (before) {
    const [, endYear, iso, d, m, y, day, monthName, monthYear, plainYear] = before;
    let date: string | undefined;
    if (endYear) date = `${Number(endYear) + 1}-01-01`;
    else if (iso) date = iso;
    else if (y) date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    else if (monthName && MONTHS.includes(monthName)) date = `${monthYear}-${String(MONTHS.indexOf(monthName) + 1).padStart(2, '0')}-${(day ?? '1').padStart(2, '0')}`;
    else if (plainYear) date = `${plainYear}-01-01`;
    if (date && !Number.isNaN(Date.parse(date))) return { endBefore: date, endLabel: `voor ${dutchDate(date)}` };
  }
  const inYear = t.match(/\bin (\d{4})\b/);
  if (inYear) return { endFrom: `${inYear[1]}-01-01`, endBefore: `${Number(inYear[1]) + 1}-01-01`, endLabel: `in ${inYear[1]}` };
  return {};
}


const wordPatterns = new Map<string, RegExp>();

/** A gemeente's or product's name as a whole phrase; compiled once per name, as every question tests them all. */
function wordPattern(name: string): RegExp {
  let pattern = wordPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\b${normalize(name)}\\b`);
    if (wordPatterns.size < 1000) wordPatterns.set(name, pattern);
  }
  return pattern;
}

// Generic words in product names do not identify a product on their own.
const GENERIC = new Set(['jeugdhulp', 'jeugd', 'zorg', 'hulp', 'specialistisch', 'specialistische', 'product', 'met', 'en', 'van', 'de', 'het', 'voor']);

function productMentioned(t: string, product: string): boolean {
  if (wordPattern(product).test(t)) return true;
  const p = normalize(product);
  const words = t.split(' ');
  return p
    .split(' ')
    .filter((w) => !GENERIC.has(w) && w.length >= 3)
    .some((w) => words.some((x) => x === w || (w.length >= 6 && x.length >= 6 && x.slice(0, 6) === w.slice(0, 6))));
}

/** A capitalised word in the asked-for name, or a word providers' names use. */
function looksLikeProvider(original: string, phrase: string): boolean {
  const words = original.replace(/[?!.]+\s*$/, '').trim().split(/\s+/);
  const asked = words.slice(Math.max(0, words.length - phrase.split(' ').length));
  return asked.some((w) => /^[A-Z]/.test(w)) || PROVIDER_WORDS.test(phrase);
}

/** The asked-for name from the original text, without a trailing question mark or gemeente. */
function cleanPhrase(original: string, phrase: string): string {
  const words = phrase.split(' ').length;
  const orig = original.replace(/[?!.]+\s*$/, '').trim().split(/\s+/);
  return orig.slice(Math.max(0, orig.length - words)).join(' ');
}

export const todayIso = () => isoDay(new Date());
