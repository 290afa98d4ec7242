import { NameMatcher } from '../../src/features/providers/providers.match';
import { mayFollowUp, parseQuestion, type Query } from '../../src/features/providers/providers.query';
import { dutchDate, euro } from '../../src/features/providers/providers.format';
import { loadRegion } from '../../src/region';

const provider = (id: string, naam: string, aliassen: string[] = []) => ({ type: 'aanbieder' as const, id, naam, plaats: '', aliassen, demo: false });
const ctx = (last?: Query) => ({
  region: loadRegion('ijsselland'),
  matcher: new NameMatcher([
    provider('A1', 'Stichting Jeugdhulp Oost', ['SJO']),
    provider('A2', 'Zorggroep De Kraanvogel', ['Kraanvogel']),
    provider('A3', 'Het Baken Jeugdzorg B.V.'),
  ]),
  products: ['Ambulante jeugdhulp', 'Verblijf', 'Jeugd-GGZ'],
  today: '2026-11-26',
  last,
});
const query = (text: string, last?: Query) => {
  const p = parseQuestion(text, ctx(last));
  return p?.type === 'query' ? p.query : p;
};

describe('understanding provider questions in Dutch', () => {
  it.each([
    ['Hoe staat het met SJO?', { kind: 'status', providerId: 'A1' }],
    ['hoe gaat het bij jeugdhulp oost', { kind: 'status', providerId: 'A1' }],
    ['Status van Zorggroep De Kraanvogl', { kind: 'status', providerId: 'A2' }],
    ['Wat weet je over Het Baken Jeugdzorg?', { kind: 'status', providerId: 'A3' }],
    ['Welke aanbieders hebben een wachttijd van meer dan twaalf weken?', { kind: 'waits', minWeeks: 12, inclusive: false }],
    ['Bij welke aanbieders is de wachttijd voor verblijf 8 weken of meer?', { kind: 'waits', minWeeks: 8, inclusive: true, product: 'Verblijf' }],
    ['Wat is de wachttijd voor verblijf in 2026?', { kind: 'waits', product: 'Verblijf' }],
    ['Welke aanbieders hebben een signaal met niveau hoog?', { kind: 'signals', niveau: 'hoog' }],
    ['Welke aanbieders hebben een hoog signaal over kwaliteit?', { kind: 'signals', niveau: 'hoog', signalSoort: 'kwaliteit' }],
    ['Welke contracten lopen dit jaar af?', { kind: 'ending', endFrom: '2026-01-01', endBefore: '2027-01-01' }],
    ['Welke contracten eindigen voor 1 juli 2027?', { kind: 'ending', endBefore: '2027-07-01' }],
    ['Welke contracten verlopen voor 2027-03-31?', { kind: 'ending', endBefore: '2027-03-31' }],
    ['Welke contracten lopen binnen 6 maanden af?', { kind: 'ending', endFrom: '2026-11-26', endBefore: '2027-05-26' }],
    ['Hoeveel contracten heeft Olst-Wijhe en wat is de waarde?', { kind: 'contracts', gemeente: 'Olst-Wijhe' }],
    ['Hoeveel contracten heeft Zwolle met SJO?', { kind: 'contracts', gemeente: 'Zwolle', providerId: 'A1' }],
    ['Top 3 aanbieders op contractwaarde in Kampen', { kind: 'top', limit: 3, gemeente: 'Kampen' }],
    ['Wat zijn de vijf grootste aanbieders?', { kind: 'top', limit: 5 }],
    ['Hoeveel eenjarige contracten zijn er?', { kind: 'contracts', soort: 'eenjarig' }],
    ['Wat is het aantal contracten per gemeente?', { kind: 'contracts', perGemeente: true }],
  ])('"%s"', (text, expected) => {
    expect(query(text)).toMatchObject(expected);
  });

  it('naming both soorten asks for the split, not a filter', () => {
    expect(query('Hoeveel meerjarige en eenjarige contracten zijn er?')).not.toHaveProperty('soort');
  });

  it('follow-ups change only what they name', () => {
    const totals = query('Hoeveel contracten zijn er?') as Query;
    const inDeventer = query('en in Deventer?', totals) as Query;
    expect(inDeventer).toMatchObject({ kind: 'contracts', gemeente: 'Deventer' });
    expect(query('welke daarvan zijn meerjarig?', inDeventer)).toMatchObject({ kind: 'contracts', gemeente: 'Deventer', soort: 'meerjarig' });
    const waits = query('Welke aanbieders hebben een wachttijd van meer dan 6 weken?') as Query;
    expect(query('en voor verblijf?', waits)).toMatchObject({ kind: 'waits', minWeeks: 6, product: 'Verblijf' });
    expect(query('en voor SJO?', waits)).toMatchObject({ kind: 'status', providerId: 'A1' });
  });

  it('an unknown provider name is recognised as a name, not as a governance question', () => {
    expect(parseQuestion('Hoe staat het met Zorgcentrum Nergenshuizen?', ctx())).toEqual({ type: 'unknown-provider', phrase: 'Zorgcentrum Nergenshuizen' });
  });

  it.each([
    'Wie beslist over de begroting?',
    'Wat is een meerjarig contract?',
    'Hoe staat het met de regioagenda?',
    'Hoe staat het met het thema wachttijden?',
    'Wanneer moet de kadernotitie bij de gemeenten zijn?',
    'Wat doet de kleine commissie?',
    // the data holds current waiting times in weeks: history and counts of children are in the documents
    'Hoeveel kinderen stonden op 1 januari 2025 op de wachtlijst voor een gezinshuis?',
    'Wat was de wachttijd voor verblijf in 2024?',
    'Hoe lang was de wachttijd voor jeugd-ggz vorig jaar?',
  ])('leaves "%s" to the next handler', (text) => {
    expect(parseQuestion(text, ctx())).toBeUndefined();
  });

  it('leaves a question about providers as a category, asked as a governance question, to Q&A; asking for the data stays vague', () => {
    for (const q of ['Wat als een zorgaanbieder in de knel komt, wie pakt dat op?', 'Waarom werkt het RSJ met zoveel aanbieders?', 'Mag een aanbieder zelf zijn tarieven bepalen?']) {
      expect(parseQuestion(q, ctx())).toBeUndefined();
    }
    for (const q of ['Wie zijn de aanbieders?', 'vertel iets over aanbieders']) expect(parseQuestion(q, ctx())).toEqual({ type: 'vague' });
    // Also after a query: it is no follow-up of that query, while "wat als het alleen verblijf is?" still is.
    const last: Query = { kind: 'status', providerId: 'A1' };
    expect(parseQuestion('Wat als een zorgaanbieder in de knel komt, wie pakt dat op?', ctx(last))).toBeUndefined();
    expect(query('wat als het alleen verblijf is?', last)).toMatchObject({ kind: 'status', providerId: 'A1', product: 'Verblijf' });
  });

  it('leaves contract questions beyond the data (a past year, another region, the work of managing them) to Q&A', () => {
    for (const q of ['Hoeveel zorgaanbieders hebben in 2025 hun contract met het RSJ opgezegd?', 'Hoeveel contracten heeft de regio Twente afgesloten?', 'Hoeveel kost het nieuwe systeem voor contractbeheer?', 'Hoeveel geld is er begroot voor de externe adviseur?']) {
      expect(parseQuestion(q, ctx())).toBeUndefined();
    }
    for (const q of ['Hoeveel contracten zijn er in 2026?', 'Hoeveel contracten heeft de regio IJsselland?', 'Hoeveel contracten heeft Zwolle?']) {
      expect(parseQuestion(q, ctx())).toMatchObject({ type: 'query', query: { kind: 'contracts' } });
    }
  });

  it('formats euros and dates the Dutch way', () => {
    expect(euro(147_000_000)).toBe('€ 147.000.000');
    expect(euro(999)).toBe('€ 999');
    expect(dutchDate('2026-03-12')).toBe('12 maart 2026');
  });
});

