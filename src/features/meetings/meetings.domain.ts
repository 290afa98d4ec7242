import { z } from 'zod';
import { amsterdamInstant, dutchDate, parseDutchDate } from '../../shared/dutch-date';
import type { Role } from '../people/people.domain';

export const AGENDA_TYPES = ['besluitvorming', 'bespreking', 'informatie'] as const;
export type AgendaType = (typeof AGENDA_TYPES)[number];
export const AGENDA_TYPE_LABELS: Record<AgendaType, string> = {
  besluitvorming: 'ter besluitvorming',
  bespreking: 'ter bespreking',
  informatie: 'ter informatie',
};

/** Bodies whose members are the wethouders: their agendas also go to each wethouder's personal chat. */
const MEMBER_ROLES: Record<string, Role> = { BO: 'wethouder', PFO: 'wethouder' };
export const memberRole = (body: string): Role | undefined => MEMBER_ROLES[body];

/** A typed or picked date ("15 maart 2027", "15-03-2027", "2027-03-15") as yyyy-mm-dd, or the parser's Dutch message. */
const dutchDateField = (now: Date) =>
  z.string().transform((text, ctx) => {
    const parsed = parseDutchDate(text, { now });
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  });

export const agendaItemSchema = z.object({ title: z.string(), description: z.string(), type: z.enum(AGENDA_TYPES) });
/** `ownerId`: the owner's aadObjectId when picked from the directory (older items have only the typed name). */
export const actionItemSchema = z.object({ text: z.string(), owner: z.string(), ownerId: z.string().optional(), due: z.string() });

export const meetingSchema = z.object({
  id: z.string(),
  body: z.string(),
  date: z.string(),
  time: z.string(),
  location: z.string(),
  agenda: z.array(agendaItemSchema),
  status: z.enum(['concept', 'gepubliceerd']),
  publishedAt: z.string().optional(),
  decisions: z.array(z.string()).default([]),
  actions: z.array(actionItemSchema).default([]),
  /** aadObjectIds of wethouders who were sent the summary: a second "verstuur" skips them. */
  summaryRecipients: z.array(z.string()).default([]),
  /** Set by "Vergadering is geweest": minutes before the planned start (a meeting brought forward). */
  heldConfirmedAt: z.string().optional(),
  createdBy: z.string(),
  updatedAt: z.string(),
});

export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** A form's rows as typed (see meetings.rows.ts), before they are checked into items. */
export interface AgendaRow {
  title: string;
  type: AgendaType;
  description: string;
}
/** `owner`: "id:<aadObjectId>" for someone in the directory, "naam:<name>" for a name typed on an older card. */
export interface ActionRow {
  text: string;
  owner: string;
  due: string;
}
export interface MinutesRows {
  decisions: string[];
  actions: ActionRow[];
}

export type ActionItem = z.infer<typeof actionItemSchema>;
export type Meeting = z.infer<typeof meetingSchema>;

/** The planning form as it arrives from the card: every value a string. */
export const meetingFormSchema = (now: Date) => z.object({
  date: dutchDateField(now),
  time: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Kies een tijd (uu:mm).'),
  location: z.string().trim().min(2, 'Vul een locatie in.').max(200, 'De locatie mag hoogstens 200 tekens zijn.'),
});
/** What the planning form shows: the typed fields and the agenda rows. */
export type MeetingFormValues = Record<'date' | 'time' | 'location', string> & { agenda: AgendaRow[] };

/** Card inputs arrive as strings; an absent field is empty and the use case says what is missing. */
const input = z.string().default('');
export const meetingRefInput = z.object({ meetingId: input });
/** The row inputs (`agenda_0_title`, `decision_0`, `action_0_owner`...) pass through; meetings.rows.ts reads them. */
export const meetingSaveInput = z.looseObject({ meetingId: input, version: input, body: input, date: input, time: input, location: input });
export type MeetingSaveInput = { meetingId: string; version: string; body: string; date: string; time: string; location: string; agenda: AgendaRow[] };
export const minutesSaveInput = z.looseObject({ meetingId: input, version: input });
export type MinutesSaveInput = { meetingId: string; version: string; rows: MinutesRows };
export type FormErrors = Partial<Record<'date' | 'time' | 'location' | 'agenda' | 'decisions' | 'actions', string>>;

const PREFIX = /^(?:ter\s+)?(besluit(?:vorming)?|bespre(?:king|ken)|info(?:rmatie)?)\s*:\s*/i;
const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** "besluit: Kadernotitie 2028 - vaststellen" -> one agenda item; a line without prefix is ter bespreking. */
export function parseAgenda(text: string): { items: AgendaItem[]; error?: string } {
  const items: AgendaItem[] = [];
  for (const [i, line] of lines(text).entries()) {
    const m = line.match(PREFIX);
    const word = m?.[1].toLowerCase() ?? 'bespreking';
    const type: AgendaType = word.startsWith('besluit') ? 'besluitvorming' : word.startsWith('info') ? 'informatie' : 'bespreking';
    const [title, ...rest] = line.slice(m?.[0].length ?? 0).split(/\s+[-–]\s+/);
    if (title.trim().length < 3) return { items, error: `Regel ${i + 1}: geef het agendapunt een titel van minstens 3 tekens.` };
    if (line.length > 300) return { items, error: `Regel ${i + 1}: een agendapunt mag hoogstens 300 tekens zijn.` };
    items.push({ title: title.trim(), description: rest.join(' - ').trim(), type });
  }
  if (items.length === 0) return { items, error: 'Zet minstens één agendapunt op de agenda, één per regel.' };
  if (items.length > 20) return { items, error: 'Een agenda heeft hoogstens 20 punten.' };
  return { items };
}

export function parseDecisions(text: string): { decisions: string[]; error?: string } {
  const decisions = lines(text);
  if (decisions.some((d) => d.length > 500)) return { decisions, error: 'Een besluit mag hoogstens 500 tekens zijn.' };
  return { decisions };
}

export { dutchDate };

/**
 * Decisions and a summary belong to a meeting that has taken place: its start has passed in
 * Amsterdam, or the secretary confirmed "vergadering is geweest". Typed commands and card
 * buttons both ask this one rule.
 */
export const hasTakenPlace = (m: Pick<Meeting, 'date' | 'time' | 'heldConfirmedAt'>, now: Date) =>
  !!m.heldConfirmedAt || amsterdamInstant(m.date, `${m.time || '00:00'}:00`).getTime() <= now.getTime();

/** Readable, stable id: one meeting of a body per day. */
export const meetingId = (body: string, date: string) => `${body}-${date}`;
