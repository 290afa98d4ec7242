import { z } from 'zod';
import type { AdaptiveCardJson } from '../feature';
import { renderNotificationCard } from './cards/notification.card';

/** Card templates an outside system may name in POST /api/notify, each with its data schema. */
interface NotifyTemplate<T> {
  schema: z.ZodType<T>;
  render(data: T): AdaptiveCardJson;
}

const melding: NotifyTemplate<{ title: string; text: string; facts: { title: string; value: string }[]; url?: string; urlTitle: string }> = {
  schema: z.object({
    title: z.string().min(1).max(200),
    text: z.string().min(1).max(4000),
    facts: z.array(z.object({ title: z.string().min(1).max(100), value: z.string().max(500) })).max(20).default([]),
    url: z.url().optional(),
    urlTitle: z.string().min(1).max(60).default('Openen'),
  }),
  render: (d) => renderNotificationCard({ ...d, url: d.url ?? '', footer: 'Automatische melding van de RSJ-assistent' }),
};

export const NOTIFY_TEMPLATES: Record<string, NotifyTemplate<any>> = { melding };
