import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { withoutDescribedDocument } from '../../src/features/qa/named-document';

/** An invented guide: its status section says "regionale afspraken" in a sentence that is not who set it. */
const AFSPRAKEN = `# Handreiking onderhoud speeltuinen Voorbeelddorp 2027

## 1 Status
Een werkgroep van beheerders stelde de handreiking op. Voor speeltuinen die vóór 1 mei zijn gemeld, gelden de oude regionale afspraken over speeltuinen nog. Daarna heeft de speeltuinraad de handreiking op 3 maart 2027 vastgesteld.

## 2 Onderhoud
De beheerder controleert elke speeltuin eens per maand.

## 3 Looptijd
Deze handreiking loopt tot 1 januari 2030.
`;

describe('a document the question describes rather than names', () => {
  it('is where to look, not what to look for', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('speeltuinen.md', Buffer.from(AFSPRAKEN))).passages);
    const result = index.ask('Wie heeft deze regionale afspraken over speeltuinen eigenlijk vastgesteld?');
    expect(result.kind === 'answer' && result.answer).toBe('Daarna heeft de speeltuinraad de handreiking op 3 maart 2027 vastgesteld.');
  });

  it('keeps what is asked after "in dit besluit", and the question when nothing else is asked', () => {
    // What is asked, for this test: a word of four letters or more other than the question word and "regelt".
    const asks = (rest: string) => /\p{L}{4,}/u.test(rest.replace(/\b(?:wat|wanneer|regelt)\b/giu, ''));
    expect(withoutDescribedDocument('Wat staat in dit besluit over de boetes?', asks)).toBe('Wat staat over de boetes?');
    expect(withoutDescribedDocument('Wanneer is dit nieuwe werkplan vastgesteld?', asks)).toBe('Wanneer is vastgesteld?');
    expect(withoutDescribedDocument('Wat regelt dit besluit?', asks)).toBe('Wat regelt dit besluit?');
    expect(withoutDescribedDocument('Hoe vaak komt deze commissie bijeen?', asks)).toBe('Hoe vaak komt deze commissie bijeen?');
  });

  it('is what is asked about when nothing else is asked', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('speeltuinen.md', Buffer.from(AFSPRAKEN))).passages);
    const result = index.ask('Tot wanneer loopt deze handreiking?');
    expect(result.kind === 'answer' && result.answer).toMatch(/1 januari 2030/);
  });
});
