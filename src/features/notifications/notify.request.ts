import { z } from 'zod';
import { findGemeente, type Region } from '../../region';
import { ROLES } from '../people/people.domain';
import { channelTarget, PRIORITIES } from './notifications.domain';
import type { NotificationRequest, Recipient } from './notifications.ports';
import { NOTIFY_TEMPLATES } from './notify-templates';

const apiRecipientSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), aadObjectId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('role'), role: z.enum(ROLES), gemeente: z.string().min(1).optional() }),
  z.object({ kind: z.literal('channel'), target: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('conversation'), key: z.string().min(1).max(300) }),
]);

/** The body of POST /api/notify: a known card template with its data, or plain text. */
export const notifyBodySchema = z.object({
  template: z.string().min(1).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  text: z.string().min(1).max(4000).optional(),
  recipients: z.array(apiRecipientSchema).min(1).max(100),
  priority: z.enum(PRIORITIES).default('normal'),
  idempotencyKey: z.string().min(1).max(200),
  updateKey: z.string().min(1).max(200).optional(),
});

export type NotifyParse = { ok: true; request: NotificationRequest & { source: string } } | { ok: false; reasons: string[] };

/** Validates the body against the schema, the known templates and the region; Dutch reasons on failure. */
export function parseNotifyBody(body: unknown, region: Region): NotifyParse {
  const parsed = notifyBodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) };
  const b = parsed.data;
  const reasons: string[] = [];
  if (!b.template && !b.text) reasons.push('template of text: geef een kaartsjabloon of een tekst op');
  const recipients = b.recipients.map((r, n) => normaliseRecipient(r, region, (m) => reasons.push(`recipients.${n}: ${m}`)));
  let card;
  if (b.template) {
    const template = NOTIFY_TEMPLATES[b.template];
    if (!template) reasons.push(`template: onbekend sjabloon "${b.template}" (bekend: ${Object.keys(NOTIFY_TEMPLATES).join(', ')})`);
    else {
      const data = template.schema.safeParse(b.data ?? {});
      if (data.success) card = template.render(data.data);
      else reasons.push(...data.error.issues.map((i) => `data.${i.path.join('.')}: ${i.message}`));
    }
  }
  if (reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    request: { idempotencyKey: b.idempotencyKey, recipients, text: card ? undefined : b.text, card, priority: b.priority, updateKey: b.updateKey, source: 'api' },
  };
}

function normaliseRecipient(r: Recipient, region: Region, fail: (m: string) => void): Recipient {
  if (r.kind === 'role' && r.gemeente) {
    const gemeente = findGemeente(region, r.gemeente);
    if (!gemeente) fail(`onbekende gemeente "${r.gemeente}"`);
    return { ...r, gemeente: gemeente ?? r.gemeente };
  }
  if (r.kind === 'channel') {
    const target = parseChannelTarget(r.target, region);
    if (!target) fail(`onbekend kanaaldoel "${r.target}" (gebruik body:PFO, gemeente:Kampen of experts)`);
    return { ...r, target: target ?? r.target };
  }
  return r;
}

/** "body:PFO", "gemeente:kampen", "experts" -> canonical target, or undefined. */
export function parseChannelTarget(target: string, region: Region): string | undefined {
  const [kind, ...rest] = target.split(':');
  const value = rest.join(':');
  if (kind === 'experts' && !value) return channelTarget.experts;
  if (kind === 'body') {
    const body = region.bodies.find((b) => b.id.toLowerCase() === value.toLowerCase());
    return body ? channelTarget.body(body.id) : undefined;
  }
  if (kind === 'gemeente') {
    const g = findGemeente(region, value);
    return g ? channelTarget.gemeente(g) : undefined;
  }
  return undefined;
}
