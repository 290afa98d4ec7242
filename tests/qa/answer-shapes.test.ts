import { indexOfMarkdown } from '../helpers/knowledge-from-markdown';
import { lacksWhatIsAsked } from '../../src/features/qa/declines';
import { askedQuantity, fitsQuantity, quantityRanges } from '../../src/features/qa/quantity-thresholds';
import type { Passage, QaResult } from '../../src/features/qa/qa.domain';
import { situationSaid } from '../../src/features/qa/asked-condition';
import { extractAnswer } from '../../src/features/qa/answer-extraction';
import { askedKindWord, withAskedKind } from '../../src/features/qa/asked-kind';
import { COVERAGE_TIE, withSituationsTied } from '../../src/features/qa/fact-ranking';

// An invented club memo (not an evaluation document): what is asked sits in the sentence after the one with the question's words.
const MEMO = `# Notitie vrijwilligers Testclub 2030

## Vrijwilligers
De club werkt met vrijwilligers in vaste dienst voor de kantine. Dit is nodig om de openingstijden van de kantine te kunnen garanderen. Daarnaast helpen ouders op toernooidagen.

## Kantine
De kantine heeft vrijwilligers in vaste dienst. Die vrijwilligers in vaste dienst draaien de kantine op zaterdag en zondag.

## Onderhoud
Het bestuur moet voldoen aan eisen op het gebied van veiligheid.
Specifiek gaat dit over de brandblussers, de nooduitgangen en de verlichting van het veld.

## Kleedkamers
Voor de renovatie van de kleedkamers is in 2031 een werkbudget nodig. Het gaat om een bedrag van 20.000 euro. Dit wordt besteed aan tegels, douches en een nieuwe ventilatie.
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : '');

describe('what is asked, said in the sentence after the one with the question words', () => {
  const kb = indexOfMarkdown(MEMO, 'notitie.md');

  it('"waarom" picks the passage that gives a reason and shows it', () => {
    expect(answer(kb.ask('Waarom heeft de kantine vrijwilligers in vaste dienst?'))).toContain('openingstijden');
  });

  it('"welke eisen" shows the sentence that lists them', () => {
    expect(answer(kb.ask('Welke eisen horen bij de veiligheid?'))).toContain('brandblussers');
  });

  it('"waaraan wordt het geld uitgegeven" goes on to the sentence that says what it is spent on', () => {
    expect(answer(kb.ask('Waar wordt het geld voor de renovatie van de kleedkamers aan uitgegeven?'))).toContain('douches');
  });
});

// An invented club regulation: the articles about absence and about a quorum share few words with the questions.
const REGLEMENT = `# Reglement ledenraad Testclub 2030

## Artikel 1 Begrippen
In dit reglement wordt verstaan onder:
a. ledenraad: de raad van afgevaardigden van de teams van de club;
b. plaatsvervanger: het teamlid dat een afgevaardigde bij diens verhindering vervangt.

## Artikel 2 Bijeenkomsten
1. De ledenraad van de club vergadert vier keer per jaar in de kantine van de club.
2. De secretaris stuurt de agenda twee weken vooraf rond.

## Artikel 3 Verhindering
1. Een afgevaardigde die een vergadering van de ledenraad niet kan bijwonen, meldt dit bij de secretaris en stuurt zijn plaatsvervanger.

