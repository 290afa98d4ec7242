import { PARTICLE_ALTERNATION, isSeparableParticle } from './separable-particles';
import { STOP_WORDS } from './vocabulary-words';

/**
 * Separable verbs on the text side: a document says "De inkoopadviseur houdt een dossier bij" and "Het
 * bestuur stelt het plan vast voordat ...", a question asks "wie moet het dossier bijhouden" or "wie stelt
 * ... vast". The joined infinitive is added after the particle that ends the clause, so both forms find it.
 */

/** Finite forms of verbs that often split, with their infinitive. */
const INFINITIVES: Record<string, string> = Object.fromEntries(
  [
    ['houdt houden hield hielden', 'houden'],
    ['stelt stellen stelde stelden', 'stellen'],
    ['legt leggen legde legden', 'leggen'],
    ['neemt nemen nam namen', 'nemen'],
    ['geeft geven gaf gaven', 'geven'],
    ['wijst wijzen wees wezen', 'wijzen'],
    ['brengt brengen bracht brachten', 'brengen'],
    ['roept roepen riep riepen', 'roepen'],
    ['zet zetten zette zetten', 'zetten'],
    ['stuurt sturen stuurde stuurden', 'sturen'],
    ['draagt dragen droeg droegen', 'dragen'],
    ['treedt treden trad traden', 'treden'],
    ['vult vullen vulde vulden', 'vullen'],
    ['dient dienen diende dienden', 'dienen'],
    ['maakt maken maakte maakten', 'maken'],
    ['voert voeren voerde voerden', 'voeren'],
    ['sluit sluiten sloot sloten', 'sluiten'],
    ['schrijft schrijven schreef schreven', 'schrijven'],
    ['trekt trekken trok trokken', 'trekken'],
    ['haalt halen haalde haalden', 'halen'],
    ['kondigt kondigen kondigde kondigden', 'kondigen'],
    ['nodigt nodigen nodigde nodigden', 'nodigen'],
    ['levert leveren leverde leverden', 'leveren'],
    ['vraagt vragen vroeg vroegen', 'vragen'],
    ['spreekt spreken sprak spraken', 'spreken'],
    ['deelt delen deelde deelden', 'delen'],
    ['koppelt koppelen koppelde koppelden', 'koppelen'],
    ['tekent tekenen tekende tekenden', 'tekenen'],
    ['wijkt wijken week weken', 'wijken'],
    ['zegt zeggen zei zeiden', 'zeggen'],
    ['bereidt bereiden bereidde bereidden', 'bereiden'],
    ['richt richten richtte richtten', 'richten'],
    ['keurt keuren keurde keurden', 'keuren'],
    ['werkt werken werkte werkten', 'werken'],
    ['betaalt betalen betaalde betaalden', 'betalen'],
    ['meldt melden meldde meldden', 'melden'],
    ['vindt vinden vond vonden', 'vinden'],
    ['stemt stemmen stemde stemden', 'stemmen'],
    ['doet doen deed deden', 'doen'],
    ['blijft blijven bleef bleven', 'blijven'],
    ['kent kennen kende kenden', 'kennen'],
    ['loopt lopen liep liepen', 'lopen'],
  ].flatMap(([forms, infinitive]) => forms.split(' ').map((f) => [f, infinitive])),
);

/** "Namen" of "namen ... aan": the infinitive of a finite form of a verb that often splits ("nemen"), else undefined. */
export const infinitiveOf = (word: string): string | undefined => INFINITIVES[word];

/** A quick look before the token walk: most texts have no particle at all. */
const ANY_PARTICLE = new RegExp(`\\b(?:${PARTICLE_ALTERNATION})\\b`, 'i');
/** Where a main clause ends: punctuation, or a subordinate clause starting ("stelt het plan vast voordat ..."). */
const CLAUSE_END = /^(?:[.;:!?,)]|voordat|nadat|zodat|omdat|wanneer|als|indien|zodra|totdat|waarna|waarbij|tenzij|mits|dan)$/;
/** "Blijft de besparing meer dan 15% achter": "dan" after a comparative compares, it opens no clause. */
const COMPARATIVE = /^(?:meer|minder|groter|kleiner|hoger|lager|langer|korter|eerder|later|beter|slechter|sneller|trager|anders|liever|vaker)$/;
/** A particle before these still ends its verb ("stelt een plan op en legt ..."), though the clause goes on. */
const COORDINATOR = /^(?:en|of|maar)$/;
/** A phrase after the particle ("houdt een register bij van alle afwijkingen", "legt de raming vast in het dossier"). */
const PREPOSITION = /^(?:van|op|met|aan|in|voor|vóór|over|door|bij|tot|na|uit|onder|binnen|zonder|volgens|namens|tegen|via|per|vanaf|sinds|tijdens|uiterlijk)$/;
/** How far apart verb and particle may stand. */
const REACH = 14;
const TOKEN = /\p{L}+|[.;:!?,)](?=\s|$)/gu;

/** "Over te dragen", "in te dienen": a separable verb's te-infinitive, written apart. */
const TE_INFINITIVE = new RegExp(`\\b(${PARTICLE_ALTERNATION})\\s+te\\s+(\\p{L}{3,}en)\\b`, 'giu');

/**
 * The text with each split verb's joined infinitive after its particle ("houdt een register bij bijhouden van ..."),
 * and after a te-infinitive ("over te dragen overdragen"), so "overgedragen" and "indienen" find them.
 */
export function withJoinedVerbs(text: string): string {
  if (!ANY_PARTICLE.test(text)) return text;
  text = text.replace(TE_INFINITIVE, (whole, particle: string, verb: string) => `${whole} ${particle.toLowerCase()}${verb.toLowerCase()}`);
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ word: m[0].toLowerCase(), end: m.index! + m[0].length }));
  const inserts: { at: number; word: string }[] = [];
  let clauseStart = 0;
  tokens.forEach((t, i) => {
    if (CLAUSE_END.test(t.word) && !(t.word === 'dan' && COMPARATIVE.test(tokens[i - 1]?.word ?? ''))) clauseStart = i + 1;
    const next = tokens[i + 1]?.word;
    if (!isSeparableParticle(t.word) || !(next === undefined || CLAUSE_END.test(next) || COORDINATOR.test(next) || PREPOSITION.test(next))) return;
    // The nearest verb before it: "stelt een plan op en legt de raming vast" joins "legt" with "vast".
    const verb = tokens.slice(Math.max(clauseStart, i - REACH), i).reverse().find((v) => INFINITIVES[v.word]);
    // "Voert ... de crisisdienst uit": "uitvoeren" only asks (a stop word), so the joined form as written ("uitvoert") says it.
    if (verb) inserts.push({ at: t.end, word: STOP_WORDS.has(`${t.word}${INFINITIVES[verb.word]}`) ? `${t.word}${verb.word}` : `${t.word}${INFINITIVES[verb.word]}` });
  });
  return inserts.reduceRight((out, { at, word }) => `${out.slice(0, at)} ${word}${out.slice(at)}`, text);
}
