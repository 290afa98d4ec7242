import type { AnswerTable } from './cards/provider-answer.card';
import type { Contract, Signal, WaitTime } from './providers.domain';
import { dutchDate, euro, weeks } from './providers.format';

/** Tables of an answer show at most this many rows, and say how many more there are. */
export const MAX_ROWS = 20;

const more = (total: number, noun: string) => (total > MAX_ROWS ? `en nog ${total - MAX_ROWS} ${noun}` : '');
const gemeentenText = (c: Contract) => (c.alle ? 'alle' : c.gemeenten.join(', '));

export function contractTable(title: string, cs: Contract[], withProvider: boolean, name: (id: string) => string = (id) => id): AnswerTable {
  return {
    title,
    header: ['Contract', ...(withProvider ? ['Aanbieder'] : []), 'Soort', 'Einddatum', 'Waarde', 'Gemeenten'],
    widths: [2, ...(withProvider ? [3] : []), 2, 2, 2, 3],
    rows: cs.slice(0, MAX_ROWS).map((c) => [`${c.id}${c.perceel ? ` (${c.perceel})` : ''}`, ...(withProvider ? [name(c.aanbiederId)] : []), c.soort, dutchDate(c.einddatum), euro(c.waarde), gemeentenText(c)]),
    more: more(cs.length, 'contracten'),
  };
}

export function waitTable(ws: WaitTime[], withProvider: boolean, name: (id: string) => string): AnswerTable {
  return {
    title: 'Actuele wachttijden',
    header: [...(withProvider ? ['Aanbieder'] : []), 'Product', 'Wachttijd', 'Peildatum'],
    rows: ws.slice(0, MAX_ROWS).map((w) => [...(withProvider ? [name(w.aanbiederId)] : []), w.product, weeks(w.weken), dutchDate(w.peildatum)]),
    more: more(ws.length, 'regels'),
  };
}

export function signalTable(ss: Signal[], withProvider: boolean, name: (id: string) => string): AnswerTable {
  return {
    title: 'Open signalen',
    header: [...(withProvider ? ['Aanbieder'] : []), 'Niveau', 'Soort', 'Datum', 'Omschrijving'],
    widths: [...(withProvider ? [3] : []), 2, 2, 2, 4],
    rows: ss.slice(0, MAX_ROWS).map((s) => [...(withProvider ? [name(s.aanbiederId)] : []), s.niveau, s.soort, dutchDate(s.datum), s.omschrijving]),
    more: more(ss.length, 'signalen'),
  };
}
