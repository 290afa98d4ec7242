import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answerReply } from '../../src/features/qa/qa.routes';
import { withoutAskedAmount } from '../../src/features/qa/amount-thresholds';
import { inDocumentWords } from '../../src/features/qa/everyday-words';
import { questionParts, twoAsks } from '../../src/features/qa/question-setup';
import { termsOf } from '../../src/features/qa/dutch-text';
import { askedKind } from '../../src/features/qa/asked-kind';
import { amountPlaced } from '../../src/features/qa/register-amounts';

// An invented mandate register (not an evaluation document): articles with leden, and a register whose first column
// only numbers the rows, so each budget is named by the cell after the number.
const REGELING = `# Tekenregeling Havenbedrijf Testland 2031

## Artikel 1 Budgethouders
1. De havenmeester wijst per budget een budgethouder en een budgetbeheerder aan.
2. Een budgethouder gaat verplichtingen aan tot de limiet in het register.
3. Gaat een verplichting de limiet van de budgethouder te boven, dan beslist de havenmeester.
4. De budgethouder betaalt binnen de limiet die het register voor zijn budget noemt.

## Artikel 2 Tweede handtekening
1. Vanaf het bedrag in de kolom "tweede handtekening vanaf" tekent de controller mee.
2. Het is niet toegestaan een bestelling op te splitsen om onder een limiet of onder de drempel voor de tweede handtekening te blijven.

## Artikel 3 Vervanging
1. Bij afwezigheid van een budgethouder tekent de vervanger uit bijlage 2 namens hem.
2. De vervanger meldt wat hij tekende na terugkeer van de budgethouder.

## Artikel 4 Uitgesloten
1. Van mandaat en ondermandaat zijn uitgesloten:
   a. het kopen of verkopen van grond en het vestigen van erfpacht op kavels aan de kade;
   b. het vaststellen of wijzigen van de begroting, de havengeldverordening en de jaarrekening;
   c. besluiten over de rechtspositie van de havenmeester, die zijn voorbehouden aan de raad van toezicht;
   d. verplichtingen met een looptijd van meer dan vijf jaar, met uitzondering van baggercontracten;
   e. giften, sponsoring en relatiegeschenken met een waarde boven € 50 per persoon;
   f. het verstrekken van voorschotten aan een rederij buiten de contractuele betaalafspraken.
2. Voor de onderwerpen onder f blijft de raad van toezicht bevoegd, onverminderd de spoedbevoegdheid van de havenmeester.
3. Declaraties van een budgethouder worden goedgekeurd door zijn leidinggevende, die van de havenmeester door de voorzitter van de raad van toezicht.

## Bijlage 1 Register

| nr | budget | begroting 2031 | budgethouder | budgetbeheerder | limiet per verplichting | tweede handtekening vanaf |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | Baggerwerk en vaargeul | € 800.000 | havenmeester | controller | € 90.000 | € 40.000 |
| 2 | Drukwerk en huisstijl | € 22.000 | hoofd communicatie | secretariaat | € 6.000 | € 3.000 |
| 3 | Kadebeheer | € 140.000 | hoofd nautische dienst | technisch beheerder | € 30.000 | € 12.500 |

## Bijlage 2 Vervangers

| functie | vervanger | limiet vervanger |
| --- | --- | --- |
| havenmeester | hoofd nautische dienst | € 60.000 |
| hoofd communicatie | havenmeester | € 6.000 |
`;

