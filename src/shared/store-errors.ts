// Errors of the store contract: repositories throw them, services catch them (neither imports the other).
/** A write lost a race: someone else changed the document since it was read. */
export class ConcurrencyError extends Error {
  constructor(readonly container: string, readonly id: string) {
    super(`Version conflict on ${container}/${id}`);
    this.name = 'ConcurrencyError';
  }
}

export class AlreadyExistsError extends Error {
  constructor(readonly container: string, readonly id: string) {
    super(`${container}/${id} already exists`);
    this.name = 'AlreadyExistsError';
  }
}

export class NotFoundError extends Error {
  constructor(readonly container: string, readonly id: string) {
    super(`${container}/${id} not found`);
    this.name = 'NotFoundError';
  }
}

/** A stored row no longer matches its schema: reported, never silently used. */
export class CorruptDocumentError extends Error {
  constructor(readonly container: string, readonly id: string, reason: string) {
    super(`${container}/${id} does not match its schema: ${reason}`);
    this.name = 'CorruptDocumentError';
  }
}
