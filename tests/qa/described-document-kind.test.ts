import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { describedDocument } from '../../src/features/qa/named-document';

const TITLES = ['Mandaat- en volmachtbesluit Testregio 2030', 'Kadernota Testregio 2030', 'Reglement van orde Testraad'];

describe('a document the question points at with "dit" or "deze" and its kind', () => {
  it('finds the one title holding that kind, a part a hyphen leaves out included', () => {
    expect(describedDocument('wanneer vervalt dit mandaatbesluit eigenlijk?', TITLES)?.title).toBe('Mandaat- en volmachtbesluit Testregio 2030');
    expect(describedDocument('wat staat er in deze kadernota over wachttijden?', TITLES)?.title).toBe('Kadernota Testregio 2030');
  });

  it('chooses none when no title or several hold the kind', () => {
    expect(describedDocument('wanneer vervalt deze regeling?', TITLES)).toBeUndefined();
    expect(describedDocument('wanneer vervalt dit besluit?', [...TITLES, 'Besluit tarieven Testregio 2030'])).toBeUndefined();
  });

  it('answers from that document, not from another that shares the question\'s words and is newer', async () => {
    const docs = await Promise.all([
      parseDocument('kadernota.md', Buffer.from('# Kadernota Testregio 2030\n\n## Contracten\n\nHet raamcontract vervalt op 1 juli 2030.\n'), new Date(3)),
      parseDocument('mandaat.md', Buffer.from('# Mandaat- en volmachtbesluit Testregio 2030\n\n### Artikel 9 Slotbepaling\n\n1. Het mandaat vervalt op 31 december 2031, tenzij het bestuur eerder een nieuw besluit neemt.\n\n### Artikel 2 Reikwijdte\n\n1. De directeur mag contracten sluiten tot € 50.000.\n'), new Date(2)),
    ]);
    const r = new KnowledgeIndex([], docs.flatMap((d) => d.passages)).ask('wanneer vervalt dit mandaatbesluit?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/31 december 2031/);
  });
});
