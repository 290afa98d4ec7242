import { randomUUID } from 'node:crypto';
import { AlreadyExistsError, ConcurrencyError, NotFoundError } from '../shared/store-errors';

/** Expected failures become a Dutch sentence; anything else gets a reference id for the logs. */
export function dutchErrorMessage(err: unknown): { text: string; reference?: string; expected: boolean } {
  if (err instanceof ConcurrencyError) {
    return { text: 'Iemand anders heeft dit net gewijzigd. Bekijk de nieuwste versie en probeer het opnieuw.', expected: true };
  }
  if (err instanceof AlreadyExistsError) return { text: 'Dit is al eerder verwerkt; er is niets dubbel opgeslagen.', expected: true };
  if (err instanceof NotFoundError) return { text: 'Dat kan ik niet (meer) vinden.', expected: true };
  const reference = randomUUID().slice(0, 8);
  return {
    text: `Er ging iets mis aan mijn kant. Probeer het later opnieuw; noem bij vragen referentie ${reference}.`,
    reference,
    expected: false,
  };
}
