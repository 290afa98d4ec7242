import { z } from 'zod';
import { amsterdamInstant } from '../../shared/dutch-date';

z.config(z.locales.nl());

/** Who did something, as the directory knew them at that moment. */
export const actorSchema = z.object({ aadObjectId: z.string(), name: z.string() });
export type Actor = z.infer<typeof actorSchema>;

/** A calendar date as typed in Input.Date (the deadline is the end of that day in the Netherlands). */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Kies een datum (jjjj-mm-dd).');

export const roundSchema = z.object({
  region: z.string(),
  year: z.number().int(),
  deadline: isoDateSchema,
  status: z.enum(['open', 'closed']),
  openedBy: actorSchema,
  openedAt: z.string(),
});
export type Round = z.infer<typeof roundSchema>;

export const URGENCIES = ['laag', 'midden', 'hoog'] as const;

/**
 * The lifecycle of a theme. "ingetrokken" (withdrawn by the gemeente) and "samengevoegd"
 * (merged into another theme) end it outside the governance path.
 */
export const THEME_STATUSES = [
  'ingediend',
  'geagendeerd_ao',
  'advies_pfo',
  'vastgesteld',
  'afgewezen',
  'aangehouden',
  'in_uitvoering',
  'afgerond',
  'ingetrokken',
  'samengevoegd',
] as const;
export const themeStatusSchema = z.enum(THEME_STATUSES);
export type ThemeStatus = z.infer<typeof themeStatusSchema>;

export const STATUS_LABELS: Record<ThemeStatus, string> = {
  ingediend: 'ingediend',
  geagendeerd_ao: 'geagendeerd AO',
  advies_pfo: 'advies PFO',
  vastgesteld: 'vastgesteld (besluit BO)',
  afgewezen: 'afgewezen (besluit BO)',
  aangehouden: 'aangehouden (besluit BO)',
  in_uitvoering: 'in uitvoering',
  afgerond: 'afgerond',
  ingetrokken: 'ingetrokken',
  samengevoegd: 'samengevoegd',
};

/** Which meeting body a step belongs to: the default for the recorded meeting. */
export const STATUS_BODY: Partial<Record<ThemeStatus, string>> = {
  geagendeerd_ao: 'AO',
  advies_pfo: 'PFO',
  vastgesteld: 'BO',
  afgewezen: 'BO',
  aangehouden: 'BO',
};

/** The governance path: AO prepares, PFO advises, BO decides, then execution. */
const NEXT: Record<ThemeStatus, readonly ThemeStatus[]> = {
  ingediend: ['geagendeerd_ao'],
  geagendeerd_ao: ['advies_pfo'],
  advies_pfo: ['vastgesteld', 'afgewezen', 'aangehouden'],
  aangehouden: ['advies_pfo', 'vastgesteld', 'afgewezen'],
  vastgesteld: ['in_uitvoering'],
  in_uitvoering: ['afgerond'],
  afgewezen: [],
  afgerond: [],
  ingetrokken: [],
  samengevoegd: [],
};

/** Undefined when the step is allowed, else the Dutch reason why not. */
export function transitionProblem(from: ThemeStatus, to: ThemeStatus): string | undefined {
  if (from === to) return `Het thema staat al op "${STATUS_LABELS[to]}".`;
  if (NEXT[from].includes(to)) return undefined;
  const allowed = NEXT[from].map((s) => `"${STATUS_LABELS[s]}"`);
  return allowed.length === 0
    ? `Een thema met status "${STATUS_LABELS[from]}" kan niet meer van status veranderen.`
    : `Van "${STATUS_LABELS[from]}" kan een thema alleen naar ${allowed.join(' of ')}; "${STATUS_LABELS[to]}" slaat een stap over of hoort niet bij deze volgorde.`;
}

