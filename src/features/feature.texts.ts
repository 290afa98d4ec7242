/** Dutch sentences shared by every feature's routes. */
export const FEATURE_TEXTS = {
  badCardData: 'Deze knop bevat ongeldige gegevens; er is niets gewijzigd.',
} as const;
