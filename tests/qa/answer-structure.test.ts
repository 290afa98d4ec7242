import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { extractAnswer } from '../../src/features/qa/answer-extraction';
import { withAskedKind } from '../../src/features/qa/asked-kind';
import { definitionTerms } from '../../src/features/qa/definitions';
import { declineReason, lacksAmountAsked, lacksWhatIsAsked } from '../../src/features/qa/declines';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { toPassages } from '../../src/features/qa/passages';
import type { Passage, QaResult } from '../../src/features/qa/qa.domain';
import { onePagePdf } from '../helpers/one-page-pdf';

// An invented agreement (not an evaluation document): steps numbered inside a lid, a list behind a
// cross-reference, a definitions list and a payment rule without an amount.
const CONVENANT = `# Samenwerkingsafspraken wijkteams en jeugdhulpaanbieders Testland 2026

## Artikel 1 Begrippen
In deze afspraken wordt verstaan onder:
a. wachtkamerzorg: korte begeleiding van een gezin door het wijkteam zolang de jeugdhulp nog niet is begonnen;
b. pauzemelding: de melding van een jeugdhulpaanbieder dat hij tijdelijk geen jeugdigen aanneemt.

## Artikel 2 Rapportage
1. De jeugdhulpaanbieder rapporteert aan het wijkteam over de voortgang van de jeugdhulp.
2. De rapportage gebeurt via het beveiligde portaal van de regio.
3. Ieder kwartaal stuurt de jeugdhulpaanbieder het wijkteam de volgende stukken:
   a. de lijst van wachtende jeugdigen per product;
   b. het aantal afgeronde trajecten;
   c. de klachten die zijn binnengekomen;
   d. het verzuim van de eigen medewerkers.
4. Het wijkteam bewaart de rapportages vijf jaar.
5. Wie een rapportage te laat aanlevert, betaalt een boete van 250 euro.

## Artikel 3 Aanvraag van jeugdhulp
1. Een aanvraag van jeugdhulp doorloopt de volgende stappen:
   1. Het wijkteam bespreekt de hulpvraag met het gezin en legt die vast in een plan.
   2. Het wijkteam kiest met het gezin een jeugdhulpaanbieder en stuurt het plan door.
   3. De jeugdhulpaanbieder nodigt het gezin binnen acht werkdagen uit voor een eerste gesprek.
   4. De jeugdhulpaanbieder meldt het wijkteam binnen drie werkdagen na dat gesprek of hij de hulp gaat bieden.
   5. De gemeente geeft de beschikking af en de jeugdhulp begint op de afgesproken datum.
2. Een jeugdhulpaanbieder die een aanvraag niet kan aannemen, zegt dat direct tegen het wijkteam.
3. Het wijkteam mag een aanvraag na tien werkdagen zonder antwoord bij een andere jeugdhulpaanbieder neerleggen.

## Artikel 4 Pauzemelding
1. Een jeugdhulpaanbieder doet een pauzemelding ten minste vier weken vooraf bij de gemeente.
2. Bij de pauzemelding stuurt de jeugdhulpaanbieder de stukken, genoemd in artikel 2, derde lid, mee.

## Artikel 5 Vergoeding van wachtkamerzorg
1. Wachtkamerzorg wordt vergoed volgens het uurtarief voor begeleiding uit de overeenkomst met de gemeente, voor ten hoogste twaalf weken per gezin.
2. De gemeente betaalt de vergoeding binnen dertig dagen na ontvangst van de factuur.
`;

async function index(): Promise<KnowledgeIndex> {
  const doc = await parseDocument('afspraken.md', Buffer.from(CONVENANT));
  return new KnowledgeIndex([], doc.passages);
}

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : `(${r.kind})`);

