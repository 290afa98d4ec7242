import { actionsText, agendaText, hasTakenPlace, parseActions, parseAgenda } from '../../src/features/meetings/meetings.domain';

describe('meeting agenda and action lines', () => {
  it('reads the type prefix and the description; a line without prefix is ter bespreking', () => {
    const { items, error } = parseAgenda('besluit: Kadernotitie 2028 - advies aan het BO\nTer informatie: Monitor\n\nAanpak wachttijden');
    expect(error).toBeUndefined();
    expect(items).toEqual([
      { title: 'Kadernotitie 2028', description: 'advies aan het BO', type: 'besluitvorming' },
      { title: 'Monitor', description: '', type: 'informatie' },
      { title: 'Aanpak wachttijden', description: '', type: 'bespreking' },
    ]);
    expect(parseAgenda(agendaText(items)).items).toEqual(items);
  });

  it('names the line that is wrong', () => {
    expect(parseAgenda('besluit: Begroting\ninfo: x').error).toContain('Regel 2');
    expect(parseAgenda('  \n').error).toContain('minstens één agendapunt');
  });

  const now = new Date('2027-01-04T09:00:00Z');

  it('action items need an owner and a real due date', () => {
    expect(parseActions('Notitie ; Frank ; 2027-02-30', now).error).toBe('Actiepunt 1: 30 februari 2027 bestaat niet.');
    expect(parseActions('Notitie ; Frank', now).error).toContain('Actiepunt 1');
    const { actions } = parseActions('Notitie ; Frank Bos ; 2027-02-15', now);
    expect(actions).toEqual([{ text: 'Notitie', owner: 'Frank Bos', due: '2027-02-15' }]);
    expect(actionsText(actions)).toBe('Notitie ; Frank Bos ; 15 februari 2027');
    expect(parseActions(actionsText(actions), now).actions).toEqual(actions);
  });

  it('issue 13: Dutch due dates parse instead of crashing (RangeError: Invalid time value)', () => {
    for (const due of ['15 maart 2027', '15-03-2027', '2027-03-15']) {
      expect(parseActions(`Plan van aanpak ; Frank Bos ; ${due}`, now)).toEqual({ actions: [{ text: 'Plan van aanpak', owner: 'Frank Bos', due: '2027-03-15' }] });
    }
    expect(() => parseActions('Plan ; Frank ; onzin', now)).not.toThrow();
    expect(parseActions('Plan ; Frank ; onzin', now).error).toContain('Ik herken "onzin" niet als datum');
  });

  it('a meeting has taken place once its start has passed in Amsterdam, or when confirmed', () => {
    const m = { date: '2027-01-15', time: '14:00' };
    expect(hasTakenPlace(m, new Date('2027-01-15T12:59:00Z'))).toBe(false);
    expect(hasTakenPlace(m, new Date('2027-01-15T13:00:00Z'))).toBe(true);
    expect(hasTakenPlace({ ...m, heldConfirmedAt: '2027-01-10T10:00:00Z' }, new Date('2027-01-10T10:00:00Z'))).toBe(true);
  });
});
