import { hasTakenPlace, parseAgenda } from '../../src/features/meetings/meetings.domain';
import { actionItems, agendaItems, agendaRowsFrom, minutesRowsFrom, minutesRowsOf } from '../../src/features/meetings/meetings.rows';
import type { Person } from '../../src/features/people/people.domain';

describe('meeting agenda and action lines', () => {
  it('reads the type prefix and the description; a line without prefix is ter bespreking', () => {
    const { items, error } = parseAgenda('besluit: Kadernotitie 2028 - advies aan het BO\nTer informatie: Monitor\n\nAanpak wachttijden');
    expect(error).toBeUndefined();
    expect(items).toEqual([
      { title: 'Kadernotitie 2028', description: 'advies aan het BO', type: 'besluitvorming' },
      { title: 'Monitor', description: '', type: 'informatie' },
      { title: 'Aanpak wachttijden', description: '', type: 'bespreking' },
    ]);
    // an older card's text area becomes rows
    expect(agendaItems(agendaRowsFrom({ agenda: 'besluit: Kadernotitie 2028 - advies aan het BO\nTer informatie: Monitor\n\nAanpak wachttijden' })).items).toEqual(items);
  });

  it('names the line that is wrong', () => {
    expect(parseAgenda('besluit: Begroting\ninfo: x').error).toContain('Regel 2');
    expect(parseAgenda('  \n').error).toContain('minstens één agendapunt');
  });

  const now = new Date('2027-01-04T09:00:00Z');

  const frank: Person = { aadObjectId: 'f-1', name: 'Frank Bos (demo)', email: '', roles: ['projectmanager'], demo: true };

  it('card rows: read by index with the counts the card carried; agenda, decision and action rows', () => {
    const fields = { agendaRows: '2', agenda_0_title: 'Kadernotitie', agenda_0_type: 'besluitvorming', agenda_0_description: 'advies', agenda_1_title: 'Monitor', agenda_1_type: 'x' };
    expect(agendaRowsFrom(fields)).toEqual([
      { title: 'Kadernotitie', type: 'besluitvorming', description: 'advies' },
      { title: 'Monitor', type: 'bespreking', description: '' },
    ]);
    expect(agendaItems([{ title: '', type: 'bespreking', description: '' }]).error).toContain('minstens één agendapunt');
    expect(agendaItems([{ title: 'ab', type: 'bespreking', description: '' }]).error).toContain('Agendapunt 1');
    const minutes = minutesRowsFrom({ decisionRows: '2', actionRows: '1', decision_0: 'Besluit A', decision_1: '', action_0_text: 'Notitie', action_0_owner: 'id:f-1', action_0_due: '15-02-2027' });
    expect(minutes).toEqual({ decisions: ['Besluit A', ''], actions: [{ text: 'Notitie', owner: 'id:f-1', due: '15-02-2027' }] });
    expect(minutesRowsFrom({ decisionRows: '99' }).decisions).toHaveLength(20); // capped
  });

  it('action rows need a description, an owner from the directory (or an older typed name) and a real due date', () => {
    expect(actionItems([{ text: 'Notitie', owner: 'id:f-1', due: '2027-02-30' }], [frank], now).error).toBe('Actiepunt 1: 30 februari 2027 bestaat niet.');
    expect(actionItems([{ text: 'Notitie', owner: '', due: '15-02-2027' }], [frank], now).error).toContain('kies een eigenaar');
    expect(actionItems([{ text: '', owner: '', due: '' }], [frank], now)).toEqual({ actions: [] }); // an empty row is skipped
    const { actions } = actionItems([{ text: 'Notitie', owner: 'id:f-1', due: '2027-02-15' }], [frank], now);
    expect(actions).toEqual([{ text: 'Notitie', owner: 'Frank Bos (demo)', ownerId: 'f-1', due: '2027-02-15' }]);
    expect(minutesRowsOf({ decisions: [], actions })).toEqual({ decisions: [], actions: [{ text: 'Notitie', owner: 'id:f-1', due: '15 februari 2027' }] });
    // an older card's line: the typed name is linked when exactly one person has it
    const legacy = minutesRowsFrom({ decisions: '', actions: 'Plan ; Frank Bos ; 15 maart 2027' });
    expect(actionItems(legacy.actions, [frank], now).actions).toEqual([{ text: 'Plan', owner: 'Frank Bos (demo)', ownerId: 'f-1', due: '2027-03-15' }]);
    expect(actionItems(legacy.actions, [frank, { ...frank, aadObjectId: 'f-2' }], now).actions).toEqual([{ text: 'Plan', owner: 'Frank Bos', due: '2027-03-15' }]);
  });

  it('issue 13: Dutch due dates parse instead of crashing (RangeError: Invalid time value)', () => {
    for (const due of ['15 maart 2027', '15-03-2027', '2027-03-15']) {
      expect(actionItems([{ text: 'Plan van aanpak', owner: 'naam:Frank Bos', due }], [], now)).toEqual({ actions: [{ text: 'Plan van aanpak', owner: 'Frank Bos', due: '2027-03-15' }] });
    }
    expect(() => actionItems([{ text: 'Plan', owner: 'naam:Frank', due: 'onzin' }], [], now)).not.toThrow();
    expect(actionItems([{ text: 'Plan', owner: 'naam:Frank', due: 'onzin' }], [], now).error).toContain('Ik herken "onzin" niet als datum');
  });

  it('a meeting has taken place once its start has passed in Amsterdam, or when confirmed', () => {
    const m = { date: '2027-01-15', time: '14:00' };
    expect(hasTakenPlace(m, new Date('2027-01-15T12:59:00Z'))).toBe(false);
    expect(hasTakenPlace(m, new Date('2027-01-15T13:00:00Z'))).toBe(true);
    expect(hasTakenPlace({ ...m, heldConfirmedAt: '2027-01-10T10:00:00Z' }, new Date('2027-01-10T10:00:00Z'))).toBe(true);
  });
});
