/** Action.Execute verbs of the regioagenda cards; the templates use the same strings. */
export const REGIO_VERBS = {
  openRound: 'regio.round.open',
  newTheme: 'regio.theme.new',
  saveTheme: 'regio.theme.save',
  editTheme: 'regio.theme.edit',
  withdrawTheme: 'regio.theme.withdraw',
  supportTheme: 'regio.theme.support',
  listThemes: 'regio.theme.list',
} as const;
