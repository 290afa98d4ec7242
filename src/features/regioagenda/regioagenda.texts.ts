import { laterClause } from '../notifications/reach';
import { formatDate, type InvitationReach } from './regioagenda.domain';

/** Every Dutch sentence of the regioagenda feature. */
export const REGIO_TEXTS = {
  none: 'geen',
  unknownUser: 'Ik ken je nog niet. Vraag de regiomanager van RSJ om je toe te voegen aan de gebruikerslijst.',
  onlyRoundOpeners: 'Alleen een projectmanager of de regiomanager van RSJ kan een ronde openen.',
  onlyRegiomanager: 'Alleen de regiomanager kan de deadline verlengen, een ronde heropenen of sluiten.',
  onlySubmitters: 'Alleen beleidsadviseurs jeugd van een gemeente kunnen thema\'s indienen, wijzigen of steunen.',
  onlyRsj: 'Alleen medewerkers van RSJ (projectmanager, regiomanager, contractmanager) kunnen de status van thema\'s wijzigen, thema\'s samenvoegen of exporteren.',
  noRound: 'Er is nog geen regioagenda-ronde geopend. De projectmanager of regiomanager opent een ronde met "open ronde" en het jaartal.',
  noRoundForYear: (year: number) => `Er is geen regioagenda-ronde voor ${year}.`,
  roundExists: (year: number) => `Er is al een ronde voor ${year}. De regiomanager kan de deadline verlengen met "verleng ronde ${year} tot jjjj-mm-dd".`,
  roundOpened: (year: number, deadline: string, i: InvitationReach) =>
    [
      `Ronde ${year} is geopend; indienen kan tot en met ${formatDate(deadline)}.`,
      i.advisers === 0
        ? 'Er staan nog geen beleidsadviseurs in de gebruikerslijst, dus niemand heeft een persoonlijke uitnodiging gekregen.'
        : i.sent === i.advisers
          ? `De uitnodiging is naar alle ${i.advisers} beleidsadviseurs gestuurd.`
          : [
              i.sent === 0 ? `Nog geen van de ${i.advisers} beleidsadviseurs heeft de uitnodiging` : `De uitnodiging is naar ${i.sent} van ${i.advisers} beleidsadviseurs gestuurd`,
              i.pending ? `${i.pending} ${i.pending === 1 ? 'wordt' : 'worden'} nog verstuurd` : '',
              i.waiting.length
                ? `${i.waiting.length} ${i.waiting.length === 1 ? 'heeft' : 'hebben'} de app nog niet geopend${i.waiting.length <= 5 ? ` (${i.waiting.join(', ')})` : ''} en ${laterClause(i.waiting.length, 'hem')}`
                : '',
              i.failed.length ? `bij ${i.failed.length} mislukt${i.failed.length <= 5 ? ` (${i.failed.join(', ')})` : ''}: zie "afleverrapport"` : '',
            ]
              .filter(Boolean)
              .join('; ') + '.',
      i.unreachable.length
        ? `${i.unreachable.length} ${i.unreachable.length === 1 ? 'gemeente hoort' : 'gemeenten horen'} het nog van niemand: geen beleidsadviseur in de gebruikerslijst en geen gekoppeld kanaal (${i.unreachable.join(', ')}). Typ "instellingen" om te zien wat nog moet.`
        : '',
      i.channelFailed.length
        ? `In het kanaal van ${i.channelFailed.length === 1 ? `gemeente ${i.channelFailed[0]}` : `de gemeenten ${i.channelFailed.join(', ')}`} kon de uitnodiging niet worden geplaatst: zie "afleverrapport".`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  similarBeforeSubmit: (similar: { title: string; gemeente: string }[]) =>
    `Je thema lijkt op ${similar.map((t) => `"${t.title}" (${t.gemeente})`).join(', ')}. Bekijk die eerst: je kunt een bestaand thema ook steunen, of het hieronder aanvinken bij "Hangt samen met". Er is nog niets opgeslagen; klik nogmaals op "Thema indienen" om je thema toch in te dienen.`,
  roundOpenFor: (year: number, deadline: string) => `De regioagenda-ronde ${year} staat open tot en met ${formatDate(deadline)} ("status regioagenda").`,
  roundOpenForGemeente: (year: number, deadline: string, gemeente: string, own: number) =>
    `De regioagenda-ronde ${year} staat open tot en met ${formatDate(deadline)}: ${gemeente} heeft ${own === 0 ? 'nog geen thema' : own === 1 ? '1 thema' : `${own} thema's`} ingediend ("thema indienen").`,
  roundExtended: (year: number, deadline: string) => `Ronde ${year} staat open tot en met ${formatDate(deadline)}.`,
  roundClosed: (year: number) => `Ronde ${year} is gesloten; ingediende thema's kunnen niet meer worden gewijzigd.`,
  yearInvalid: (from: number, to: number) => `Kies een jaar van ${from} tot en met ${to}.`,
  deadlineInPast: 'De deadline moet vandaag of later zijn.',
  locked: (year: number, deadline: string) =>
    `De indientermijn van ronde ${year} is voorbij (deadline ${formatDate(deadline)}). Thema's zijn nu vergrendeld; vraag de regiomanager als de termijn verlengd moet worden.`,
  stillOpen: (deadline: string) => `De indientermijn loopt nog tot en met ${formatDate(deadline)}. Statussen wijzigen kan pas daarna.`,
  tampered: 'Dit verzoek klopt niet met je gegevens in de gebruikerslijst en is geweigerd. Er is niets gewijzigd.',
  themeNotFound: (id: string) => `Ik kan geen thema met kenmerk "${id}" vinden.`,
  notYourGemeente: 'Je kunt alleen thema\'s van je eigen gemeente wijzigen of intrekken.',
  notEditable: (status: string) => `Dit thema heeft status "${status}" en kan niet meer worden gewijzigd.`,
  conflict: 'Iemand anders heeft dit thema net gewijzigd. Hieronder staat de nieuwste versie; breng je wijziging opnieuw aan.',
  conflictRetry: 'Iemand anders wijzigde dit thema op hetzelfde moment. Probeer het opnieuw.',
  formInvalid: 'Niet alles is goed ingevuld. Verbeter de velden met een melding en verstuur opnieuw; er is nog niets opgeslagen.',
  unknownRelated: 'Een van de gekozen thema\'s bestaat niet (meer) in deze ronde.',
  submitted: (title: string, gemeente: string) => `Het thema "${title}" is ingediend voor gemeente ${gemeente}.`,
  updated: (title: string) => `Je wijzigingen aan "${title}" zijn opgeslagen.`,
  duplicate: (title: string) => `Het thema "${title}" was al ontvangen; het is niet dubbel opgeslagen.`,
  withdrawn: (title: string) => `Het thema "${title}" is ingetrokken.`,
  ownTheme: 'Dit is een thema van je eigen gemeente; steunen kan alleen bij thema\'s van andere gemeenten.',
  supported: (title: string, count: number) => `Je gemeente steunt nu "${title}" (${count} ${count === 1 ? 'gemeente steunt' : 'gemeenten steunen'} dit thema).`,
  alreadySupported: (title: string) => `Je gemeente steunde "${title}" al.`,
  notLive: 'Dit thema is ingetrokken of samengevoegd.',
  statusChanged: (title: string, status: string, meeting: string) => `"${title}" staat nu op ${status}${meeting ? ` (${meeting})` : ''}.`,
  needsTrekker:
    'Voor "in uitvoering" zijn een bestuurlijke trekker (een wethouder) en een projectmanager nodig, bijvoorbeeld: "zet thema abc123 op in uitvoering trekker naam@gemeente.nl projectmanager naam@rsj.nl".',
  notAWethouder: (email: string) => `${email} staat niet als wethouder in de gebruikerslijst.`,
  notAProjectmanager: (email: string) => `${email} staat niet als projectmanager in de gebruikerslijst.`,
  unknownStatus: 'Die status ken ik niet. Kies uit: geagendeerd AO, advies PFO, vastgesteld, afgewezen, aangehouden, in uitvoering, afgerond.',
  mergeSame: 'Een thema kan niet met zichzelf worden samengevoegd.',
  merged: (source: string, target: string, supporters: number) =>
    `"${source}" is samengevoegd met "${target}". Dat thema heeft nu steun van ${supporters} ${supporters === 1 ? 'andere gemeente' : 'andere gemeenten'}.`,
  exportReady: (year: number) => `De concept-regioagenda ${year} staat klaar. De links werken 15 minuten.`,
  auditReady: (year: number) => `Het auditlogboek van ronde ${year} staat klaar. De link werkt 15 minuten.`,
  exportTitle: (year: number) => `Concept regioagenda ${year}`,
  exportSubtitle: (organisation: string) => `Opgesteld door ${organisation} uit de thema's die de gemeenten hebben ingediend.`,
  invitation: (year: number, deadline: string) =>
    `Ronde ${year} van de regioagenda is geopend. Dien tot en met ${formatDate(deadline)} de thema's van je gemeente in die regionaal moeten worden opgepakt.`,
  reminder: (year: number, deadline: string, days: number) =>
    `Herinnering: je gemeente heeft nog geen thema ingediend voor de regioagenda ${year}. De deadline is ${formatDate(deadline)} (nog ${days} ${days === 1 ? 'dag' : 'dagen'}).`,
  download: {
    invalid: 'Deze downloadlink is ongeldig.',
    expired: 'Deze downloadlink is verlopen. Vraag de export opnieuw aan in Teams.',
  },
} as const;
