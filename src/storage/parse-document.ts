import type { ZodType } from 'zod';
import { CorruptDocumentError } from '../shared/store-errors';

export function parseDocument<T>(schema: ZodType<T>, container: string, id: string, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new CorruptDocumentError(container, id, parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
}
