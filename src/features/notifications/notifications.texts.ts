import type { Recipient } from './notifications.ports';

/** Dutch texts of proactive messaging: delivery reasons, channel links, the delivery report. */
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
  notInstalledNoTeams: 'niet bezorgbaar: de ontvanger heeft de app niet geïnstalleerd en de bot zit in geen enkel team',
  notInstalledNotInTeam: 'niet bezorgbaar: de ontvanger heeft de app niet geïnstalleerd en zit in geen team met de bot',
} as const;

export const CHANNEL_TEXTS = {
  onlyInChannel: 'Een kanaal koppelen kan alleen in het teamkanaal zelf: noem mij daar en typ "koppel dit kanaal aan PFO".',
  onlyRegiomanager: 'Alleen de regiomanager kan kanalen koppelen.',
  onlyRsj: 'Dit overzicht is alleen voor medewerkers van RSJ.',
  unknownTarget: (input: string, bodies: string[]) =>
    `Ik weet niet wat "${input}" is. Koppel een kanaal aan een overleg (${bodies.join(', ')}), aan "gemeente <naam>" of aan "experts".`,
  unknownGemeente: (input: string, gemeenten: string[]) => `"${input}" is geen gemeente in deze regio. Kies uit: ${gemeenten.join(', ')}.`,
  noReference: 'Ik ken dit kanaal nog niet goed genoeg om er berichten in te plaatsen. Stuur een nieuw bericht in het kanaal (niet als antwoord) en probeer het opnieuw.',
  linked: (label: string, previous?: string) =>
    `Dit kanaal is gekoppeld aan ${label}. Meldingen voor ${label} komen voortaan hier.${previous ? ' De vorige koppeling is vervangen.' : ''}`,
  noLinks: 'Er zijn nog geen kanalen gekoppeld. Typ in een teamkanaal "koppel dit kanaal aan PFO".',
  links: (lines: string[]) => `Gekoppelde kanalen:\n\n${lines.map((l) => `- ${l}`).join('\n')}`,
  linkLine: (label: string, by: string, at: string) => `${label}: gekoppeld door ${by} op ${at}`,
  targetLabel: (target: string) =>
    target === 'experts' ? 'de experts van RSJ' : target.startsWith('gemeente:') ? `gemeente ${target.slice(9)}` : `het ${target.slice(5)}`,
};

export const REPORT_TEXTS = {
  heading: 'Afleverrapport',
  subheading: (id: string, createdAt: string, state: string) =>
    `Melding ${id}, aangemaakt ${createdAt}${state === 'new' ? ' (ontvangers worden nog bepaald)' : ''}`,
  totals: { sent: 'Bezorgd', pending: 'Onderweg', failed: 'Mislukt', undeliverable: 'Niet bezorgbaar' } as Record<string, string>,
  status: { sent: 'bezorgd', pending: 'onderweg', failed: 'mislukt', undeliverable: 'niet bezorgbaar' } as Record<string, string>,
  note: 'Mislukt en niet bezorgbaar worden niet opnieuw geprobeerd; onderweg wordt nog verstuurd.',
  notFound: (id: string) => `Ik ken geen melding met nummer ${id}.`,
  none: 'Er zijn nog geen meldingen verstuurd.',
};
