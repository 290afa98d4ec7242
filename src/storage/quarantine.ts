import type { ZodType } from 'zod';
import type { Logger } from '../shared/logger';
import type { Versioned } from './document-store';

/**
 * Corrupt documents (not JSON, or no longer matching their schema) are moved aside into the
 * `quarantine` container instead of failing the read: one bad row must not stop a list, a sweep
 * or a whole feature. The quarantine entry keeps the raw document and the reason, partitioned by
 * the source container, for an administrator to repair or delete.
 */
export const QUARANTINE = 'quarantine';

/**
 * How long a quarantined document is kept for an administrator to look at (it may hold personal
 * data): Cosmos deletes it by its `ttl`, SQLite by the same purge that ends other TTLs.
 */
export const QUARANTINE_RETENTION_DAYS = 90;
export const QUARANTINE_TTL_SECONDS = QUARANTINE_RETENTION_DAYS * 86_400;

export interface QuarantineEntry {
  container: string;
  pk: string;
  id: string;
  /** The stored version that was found corrupt: the move only deletes that version. */
  version: string;
  reason: string;
  /** The stored text or document, as found. */
  raw: unknown;
  quarantinedAt: string;
}

/** Deterministic, so two instances finding the same corrupt version write one entry. */
export const quarantineId = (e: Pick<QuarantineEntry, 'container' | 'pk' | 'id' | 'version'>) => `${e.container}|${e.pk}|${e.id}|${e.version}`;

/** The parsed document, or why it is corrupt. */
export function tryParse<T>(schema: ZodType<T>, raw: unknown): { ok: true; value: T } | { ok: false; reason: string } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid' };
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
}

export const logQuarantined = (log: Logger | undefined, e: QuarantineEntry) =>
  log?.error({ container: e.container, pk: e.pk, id: e.id, version: e.version, reason: e.reason }, 'corrupt document quarantined and skipped');

/** A parsed read, or undefined when the document went to quarantine. */
export type Salvaged<T> = Versioned<T> | undefined;
export const present = <T>(v: Salvaged<T>): v is Versioned<T> => v !== undefined;
