/** A stored value with the version token that guards the next write (SQLite counter or Cosmos ETag). */
export interface Versioned<T> {
  value: T;
  version: string;
}
