/** The minimum an incoming activity needs before the adapter may see it. */
export function isActivityLike(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const a = body as Record<string, unknown>;
  const conversation = a.conversation as Record<string, unknown> | undefined;
  return (
    typeof a.type === 'string' &&
    a.type.length > 0 &&
    typeof a.serviceUrl === 'string' &&
    !!conversation &&
    typeof conversation.id === 'string'
  );
}
