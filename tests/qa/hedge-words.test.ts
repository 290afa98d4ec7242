import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/** An invented regulation; the questions below ask about it with words that hedge or grade. */
const TEXT = `# Regeling kosten speeltuinen Voorbeelddorp 2027

### Artikel 1 Verdeling
1. Stijgt het aandeel van een wijkraad met meer dan 10 procent, dan draagt de gemeente de helft van de stijging.

### Artikel 2 Bezwaar
1. Een wijkraad die het niet eens is met zijn aandeel, dient binnen vier weken een formulier in bij de penningmeester.

### Artikel 3 Doel
1. De regeling moet leiden tot veilige speeltuinen in alle wijken.

### Artikel 4 Onderhoud
1. Is er geen beheerder aangewezen, dan voert de penningmeester het onderhoud van de speeltoestellen uit.
`;

type Analysed = { terms: string[]; weak: boolean };

describe('words that hedge, grade or say what the asker wants', () => {
  const answer = answersFromDocument(TEXT, 'kosten.md');

  it('("hele", "formeel", "een paar", "net", "bijna", "willen") name nothing a rule must say: weak, or no question word; nor does "klopt het dat"', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('kosten.md', Buffer.from(TEXT))).passages) as unknown as { analyse(q: string): Analysed[] };
    const asked = (q: string) => index.analyse(q).filter((w) => !w.weak).map((w) => w.terms[0]);
    // one word at a time: not.arrayContaining would fail only if every word came back
    const first = asked('Een paar wijkraden willen net formeel bezwaar maken. Moeten we die hele stijging bijna zelf dragen?');
    for (const word of ['par', 'will', 'net', 'formel', 'hel', 'bijna']) expect(first).not.toContain(word);
    const second = asked('Ons aandeel stijgt inmiddels waarschijnlijk. Dragen sommige wijkraden de stijging?');
    for (const word of ['inmiddel', 'waarschijn', 'sommig']) expect(second).not.toContain(word);
    // "destijds", "toentertijd", "indertijd" place the asker's question in the past, as a text does not
    for (const q of ['Wie was destijds voorzitter?', 'Wie beheerde indertijd de speeltuinen?', 'Wat kostte het toentertijd?']) expect(asked(q).join(' ')).not.toMatch(/destijd|indertijd|toentertijd/);
    // "Klopt het dat ...?", "..., klopt dat?" asks whether the rest is so: the asker's frame, as "betekent" or "weet"
    for (const q of ['Klopt het dat de gemeente de helft draagt?', 'De gemeente draagt de helft. Klopt dat?']) expect(asked(q)).not.toContain('klopt');
    // the words the rule does say still count ("zelf dragen" as the paraphrase group of who bears the costs)
    expect(asked('Moeten we die hele stijging zelf dragen?')).toEqual(expect.arrayContaining(['stijging', '~~kostendrager']));
  });

  // "Niemand", "ergens", "nergens" are "iemand", "iets" and their negations (stop words); "uiteindelijk", "nog steeds" hedge;
  // a lone "toe" is the "tot" of "waar ... toe" (as "mee" is "met"): weak, so a rule need not say them.
  it('("niemand", "ergens", "uiteindelijk", "nog steeds", "waar ... toe") name nothing a rule must say', () => {
    expect(answer('Waar moet de regeling uiteindelijk toe leiden?')).toContain('veilige speeltuinen');
    expect(answer('Wie voert het onderhoud uit als er nog steeds niemand is aangewezen?')).toContain('penningmeester');
  });
});
