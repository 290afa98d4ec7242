/** Every Dutch sentence of the escalations feature. */
export const ESCALATION_TEXTS = {
  onlyRaisers: 'Alleen een contractmanager of de regiomanager van RSJ kan een escalatie over een zorgaanbieder indienen.',
  onlyHandlers: 'Alleen medewerkers van RSJ en bestuurders kunnen escalaties bekijken en oppakken.',
  noProviders: 'Er zijn nog geen zorgaanbieders geïmporteerd; een escalatie kan pas als de aanbieder bekend is.',
  unknownProvider: (phrase: string, suggestions: string[]) =>
    `Ik ken geen aanbieder "${phrase}".${suggestions.length ? ` Bedoel je misschien ${suggestions.map((s) => `"${s}"`).join(', ')}? Typ dan bijvoorbeeld "escaleer ${suggestions[0]}".` : ''}`,
  providerGone: 'Deze aanbieder staat niet (meer) in de gegevens. Er is niets opgeslagen.',
  formInvalid: 'Niet alles is goed ingevuld. Verbeter de velden met een melding; er is nog niets opgeslagen.',
  formHeading: (provider: string) => `Escalatie over ${provider}`,
  formIntro:
    'De escalatie gaat naar het kanaal van de kleine commissie. Bij spoed (een calamiteit die niet kan wachten op het volgende BO of PFO) krijgen ook alle bestuurders direct bericht.',
  raised: 'De escalatie is ingediend.',
  alertSubject: (provider: string) => `Een escalatie over ${provider}`,
  /** Followed by what the first send reached (notifications/reach.ts). */
  duplicate: 'Deze escalatie was al ingediend; hij is niet nog een keer verstuurd.',
  notFound: 'Ik kan die escalatie niet vinden.',
  alreadyResolved: 'Deze escalatie is al afgehandeld.',
  alreadyInProgress: 'Deze escalatie is al in behandeling.',
  conflict: 'Iemand anders heeft deze escalatie net bijgewerkt. Probeer het opnieuw.',
  noteRequired: 'Schrijf bij het afhandelen kort op wat er is afgesproken (minstens 5 tekens).',
  acknowledged: (name: string) => `${name} heeft de escalatie in behandeling genomen.`,
  resolved: (name: string) => `${name} heeft de escalatie afgehandeld.`,
  reescalated: (days: number) => `Deze escalatie is na ${days} werkdagen nog niet opgepakt en wordt daarom opnieuw onder de aandacht gebracht.`,
  noneOpen: 'Er zijn geen open escalaties.',
  listHeading: (n: number) => `Open escalaties (${n})`,
  openToPickUp: 'Openen om op te pakken',
  openToResolve: 'Openen om af te handelen',
  pickUpBefore: 'Oppakken vóór',
  pickedUpBy: 'Opgepakt door',
  resolvedBy: 'Afgehandeld door',
  reescalatedOn: 'Opnieuw geëscaleerd op',
  /** "Wim Kampen, op 14 januari 2027 om 11:00". */
  byOn: (name: string, when: string) => `${name}, op ${when}`,
} as const;
