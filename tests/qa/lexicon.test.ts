import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { Lexicon, odwnLexicon } from '../../src/features/qa/lexicon';
import { relatedTerms } from '../../src/features/qa/lexicon-expansion';

/** An invented regulation whose words the questions below paraphrase. */
const REGLEMENT = `# Reglement Vijvercommissie Testland 2026

### Artikel 2 Samenstelling
1. De commissie bestaat uit vijf leden.
2. Het lidmaatschap eindigt wanneer een lid verhuist naar een andere gemeente.

### Artikel 3 Aanvragen
Een inwoner kan het lidmaatschap van de commissie aanvragen bij de secretaris.

### Artikel 3a Voorzitter
De voorzitter van de commissie wordt door de gemeenteraad aangewezen voor een periode van vier jaar.

### Artikel 4 Vergaderingen
De voorzitter van de commissie leidt de vergaderingen. De commissie vergadert ten minste vier keer per jaar in het dorpshuis.

### Artikel 5 Onkosten
Leden krijgen een vacatiegeld van € 30 per vergadering.
`;

describe('the ODWN lexicon', () => {
  it('finds every key of a sorted text by binary search, and nothing between them', () => {
    const lexicon = new Lexicon('aap\tnoot mies\nbes\tvis\nkat\tmuis hond\nzon\tmaan\n');
    expect(lexicon.lookup('aap')).toEqual(['noot', 'mies']);
    expect(lexicon.lookup('bes')).toEqual(['vis']);
    expect(lexicon.lookup('kat')).toEqual(['muis', 'hond']);
    expect(lexicon.lookup('zon')).toEqual(['maan']);
    for (const missing of ['a', 'aapje', 'boom', 'zz', 'ka']) expect(lexicon.lookup(missing)).toEqual([]);
    expect(new Lexicon('zon\tmaan').lookup('zon')).toEqual(['maan']);
  });

  it('relates word forms through their family root, and leaves light verbs out', () => {
    const lexicon = odwnLexicon();
    expect(lexicon.related('aangesteld')).toEqual(expect.arrayContaining(['benoemen', 'aanwijzen']));
    expect(lexicon.related('eindigt')).toContain('ophouden');
    expect(lexicon.related('ophouden')).toContain('eindigen');
    expect(lexicon.related('aanstellen')).not.toContain('maken');
  });

  it('expands only toward corpus words that no hand-made synonym group holds', () => {
    const corpus = new Set(['ophoud', 'stopp', 'termineer']);
    // "stoppen" is in the hand-made group of ending a contract: the group decides its sense, not WordNet.
    expect(relatedTerms('eindigt', ['eindigt', 'eindig'], corpus)).toEqual(['ophoud']);
    expect(relatedTerms('eindigt', ['eindigt', 'eindig'], new Set())).toEqual([]);
  });
});

describe('questions in words the document does not use', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument('reglement.md', Buffer.from(REGLEMENT))).passages);
  });
  const answer = (q: string) => {
    const r = index.ask(q);
    return r.kind === 'answer' ? r.answer : `(${r.reason})`;
  };

  it('finds a verb through a lexicon synonym ("ophouden" for "eindigt")', () => {
    expect(answer('Wanneer moet een lid van de commissie ophouden?')).toMatch(/lidmaatschap eindigt/);
  });

  it('finds a strong participle through a lexicon synonym ("aangesteld" for "aangewezen")', () => {
    expect(answer('Door wie wordt de voorzitter van de commissie aangesteld?')).toMatch(/gemeenteraad aangewezen/);
  });

  it('finds a separable verb through a lexicon synonym of the joined verb ("houdt ... op" for "eindigt")', () => {
    expect(answer('Wanneer houdt het lidmaatschap van de commissie op?')).toMatch(/lidmaatschap eindigt/);
  });

  it('finds a noun through a lexicon synonym ("honorarium" for "vacatiegeld")', () => {
    expect(answer('Wat is het honorarium voor leden van de commissie?')).toMatch(/€ 30/);
  });

  it('still declines what the document does not say', () => {
    expect(answer('Wat is de schadevergoeding voor de voorzitter van de commissie bij een ongeval?')).toMatch(/^\(/);
  });
});
