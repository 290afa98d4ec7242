import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { amountRanges, askedAmount, fitsAmount, withoutAskedAmount } from '../../src/features/qa/amount-thresholds';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented procurement rule (not an evaluation document): amounts as thresholds, who does what per lid.
const REGELING = `# Aanbestedingsregels Testland 2026

## Artikel 1 Offertes
1. Voor een opdracht met een waarde onder EUR 40.000 vraagt de afdeling één leverancier om een offerte.
2. Voor een opdracht van EUR 40.000 tot EUR 200.000 vraagt de afdeling ten minste vier leveranciers om een offerte.
3. Boven EUR 200.000 schrijft de afdeling een openbare aanbesteding uit.

## Artikel 2 Handtekening
1. De directeur ondertekent contracten tot en met EUR 80.000. Hij doet dat namens het college en legt een kopie in het archief van de afdeling.
2. Contracten van meer dan EUR 80.000 worden ondertekend door de wethouder financiën. De directeur parafeert die contracten vooraf.
3. Een contract wordt pas ondertekend nadat de offertes zijn vergeleken en de afdeling de keuze schriftelijk heeft gemotiveerd in het dossier.
`;

async function index(): Promise<KnowledgeIndex> {
  const doc = await parseDocument('regels.md', Buffer.from(REGELING));
  return new KnowledgeIndex([], doc.passages);
}

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : `(${r.kind})`);

describe('amounts compared with thresholds', () => {
  it('reads the amount a question gives and the ranges a sentence sets', () => {
    expect(askedAmount('Wie tekent een overeenkomst van 150.000 euro?')).toEqual({ amount: 150000, term: '150000' });
    expect(askedAmount('Wat geldt onder de € 50.000?')?.amount).toBe(49999);
    expect(askedAmount('Wie beslist over meer dan 1,5 miljoen euro?')?.amount).toBe(1500001);
    expect(askedAmount('Wat gebeurt er in 2026?')).toBeUndefined();
    expect(amountRanges('Over opdrachten van meer dan EUR 100.000 tot en met EUR 750.000 besluit de commissie.')).toEqual([{ from: 100000, fromIncl: false, to: 750000, toIncl: true }]);
    expect(amountRanges('Binnen tien weken na 1 januari 2026.')).toEqual([]);
    const asked = askedAmount('een contract van 150.000 euro')!;
    expect(fitsAmount('De regiomanager ondertekent overeenkomsten tot en met EUR 100.000.', asked)).toBe(-1);
    expect(fitsAmount('Overeenkomsten van meer dan EUR 100.000 tekent de voorzitter.', asked)).toBe(1);
    expect(fitsAmount('Vanaf € 150.000 gelden andere regels.', asked)).toBe(1);
    expect(withoutAskedAmount('Wie beslist over een opdracht boven 50.000 euro?')).not.toMatch(/50|boven|euro/);
  });

  it('answers with the lid whose threshold the amount meets, not the one that repeats the question words', async () => {
    const kb = await index();
    const large = answer(kb.ask('Wie ondertekent een contract van 120.000 euro?'));
    expect(large).toMatch(/wethouder financiën/);
    expect(large).not.toMatch(/tot en met EUR 80.000/);
    expect(answer(kb.ask('Wie tekent een contract van 30.000 euro?'))).toMatch(/directeur ondertekent/);
    expect(answer(kb.ask('Hoeveel leveranciers moeten een offerte krijgen bij een opdracht van 90.000 euro?'))).toMatch(/vier leveranciers/);
  });
});
