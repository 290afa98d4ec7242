import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { extractAnswer } from '../../src/features/qa/answer-extraction';
import { askedKindWord } from '../../src/features/qa/asked-kind';
import { askedIntents } from '../../src/features/qa/question-intents';
import { conditionWeight, isConditional, namesCondition } from '../../src/features/qa/sentence-conditions';
import type { Passage, QaResult } from '../../src/features/qa/qa.domain';

// An invented club regulation (not an evaluation document).
const REGLEMENT = `# Reglement spelersraad Testland 2026

## Artikel 2 Voorzitter
1. De coach van het eerste team is voorzitter van de spelersraad.
2. De leden kiezen uit hun midden een tweede voorzitter voor twee jaar.
3. Bij afwezigheid van de voorzitter leidt de tweede voorzitter de vergadering.

## Artikel 3 Teamplan
1. De coach en de penningmeester stellen samen het teamplan op.
2. De coach meldt de penningmeester iedere wijziging van het teamplan.
3. De spelersraad komt ten minste één keer per maand bijeen.

## Artikel 4 Overleg tussen coach en penningmeester
1. De coach en de penningmeester hebben ten minste eens in de acht weken een voortgangsgesprek.
2. Van het gesprek wordt een korte notitie gemaakt.

## Artikel 5 Stemmen
1. Ieder lid van de spelersraad heeft één stem; een lid dat niet aanwezig is, kan een ander lid schriftelijk machtigen.
2. Een wijziging van het reglement heeft de steun nodig van een gewone meerderheid van de leden.
3. Een voorstel tot wijziging van het reglement wordt ten minste twee weken voor de vergadering aan de leden gestuurd.
4. De secretaris telt de stemmen en noteert in het verslag welke leden voor of tegen een voorstel hebben gestemd.
5. Over personen wordt schriftelijk gestemd; de stembriefjes worden na de vergadering vernietigd.

## Artikel 6 Materiaal
1. Ballen, hesjes en doelen worden in het clubhuis bewaard.
2. Leden lenen materiaal niet uit aan andere clubs.
3. Leent een lid toch materiaal uit aan een andere club, dan kan het bestuur dat lid een maand schorsen.
`;

const passage = (text: string): Passage => ({ title: 'Reglement Testland', section: 'Artikel 9 Werkwijze', chapter: '', position: 0, text, sourceFile: 'r.md', ingestedAt: '2026-01-01T00:00:00.000Z' });
/** Scores a sentence by which of the given words it contains. */
const wordsIn = (...words: string[]) => (sentence: string) => words.map((w) => (sentence.toLowerCase().includes(w) ? 1 : 0));
const answer = (r: QaResult) => (r.kind === 'answer' ? `${r.answer} [${r.source.section}]` : `(${r.kind})`);
const ask = async (q: string) => answer(new KnowledgeIndex([], (await parseDocument('spelersraad.md', Buffer.from(REGLEMENT))).passages).ask(q));

