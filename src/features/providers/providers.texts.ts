/** Dutch texts of the provider feature. Figures are filled in by the service. */
export const PROVIDER_TEXTS = {
  demoNote: 'Fictieve demogegevens: deze aanbieders en contracten bestaan niet echt.',
  scopeNote: (gemeente: string) => `Je ziet alleen contracten waaraan ${gemeente} deelneemt.`,
  valueNote: 'Waarde = volledige contractwaarde; contracten voor alle gemeenten tellen voor elke gemeente mee.',
  noAccess:
    'Contractgegevens van aanbieders zijn alleen beschikbaar voor medewerkers van RSJ en voor wethouders en beleidsadviseurs (voor de contracten van hun gemeente). Vraag de regiomanager om toegang als je die nodig hebt.',
  otherGemeente: (own: string, asked: string) =>
    `Je kunt alleen cijfers zien van contracten waaraan ${own} deelneemt, niet die van ${asked}.`,
  noContractsWith: (provider: string, gemeente?: string) =>
    gemeente ? `${gemeente} neemt geen contracten af bij ${provider}.` : `Er zijn geen contracten met ${provider}.`,
  noContracts: (gemeente?: string, soort?: string) =>
    `${gemeente ? `${gemeente} neemt geen` : 'Er zijn geen'} ${soort ? `${soort}e ` : ''}contracten${gemeente ? ' af' : ''}.`,
  showList: (n: number, noun: string) => `Toon de ${n} ${noun}`,
  showMore: (n: number) => `Toon meer (${n})`,
  range: (from: number, to: number, total: number, noun: string) => `${from}-${to} van ${total} ${noun}`,
  more: (n: number, noun: string) => `en nog ${n} ${n === 1 ? SINGULAR[noun] ?? noun : noun}`,
  escalateButton: (provider: string) => ({ title: 'Escaleer', value: `escaleer ${provider}` }),
  pageGone: 'Deze lijst is niet meer beschikbaar. Stel de vraag opnieuw.',
  noData: 'Er zijn nog geen gegevens over aanbieders en contracten geïmporteerd.',
  unknownProvider: (phrase: string, suggestions: string[]) =>
    `Ik ken geen aanbieder "${phrase}".${suggestions.length ? ` Bedoel je misschien ${joinOr(suggestions)}?` : ''}`,
  alsoInDocuments: 'Ook de documenten noemen een aantal. Dat is de stand van toen het document geschreven werd, niet die van de contractgegevens hierboven:',
  notUnderstood: 'Die vraag over aanbieders begrijp ik niet. Je kunt bijvoorbeeld vragen:',
  examples: [
    'Hoe staat het met [naam aanbieder]?',
    'Welke aanbieders hebben een wachttijd van meer dan 8 weken?',
    'Welke aanbieders hebben een signaal met niveau hoog?',
    'Welke contracten lopen dit jaar af?',
    'Hoeveel contracten heeft Deventer en wat is de waarde?',
    'Top 5 aanbieders op contractwaarde in Zwolle',
    'Hoeveel meerjarige en eenjarige contracten zijn er?',
    'En in Kampen? / Welke daarvan zijn meerjarig?',
  ],
} as const;

const SINGULAR: Record<string, string> = { contracten: 'contract', aanbieders: 'aanbieder', gemeenten: 'gemeente', wachttijden: 'wachttijd', signalen: 'signaal' };

export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

export function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
}
