import { DELIVERY_STATUSES } from './notifications.domain';
import type { Recipient } from './notifications.ports';

/**
 * Whether the outbox keeps a delivery for someone without a chat until they open the app
 * (issue 12's `waiting` status). Until it does, the bot must not promise that they get it later.
 */
const WAITS_FOR_APP = (DELIVERY_STATUSES as readonly string[]).includes('waiting');

/** "en krijgen het zodra ze dat doen", or, without waiting deliveries, what really happens to them. */
export function laterClause(n: number, it: 'het' | 'hem'): string {
  if (WAITS_FOR_APP) return n === 1 ? `krijgt ${it} zodra die dat doet` : `krijgen ${it} zodra ze dat doen`;
  return `${n === 1 ? 'krijgt' : 'krijgen'} ${it} alleen als de bot ${n === 1 ? 'die' : 'hen'} via een gedeeld team kan bereiken (zie "afleverrapport")`;
}

/** Dutch texts of proactive messaging: delivery reasons, channel links, the delivery report. */
/** "14:05" in Dutch time. */
const clock = (ms: number) => new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(ms);

export const NOTIFY_TEXTS = {
  unresolved: (r: Recipient) => {
    switch (r.kind) {
      case 'user':
        return 'onbekende gebruiker';
      case 'role':
        return r.gemeente ? `niemand met deze rol in gemeente ${r.gemeente}` : 'niemand met deze rol in de gebruikerslijst';
      case 'channel':
        return 'dit kanaal is niet gekoppeld';
      case 'conversation':
        return 'onbekend gesprek';
    }
  },
  throttled: 'Teams vraagt om later te versturen (HTTP 429)',
  gaveUp: (attempts: number, reason: string) => `opgegeven na ${attempts} pogingen: ${reason}`,
  interrupted: 'onzeker: het versturen werd onderbroken door een herstart; controleer of het bericht is aangekomen',
  missingNotification: 'de melding zelf ontbreekt in de opslag',
  noConversation: 'niet bezorgbaar: geen gesprek met deze ontvanger bekend',
  waitingForInstall: 'wacht tot de ontvanger de app opent of geïnstalleerd krijgt',
  installFailed: (reason: string, retryAt: number | undefined, attempts: number) =>
    retryAt === undefined
      ? `wacht tot de ontvanger de app opent: automatisch installeren is ${attempts} keer mislukt (${reason})`
      : `wacht op de app: automatisch installeren mislukt (${reason}); nieuwe poging om ${clock(retryAt)}`,
  neverInstalled: (days: number) => `niet bezorgbaar: de ontvanger heeft de app binnen ${days} dagen niet geopend`,
} as const;

export const CHANNEL_TEXTS = {
  onlyInChannel: 'Een kanaal koppelen kan alleen in het teamkanaal zelf: noem mij daar en typ "koppel dit kanaal aan PFO".',
  onlyRegiomanager: 'Alleen de regiomanager kan kanalen koppelen.',
  onlyRsj: 'Dit overzicht is alleen voor medewerkers van RSJ.',
  unknownTarget: (input: string, bodies: string[]) =>
    `Ik weet niet wat "${input}" is. Koppel een kanaal aan een overleg (${bodies.join(', ')}), aan "gemeente [naam]" of aan "experts".`,
  unknownGemeente: (input: string, gemeenten: string[]) => `"${input}" is geen gemeente in deze regio. Kies uit: ${gemeenten.join(', ')}.`,
  noReference: 'Ik ken dit kanaal nog niet goed genoeg om er berichten in te plaatsen. Stuur een nieuw bericht in het kanaal (niet als antwoord) en probeer het opnieuw.',
  linked: (label: string, previous?: string) =>
    `Dit kanaal is gekoppeld aan ${label}. Meldingen voor ${label} komen voortaan hier.${previous ? ' De vorige koppeling is vervangen.' : ''}`,
  noLinks: 'Er zijn nog geen kanalen gekoppeld. Typ in een teamkanaal "koppel dit kanaal aan PFO".',
  links: (lines: string[]) => `Gekoppelde kanalen:\n\n${lines.map((l) => `- ${l}`).join('\n')}`,
  linkLine: (label: string, by: string, at: string) => `${label}: gekoppeld door ${by} op ${at}`,
  targetLabel: (target: string) =>
    target === 'experts'
      ? 'de experts van RSJ'
      : target === 'body:KC'
        ? 'de kleine commissie'
        : target.startsWith('gemeente:')
          ? `gemeente ${target.slice(9)}`
          : `het ${target.slice(5)}`,
};