describe('everyday words that look like a short provider name', () => {
  it('"het weer" is not the provider "Het Veer"', () => {
    const matcher = new NameMatcher([{ id: 'X1', naam: 'Jeugdhulp Het Veer', plaats: 'Zwolle', aliassen: ['Het Veer'], demo: false } as never]);
    expect(matcher.find('Wat is het weer morgen in Zwolle?')).toBeUndefined();
    expect(matcher.find('Hoe staat het met Het Veer?')?.provider.id).toBe('X1');
  });
});

describe('which texts need the last query from the store', () => {
  const last: Query = { kind: 'contracts', gemeente: 'Zwolle' };
  it.each(['en in Deventer?', 'Welke daarvan zijn meerjarig?', 'alleen verblijf', 'En hoeveel kost dat?', 'idem voor Kampen'])('"%s" may follow up', (text) => {
    expect(mayFollowUp(text)).toBe(true);
  });

  // The store is not asked for the last query of other texts: that is only right if it changes nothing for them.
  it.each([
    'Wie stelt de begroting van het RSJ vast en wanneer gebeurt dat?',
    'Hoeveel contracten heeft Olst-Wijhe en wat is de waarde?',
    'Welke aanbieders hebben een wachttijd van meer dan twaalf weken?',
    'Hoe staat het met Zorggroep De Kraanvogel op dit moment?',
  ])('"%s" is read the same with or without a last query', (text) => {
    expect(mayFollowUp(text)).toBe(false);
    expect(query(text, last)).toEqual(query(text));
  });
});
