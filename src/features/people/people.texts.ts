export const PEOPLE_TEXTS = {
  unknownUser:
    'Ik ken je nog niet. Je kunt mij wel governancevragen stellen; voor de andere functies voegt de regiomanager van RSJ je toe.',
  youAre: (name: string, roles: string[], gemeente?: string) =>
    `Je bent ${name}, bekend als ${roles.join(' en ')}${gemeente ? ` voor gemeente ${gemeente}` : ''}.`,
  onlyRegiomanager: 'Alleen de regiomanager kan rollen toekennen.',
  unknownRole: (roles: readonly string[]) => `Die rol ken ik niet. Kies uit: ${roles.join(', ')}.`,
  unknownEmail: (email: string) =>
    `Ik vind niemand met e-mailadres ${email}. Iemand moet eerst in de gebruikerslijst staan (import van gebruikers.csv) of de app geïnstalleerd hebben.`,
  unknownGemeente: (name: string, gemeenten: string[]) => `"${name}" is geen gemeente van deze regio. Kies uit: ${gemeenten.join(', ')}.`,
  assigned: (name: string, role: string, gemeente?: string) =>
    `${name} heeft nu ook de rol ${role}${gemeente ? ` (gemeente ${gemeente})` : ''}.`,
} as const;
