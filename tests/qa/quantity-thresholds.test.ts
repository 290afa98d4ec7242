import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { askedQuantity, fitsQuantity, quantityRanges } from '../../src/features/qa/quantity-thresholds';
import { askedAmount, withoutAskedAmount } from '../../src/features/qa/amount-thresholds';

// An invented allowance rule (not an evaluation document): ages and hours as thresholds.
const REGELING = `# Regeling vergoedingen adviesraad Testland 2026

## Artikel 1 Vergoeding
1. Een lid van de adviesraad ontvangt per vergadering een vergoeding van € 60 voor een vergadering die ten hoogste twee uur duurt, en van € 90 voor een vergadering die langer dan twee uur duurt.
2. Een lid van de jongerenraad dat jonger is dan 18 jaar ontvangt in plaats van de vergoeding een boekenbon van € 30 per vergadering.
3. De vergoedingen worden ieder jaar per 1 januari aangepast aan de prijsindex en afgerond op hele euro's.

## Artikel 2 Begeleiding
1. Een lid dat jonger is dan 14 jaar mag zich laten begeleiden door een ouder. De reiskosten van de begeleider worden vergoed.
2. De begeleider ontvangt zelf geen vergoeding voor de vergadering en ook geen boekenbon.

## Artikel 3 Declaratie
1. Een lid declareert zijn vergoeding met het formulier van de gemeente, binnen drie maanden na de vergadering.
2. Voor een lid dat jonger is dan 18 jaar wordt het formulier ondertekend door een ouder of voogd.
`;

async function index(): Promise<KnowledgeIndex> {
  const doc = await parseDocument('vergoedingen.md', Buffer.from(REGELING));
  return new KnowledgeIndex([], doc.passages);
}

const answerOf = async (question: string) => {
  const r = (await index()).ask(question);
  return r.kind === 'answer' ? r.answer : `(${r.kind})`;
};

describe('ages and hours compared with thresholds', () => {
  it('reads the age or the hours a question gives, not a count or a year', () => {
    expect(askedQuantity('Krijgt een jongere van 16 uit de raad ook geld?')).toMatchObject({ amount: 16, unit: 'age' });
    expect(askedQuantity('Wie tekent voor een deelnemer van 15 jaar?')).toMatchObject({ amount: 15, unit: 'age', phrase: 'van 15 jaar' });
    expect(askedQuantity('Wat krijgt een 12-jarige?')).toMatchObject({ amount: 12, unit: 'age' });
    expect(askedQuantity('Wat krijg ik voor een overleg van twee uur?')).toMatchObject({ amount: 2, unit: 'hours' });
    expect(askedQuantity('Hoeveel leden van 2026 zijn er?')).toBeUndefined();
    expect(askedQuantity('Wat doet een lid van 15 werkdagen?')).toBeUndefined();
    expect(askedAmount('Wie tekent een contract van 150.000 euro?')?.quantity).toBeUndefined();
  });

  it('places the value among the ranges a sentence sets', () => {
    expect(quantityRanges('Een lid dat jonger is dan 18 jaar ontvangt een bon.', 'age')).toEqual([{ from: -Infinity, to: 17 }]);
    expect(fitsQuantity('Een lid dat jonger is dan 18 jaar ontvangt een bon.', { amount: 16, unit: 'age', phrase: '' })).toBe(1);
    expect(fitsQuantity('Een lid dat jonger is dan 14 jaar mag zich laten begeleiden.', { amount: 16, unit: 'age', phrase: '' })).toBe(-1);
    expect(fitsQuantity('Een vergadering die ten hoogste drie uur duurt.', { amount: 2, unit: 'hours', phrase: '' })).toBe(1);
    expect(fitsQuantity('Een vergadering die langer dan drie uur duurt.', { amount: 2, unit: 'hours', phrase: '' })).toBe(-1);
    expect(fitsQuantity('De vergoeding wordt jaarlijks aangepast.', { amount: 2, unit: 'hours', phrase: '' })).toBe(0);
  });

  it('takes the age out of the words to find: the figure need not be in the answer', () => {
    expect(withoutAskedAmount('Wie tekent voor een deelnemer van 15 jaar?')).not.toMatch(/15|jaar/);
    expect(withoutAskedAmount('Wie tekent voor een deelnemer van 15 jaar?')).toContain('deelnemer');
  });

  it('answers for a member of 16 from the lid on members younger than 18, not the one that repeats a figure', async () => {
    expect(await answerOf('Krijgt een lid van 16 uit de jongerenraad ook een vergoeding?')).toContain('boekenbon van € 30');
  });

  it('answers who signs for a member of 15 from the lid on members younger than 18', async () => {
    expect(await answerOf('Wie moet het formulier ondertekenen voor een lid van 15 jaar?')).toContain('ouder of voogd');
  });
});