export const REPORT_TEXTS = {
  heading: 'Afleverrapport',
  refresh: 'Bijwerken',
  /** When it was handed to the outbox: not when (or whether) it went out, which the counts say. */
  subheading: (createdAt: string) => `Aangemaakt op ${createdAt}`,
  overviewHeading: 'Afleverrapporten',
  overviewSubheading: (n: number) => `De laatste ${n} meldingen, nieuwste eerst.`,
  counts: (total: number, parts: string[]) => `${total} ${total === 1 ? 'ontvanger' : 'ontvangers'}: ${parts.join(', ')}.`,
  resolving: 'De ontvangers worden nog bepaald.',
  nobody: 'Deze melding had geen ontvangers.',
  totals: { sent: 'Bezorgd', pending: 'Onderweg', waiting: 'Wacht tot de app geopend is', failed: 'Mislukt', undeliverable: 'Niet bezorgbaar' } as Record<string, string>,
  status: { sent: 'bezorgd', pending: 'onderweg', waiting: 'wacht op de app', failed: 'mislukt', undeliverable: 'niet bezorgbaar' } as Record<string, string>,
  channel: (target: string) => `het kanaal van ${CHANNEL_TEXTS.targetLabel(target)}`,
  note: 'Mislukt en niet bezorgbaar worden niet opnieuw geprobeerd; onderweg wordt nog verstuurd; "wacht op de app" gaat vanzelf uit zodra de ontvanger de app opent.',
  notFound: (id: string) => `Ik ken geen melding met nummer ${id}.`,
  none: 'Er zijn nog geen meldingen verstuurd.',
};

const names = (list: string[]) => (list.length <= 5 ? ` (${list.join(', ')})` : '');
const linkCommand = (target: string) =>
  target === 'experts' ? 'koppel dit kanaal aan experts' : target.startsWith('gemeente:') ? `koppel dit kanaal aan gemeente ${target.slice(9)}` : `koppel dit kanaal aan ${target.slice(5)}`;

/** What a confirmation says about who really gets a notification (see reach.ts). */
export const REACH_TEXTS = {
  /** One channel's post as the outbox left it (see reach.ts ChannelReach). */
  channel: (c: { target: string; state: 'sent' | 'pending' | 'failed' | 'unlinked'; reason?: string }, byRegiomanager: boolean) => {
    const label = CHANNEL_TEXTS.targetLabel(c.target);
    switch (c.state) {
      case 'sent':
        return `Geplaatst in het kanaal van ${label}.`;
      case 'pending':
        return `Het bericht voor het kanaal van ${label} is nog onderweg${c.reason ? ` (${c.reason}); de bot probeert het opnieuw` : ''}. Of het is aangekomen, zie je met "afleverrapport".`;
      case 'failed':
        return `Plaatsen in het kanaal van ${label} is mislukt${c.reason ? ` (${c.reason})` : ''}, dus daar staat het niet. ${
          byRegiomanager ? `Controleer of de bot nog lid is van dat team en typ zo nodig in dat kanaal opnieuw "${linkCommand(c.target)}".` : 'De regiomanager krijgt hierover een melding.'
        }`;
      case 'unlinked':
        return `Het kanaal van ${label} is nog niet gekoppeld, dus daar is niets geplaatst. ${
          byRegiomanager ? `Typ in dat teamkanaal: "${linkCommand(c.target)}".` : `De regiomanager moet in dat kanaal "${linkCommand(c.target)}" typen; die krijgt hierover een melding.`
        }`;
    }
  },
  unlinkedForRegiomanager: (target: string, what: string) =>
    `${what} kon niet in het kanaal van ${CHANNEL_TEXTS.targetLabel(target)} worden geplaatst: dat kanaal is nog niet gekoppeld. Typ in dat teamkanaal "${linkCommand(target)}". Typ "instellingen" voor alles wat nog ingesteld moet worden.`,
  failedForRegiomanager: (target: string, what: string, reason: string | undefined) =>
    `${what} kon niet in het kanaal van ${CHANNEL_TEXTS.targetLabel(target)} worden geplaatst${reason ? ` (${reason})` : ''}. Controleer of de bot nog lid is van dat team en typ zo nodig in dat kanaal opnieuw "${linkCommand(target)}". Typ "afleverrapport" voor wat er is aangekomen.`,
  people: (p: { total: number; sent: number; pending: number; waiting: string[]; failed: string[] }, n: { one: string; many: string }) => {
    const { total, sent, pending, waiting, failed } = p;
    if (total === 0) return `Er staan geen ${n.many} in de gebruikerslijst; niemand heeft het ontvangen.`;
    if (sent === total) return total === 1 ? `Verstuurd naar de enige ${n.one} in de gebruikerslijst.` : `Verstuurd naar alle ${total} ${n.many}.`;
    const parts = [
      sent === 0 ? `Nog bij geen van de ${total} ${n.many} aangekomen` : `Verstuurd naar ${sent} van ${total} ${n.many}`,
      pending ? `${pending} ${pending === 1 ? 'wordt' : 'worden'} nog verstuurd` : '',
      waiting.length ? `${waiting.length} ${waiting.length === 1 ? 'heeft' : 'hebben'} de app nog niet geopend${names(waiting)} en ${laterClause(waiting.length, 'het')}` : '',
      failed.length ? `bij ${failed.length} mislukt${names(failed)}: zie "afleverrapport"` : '',
    ].filter(Boolean);
    return `${parts.join('; ')}.`;
  },
};