## Artikel 4 Quorum
1. Er kan alleen worden besloten als ten minste de helft van de afgevaardigden aanwezig is.
2. Is dat aantal niet bereikt, dan volgt binnen drie weken een nieuwe vergadering.
`;

describe('a situation named in the question\'s own words', () => {
  const kb = indexOfMarkdown(REGLEMENT, 'reglement.md');

  it('finds the article about absence for "ik kan niet naar ..."', () => {
    expect(answer(kb.ask('Ik kan niet naar de vergadering van de ledenraad, wat moet ik doen?'))).toContain('plaatsvervanger');
  });

  it('finds the quorum article for "te weinig ... aanwezig", not the one about absence', () => {
    expect(answer(kb.ask('Wat gebeurt er als er te weinig afgevaardigden aanwezig zijn bij de vergadering van de ledenraad?'))).toContain('drie weken');
  });
});

describe('a count of people named by what they are', () => {
  it('is given by the members of the body asked about', () => {
    const rule = 'De ledenraad bestaat uit ten minste vijf en ten hoogste negen leden.';
    expect(lacksWhatIsAsked('Hoeveel jongeren kunnen er in de ledenraad zitten?', rule)).toBe(false);
    expect(lacksWhatIsAsked('Hoeveel vrijwilligers zitten er in de ledenraad?', rule)).toBe(false);
    // Not by another count of another thing.
    expect(lacksWhatIsAsked('Hoeveel jongeren kunnen er in de ledenraad zitten?', 'De secretaris stuurt de agenda twee weken vooraf.')).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel teams doen mee aan de competitie?', rule)).toBe(true);
  });
});

describe('an age the asker gives', () => {
  it('is placed in ranges regulations write in words', () => {
    expect(quantityRanges('Een lid is ten minste veertien en ten hoogste drieëntwintig jaar oud.', 'age')).toEqual([{ from: 14, to: 23 }]);
    expect(quantityRanges('Voor een kandidaat die jonger is dan zestien jaar is toestemming nodig.', 'age')).toEqual([{ from: -Infinity, to: 15 }]);
  });

  it('places how long ago something happened among time conditions', () => {
    const asked = askedQuantity('Wat gebeurt er als mijn klacht over iets van twee jaar geleden gaat?')!;
    expect(asked).toMatchObject({ unit: 'elapsed', amount: 24 });
    expect(fitsQuantity('Een klacht over een gedraging die meer dan een jaar voor het indienen heeft plaatsgevonden, wordt niet behandeld.', asked)).toBe(1);
    expect(fitsQuantity('Een klacht wordt ingediend binnen één jaar nadat de gedraging heeft plaatsgevonden.', asked)).toBe(-1);
    expect(situationSaid('Wat als mijn klacht over iets van drie maanden geleden gaat?')!.says('Een klacht wordt ingediend binnen zes maanden na de gedraging.')).toBe(true);
  });

  it('ranks up the text whose age condition the asker meets, and picks the requirement in it', () => {
    const question = 'Ik ben 13 jaar, wat heb ik nodig om lid te worden van de jeugdraad?';
    const says = situationSaid(question)!.says;
    expect(says('Voor een kandidaat die jonger is dan veertien jaar is schriftelijke toestemming van een ouder nodig.')).toBe(true);
    expect(says('Een kandidaat is bij de benoeming ten minste vijftien en ten hoogste achttien jaar oud.')).toBe(false);
    const article: Passage = {
      title: 'Reglement jeugdraad', section: 'Artikel 2 Benoeming', chapter: '', position: 0, sourceFile: 'a.md', ingestedAt: '2026-01-01T00:00:00.000Z',
      text: '1. De leden van de jeugdraad worden benoemd door het bestuur van de club.\n2. Voor een kandidaat voor de jeugdraad die jonger is dan veertien jaar is schriftelijke toestemming van een ouder nodig.\n3. Een lid van de jeugdraad woont in de gemeente van de club.',
    };
    const words = (sentence: string) => ['lid', 'jeugdraad'].map((w) => (sentence.toLowerCase().includes(w) ? 1 : 0));
    expect(extractAnswer([article], withAskedKind(question, words), false).text).toMatch(/^2\. Voor een kandidaat .* toestemming/);
  });
});

describe('"hoeveel stemmen"', () => {
  it('is answered by a majority of the members, in the article that does not say "stemmen"', () => {
    const kb = indexOfMarkdown(
      `# Reglement ledenraad Testclub 2031

## Artikel 5 Stemmen
1. Ieder lid van de ledenraad heeft één stem.
2. Bij gelijke stemmen beslist de voorzitter van de ledenraad.

## Artikel 9 Wijziging van het reglement
1. De ledenraad kan een wijziging van dit reglement voorstellen. Voor zo'n voorstel is een meerderheid van twee derde van de aanwezige leden nodig.
`,
      'ledenraad.md',
    );
    expect(answer(kb.ask('Hoeveel stemmen zijn er nodig voor een wijziging van het reglement van de ledenraad?'))).toContain('twee derde');
    expect(lacksWhatIsAsked('Hoeveel stemmen zijn er nodig?', 'Ieder lid van de ledenraad heeft één stem.')).toBe(true);
  });
});

// An invented club regulation: the sentence that answers as well as the best one says the point in its lid's next sentence.
const VERGOEDINGEN = `# Reglement jeugdraad Testclub 2030