/** Finds a status from what people type ("geagendeerd AO", "advies pfo", "vastgesteld"). */
export function parseStatus(text: string): ThemeStatus | undefined {
  const key = text.toLowerCase().replace(/\(.*\)/g, '').replace(/[\s_-]+/g, ' ').trim();
  const aliases: Record<string, ThemeStatus> = {
    'geagendeerd ao': 'geagendeerd_ao',
    geagendeerd: 'geagendeerd_ao',
    ao: 'geagendeerd_ao',
    'advies pfo': 'advies_pfo',
    pfo: 'advies_pfo',
    'besluit bo vastgesteld': 'vastgesteld',
    'besluit bo afgewezen': 'afgewezen',
    'besluit bo aangehouden': 'aangehouden',
    uitvoering: 'in_uitvoering',
  };
  if (aliases[key]) return aliases[key];
  return THEME_STATUSES.find((s) => s.replace('_', ' ') === key);
}

/** Themes that still count: withdrawn and merged ones are kept for the record only. */
export const isLive = (t: Pick<Theme, 'status'>) => t.status !== 'ingetrokken' && t.status !== 'samengevoegd';

export const statusStepSchema = z.object({
  from: themeStatusSchema.optional(),
  to: themeStatusSchema,
  by: actorSchema,
  at: z.string(),
  meeting: z.string().default(''),
});

/** The fields a gemeente fills in; the same schema validates the card input on the server. */
export const themeFieldsSchema = z.object({
  title: z.string().trim().min(5, 'Geef een titel van minstens 5 tekens.').max(120, 'De titel mag hoogstens 120 tekens zijn.'),
  problem: z.string().trim().min(20, 'Beschrijf het probleem of de kans in minstens 20 tekens.').max(2000, 'Hoogstens 2000 tekens.'),
  desiredResult: z.string().trim().min(10, 'Beschrijf het gewenste resultaat in minstens 10 tekens.').max(2000, 'Hoogstens 2000 tekens.'),
  regionalValue: z
    .string()
    .trim()
    .min(10, 'Leg in minstens 10 tekens uit waarom dit regionaal moet en niet lokaal.')
    .max(2000, 'Hoogstens 2000 tekens.'),
  targetGroups: z.string().trim().min(3, 'Noem de doelgroepen of zorgsegmenten.').max(500, 'Hoogstens 500 tekens.'),
  urgency: z.enum(URGENCIES, 'Kies de urgentie: laag, midden of hoog.'),
  effort: z.string().trim().min(2, 'Geef een schatting van de inzet of het budget.').max(500, 'Hoogstens 500 tekens.'),
  contact: z.string().trim().min(2, 'Noem een contactpersoon.').max(200, 'Hoogstens 200 tekens.'),
  relatedThemeIds: z.array(z.string().regex(/^[a-z0-9]{6,16}$/)).max(10).default([]),
});
export type ThemeFields = z.infer<typeof themeFieldsSchema>;
export type ThemeFieldName = keyof ThemeFields;
export const THEME_FIELD_NAMES = Object.keys(themeFieldsSchema.shape) as ThemeFieldName[];

/** What the user typed in the theme form, as strings; related themes comma-separated. */
export type ThemeFormValues = Record<ThemeFieldName, string>;
export type ThemeFormErrors = Record<ThemeFieldName, string>;

/** Card inputs are strings, or a number where a template bound one ("${year}"); an absent field is empty. */
const input = z.string().default('');
const yearInput = z.union([z.number(), z.string()]).optional();
export const roundOpenInput = z.object({ year: yearInput, deadline: input });
export type RoundOpenInput = z.infer<typeof roundOpenInput>;
/** What a theme card carries. Gemeente and user are only compared with the directory (tampering), never used. */
export const themeRefInput = z.object({ year: yearInput, themeId: input, version: input, gemeente: input, userId: input });
export type ThemeRefInput = z.infer<typeof themeRefInput>;
const fieldInputs = Object.fromEntries(THEME_FIELD_NAMES.map((f) => [f, input])) as Record<ThemeFieldName, typeof input>;
/** `similarSeen`: the form already showed its look-alikes; a second "Thema indienen" submits anyway. */
export const themeSubmitInput = themeRefInput.extend({ submissionId: input, similarSeen: input, ...fieldInputs });
export type ThemeSubmitInput = z.infer<typeof themeSubmitInput>;

export const FIELD_LABELS: Record<ThemeFieldName, string> = {
  title: 'Titel',
  problem: 'Probleem of kans',
  desiredResult: 'Gewenst resultaat',
  regionalValue: 'Regionale meerwaarde',
  targetGroups: 'Doelgroepen of zorgsegmenten',
  urgency: 'Urgentie',
  effort: 'Verwachte inzet of budget',
  contact: 'Contactpersoon',
  relatedThemeIds: 'Gerelateerde thema\'s',
};

