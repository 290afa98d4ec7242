import type { ZodType } from 'zod';
import { escalationFormSchema } from '../../src/features/escalations/escalations.domain';
import { SIGNAL_SOORTEN } from '../../src/features/providers/providers.domain';
import { meetingFormSchema, parseAgenda, parseDecisions } from '../../src/features/meetings/meetings.domain';
import { actionItems } from '../../src/features/meetings/meetings.rows';
import { askExpertSchema, feedbackInputSchema, ticketAnswerSchema } from '../../src/features/qa/qa.domain';
import { FIELD_LABELS, themeFieldsSchema, URGENCIES } from '../../src/features/regioagenda/regioagenda.domain';
import { themeFields } from '../regioagenda/helpers';

/**
 * Every field constraint of every form, at its edges: the shortest and longest value that pass and
 * the first that does not (after trimming, as the schema reads it), and every enum.
 */
const text = (n: number) => 'x'.repeat(n);

/** A valid form, one field changed; the answer is the first problem's field and message, or 'ok'. */
function check(schema: ZodType, valid: Record<string, unknown>, field: string, value: unknown): string {
  const r = schema.safeParse({ ...valid, [field]: value });
  return r.success ? 'ok' : `${String(r.error.issues[0].path[0])}: ${r.error.issues[0].message}`;
}

type Bounds = { field: string; min: number; max: number };
const edges = ({ field, min, max }: Bounds) => [
  [field, min - 1, 'refused'],
  [field, min, 'ok'],
  [field, max, 'ok'],
  [field, max + 1, 'refused'],
] as const;

describe('theme form (regioagenda)', () => {
  const valid = { ...themeFields('Kampen'), relatedThemeIds: [] };
  const bounds: Bounds[] = [
    { field: 'title', min: 5, max: 120 },
    { field: 'problem', min: 20, max: 2000 },
    { field: 'desiredResult', min: 10, max: 2000 },
    { field: 'regionalValue', min: 10, max: 2000 },
    { field: 'targetGroups', min: 3, max: 500 },
    { field: 'effort', min: 2, max: 500 },
    { field: 'contact', min: 2, max: 200 },
  ];

  it('checks every text field of the form (no field left out of this table)', () => {
    expect([...bounds.map((b) => b.field), 'urgency', 'relatedThemeIds'].sort()).toEqual(Object.keys(FIELD_LABELS).sort());
  });

  it.each(bounds.flatMap(edges))('%s with %i characters: %s', (field, n, outcome) => {
    const result = check(themeFieldsSchema, valid, field, text(n));
    if (outcome === 'ok') expect(result).toBe('ok');
    else expect(result).toMatch(new RegExp(`^${field}: (Geef|Beschrijf|Leg|Noem|Hoogstens|De titel)`));
  });

  it.each(bounds)('$field: spaces around the text do not count towards the minimum', ({ field, min }) => {
    expect(check(themeFieldsSchema, valid, field, `   ${text(min - 1)}   `)).not.toBe('ok');
  });

  it('"Regionale meerwaarde" under 10 characters is refused with its own Dutch message', () => {
    expect(check(themeFieldsSchema, valid, 'regionalValue', 'Regionaal')).toBe('regionalValue: Leg in minstens 10 tekens uit waarom dit regionaal moet en niet lokaal.');
  });

  it.each([...URGENCIES.map((u) => [u, 'ok']), ['Hoog', 'refused'], ['', 'refused'], ['urgent', 'refused']])('urgency "%s": %s', (value, outcome) => {
    expect(check(themeFieldsSchema, valid, 'urgency', value) === 'ok').toBe(outcome === 'ok');
  });

  it('related themes: ids of 6 to 16 lowercase letters and digits, at most 10', () => {
    expect(check(themeFieldsSchema, valid, 'relatedThemeIds', ['abc123'])).toBe('ok');
    expect(check(themeFieldsSchema, valid, 'relatedThemeIds', ['abc12'])).not.toBe('ok');
    expect(check(themeFieldsSchema, valid, 'relatedThemeIds', [text(16)])).toBe('ok');
    expect(check(themeFieldsSchema, valid, 'relatedThemeIds', [text(17)])).not.toBe('ok');
    expect(check(themeFieldsSchema, valid, 'relatedThemeIds', ['ABC123'])).not.toBe('ok');
    expect(check(themeFieldsSchema, valid, 'relatedThemeIds', Array.from({ length: 10 }, (_, i) => `theme${i}x`))).toBe('ok');
    expect(check(themeFieldsSchema, valid, 'relatedThemeIds', Array.from({ length: 11 }, (_, i) => `theme${i}x`))).not.toBe('ok');
  });
});

describe('escalation form', () => {
  const valid = { soort: 'wachttijd', urgency: 'normaal', description: 'De wachtlijst loopt op.' };
  it.each(edges({ field: 'description', min: 10, max: 2000 }))('%s with %i characters: %s', (field, n, outcome) => {
    expect(check(escalationFormSchema, valid, field, text(n)) === 'ok').toBe(outcome === 'ok');
  });
  it.each([...SIGNAL_SOORTEN.map((s) => ['soort', s, 'ok']), ['soort', '', 'refused'], ['soort', 'Wachttijd', 'refused'], ['urgency', 'normaal', 'ok'], ['urgency', 'spoed', 'ok'], ['urgency', 'hoog', 'refused'], ['urgency', '', 'refused']])(
    '%s "%s": %s',
    (field, value, outcome) => {
      const r = check(escalationFormSchema, valid, field, value);
      if (outcome === 'ok') expect(r).toBe('ok');
      else expect(r).toBe(field === 'soort' ? 'soort: Kies de soort probleem.' : 'urgency: Kies de urgentie.');
    },
  );
});