const first = (list: string[], max: number) => (list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} en nog ${list.length - max}`);

/** The regiomanager's setup checklist ("instellingen"). */
export const SETUP_TEXTS = {
  onlyRegiomanager: 'Alleen de regiomanager kan de instellingen bekijken.',
  heading: 'Instellingen: wat is klaar en wat moet nog',
  bodies: (ok: string[], missing: string[]) =>
    missing.length === 0
      ? `✅ Kanalen van de overleggen: alle ${ok.length} gekoppeld (${ok.join(', ')}).`
      : `⚠️ Kanalen van de overleggen: ${ok.length ? `${ok.join(', ')} gekoppeld; ` : ''}nog niet gekoppeld: ${missing.join(', ')}. Typ in het teamkanaal van elk overleg "koppel dit kanaal aan ${missing[0]}" (met de naam van dat overleg).`,
  gemeenten: (total: number, missing: string[]) =>
    missing.length === 0
      ? `✅ Kanalen van de gemeenten: alle ${total} gekoppeld.`
      : `⚠️ Kanalen van de gemeenten: ${total - missing.length} van ${total} gekoppeld; nog niet: ${missing.join(', ')}. Typ in het kanaal van een gemeente "koppel dit kanaal aan gemeente ${missing[0]}". Zonder kanaal bereiken uitnodigingen alleen de beleidsadviseurs persoonlijk.`,
  experts: (ok: boolean) =>
    ok
      ? '✅ Kanaal van de experts: gekoppeld.'
      : '⚠️ Kanaal van de experts: nog niet gekoppeld, dus vragen die ik niet kan beantwoorden ziet niemand vanzelf. Typ in het expertkanaal "koppel dit kanaal aan experts".',
  people: (total: number, notInstalled: string[]) =>
    total === 0
      ? '⚠️ Gebruikers: de gebruikerslijst is leeg. Stuur mij gebruikers.csv om rollen toe te kennen.'
      : notInstalled.length === 0
        ? `✅ Gebruikers: alle ${total} hebben de app geopend.`
        : `⚠️ Gebruikers: ${total - notInstalled.length} van ${total} hebben de app geopend. Nog niet: ${first(notInstalled, 15)}. Berichten voor hen wachten tot ze de app openen; vraag hen de app te openen of installeer hem voor hen.`,
  footer: 'Typ "welke kanalen" voor wie wat gekoppeld heeft en "afleverrapport" om te zien of een melding is aangekomen.',
};