describe('a register whose first column numbers the rows', () => {
  let kb: KnowledgeIndex;
  beforeAll(async () => {
    kb = new KnowledgeIndex([], (await parseDocument('tekenregeling.md', Buffer.from(REGELING))).passages);
  });
  const reply = (q: string) => answerReply(q, kb.ask(q)).text ?? '';

  it('"het drukwerkbudget" names the row "Drukwerk en huisstijl" by the first part of its compound', () => {
    const text = reply('Vanaf welk bedrag moet er bij het drukwerkbudget een tweede handtekening onder een bestelling?');
    expect(text).toContain('€ 3.000');
    expect(text).not.toContain('€ 12.500');
  });

  it('the row is named by its budget, not by its number: "Kadebeheer", not "3 (Kadebeheer)"', () => {
    const text = reply('Wie is budgetbeheerder van het budget voor kadebeheer?');
    expect(text).toMatch(/^Kadebeheer: budgetbeheerder: technisch beheerder/);
  });

  it('a function in the column of the role asked is who fills it: no "Een naam heb ik hierbij niet gevonden"', () => {
    expect(reply('Wie is budgetbeheerder van het budget voor kadebeheer?')).toMatch(/^Kadebeheer: budgetbeheerder: technisch beheerder\.\s*\n\s*\nBron:/);
  });

  it('"hoeveel ... en wie is daar budgethouder van?": the cell of each ask, the budget and the budget holder', () => {
    const text = reply('Hoeveel zit er in 2031 in het budget voor kadebeheer en wie is daar budgethouder van?');
    expect(text).toContain('€ 140.000');
    expect(text).toContain('hoofd nautische dienst');
    // Without the year "hoeveel" still asks the column of figures, not "budgetbeheerder" (which shares "budget").
    expect(reply('Hoeveel zit er in het budget voor kadebeheer en wie is daar budgethouder van?')).toMatch(/^Kadebeheer: begroting 2031: € 140\.000; budgethouder: hoofd nautische dienst\./);
  });

  it('"de vervanger uit bijlage 2": the row of that annex the question names comes after the rule, cell by cell', () => {
    const text = reply('De havenmeester is drie weken op vakantie. Wie tekent er dan namens hem?');
    expect(text).toContain('vervanger uit bijlage 2');
    expect(text).toContain('havenmeester: vervanger: hoofd nautische dienst; limiet vervanger: € 60.000');
  });
});

describe('an amount asked placed against a register row', () => {
  let kb: KnowledgeIndex;
  beforeAll(async () => {
    kb = new KnowledgeIndex([], (await parseDocument('tekenregeling.md', Buffer.from(REGELING))).passages);
  });
  const reply = (q: string) => answerReply(q, kb.ask(q)).text ?? '';

  it('above the row\'s limit and past its threshold: the row, where the amount falls, and the lids that say who signs then', () => {
    const text = reply('Ik wil voor 9.000 euro drukwerk en huisstijl bestellen, wie moet er tekenen?');
    expect(text).toContain('hoofd communicatie');
    expect(text).toContain('€ 9.000 ligt boven de limiet per verplichting (€ 6.000)');
    expect(text).toContain('dan beslist de havenmeester');
    expect(text).toContain('tekent de controller mee');
  });

  it('within the limit and under the threshold: no lid about what happens above it', () => {
    const text = reply('Ik wil voor 2.000 euro drukwerk en huisstijl bestellen, wie moet er tekenen?');
    expect(text).toContain('€ 2.000 ligt binnen de limiet per verplichting (€ 6.000)');
    expect(text).not.toContain('havenmeester');
    expect(text).not.toContain('controller');
  });
});

describe('amounts the way people say them', () => {
  it('"30k" is € 30.000, "2,5K" € 2.500', () => {
    expect(inDocumentWords('een klus van 30k')).toBe('een klus van € 30.000');
    expect(inDocumentWords('een opdracht van €30k')).toBe('een opdracht van € 30.000');
    expect(inDocumentWords('een bestelling van 2,5K euro')).toContain('€ 2.500');
  });

  it('every amount of money in a question is a value to place, none a word to find', () => {
    const rest = withoutAskedAmount('mag ik een klus van € 30.000 opknippen in twee opdrachten van € 15.000?');
    expect(rest).not.toMatch(/30|15/);
    expect(rest).toContain('opknippen');
  });

  it('"mag ik een bestelling van 12k opknippen in drie van 4k zodat ik zelf kan aftekenen?" finds the ban on splitting', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('tekenregeling.md', Buffer.from(REGELING))).passages);
    const r = kb.ask('mag ik een bestelling van 12k opknippen in drie bestellingen van 4k zodat ik het zelf kan aftekenen?');
    expect(r.kind === 'answer' && r.answer).toContain('niet toegestaan een bestelling op te splitsen');
  });
});

describe('"... ? En zo niet, wie ... wel?" goes on from the question before', () => {
  it('asks together with that question, and as its second ask', () => {
    const q = 'Een rederij zit krap. Mag ik als budgethouder een voorschot geven? En zo niet, wie kan dat bij spoed wel?';
    expect(questionParts(q)).toEqual({ asking: 'Mag ik als budgethouder een voorschot geven? En zo niet, wie kan dat bij spoed wel?', setup: 'Een rederij zit krap.' });
    expect(twoAsks(q)?.[1]).toBe('wie kan dat bij spoed wel?');
  });

  it('is answered by the exclusion and the lid that says who may at spoed', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('tekenregeling.md', Buffer.from(REGELING))).passages);
    const r = kb.ask('Een rederij zit krap. Mag ik als budgethouder een voorschot buiten het contract geven? En zo niet, wie kan dat bij spoed wel?');
    expect(r.kind === 'answer' && r.answer).toContain('voorschotten aan een rederij');
    expect(r.kind === 'answer' && r.answer).toContain('spoedbevoegdheid van de havenmeester');
  });
});