describe('meeting form', () => {
  const now = new Date('2027-01-11T10:00:00Z');
  const schema = meetingFormSchema(now);
  const valid = { date: '2027-02-15', time: '14:00', location: 'Zwolle', agenda: '' };
  it.each([['00:00', 'ok'], ['23:59', 'ok'], ['24:00', 'refused'], ['9:00', 'refused'], ['12:60', 'refused'], ['', 'refused']])('time "%s": %s', (value, outcome) => {
    const r = check(schema, valid, 'time', value);
    expect(r === 'ok' ? 'ok' : r).toBe(outcome === 'ok' ? 'ok' : 'time: Kies een tijd (uu:mm).');
  });
  it.each(edges({ field: 'location', min: 2, max: 200 }))('%s with %i characters: %s', (field, n, outcome) => {
    expect(check(schema, valid, field, text(n)) === 'ok').toBe(outcome === 'ok');
  });
  it.each([['2027-02-29', 'refused'], ['2028-02-29', 'ok'], ['31-04-2027', 'refused'], ['', 'refused'], ['morgen', 'ok']])('date "%s": %s', (value, outcome) => {
    expect(check(schema, valid, 'date', value) === 'ok').toBe(outcome === 'ok');
  });
  it('agenda: a title of at least 3 characters, lines of at most 300, 1 to 20 items', () => {
    expect(parseAgenda('abc').error).toBeUndefined();
    expect(parseAgenda('ab').error).toMatch(/minstens 3 tekens/);
    expect(parseAgenda(text(300)).error).toBeUndefined();
    expect(parseAgenda(text(301)).error).toMatch(/hoogstens 300 tekens/);
    expect(parseAgenda('').error).toMatch(/minstens één agendapunt/);
    expect(parseAgenda(Array.from({ length: 20 }, (_, i) => `Punt ${i}`).join('\n')).error).toBeUndefined();
    expect(parseAgenda(Array.from({ length: 21 }, (_, i) => `Punt ${i}`).join('\n')).error).toMatch(/hoogstens 20 punten/);
  });
  it('decisions: at most 500 characters each', () => {
    expect(parseDecisions(text(500)).error).toBeUndefined();
    expect(parseDecisions(text(501)).error).toMatch(/hoogstens 500 tekens/);
  });
  it('action item rows: a description, an owner, a real date', () => {
    const row = (text: string, owner: string, due: string) => [{ text, owner, due }];
    expect(actionItems(row('Notitie', 'naam:Frank', '15 maart 2027'), [], now)).toEqual({ actions: [{ text: 'Notitie', owner: 'Frank', due: '2027-03-15' }] });
    expect(actionItems(row('', 'naam:Frank', '15 maart 2027'), [], now).error).toMatch(/Actiepunt 1: beschrijf/);
    expect(actionItems(row('Notitie', '', '15 maart 2027'), [], now).error).toMatch(/Actiepunt 1: kies een eigenaar/);
    expect(actionItems(row('Notitie', 'id:onbekend', '15 maart 2027'), [], now).error).toMatch(/Actiepunt 1: kies een eigenaar/);
    expect(actionItems(row('Notitie', 'naam:Frank', ''), [], now).error).toMatch(/Actiepunt 1: vul een datum in/);
    expect(actionItems(row('Notitie', 'naam:Frank', '30 februari 2027'), [], now).error).toMatch(/bestaat niet/);
  });
});

describe('Q&A forms', () => {
  it.each(edges({ field: 'answer', min: 3, max: 2000 }))('ticket %s with %i characters: %s', (field, n, outcome) => {
    expect(check(ticketAnswerSchema, { ticketId: 't1', answer: 'abc' }, field, text(n)) === 'ok').toBe(outcome === 'ok');
  });
  it('an answer field left empty (sent without the field, as a client may) or too long says so in Dutch', () => {
    const messages = (data: unknown) => (ticketAnswerSchema.safeParse(data).error?.issues ?? []).map((i) => i.message);
    expect(messages({ ticketId: 't1' })).toEqual(['Vul een antwoord in.']);
    expect(messages({ ticketId: 't1', answer: text(2001) })).toEqual(['Een antwoord is hoogstens 2000 tekens.']);
  });
  it.each(edges({ field: 'question', min: 2, max: 1000 }))('ask-the-experts %s with %i characters: %s', (field, n, outcome) => {
    expect(check(askExpertSchema, { question: 'ab' }, field, text(n)) === 'ok').toBe(outcome === 'ok');
  });
  it('feedback: helpful is "true" or "false"; question and source are capped', () => {
    const valid = { helpful: 'true', question: '', source: '' };
    expect(check(feedbackInputSchema, valid, 'helpful', 'false')).toBe('ok');
    expect(check(feedbackInputSchema, valid, 'helpful', 'ja')).not.toBe('ok');
    expect(check(feedbackInputSchema, valid, 'question', text(500))).toBe('ok');
    expect(check(feedbackInputSchema, valid, 'question', text(501))).not.toBe('ok');
    expect(check(feedbackInputSchema, valid, 'source', text(300))).toBe('ok');
    expect(check(feedbackInputSchema, valid, 'source', text(301))).not.toBe('ok');
  });
});