## Artikel 1 Taak
De jeugdraad adviseert het bestuur van de club over alles wat de jeugdteams aangaat.

## Artikel 7 Vergoedingen
1. Een lid ontvangt een vergoeding van 20 euro per bijgewoonde vergadering.
2. Voor een toernooi op verzoek van het bestuur ontvangt een lid 10 euro per dagdeel, met een maximum van 40 euro per dag.
3. Reiskosten worden vergoed op basis van het openbaar vervoer, tweede klas. Een lid dat met eigen vervoer komt, ontvangt 0,19 euro per kilometer.
4. De vergoedingen van een lid bedragen samen niet meer dan 500 euro per seizoen.
5. De penningmeester betaalt de vergoedingen eenmaal per kwartaal uit, op basis van de presentielijst.
`;

describe('a sentence that answers as well as the best one', () => {
  it('comes with the rest of its lid', () => {
    const kb = indexOfMarkdown(VERGOEDINGEN, 'vergoedingen.md');
    expect(answer(kb.ask('Ik kom met de auto naar de vergadering van de jeugdraad, wat krijg ik dan vergoed?'))).toContain('0,19 euro per kilometer');
  });
});

// An invented club regulation: the article on the situation asked about shares fewer of the question's words than one on something else.
const JEUGDCOMMISSIE = `# Reglement jeugdcommissie Testclub 2030

## Artikel 1 Taak
De jeugdcommissie leidt de jeugdafdeling van de club. De hoofdcoach leidt namens de jeugdcommissie de trainingen op zaterdag.

## Artikel 2 Voorzitter
1. De jeugdcommissie wordt voorgezeten door de hoofdcoach.
2. Bij afwezigheid van de hoofdcoach neemt de penningmeester het voorzitterschap over.

## Artikel 3 Vergaderingen
De jeugdcommissie vergadert zes keer per seizoen in de bestuurskamer.
`;

describe('the article on the situation asked about', () => {
  it('competes with the articles that share more of the question\'s words', () => {
    const kb = indexOfMarkdown(JEUGDCOMMISSIE, 'jeugdcommissie.md');
    expect(answer(kb.ask('Wie leidt de jeugdcommissie als de hoofdcoach er niet is?'))).toContain('penningmeester');
  });
});

describe('a count per unit', () => {
  it('"hoeveel X per Y" is counted by "één per Y" in a text that names X', () => {
    const q = 'Hoeveel trainers per team zitten er in de jeugdcommissie?';
    expect(lacksWhatIsAsked(q, 'De jeugdcommissie bestaat uit de trainers van de zes teams, één per team.')).toBe(false);
    expect(lacksWhatIsAsked(q, 'De jeugdcommissie bestaat uit de ouders van de zes teams, één per team.')).toBe(true);
  });
});

describe('a length of time asked for', () => {
  const words = [
    { terms: ['binn', '~termijn'], focus: true, weak: false },
    { terms: ['jeugdrad'], focus: false, weak: false },
    { terms: ['reager'], focus: false, weak: false },
    { terms: ['adviesaanvrag'], focus: false, weak: false },
  ];
  const matches = (s: string) => [/binnen/i.test(s) ? 1 : 0, /jeugdraad/i.test(s) ? 1 : 0, /reageer|reageren/i.test(s) ? 1 : 0, /adviesaanvraag/i.test(s) ? 1 : 0];

  it('"binnen hoeveel tijd" is said by a sentence with a length of time and the other words but one', () => {
    const kind = askedKindWord('Binnen hoeveel tijd moet de jeugdraad reageren op een adviesaanvraag?', words, matches);
    expect(kind?.says('De jeugdraad brengt een advies uit binnen vier weken na ontvangst van de adviesaanvraag.')).toBe(true);
    expect(kind?.joinsTie).toBe(true);
  });

  it('a passage that says it competes with the hits that cover the most; one that covers too little does not', () => {
    const tied = withSituationsTied([
      { id: 'a', coverage: 0.94, joinsTie: false },
      { id: 'b', coverage: 0.75, joinsTie: true },
      { id: 'c', coverage: 0.5, joinsTie: true },
    ]);
    expect(tied.map((h) => h.coverage)).toEqual([0.94, 0.94 - COVERAGE_TIE, 0.5]);
  });
});