describe('a thing no document names, in the clause that says which case is asked', () => {
  let kb: KnowledgeIndex;
  beforeAll(async () => {
    kb = new KnowledgeIndex([], (await parseDocument('tekenregeling.md', Buffer.from(REGELING))).passages);
  });
  const reply = (q: string) => answerReply(q, kb.ask(q)).text ?? '';

  it('"wat is de limiet als ik met de creditcard betaal?": the documents\' limits are not said to be that case\'s', () => {
    expect(reply('Wat is de limiet als ik met de creditcard van het havenbedrijf betaal?')).toMatch(/^Iets over "creditcard" heb ik niet gevonden/);
  });

  it('a case the documents name keeps its answer', () => {
    expect(reply('Wat is de limiet als ik drukwerk en huisstijl bestel?')).toMatch(/^Drukwerk en huisstijl: limiet per verplichting: € 6\.000\./);
  });
});

describe('a role the definitions give a term for is said by that term', () => {
  const MACHTIGING = `# Machtigingsbesluit Havenbedrijf Testland 2031

## Artikel 1 Begripsbepalingen
1. Gemachtigde: de havenmeester, of een medewerker aan wie hij ondermachtiging heeft verleend.
2. Machtiging: de bevoegdheid om namens de raad van toezicht te tekenen.

## Artikel 2 Machtiging
1. De raad van toezicht verleent de havenmeester machtiging voor het sluiten van ligplaatscontracten.

## Artikel 3 Beperkingen
1. Van de machtiging wordt geen gebruik gemaakt wanneer:
   a. een besluit afwijkt van vastgesteld beleid;
   b. de gemachtigde zelf een persoonlijk belang heeft bij het besluit.
   In die gevallen beslist de raad van toezicht zelf.

## Artikel 4 Verantwoording
1. De havenmeester meldt elk kwartaal de gesloten ligplaatscontracten en het besluit daarover aan de raad van toezicht.

## Toelichting
Artikel 3. Of een besluit gevoelig ligt, weet de havenmeester niet altijd vooraf. Wie een persoonlijk belang heeft, bijvoorbeeld omdat een familielid bij de rederij werkt, laat het besluit aan een ander over.
`;

  it('"wat als de havenmeester zelf belang heeft bij een besluit?" finds the lid about "de gemachtigde"', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('machtiging.md', Buffer.from(MACHTIGING))).passages);
    const r = kb.ask('Wat als de havenmeester zelf belang heeft bij een besluit?');
    expect(r.kind === 'answer' && r.answer).toContain('beslist de raad van toezicht zelf');
  });
});

describe('a regulation that goes in and one that lapses', () => {
  it('"welke regeling vervalt" shares a group with "wordt ingetrokken"', () => {
    const shared = termsOf('vervalt').filter((t) => t.startsWith('~') && termsOf('ingetrokken').includes(t));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('"per wanneer gaat ... in" is given by a date or a year, not by the year that ends a name', () => {
    const gives = askedKind('per wanneer gaat de nieuwe havenregeling in?')!;
    expect(gives('Deze regeling wordt aangehaald als: Havenregeling Testland 2031.')).toBe(false);
    expect(gives('Deze regeling treedt in werking op 1 maart 2031.')).toBe(true);
    expect(gives('In 2031 gaat de regeling in.')).toBe(true);
  });
});

describe('an amount placed against a register row', () => {
  it('reads a limit in millions and leaves a column that is no sum of money (a term in years)', () => {
    const table = { caption: 'Register', headers: ['nr', 'budget', 'budgethouder', 'limiet per verplichting', 'max. looptijd'], rows: [['1', 'Baggerwerk', 'havenmeester', '€ 1,2 miljoen', '4 jaar']] };
    const placed = amountPlaced('Ik wil voor 80.000 euro baggerwerk bestellen, wie moet tekenen?', table, 0, { title: 'R', section: 'Register', chapter: '', position: 0, text: '', sourceFile: 'r.md', ingestedAt: '2031-01-01' }, () => undefined);
    expect(placed?.text).toContain('€ 80.000 ligt binnen de limiet per verplichting (€ 1,2 miljoen)');
    expect(placed?.text).not.toContain('looptijd');
  });
});
