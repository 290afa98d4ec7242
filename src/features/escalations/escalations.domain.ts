import { z } from 'zod';
import { SIGNAL_SOORTEN } from '../providers/providers.domain';

export const URGENCIES = ['normaal', 'spoed'] as const;
export const URGENCY_LABELS: Record<(typeof URGENCIES)[number], string> = {
  normaal: 'normaal (naar de kleine commissie)',
  spoed: 'spoed: calamiteit die niet kan wachten op het volgende BO',
};
export const ESCALATION_STATUSES = ['open', 'in_behandeling', 'afgehandeld'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
export const STATUS_LABELS: Record<EscalationStatus, string> = { open: 'open', in_behandeling: 'in behandeling', afgehandeld: 'afgehandeld' };

/** Working days within which the kleine commissie must pick an escalation up before it goes out again. */
export const ACK_WORKING_DAYS = 2;

const actor = z.object({ aadObjectId: z.string(), name: z.string() });

export const escalationSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  soort: z.enum(SIGNAL_SOORTEN),
  urgency: z.enum(URGENCIES),
  description: z.string(),
  status: z.enum(ESCALATION_STATUSES),
  raisedBy: actor,
  raisedAt: z.string(),
  /** When it is re-escalated if nobody has picked it up. */
  ackDueAt: z.string(),
  acknowledgedBy: actor.optional(),
  acknowledgedAt: z.string().optional(),
  resolvedBy: actor.optional(),
  resolvedAt: z.string().optional(),
  note: z.string().default(''),
  reescalatedAt: z.string().optional(),
});
export type Escalation = z.infer<typeof escalationSchema>;

/** The form as it arrives from the card; identity never comes from here. */
export const escalationFormSchema = z.object({
  soort: z.enum(SIGNAL_SOORTEN, { error: 'Kies de soort probleem.' }),
  urgency: z.enum(URGENCIES, { error: 'Kies de urgentie.' }),
  description: z.string().trim().min(10, 'Beschrijf het probleem in minstens 10 tekens.').max(2000, 'De omschrijving mag hoogstens 2000 tekens zijn.'),
});
export type EscalationFormErrors = Partial<Record<'soort' | 'urgency' | 'description', string>>;
export type EscalationFormValues = Record<'soort' | 'urgency' | 'description', string>;

/** Card inputs arrive as strings; an absent field is empty and the use case says what is missing. */
const input = z.string().default('');
export const escalationSubmitInput = z.object({ providerId: input, submissionId: input, soort: input, urgency: input, description: input });
export type EscalationSubmitInput = z.infer<typeof escalationSubmitInput>;
export const escalationRefInput = z.object({ escalationId: input });
export const escalationResolveInput = escalationRefInput.extend({ note: input });

export const isOpen = (e: Escalation) => e.status !== 'afgehandeld';

/** Adds working days (Monday to Friday) to a moment, keeping the time of day. Public holidays are not counted out. */
export function addWorkingDays(from: Date, days: number): Date {
  const d = new Date(from);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return d;
}