export const themeSchema = themeFieldsSchema.extend({
  id: z.string(),
  region: z.string(),
  year: z.number().int(),
  gemeente: z.string(),
  status: themeStatusSchema,
  supporters: z.array(z.string()).default([]),
  history: z.array(statusStepSchema).default([]),
  createdBy: actorSchema,
  createdAt: z.string(),
  updatedBy: actorSchema,
  updatedAt: z.string(),
  trekker: actorSchema.optional(),
  projectmanager: actorSchema.optional(),
  mergedInto: z.string().optional(),
  /** Human reference, e.g. RA-2027-KAM-01; themes from before it existed show their id. */
  kenmerk: z.string().optional(),
});
export type Theme = z.infer<typeof themeSchema>;

export const AUDIT_ACTIONS = [
  'ronde-geopend',
  'ronde-gewijzigd',
  'ronde-gesloten',
  'aangemaakt',
  'gewijzigd',
  'ingetrokken',
  'status',
  'gesteund',
  'samengevoegd',
  'geweigerd',
] as const;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: actorSchema,
  action: z.enum(AUDIT_ACTIONS),
  themeId: z.string().default(''),
  /** What changed, field by field, or why something was refused. */
  details: z.string().default(''),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Field-by-field summary of an edit for the audit trail. */
export function describeChanges(before: ThemeFields, after: ThemeFields): string {
  return THEME_FIELD_NAMES.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))
    .map((f) => `${FIELD_LABELS[f]}: "${clip(String(before[f]))}" -> "${clip(String(after[f]))}"`)
    .join('; ');
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

const DAY_MS = 86_400_000;

/** Submissions are accepted until the end of the deadline day, while the round is open. */
export const deadlinePassed = (round: Round, now: Date) => now.getTime() > amsterdamInstant(round.deadline).getTime();
export const acceptsChanges = (round: Round, now: Date) => round.status === 'open' && !deadlinePassed(round, now);

export const daysLeft = (round: Round, now: Date) =>
  Math.max(0, Math.ceil((amsterdamInstant(round.deadline).getTime() - now.getTime()) / DAY_MS));

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export { amsterdamInstant, dutchDate as formatDate } from '../../shared/dutch-date';

/** What opening a round really did: advisers reached now, waiting for the app, gemeenten nobody hears it in. */
export interface InvitationReach {
  advisers: number;
  sent: number;
  /** Not yet tried by the outbox when the confirmation was written. */
  pending: number;
  waiting: string[];
  failed: string[];
  unreachable: string[];
  /** Gemeenten whose linked channel Teams refused the invitation (the outbox gave up). */
  channelFailed: string[];
}

/** Everyone invited got it: the only case the round-opened notice may look like plain success. */
export const invitedEveryone = (i: InvitationReach) => i.advisers > 0 && i.sent === i.advisers && i.unreachable.length === 0 && i.channelFailed.length === 0;

export const roundPk = (region: string, year: number) => `${region}:${year}`;

/** The shortest prefix (at least 3 letters) that tells this gemeente apart from the others of the region. */
function gemeenteCode(gemeente: string, gemeenten: string[]): string {
  const letters = (g: string) => g.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase();
  const own = letters(gemeente);
  for (let n = 3; n < own.length; n++) {
    if (!gemeenten.some((g) => g !== gemeente && letters(g).startsWith(own.slice(0, n)))) return own.slice(0, n);
  }
  return own;
}

/** "RA-2027-KAM-01": the n-th theme a gemeente submitted in a round, as people write it down. */
export const themeKenmerk = (year: number, gemeente: string, n: number, gemeenten: string[]) =>
  `RA-${year}-${gemeenteCode(gemeente, gemeenten)}-${String(n).padStart(2, '0')}`;

export const kenmerkOf = (t: Pick<Theme, 'id' | 'kenmerk'>) => t.kenmerk ?? t.id;
export const KENMERK = /^RA-(\d{4})-[A-Z]+-\d+$/i;