// An invented fee table whose rows are ranges of an amount (not an evaluation document).
const TARIEVEN = `# Regeling bezwaarkosten Testland 2026

## Artikel 4 Kosten
1. Wie bezwaar maakt, betaalt een bijdrage die afhangt van het belang van de zaak:

| Soort zaak | Bijdrage | Doorlooptijd |
| --- | --- | --- |
| Subsidie, belang tot € 10.000 | € 40 | 6 weken |
| Subsidie, belang vanaf € 10.000 | € 120 | 10 weken |
| Vergunning voor een evenement | € 75 | 8 weken |

2. De bijdrage wordt terugbetaald als het bezwaar gegrond is.

## Artikel 5 Termijn
Een bezwaar wordt binnen zes weken ingediend.
`;

describe('a table whose rows are ranges of an amount', () => {
  it('answers from the row whose range holds the amount asked, not the row that shares more words', async () => {
    const doc = await parseDocument('tarieven.md', Buffer.from(TARIEVEN));
    const r = new KnowledgeIndex([], doc.passages).ask('Wat kost een bezwaar over een subsidie van 4.000 euro?');
    expect(r.kind === 'answer' && r.answer).toContain('€ 40');
    expect(r.kind === 'answer' && r.answer).not.toContain('€ 120');
  });
});

// An invented fee table with a lid that modifies its figures for small organisations (not an evaluation document).
const BIJDRAGEN = `# Regeling bijdragen geschillen Testland 2026

## Artikel 6 Bijdrage
1. Wie een geschil voorlegt, betaalt een bijdrage die afhangt van de soort zaak:

| Soort zaak | Bijdrage vereniging | Doorlooptijd |
| --- | --- | --- |
| Subsidie voor een activiteit | € 200 | 6 weken |
| Intrekking van een vergunning | € 600 | 12 weken |
| Boete voor geluidsoverlast | € 300 | 8 weken |

2. Legt de gemeente zelf een geschil voor, dan is geen bijdrage verschuldigd.
3. De bijdrage wordt terugbetaald als de commissie de vereniging geheel in het gelijk stelt.
4. Voor verenigingen met minder dan 5 medewerkers wordt de bijdrage gehalveerd.

## Artikel 7 Termijn
Een geschil wordt binnen zes weken na het besluit voorgelegd.
`;

describe('a lid that modifies a table figure for the asker\'s case', () => {
  it('reads the staff of an organisation a question gives', () => {
    expect(askedQuantity('Wij zijn een kleine aanbieder met 7 fte. Wat kost het?')).toMatchObject({ amount: 7, unit: 'staff' });
    expect(askedQuantity('Wij hebben twaalf medewerkers.')).toMatchObject({ amount: 12, unit: 'staff' });
    // "Kleine aanbieders" are under any staff limit, "grote" over it; the kleine commissie is no organisation's size.
    expect(askedQuantity('Krijgen kleine aanbieders korting?')).toMatchObject({ amount: 0, unit: 'staff', phrase: 'kleine' });
    expect(askedQuantity('Betalen grote zorgaanbieders meer?')).toMatchObject({ amount: Infinity, unit: 'staff' });
    expect(askedQuantity('Wat doet de kleine commissie?')).toBeUndefined();
    // People going somewhere are no staff size; "nog geen 10 fte" is under 10.
    expect(askedQuantity('Mogen we met 3 medewerkers naar het overleg?')).toBeUndefined();
    expect(askedQuantity('Wij zijn een aanbieder met nog geen 10 fte. Wat betalen we?')).toMatchObject({ amount: 9.99, unit: 'staff' });
    expect(fitsQuantity('Voor verenigingen met minder dan 5 medewerkers wordt de bijdrage gehalveerd.', { amount: 3, unit: 'staff', phrase: '' })).toBe(1);
    expect(fitsQuantity('Voor verenigingen met minder dan 5 medewerkers wordt de bijdrage gehalveerd.', { amount: 8, unit: 'staff', phrase: '' })).toBe(-1);
  });

  it('answers with the row and the lid whose condition the asker\'s staff meets', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('bijdragen.md', Buffer.from(BIJDRAGEN))).passages);
    const small = kb.ask('Wij zijn een vereniging met 3 medewerkers en onze vergunning wordt ingetrokken. Wat kost het om dit als geschil voor te leggen?');
    expect(small.kind === 'answer' && small.answer).toContain('€ 600');
    expect(small.kind === 'answer' && small.answer).toContain('gehalveerd');
    const large = kb.ask('Wij zijn een vereniging met 9 medewerkers en onze vergunning wordt ingetrokken. Wat kost het om dit als geschil voor te leggen?');
    expect(large.kind === 'answer' && large.answer).toContain('€ 600');
    expect(large.kind === 'answer' && large.answer).not.toContain('gehalveerd');
  });

  it('answers whether small organisations pay less with the lid for those under the staff limit', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('bijdragen.md', Buffer.from(BIJDRAGEN))).passages);
    const r = kb.ask('Krijgen kleine verenigingen korting op de bijdrage voor een geschil over geluidsoverlast?');
    expect(r.kind === 'answer' && r.answer).toContain('€ 300');
    expect(r.kind === 'answer' && r.answer).toContain('gehalveerd');
  });
});
