import { dutchDate } from './meetings.domain';

/** Every Dutch sentence of the meetings feature. */
export const MEETING_TEXTS = {
  onlySecretaries: 'Alleen een projectmanager of de regiomanager van RSJ kan vergaderingen plannen, agenda\'s publiceren en besluiten vastleggen.',
  unknownBody: (name: string, known: string[]) => `Ik ken geen overleg "${name}". Kies uit: ${known.join(', ')}.`,
  notFound: 'Ik kan die vergadering niet vinden. Typ "vergaderingen" voor de komende vergaderingen.',
  which: (ids: string[]) => `Welke vergadering bedoel je? Noem het overleg, bijvoorbeeld: ${ids.join(', ')}.`,
  noneToPick: 'Er is nog geen vergadering gepland. Plan er een met bijvoorbeeld "plan vergadering PFO 15 januari 2027".',
  noneOfBody: (body: string) => `Er is nog geen ${body}-vergadering gepland. Plan er een met bijvoorbeeld "plan vergadering ${body} 15 januari 2027".`,
  badPlanDate: (error: string, body: string) => `${error} Bijvoorbeeld: "plan vergadering ${body} 15-01-2027" of "plan vergadering ${body} volgende week dinsdag".`,
  notHeldYet: (body: string, date: string, time: string) =>
    `Het ${body} van ${dutchDate(date)}${time ? ` om ${time}` : ''} heeft nog niet plaatsgevonden. Besluiten, actiepunten en de samenvatting voor de wethouders kunnen pas na de vergadering. Is de vergadering al geweest, bijvoorbeeld vervroegd? Klik dan op "Vergadering is geweest".`,
  heldConfirmed: 'Vastgelegd dat de vergadering is geweest. Vul de besluiten en actiepunten in.',
  exists: (body: string, date: string) => `Er staat al een ${body} gepland op ${dutchDate(date)}. Hieronder staat die vergadering.`,
  formInvalid: 'Niet alles is goed ingevuld. Verbeter de velden met een melding; er is nog niets opgeslagen.',
  conflict: 'Iemand anders heeft deze vergadering net gewijzigd. Hieronder staat de nieuwste versie; breng je wijziging opnieuw aan.',
  saved: 'De vergadering is opgeslagen als concept. Publiceer de agenda als die klaar is.',
  updatedPublished: 'De agenda is gewijzigd; waar hij al stond, wordt hij bijgewerkt.',
  published: 'De agenda is gepubliceerd.',
  alreadyPublished: 'Deze agenda is al gepubliceerd; wijzigingen worden vanzelf bijgewerkt.',
  minutesSaved: 'De besluitenlijst en actiepunten zijn opgeslagen. Verstuur de samenvatting naar de wethouders als die compleet is.',
  noMinutes: 'Leg eerst de besluiten en actiepunten vast; daarna kan de samenvatting worden verstuurd.',
  /** `reached` counts every wethouder, those sent to before as well (their earlier delivery). */
  summaryQueued: (reached: string, before: number) =>
    `De samenvatting staat klaar voor de wethouders. ${reached}${before ? ` ${before} ${before === 1 ? 'wethouder stond' : 'wethouders stonden'} al op de verzendlijst en ${before === 1 ? 'krijgt' : 'krijgen'} hem niet opnieuw.` : ''}`,
  summaryAlreadySent: (reached: string) => `De samenvatting is al eerder naar de wethouders gestuurd; er is niets opnieuw verstuurd. ${reached}`,
  noWethouders: 'Er staan geen wethouders in de gebruikerslijst; de samenvatting is niet verstuurd.',
  openAction: (text: string, body: string, due: string, overdue: boolean) =>
    `Actiepunt uit het ${body}: ${text}, uiterlijk ${dutchDate(due)}${overdue ? ' (verlopen)' : ''}.`,
  noUpcoming: 'Er zijn geen vergaderingen gepland.',
  statusConcept: 'concept (nog niet gepubliceerd)',
  statusPublished: 'agenda gepubliceerd',
  agendaHeading: (body: string, date: string) => `Agenda ${body} ${dutchDate(date)}`,
  summaryHeading: (body: string, date: string) => `Besluiten en actiepunten ${body} ${dutchDate(date)}`,
  summaryIntro: (bodyName: string, date: string) => `Samenvatting van het ${bodyName} van ${dutchDate(date)}.`,
  planHeading: (body: string) => `Vergadering ${body} plannen`,
  editHeading: (body: string, date: string) => `Agenda ${body} ${dutchDate(date)} wijzigen`,
  minutesHeading: (body: string, date: string) => `Besluiten en actiepunten ${body} ${dutchDate(date)}`,
} as const;
