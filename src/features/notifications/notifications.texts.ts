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
  missingNotification: 'de melding zelf ontbreekt in de opslag',
  noConversation: 'niet bezorgbaar: geen gesprek met deze ontvanger bekend',
  notInstalledNoTeams: 'niet bezorgbaar: de ontvanger heeft de app niet geïnstalleerd en de bot zit in geen enkel team',
  notInstalledNotInTeam: 'niet bezorgbaar: de ontvanger heeft de app niet geïnstalleerd en zit in geen team met de bot',
} as const;
