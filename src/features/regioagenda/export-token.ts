import { createHmac, timingSafeEqual } from 'node:crypto';

export const EXPORT_KINDS = ['regioagenda.docx', 'regioagenda.xlsx', 'audit.csv'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportClaims {
  kind: ExportKind;
  year: number;
  /** Expiry, epoch milliseconds (stored to the second). */
  exp: number;
}

/**
 * A download link is a capability: "<kind>.<year>.<exp seconds>.<hmac>". Whoever holds it may
 * fetch that one file until it expires, so links are short-lived and only handed to RSJ roles.
 * Kept short because the router limits path parameters to 100 characters.
 */
export function signExportToken(secret: string, claims: ExportClaims): string {
  const body = `${EXPORT_KINDS.indexOf(claims.kind)}.${claims.year}.${Math.floor(claims.exp / 1000)}`;
  return `${body}.${mac(secret, body)}`;
}

export function verifyExportToken(secret: string, token: string, now: Date): ExportClaims | 'invalid' | 'expired' {
  const m = token.match(/^(\d)\.(\d{4})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/);
  if (!m) return 'invalid';
  const body = `${m[1]}.${m[2]}.${m[3]}`;
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(m[4]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const kind = EXPORT_KINDS[Number(m[1])];
  if (!kind) return 'invalid';
  const claims = { kind, year: Number(m[2]), exp: Number(m[3]) * 1000 };
  return claims.exp < now.getTime() ? 'expired' : claims;
}

/** 128 bits of HMAC-SHA256 are plenty for a 15-minute link. */
const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest().subarray(0, 16).toString('base64url');
