import type { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented werkwijze of the invented region Veldmark, with real gemeenten of IJsselland as such papers have. Written
// for session 50; each test fails at the session's start commit (f8a4f55) unless it says it guards a case the session's
// changes could break.
const WERKWIJZE = `# Werkwijze escalaties zorgaanbieders Veldmark 2062

**Serviceteam Jeugd Veldmark** · vastgesteld door het AO op 4 februari 2062

## 1. Doel

Deze werkwijze beschrijft hoe het serviceteam een zorgaanbieder aanspreekt die de afspraken niet nakomt. Zij geldt voor
alle percelen en voor alle gemeenten van Veldmark, ook voor Ommen en Hardenberg, die hun contracten later overdroegen.

## 2. De escalatieladder

Een escalatie doorloopt vier treden. Eerst voert de contractmanager een duidingsgesprek met de aanbieder. Blijft
verbetering uit, dan volgt een verbetertraject van ten hoogste acht weken. Daarna spreekt de portefeuillehouder de
bestuurder van de aanbieder aan in een bestuurlijk gesprek. De laatste trede is een besluit van het bestuurlijk overleg
over de opschorting van nieuwe plaatsingen. Een trede overslaan mag alleen bij direct gevaar voor jeugdigen.

## 3. Termijnen

Het serviceteam legt elk gesprek binnen vijf werkdagen vast in het escalatieregister.
`;

let werkwijze: KnowledgeIndex;

beforeAll(async () => {
  werkwijze = await indexWithCuratedFacts('werkwijze-escalaties-veldmark-2062.md', WERKWIJZE);
});

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : `declined: ${r.reason}`);

describe('procedures told in prose', () => {
  it('gives every step after the sentence that counts them, from the first to the last', () => {
    const answer = text(werkwijze.ask('welke stappen kent de escalatieladder?'));
    for (const step of ['duidingsgesprek', 'verbetertraject', 'bestuurlijk gesprek', 'opschorting']) expect(answer).toMatch(step);
  });
});