describe('answers that follow the structure of an agreement', () => {
  let kb: KnowledgeIndex;
  beforeAll(async () => {
    kb = await index();
  });

  it('shows the steps numbered inside a lid as one list, without the lid numbers around them', () => {
    const lines = answer(kb.ask('Welke stappen doorloopt een aanvraag van jeugdhulp?')).split('\n');
    expect(lines[0]).toBe('Een aanvraag van jeugdhulp doorloopt de volgende stappen:');
    expect(lines.slice(1).map((l) => l.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ']);
    expect(lines.join(' ')).not.toContain('zegt dat direct');
  });

  it('adds the list a cross-reference points at ("de stukken, genoemd in artikel 2, derde lid")', () => {
    const text = answer(kb.ask('Welke stukken stuurt een jeugdhulpaanbieder mee bij een pauzemelding?'));
    expect(text).toContain('genoemd in artikel 2, derde lid');
    expect(text).toContain('Artikel 2 Rapportage, lid 3:');
    for (const item of ['wachtende jeugdigen', 'afgeronde trajecten', 'klachten', 'verzuim']) expect(text).toContain(item);
  });

  it('answers from the article and lid a question names', () => {
    const lid = kb.ask('Wat zegt artikel 2, vierde lid over de rapportages?');
    expect(answer(lid)).toBe('Het wijkteam bewaart de rapportages vijf jaar.');
    expect(lid.kind === 'answer' && lid.source.section).toBe('Artikel 2 Rapportage, lid 4');
    const article = answer(kb.ask('Wat regelt artikel 4 over de pauzemelding?'));
    expect(article).toContain('vier weken vooraf');
    // The question asks for article 4, not for the list of article 2 that it refers to.
    expect(article).not.toContain('afgeronde trajecten');
  });

  it('does not follow the reference for a question after a term or a date', () => {
    expect(answer(kb.ask('Hoe lang van tevoren moet een jeugdhulpaanbieder een pauzemelding doen?'))).not.toContain('afgeronde trajecten');
  });

  it('answers "wat bedoelen ze met ..." from the definitions list', () => {
    expect(definitionTerms('Wat bedoelen ze met wachtkamerzorg?')).toEqual(['wachtkamerzorg']);
    expect(definitionTerms('Wat bedoelt het convenant met een pauzemelding?')).toEqual(['pauzemelding']);
    expect(definitionTerms('Wat wordt bedoeld met de regiotafel?')).toEqual(['regiotafel']);
    expect(answer(kb.ask('Wat bedoelen ze met wachtkamerzorg?'))).toMatch(/^Wachtkamerzorg: korte begeleiding/);
  });

  it('declines a question after an amount of money when the text that matches names none', () => {
    expect(kb.ask('Hoeveel euro per uur krijgt een jeugdhulpaanbieder voor wachtkamerzorg?').kind).toBe('none');
    const rule = 'Wachtkamerzorg wordt vergoed volgens het uurtarief voor begeleiding, voor ten hoogste twaalf weken per gezin.';
    expect(lacksAmountAsked('Hoeveel euro per uur krijgt een aanbieder voor wachtkamerzorg?', rule)).toBe(true);
    expect(lacksAmountAsked('Hoe hoog is het tarief voor wachtkamerzorg?', rule)).toBe(true);
    expect(lacksAmountAsked('Hoeveel euro per uur krijgt een aanbieder voor wachtkamerzorg?', 'Het uurtarief is € 68,50.')).toBe(false);
    expect(lacksAmountAsked('Hoeveel weken wachtkamerzorg krijgt een gezin?', rule)).toBe(false);
    expect(lacksAmountAsked('Hoeveel procent van de gezinnen krijgt wachtkamerzorg?', rule)).toBe(true);
    expect(lacksAmountAsked('Hoeveel procent van de gezinnen krijgt wachtkamerzorg?', 'In 2025 kreeg 12% van de gezinnen wachtkamerzorg.')).toBe(false);
  });

  it('declines "hoeveel X" when no number stands with X in the answer', () => {
    const rule = 'Wachtkamerzorg wordt vergoed voor ten hoogste twaalf weken per gezin.';
    expect(lacksWhatIsAsked('Hoeveel gezinnen kregen in 2026 wachtkamerzorg?', rule)).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel gezinnen kregen in 2026 wachtkamerzorg?', 'In 2026 kregen 84 gezinnen wachtkamerzorg.')).toBe(false);
    expect(lacksWhatIsAsked('Hoeveel weken wachtkamerzorg krijgt een gezin?', rule)).toBe(false);
    expect(lacksWhatIsAsked('Hoeveel dagen heeft de aanbieder?', 'binnen vijf werkdagen')).toBe(false);
    // A verb after "hoeveel" names no counted thing: other checks decide.
    expect(lacksWhatIsAsked('Hoeveel krijgt de voorzitter per zitting?', 'De voorzitter krijgt 325 euro per zitting.')).toBe(false);
    expect(lacksWhatIsAsked('Hoeveel kostte de bedrijfsvoering?', 'De bedrijfsvoering kostte 2,46 miljoen.')).toBe(false);
    expect(kb.ask('Hoeveel jeugdhulpaanbieders doen een pauzemelding per jaar?').kind).toBe('none');
  });

  it('declines questions after the state of affairs so far, which no agreement records', () => {
    expect(declineReason('Hoeveel pauzemeldingen zijn er tot nu toe gedaan?')).toBe('current-state');
    expect(declineReason('Welke aanbieders hebben inmiddels een pauzemelding gedaan?')).toBe('current-state');
    expect(declineReason('Hoe lang van tevoren moet een pauzemelding worden gedaan?')).toBeUndefined();
    expect(answer(kb.ask('Binnen hoeveel dagen betaalt de gemeente de vergoeding van wachtkamerzorg?'))).toContain('dertig dagen');
  });
});

describe('numbering in extracted answers', () => {
  const passage = (text: string, position = 0): Passage => ({
    title: 'Afspraken Testland',
    section: 'Artikel 7 Overleg',
    chapter: '',
    position,
    text,
    sourceFile: 'a.md',
    ingestedAt: '2026-01-01T00:00:00.000Z',
  });
  const wordsIn = (...words: string[]) => (sentence: string) => words.map((w) => (sentence.toLowerCase().includes(w) ? 1 : 0));

  it('keeps steps whole over passages and ends them where the lid count goes on', () => {
    const section = [
      passage('1. Een overleg verloopt in deze stappen:\n1. De voorzitter opent.\n2. De notulen worden vastgesteld.', 0),
      passage('3. De agenda wordt besproken.\n2. Het overleg is openbaar, tenzij de voorzitter om redenen van privacy van jeugdigen of vertrouwelijkheid van bedrijfsgegevens van aanbieders anders besluit. De voorzitter meldt een besloten deel vooraf op de agenda en in het verslag. Wie het besloten deel bijwoont, houdt de besproken gegevens geheim, ook na afloop van zijn lidmaatschap.', 1),
    ];
    const out = extractAnswer(section, wordsIn('stappen', 'overleg'), true);
    expect(out.text.split('\n')).toEqual(['Een overleg verloopt in deze stappen:', '1. De voorzitter opent.', '2. De notulen worden vastgesteld.', '3. De agenda wordt besproken.']);
    expect(out.lid).toBe('lid 1');
  });

  it('answers "welke stappen" with the steps inside a lid, not with a later lid that names some of them', () => {
    const long = ' Daarbij worden de gegevens van het wijkteam en van de aanbieder naast elkaar gelegd en besproken met de betrokken gemeente.';
    const section = [
      passage(`1. Een aanvraag doorloopt de volgende stappen:\n1. Het loket registreert de aanvraag.${long}\n2. Het loket wijst de aanvraag toe aan een consulent.${long}\n3. De consulent spreekt met het gezin.${long}`, 0),
      passage(`4. De consulent besluit over de aanvraag.${long}\n2. Een spoedaanvraag kan worden afgehandeld zonder de stappen 2 en 3 te doorlopen, als het gezin al bekend is bij het loket.${long}\n3. Het loket bewaart de aanvraag vijf jaar.${long}${long}`, 1),
    ];
    const out = extractAnswer(section, wordsIn('stappen', 'aanvraag', 'doorl', 'afgehandeld'), true);
    expect(out.text.split('\n').slice(0, 5).map((l) => l.slice(0, 40))).toEqual(['Een aanvraag doorloopt de volgende stapp', '1. Het loket registreert de aanvraag. Da', '2. Het loket wijst de aanvraag toe aan e', '3. De consulent spreekt met het gezin. D', '4. De consulent besluit over de aanvraag']);
  });

  it('never ends on an introduction ("als volgt:") without the list it introduces', () => {
    const steps = [
      '1. Het wijkteam opent de ronde op 1 februari en vraagt elke school en elke huisarts om signalen over gezinnen die hulp nodig hebben.',
      '2. De gezinnen dienen hun aanvraag in voor 1 april, met een korte beschrijving van de vraag en van wat zij al hebben geprobeerd.',
      '3. Het wijkteam bespreekt alle aanvragen in mei met de aanbieders en maakt een verdeling over de beschikbare plekken.',
    ];
    const text = ['Het wijkteam begeleidt de jaarlijkse ronde van aanvragen. De werkwijze is als volgt:', ...steps].join('\n');
    const out = extractAnswer([passage(text)], wordsIn('jaarlijkse'), false);
    expect(out.text.split('\n')).toEqual(['Het wijkteam begeleidt de jaarlijkse ronde van aanvragen. De werkwijze is als volgt:', ...steps]);
  });

  it('takes the question word for a word of the question: "tot wanneer" picks the sentence with the deadline', () => {
    const text = [
      'Het wijkteam begeleidt de jaarlijkse ronde waarin gezinnen hun aanvragen voor vakantieopvang bij het wijkteam indienen.',
      'De aanvragen worden in het wijkteam besproken met de aanbieders van vakantieopvang en de school van het kind.',
      'Gezinnen dienen hun aanvragen uiterlijk op 1 april in.',
      'Het wijkteam laat elk gezin voor de zomer weten welke opvang het krijgt, en meldt dat ook aan de school van het kind en aan de aanbieder.',
    ].join(' ');
    const question = 'Tot wanneer kunnen gezinnen aanvragen indienen bij het wijkteam?';
    const words = wordsIn('gezinnen', 'aanvragen', 'wijkteam');
    expect(extractAnswer([passage(text)], words, false).text).not.toContain('1 april');
    expect(extractAnswer([passage(text)], withAskedKind(question, words), false).text).toContain('uiterlijk op 1 april');
  });

  it('drops the numbers of leden that are not a run (lid 1 and lid 3)', () => {
    const article = passage(
      [
        '1. Het overleg komt zes keer per jaar bijeen in het gemeentehuis van Testland.',
        '2. De voorzitter stelt de agenda vast na overleg met de secretaris, en de secretaris stuurt de agenda met de stukken uiterlijk tien werkdagen voor de vergadering naar alle leden en hun plaatsvervangers.',
        '3. Het overleg komt ook samen als drie leden daarom schriftelijk vragen bij de voorzitter; die roept het dan binnen vijf werkdagen bijeen.',
        '4. Van elke vergadering maakt de secretaris een verslag met de afspraken en de actiepunten, dat in de volgende vergadering wordt vastgesteld.',
      ].join('\n'),
    );
    const out = extractAnswer([article], wordsIn('bijeen'), false);
    expect(out.text).toContain('zes keer per jaar');
    expect(out.text).toContain('drie leden');
    expect(out.text).not.toMatch(/(^|\n)\d\./);
  });
});

describe('article headings set as plain lines (Word without heading styles, PDF in body type)', () => {
  const sections = (text: string) => [...new Set(toPassages(text, 'a.docx').passages.map((p) => `${p.chapter} / ${p.section}`))];

  it('takes a long "Artikel 4 ..." line for a heading, beside the preamble rather than under it', () => {
    const text = [
      'Afspraken Testland',
      '## Overwegingen',
      'Partijen willen dat jeugdigen sneller hulp krijgen.',
      'Artikel 4 Route van de aanvraag tot de start van de hulp bij de aanbieder',
      '1. Het wijkteam stuurt de aanvraag door.',
      'Artikel 5 Slot',
      '1. Deze afspraken gelden tot 2028.',
    ].join('\n');
    expect(sections(text)).toEqual([' / Overwegingen', ' / Artikel 4 Route van de aanvraag tot de start van de hulp bij de aanbieder', ' / Artikel 5 Slot']);
  });

  it('joins "Artikel 4" on a line of its own with the title on the next line, under its chapter', () => {
    const text = ['Afspraken Testland', 'Hoofdstuk 2 Uitvoering', 'Artikel 4', 'Route van de aanvraag tot de start van de hulp', '1. Het wijkteam stuurt de aanvraag door.'].join('\n');
    expect(sections(text)).toEqual(['Hoofdstuk 2 Uitvoering / Artikel 4 Route van de aanvraag tot de start van de hulp']);
  });

  it('leaves a sentence that starts with "Artikel 3" alone', () => {
    const text = ['Afspraken Testland', 'Artikel 2 Slot', '1. Deze afspraken gelden tot 2028.', 'Artikel 3 is niet van toepassing op spoedeisende hulp.'].join('\n');
    expect(sections(text)).toEqual([' / Artikel 2 Slot']);
  });
});

describe('reading PDF headings', () => {
  /** A one-page PDF whose lines each have their own font size (large lines are headings). */
  function pdf(lines: [string, number][]): Buffer {
    let y = 740;
    return onePagePdf(lines.map(([text, size]) => `BT /F1 ${size} Tf 72 ${(y -= size + 8)} Td (${text}) Tj ET`).join('\n'));
  }

  /** pdf.js loads as an ES module, which jest's CommonJS runtime cannot: the reader runs in a child process. */
  const pdfText = (data: Buffer) =>
    execFileSync(path.join(__dirname, '../../node_modules/.bin/tsx'), ['-e', "require('./src/features/qa/pdf-text').pdfText(new Uint8Array(require('fs').readFileSync(0))).then((t) => process.stdout.write(t))"], {
      cwd: path.join(__dirname, '../..'),
      input: data,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });

  it('joins a title that wraps before its years, and keeps a numbered heading apart', () => {
    const text = pdfText(
      pdf([
        ['Samenwerkingsafspraken wijkteams en aanbieders Testland', 20],
        ['2026-2028', 20],
        ['Deze afspraken gelden voor alle wijkteams van de gemeente Testland en voor de aanbieders.', 11],
        ['Artikel 1 Doel', 16],
        ['2 Werkwijze', 16],
        ['Het wijkteam bespreekt elke aanvraag binnen vijf werkdagen met het gezin en de aanbieder.', 11],
      ]),
    );
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Samenwerkingsafspraken wijkteams en aanbieders Testland 2026-2028', '## Artikel 1 Doel', '## 2 Werkwijze']);
  });

  /** Text placed where a Word export puts it: [text, x, y], 10 pt unless a size is given. */
  const placed = (items: [string, number, number, number?][]) => onePagePdf(items.map(([text, x, y, size]) => `BT /F1 ${size ?? 10} Tf ${x} ${y} Td (${text}) Tj ET`).join('\n'));

  it('keeps a lid together when its line wraps after a full stop, numbers restarted leden again within an article, and reads bullets as items', () => {
    const text = pdfText(
      placed([
        ['Regeling bezwaar Testland', 72, 740, 20],
        ['Artikel 2 Bezwaar', 72, 700, 14],
        ['1.', 72, 680], ['Een aanbieder kan bezwaar maken tegen:', 108, 680],
        ['\\225', 90, 668], ['een korting;', 108, 668],
        ['\\225', 90, 656], ['een instroomstop.', 108, 656],
        ['1.', 72, 644], ['Het bezwaar wordt binnen vier weken na de dagtekening ingediend bij de regiomanager.', 108, 644],
        ['Artikel 3 is van overeenkomstige toepassing.', 72, 632],
        ['1.', 72, 620], ['De regiomanager beslist binnen twintig werkdagen over het bezwaar van de aanbieder zelf.', 108, 620],
        ['Artikel 3 Beroep', 72, 608],
        ['1.', 72, 596], ['Tegen de beslissing staat geen beroep open.', 108, 596],
        ['9 van 12', 300, 40, 8],
      ]),
    );
    expect(text.split('\n').slice(2)).toEqual([
      '1. Een aanbieder kan bezwaar maken tegen:',
      '- een korting;',
      '- een instroomstop.',
      '2. Het bezwaar wordt binnen vier weken na de dagtekening ingediend bij de regiomanager. Artikel 3 is van overeenkomstige toepassing.',
      '3. De regiomanager beslist binnen twintig werkdagen over het bezwaar van de aanbieder zelf.',
      'Artikel 3 Beroep',
      '1. Tegen de beslissing staat geen beroep open.',
      '9 van 12',
    ]);
  });

  it('in a document that sets its paragraphs apart, a line at the line pitch under a long line goes on with its paragraph, also after a full stop', () => {
    const text = pdfText(
      placed([
        ['Verslag dorpsraad Testland', 72, 740, 20],
        ['Het bestuur van de stichting vergaderde op dinsdag over de plannen voor het komende jaar en over de begroting.', 72, 700],
        ['Er is veel werk te doen.', 72, 688.5],
        // Ends a sentence short of the margin, where the next word would have fitted: the paragraph goes on all the same.
        ['Het dorpshuis krijgt een nieuw dak en nieuwe kozijnen, zodat het gebouw weer vele jaren mee kan gaan.', 72, 671],
        ['De kosten van 40.000 euro komen uit de reserve voor groot onderhoud.', 72, 659.5],
        ['Daarna sloot de voorzitter de vergadering.', 72, 642],
      ]),
    );
    expect(text.split('\n').slice(1)).toEqual([
      'Het bestuur van de stichting vergaderde op dinsdag over de plannen voor het komende jaar en over de begroting. Er is veel werk te doen.',
      'Het dorpshuis krijgt een nieuw dak en nieuwe kozijnen, zodat het gebouw weer vele jaren mee kan gaan. De kosten van 40.000 euro komen uit de reserve voor groot onderhoud.',
      'Daarna sloot de voorzitter de vergadering.',
    ]);
  });

  it('joins a name broken at its hyphen at the end of a wrapped line, and keeps the space of "in- en uitstroom"', () => {
    const text = pdfText(
      placed([
        ['Regeling voorzitterschap Testland', 72, 740, 20],
        ['Het voorzitterschap rouleert per jaar in alfabetische volgorde; in 2030 gaat het voorzitterschap over naar Olst-', 72, 700],
        ['Wijhe. De raad houdt toezicht op de in- en uitstroom van de leden, die jaarlijks worden geteld door de secretaris in-', 72, 688],
        ['en uitstroom. Daarna volgt de evaluatie.', 72, 676],
      ]),
    );
    expect(text).toContain('naar Olst-Wijhe. De raad');
    expect(text).toContain('secretaris in- en uitstroom.');
  });

  it('ends a table at the numbered lid after it, and reads a full row under a complete header as a row, also without figures', () => {
    const row = (y: number, ...cells: string[]): [string, number, number][] => cells.map((c, k) => [c, [78, 228, 379][k], y]);
    const text = pdfText(
      placed([
        ['Artikel 9 Kosten', 72, 700, 14],
        ...row(680, 'Onderdeel', 'Bedrag', 'Toelichting'),
        ...row(668, 'Vaste voet', 'ten hoogste 6 weken', 'Voor elke gemeente'),
        ...row(656, 'Per inwoner', '\\200 3,45', 'Inwonertal op'), ['1 januari', 379, 644],
        ...row(632, 'Formatie', '13,6 fte', 'Inclusief'), ['projectleiding', 379, 620],
        ...row(608, 'Spoed', '10 werkdagen', 'Na een'), ['melding', 379, 596],
        ['1.', 72, 580], ['Legt de regio zelf een geschil voor, dan is geen bijdrage verschuldigd over het geschil.', 108, 580],
      ]),
    );
    expect(text.split('\n')).toEqual(expect.arrayContaining(['| Onderdeel | Bedrag | Toelichting |', '| Vaste voet | ten hoogste 6 weken | Voor elke gemeente |', '1. Legt de regio zelf een geschil voor, dan is geen bijdrage verschuldigd over het geschil.']));
  });
});