describe('conditions in a regulation', () => {
  it('knows a lid under a condition from a plain rule', () => {
    expect(isConditional('Bij afwezigheid van de voorzitter leidt de vicevoorzitter de vergadering.')).toBe(true);
    expect(isConditional('Is minder dan de helft aanwezig, dan legt de secretaris het advies schriftelijk voor.')).toBe(true);
    expect(isConditional('Lukt dat niet, dan beslist het bestuur.')).toBe(true);
    expect(isConditional('Als de begroting wordt overschreden, meldt de manager dat.')).toBe(true);
    expect(isConditional('De manager is voorzitter van het overleg.')).toBe(false);
    expect(isConditional('Bij de aanvraag voegt de vereniging een begroting.')).toBe(false);
  });

  it('knows a question that names a condition', () => {
    expect(namesCondition('Wie leidt de vergaderingen?')).toBe(false);
    expect(namesCondition('Wie neemt het over als de voorzitter er niet is?')).toBe(true);
    expect(namesCondition('Wie leidt de vergadering bij afwezigheid van de voorzitter?')).toBe(true);
    expect(namesCondition('Wat doet de secretaris wanneer het quorum niet is gehaald?')).toBe(true);
  });

  it('a question without a condition is answered by the plain rule, not by the lid for when the chair is away', () => {
    const article = passage(
      [
        '1. De wethouder is voorzitter van de jeugdraad.',
        '2. De leden kiezen uit hun midden een secretaris voor een periode van twee jaar; de secretaris kan één keer worden herkozen.',
        '3. Bij afwezigheid van de voorzitter leidt de secretaris de vergadering.',
        '4. De voorzitter zorgt ervoor dat ieder lid, ook een jong lid uit een kleine club, aan het woord kan komen, dat de agenda op tijd wordt afgerond en dat de afspraken in het verslag komen te staan.',
      ].join('\n'),
    );
    const matches = wordsIn('jeugdraad', 'leidt', 'vergadering');
    expect(extractAnswer([article], matches, false).text).toMatch(/^Bij afwezigheid/);
    const q = 'Wie leidt de vergaderingen van de jeugdraad?';
    expect(extractAnswer([article], matches, false, false, conditionWeight(q)).text).toMatch(/^De wethouder is voorzitter/);
    // Asked with the condition, the conditional lid answers.
    const away = 'Wie leidt de vergadering van de jeugdraad als de voorzitter afwezig is?';
    expect(extractAnswer([article], matches, false, false, conditionWeight(away)).text).toMatch(/^Bij afwezigheid/);
  });

  it('a question that names a condition in its own words is answered by the lid under that kind of condition', () => {
    const article = passage(
      [
        '1. De wethouder is voorzitter van de jeugdraad.',
        '2. De leden kiezen uit hun midden een secretaris voor een periode van twee jaar; de secretaris kan één keer worden herkozen.',
        '3. Bij afwezigheid van de voorzitter neemt de secretaris de leiding van de vergadering over.',
        '4. De voorzitter zorgt ervoor dat ieder lid, ook een jong lid uit een kleine club, aan het woord kan komen, dat de agenda op tijd wordt afgerond en dat de afspraken in het verslag komen te staan.',
      ].join('\n'),
    );
    const matches = wordsIn('voorzitter', 'jeugdraad', 'neemt');
    expect(extractAnswer([article], matches, false).text).toMatch(/^De wethouder is voorzitter/);
    const q = 'Wie neemt het over als de voorzitter van de jeugdraad er niet is?';
    expect(extractAnswer([article], matches, false, false, conditionWeight(q)).text).toMatch(/^Bij afwezigheid/);
    expect(extractAnswer([article], matches, false, false, conditionWeight('Wie neemt het over als de jeugdraad staakt?')).text).toMatch(/^De wethouder/);
  });

  it('"wat gebeurt er als ..." brings the later lid that says what follows, not only the next one', async () => {
    const text = await ask('Wat gebeurt er als een lid materiaal uitleent aan een andere club?');
    expect(text).toContain('schorsen');
    expect(text).toContain('Artikel 6');
  });

  it('the lid with the consequence need not be the next one', () => {
    const article = passage(
      [
        '1. Ballen, hesjes en doelen worden na iedere training in het clubhuis bewaard, in de kast die bij het team hoort.',
        '2. Leden lenen materiaal van de club niet uit aan andere clubs of aan andere verenigingen in de gemeente.',
        '3. Het clubhuis is open op zaterdag en op de avonden waarop er wordt getraind; de sleutel ligt bij de beheerder van het clubhuis.',
        '4. Leent een lid toch materiaal uit aan een andere club, dan kan het bestuur dat lid voor een maand schorsen.',
      ].join('\n'),
    );
    const matches = wordsIn('materiaal', 'clubs', 'verenigingen');
    expect(extractAnswer([article], matches, false).text).not.toContain('schorsen');
    expect(extractAnswer([article], matches, false, true).text).toContain('schorsen');
  });

  it('"wat als ..." prefers the lid that states a consequence to one that only shares the subject', () => {
    const article = passage(
      [
        '1. De commissie kan alleen een advies uitbrengen als ten minste twee leden aanwezig zijn.',
        '2. De commissie streeft naar overeenstemming. Lukt dat niet, dan worden de standpunten naast elkaar gezet.',
        '3. De stukken komen uiterlijk vijf werkdagen voor de vergadering, met een toelichting van de secretaris op ieder agendapunt en een voorstel voor het advies.',
        '4. Een advies van de commissie wordt bij het betreffende agendapunt aan de stukken voor het bestuur toegevoegd, met de datum waarop het is uitgebracht en de namen van de aanwezigen.',
      ].join('\n'),
    );
    // "oneens" is found in lid 2 only through a paraphrase, "overeenstemming" (counted 0.5).
    const matches = (s: string) => [/\bleden\b/i.test(s) ? 1 : 0, /commissie/i.test(s) ? 1 : 0, /overeenstemming/i.test(s) ? 0.5 : 0];
    const q = 'Wat als de leden van de commissie het oneens zijn?';
    expect(extractAnswer([article], matches, false).text).not.toContain('standpunten');
    expect(extractAnswer([article], matches, false, false, conditionWeight(q)).text).toContain('standpunten');
  });

  it('"wat als ... niet ..." prefers the lid whose condition is negated too, not one under a condition that something happens', () => {
    const article = passage(
      [
        '1. Als een besluit niet kan wachten, kan de voorzitter besluiten dat de raad schriftelijk beslist.',
        '2. Stap 1: de secretaris stuurt het voorstel per e-mail aan de leden.',
        '3. Stap 2: de leden laten binnen drie dagen weten of zij instemmen. Een lid dat niet reageert, stemt in.',
        '4. Stap 3: maken twee of meer leden bezwaar tegen de schriftelijke behandeling van het voorstel, dan komt het voorstel in de vergadering.',
      ].join('\n'),
    );
    // The question's verb "antwoordt" is said in lid 3 only through a synonym ("reageert", counted 0.6).
    const matches = (s: string) => [/\bleden\b|\blid\b/i.test(s) ? 1 : 0, /reageert/i.test(s) ? 0.6 : 0, /schriftelijk/i.test(s) ? 1 : 0, /voorstel/i.test(s) ? 1 : 0];
    const q = 'Wat als een lid niet antwoordt op een schriftelijk voorstel?';
    expect(extractAnswer([article], matches, false, true, conditionWeight(q)).text).toMatch(/^Stap 2: .*stemt in\./);
    expect(extractAnswer([article], matches, false, true, conditionWeight('Wat als leden bezwaar maken tegen een schriftelijk voorstel?')).text).toMatch(/^Stap 3/);
  });

  it('"hoe vaak" is answered by the frequency of the actors asked about ("een voortgangsgesprek" for "spreekt"), not by another body\'s in an article that names them more', async () => {
    expect(await ask('Hoe vaak spreekt de coach de penningmeester?')).toContain('acht weken');
  });

  it('"hoeveel" is answered by a share or a majority, though no number stands next to the noun', async () => {
    const text = await ask('Hoeveel leden moeten een wijziging van het reglement steunen?');
    expect(text).toContain('gewone meerderheid');
    expect(text).not.toContain('twee weken');
  });

  it('the word that asks "hoe lang" is the duration word, not another focus word such as "lid"', () => {
    const lid = { terms: ['lid', '~lid'], focus: true, weak: false };
    const raad = { terms: ['spelersraad'], focus: false, weak: false };
    expect(askedKindWord('Voor hoe lang wordt iemand lid van de spelersraad?', [lid, raad], () => [0, 1])).toBeUndefined();
    const duurt = { terms: ['duurt', 'dur', '~periode'], focus: true, weak: false };
    const kind = askedKindWord('Hoe lang duurt een lidmaatschap van de spelersraad?', [duurt, lid, raad], (s) => [0, /\blid\b/.test(s) ? 1 : 0, /spelersraad/.test(s) ? 1 : 0])!;
    expect(kind.terms).toEqual(['duurt']);
    // "lid" is a word of the question the sentence must say, not the word that asks the duration.
    expect(kind.says('De spelersraad vergadert twee jaar lang.')).toBe(false);
    expect(kind.says('Een lid zit twee jaar in de spelersraad.')).toBe(true);
  });

  it('"wat moet ik doen" asks for what the person in that situation does', () => {
    const [does] = askedIntents('Ik kan niet naar de spelersraad komen, wat moet ik doen?');
    expect(does('Een lid dat niet kan komen, meldt dit bij de secretaris en laat zich vervangen.')).toBeGreaterThan(0);
    expect(does('Wie verhinderd is, machtigt een ander lid.')).toBeGreaterThan(0);
    expect(does('Afwezigheid heeft geen gevolgen voor het lidmaatschap.')).toBe(0);
    expect(askedIntents('Wie leidt de vergadering?')).toHaveLength(0);
  });
});
