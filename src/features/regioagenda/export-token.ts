import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const EXPORT_KINDS = ['regioagenda.docx', 'regioagenda.xlsx', 'audit.csv'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const claimsSchema = z.object({ kind: z.enum(EXPORT_KINDS), year: z.number().int(), exp: z.number().int() });
export type ExportClaims = z.infer<typeof claimsSchema>;

/**
 * A download link is a capability: base64url(claims).hmac. Whoever holds it may fetch that one
 * file until it expires, so links are short-lived and only handed to RSJ roles in chat.
 */
export function signExportToken(secret: string, claims: ExportClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

export function verifyExportToken(secret: string, token: string, now: Date): ExportClaims | 'invalid' | 'expired' {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return 'invalid';
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  let claims: ExportClaims;
  try {
    claims = claimsSchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    return 'invalid';
  }
  return claims.exp < now.getTime() ? 'expired' : claims;
}

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');
