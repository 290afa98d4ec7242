import { indexOfMarkdown } from '../helpers/knowledge-from-markdown';
import { frameTerms } from '../../src/features/qa/answer-gate';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented club regulation (not an evaluation document): the question's frame words ("regelen", "eisen",
// "voldoen") stand literally in an article about something else.
const REGLEMENT = `# Reglement ledenraad Testclub 2030

## Artikel 1 Begrippen
In dit reglement wordt verstaan onder:
a. ledenraad: de raad van afgevaardigden van de teams, ingesteld bij de regeling van het bestuur;
b. club: de vereniging Testclub, met haar regeling van de contributie.

## Artikel 2 Verhindering
1. Een afgevaardigde die verhinderd is voor de ledenraad, meldt dit bij de secretaris en stuurt zijn plaatsvervanger.

## Artikel 3 Sportpark
1. De club moet voldoen aan de eisen van de gemeente voor het gebruik van het sportpark.

## Artikel 4 Jaarplan
1. Het jaarplan van de club is SMART opgesteld en bevat per team een begroting.
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : '');

describe('frame words of a question do not count as its topic', () => {
  const kb = indexOfMarkdown(REGLEMENT, 'reglement.md');

  it('"wat moet ik regelen" asks for an action: the absence article answers, not a definition naming a regeling', () => {
    expect(answer(kb.ask('Ik kan niet naar de vergadering van de ledenraad, wat moet ik regelen?'))).toContain('plaatsvervanger');
  });

  it('"aan welke eisen moet X voldoen" is answered by what the text says of X', () => {
    expect(answer(kb.ask('Aan welke eisen moet het jaarplan voldoen?'))).toContain('SMART');
  });

  it('names the frame terms only in those frames', () => {
    const terms = (w: string) => [w.toLowerCase()];
    expect([...frameTerms('Wat moet ik dan regelen?', terms)]).toContain('regelen');
    expect([...frameTerms('Aan welke eisen moet het plan voldoen?', terms)]).toEqual(expect.arrayContaining(['eisen', 'voldoen']));
    expect([...frameTerms('Wie stelt de regeling vast?', terms)]).not.toContain('regeling');
    expect([...frameTerms('Voldoet het plan aan de wet?', terms)]).not.toContain('voldoet');
  });
});

describe('a verb of telling or noticing in the setup, before the clause it introduces', () => {
  const terms = (w: string) => [w.toLowerCase()];

  it('says how the case reached the asker: a frame, not a word a text must say', () => {
    expect([...frameTerms('Een ouder mailt ons secretariaat dat hij een team wil. Waar moet hij heen?', terms)]).toContain('mailt');
    expect([...frameTerms('Ik moet de voorzitter uitleggen hoe het jaarplan werkt. Wat staat erin?', terms)]).toContain('uitleggen');
    expect([...frameTerms('De penningmeester laat weten dat het geld op is. Wie beslist?', terms)]).toContain('laat');
  });

  it('not in the asking sentence, nor without a clause after it', () => {
    expect([...frameTerms('Moet de voorzitter uitleggen waarom hij afwijkt?', terms)]).not.toContain('uitleggen');
    expect([...frameTerms('Een ouder mailt het secretariaat. Wie leest de post?', terms)]).not.toContain('mailt');
    // "te laat" is late, and "of" may be "or"
    expect([...frameTerms('Een aanbieder levert zijn verantwoording te laat aan of helemaal niet. Wat zijn de gevolgen?', terms)]).not.toContain('laat');
    expect([...frameTerms('Ik zie de begroting of de jaarrekening niet terug. Waar staat die?', terms)]).not.toContain('zie');
    expect([...frameTerms('De aanbieder laat ons weten of hij stopt. Wat moet ik doen?', terms)]).toContain('laat');
  });
});
