import { actionsText, agendaText, parseActions, parseAgenda } from '../../src/features/meetings/meetings.domain';

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

  it('action items need an owner and a real due date', () => {
    expect(parseActions('Notitie ; Frank ; 2027-02-30').error).toContain('geen datum');
    expect(parseActions('Notitie ; Frank').error).toContain('Actiepunt 1');
    const { actions } = parseActions('Notitie ; Frank Bos ; 2027-02-15');
    expect(actions).toEqual([{ text: 'Notitie', owner: 'Frank Bos', due: '2027-02-15' }]);
    expect(parseActions(actionsText(actions)).actions).toEqual(actions);
  });
});
