import { CuratedText } from '../../src/features/qa/quoted-text';

const KADERNOTA = 'Het bestuurlijk overleg jeugd komt twee keer per jaar bijeen en stelt de regioagenda vast op voorstel van het portefeuillehoudersoverleg. De regiomanager is secretaris van het bestuurlijk overleg.';
const FACT = 'Het bestuurlijk overleg komt twee keer per jaar bijeen.';

describe('CuratedText: what a later passage adds to the curated knowledge', () => {
  const curated = new CuratedText([KADERNOTA, FACT]);

  it('a report that repeats a source paragraph, whole or a sentence of it, adds only its own sentences', () => {
    expect(curated.added(`${KADERNOTA}\nBesluit: het BO stemt in met het voorstel; het benodigde bedrag is € 12.500.`)).toEqual(['Besluit: het BO stemt in met het voorstel; het benodigde bedrag is € 12.500.']);
    expect(curated.added('De regiomanager is secretaris van het bestuurlijk overleg.')).toEqual([]);
  });

  it('a sentence that states another value for the same thing is added, however many words it shares', () => {
    expect(curated.added('Het bestuurlijk overleg komt vier keer per jaar bijeen.')).toEqual(['Het bestuurlijk overleg komt vier keer per jaar bijeen.']);
  });

  it('the same words in another order (another subject of the same verb) are added', () => {
    expect(curated.added('Het portefeuillehoudersoverleg komt twee keer per jaar bijeen.')).toEqual(['Het portefeuillehoudersoverleg komt twee keer per jaar bijeen.']);
  });

  it('a fragment of a source sentence is a repeat; a sentence pieced together from two source texts is not', () => {
    expect(curated.added('Het bestuurlijk overleg jeugd komt twee keer per jaar bijeen.')).toEqual([]);
    expect(curated.added('Het bestuurlijk overleg komt twee keer per jaar bijeen en stelt de regioagenda vast.')).toHaveLength(1);
  });

  it('without curated texts everything is added', () => {
    expect(new CuratedText([]).added(FACT)).toEqual([FACT]);
  });
});
