import { parseDutchDate } from '../../shared/dutch-date';
import type { Person } from '../people/people.domain';
import { type ActionItem, type ActionRow, AGENDA_TYPES, type AgendaItem, type AgendaRow, type AgendaType, dutchDate, type Meeting, type MinutesRows, parseAgenda } from './meetings.domain';

export type { ActionRow, AgendaRow, MinutesRows };

/**
 * Agenda items, decisions and action items as card rows (Adaptive Cards 1.5 has no repeater):
 * one set of inputs per row, named `agenda_<i>_title`, `decision_<i>`, `action_<i>_owner` and so
 * on, and an "add a row" button that sends every input back so the card is drawn again with one
 * row more and nothing typed lost. The row counts travel in the buttons' data, so nothing is kept
 * in process memory. Older cards with one text area per list still work (`agenda`, `decisions`, `actions`).
 */
export const MAX_ROWS = 20;
export type RowSection = 'agenda' | 'decision' | 'action';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const count = (v: unknown, fallback: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_ROWS) : fallback;
};
/** How many rows of a section the card had: the count it carried, or the highest index sent. */
function rowsIn(fields: Record<string, unknown>, prefix: string, carried: unknown): number {
  const indices = Object.keys(fields).flatMap((k) => (k.startsWith(prefix) ? [Number(k.slice(prefix.length).split('_')[0])] : [])).filter(Number.isInteger);
  return count(carried, indices.length ? Math.max(...indices) + 1 : 0);
}
const isEmptyAgenda = (r: AgendaRow) => !r.title.trim() && !r.description.trim();
const isEmptyAction = (r: ActionRow) => !r.text.trim() && !r.owner && !r.due.trim();

export function agendaRowsFrom(fields: Record<string, unknown>): AgendaRow[] {
  if (typeof fields.agenda === 'string') return parseAgenda(fields.agenda).items;
  const rows: AgendaRow[] = [];
  for (let i = 0; i < rowsIn(fields, 'agenda_', fields.agendaRows); i++) {
    const type = str(fields[`agenda_${i}_type`]);
    rows.push({ title: str(fields[`agenda_${i}_title`]), type: (AGENDA_TYPES as readonly string[]).includes(type) ? (type as AgendaType) : 'bespreking', description: str(fields[`agenda_${i}_description`]) });
  }
  return rows;
}

export function minutesRowsFrom(fields: Record<string, unknown>): MinutesRows {
  const decisions =
    typeof fields.decisions === 'string'
      ? fields.decisions.split(/\r?\n/)
      : Array.from({ length: rowsIn(fields, 'decision_', fields.decisionRows) }, (_, i) => str(fields[`decision_${i}`]));
  const actions =
    typeof fields.actions === 'string'
      ? legacyActions(fields.actions)
      : Array.from({ length: rowsIn(fields, 'action_', fields.actionRows) }, (_, i) => ({
          text: str(fields[`action_${i}_text`]),
          owner: str(fields[`action_${i}_owner`]),
          due: str(fields[`action_${i}_due`]),
        }));
  return { decisions, actions };
}

/** "actie ; eigenaar ; datum" lines of an older card, as rows (the date is checked like a row's). */
function legacyActions(text: string): ActionRow[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line) => {
      const [what = '', owner = '', ...due] = line.split(';').map((p) => p.trim());
      return { text: what, owner: owner ? `naam:${owner}` : '', due: due.join(';') };
    });
}

/** The agenda as items, or the first row's problem in Dutch ("Agendapunt 2: ..."). */
export function agendaItems(rows: AgendaRow[]): { items: AgendaItem[]; error?: string } {
  const items: AgendaItem[] = [];
  for (const [i, row] of rows.entries()) {
    if (isEmptyAgenda(row)) continue;
    if (row.title.trim().length < 3) return { items, error: `Agendapunt ${i + 1}: geef het agendapunt een titel van minstens 3 tekens.` };
    if (row.title.length + row.description.length > 300) return { items, error: `Agendapunt ${i + 1}: een agendapunt mag hoogstens 300 tekens zijn.` };
    items.push({ title: row.title.trim(), description: row.description.trim(), type: row.type });
  }
  if (items.length === 0) return { items, error: 'Zet minstens één agendapunt op de agenda.' };
  if (items.length > MAX_ROWS) return { items, error: `Een agenda heeft hoogstens ${MAX_ROWS} punten.` };
  return { items };
}

/** Action items with the owner's directory id (what the welcome card matches on), or the first row's problem. */
export function actionItems(rows: ActionRow[], people: Person[], now: Date): { actions: ActionItem[]; error?: string } {
  const actions: ActionItem[] = [];
  for (const [i, row] of rows.entries()) {
    if (isEmptyAction(row)) continue;
    const label = `Actiepunt ${i + 1}`;
    if (!row.text.trim()) return { actions, error: `${label}: beschrijf de actie.` };
    const owner = ownerOf(row.owner, people);
    if (!owner) return { actions, error: `${label}: kies een eigenaar.` };
    if (!row.due.trim()) return { actions, error: `${label}: vul een datum in (bijvoorbeeld 15 maart 2027).` };
    const due = parseDutchDate(row.due, { now });
    if (!due.ok) return { actions, error: `${label}: ${due.error}` };
    actions.push({ text: row.text.trim(), ...owner, due: due.date });
  }
  return { actions };
}

function ownerOf(value: string, people: Person[]): Pick<ActionItem, 'owner' | 'ownerId'> | undefined {
  if (value.startsWith('id:')) {
    const person = people.find((p) => p.aadObjectId === value.slice(3));
    return person && { owner: person.name, ownerId: person.aadObjectId };
  }
  const name = value.startsWith('naam:') ? value.slice(5).trim() : '';
  if (!name) return undefined;
  // A name typed on an older card: linked to the directory when exactly one person has it.
  const fold = (n: string) => n.replace(/\(.*?\)/g, '').trim().toLowerCase();
  const same = people.filter((p) => fold(p.name) === fold(name));
  return same.length === 1 ? { owner: same[0].name, ownerId: same[0].aadObjectId } : { owner: name };
}

export const agendaRowsOf = (m: Pick<Meeting, 'agenda'>): AgendaRow[] => m.agenda.map((a) => ({ ...a }));
export const minutesRowsOf = (m: Pick<Meeting, 'decisions' | 'actions'>): MinutesRows => ({
  decisions: [...m.decisions],
  actions: m.actions.map((a) => ({ text: a.text, owner: a.ownerId ? `id:${a.ownerId}` : `naam:${a.owner}`, due: dutchDate(a.due) })),
});
