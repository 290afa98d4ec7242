import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { extractAnswer } from '../../src/features/qa/answer-extraction';
import { askedKind } from '../../src/features/qa/asked-kind';
import { secondAskMatcher } from '../../src/features/qa/question-setup';
import { docxText } from '../../src/features/qa/docx-text';
import { toPassages } from '../../src/features/qa/passages';
import type { Passage } from '../../src/features/qa/qa.domain';
import { Speller } from '../../src/features/qa/spelling';
import { familyRoot, stemWord } from '../../src/features/qa/word-forms';
import { termsOf } from '../../src/features/qa/dutch-text';

const passage = (text: string, position = 0, section = 'Artikel 4 Stemming'): Passage => ({
  title: 'Reglement Testland',
  section,
  chapter: '',
  position,
  text,
  sourceFile: 'r.md',
  ingestedAt: '2026-01-01T00:00:00.000Z',
});

/** Scores a sentence by which of the given words it contains. */
const wordsIn = (...words: string[]) => (sentence: string) => words.map((w) => (sentence.toLowerCase().includes(w) ? 1 : 0));

describe('answer extraction', () => {
  it('answers from the lid that holds the answer, without its number, and names the lid', () => {
    const article = passage(
      [
        '1. Besluiten worden zoveel mogelijk bij consensus genomen.',
        '2. Lukt dat niet, dan wordt gestemd. Elk lid heeft één stem.',
        '3. Staken de stemmen, dan komt het voorstel terug in de volgende vergadering.',
        '4. Voor een besluit over de begroting, de jaarrekening en de verdeelsleutel is een meerderheid van twee derde van de uitgebrachte stemmen nodig.',
        '5. Een lid kan vragen dat zijn stemgedrag of een korte verklaring over zijn keuze in de besluitenlijst van de vergadering wordt opgenomen.',
      ].join('\n'),
    );
    const out = extractAnswer([article], wordsIn('staken', 'stemmen'), false);
    expect(out.text).toMatch(/^Staken de stemmen, dan komt het voorstel terug/);
    expect(out.text).not.toMatch(/\b3\./);
    expect(out.lid).toBe('lid 3');
  });

  const article = passage(
    [
      '1. Is de regiomanager langer dan vijf werkdagen afwezig, dan neemt de teamleider het werk waar. De teamleider meldt dat aan het managersoverleg.',
      '2. Van de regeling wordt geen gebruik gemaakt wanneer:',
      'a. een besluit politiek gevoelig ligt;',
      'b. de betrokkene zelf een persoonlijk belang heeft.',
      'In die gevallen beslist het bestuur zelf, na advies van de kleine commissie.',
      '3. Een vergadering kan alleen besluiten als meer dan de helft van de leden aanwezig is.',
      '4. Is het vereiste aantal leden niet aanwezig, dan roept de voorzitter binnen tien werkdagen een nieuwe vergadering bijeen.',
      '5. Stukken die later worden nagezonden, worden alleen behandeld als de meerderheid van de aanwezige leden daarmee instemt.',
    ].join('\n'),
    0,
    'Artikel 6 Werkwijze',
  );

  it('shows the whole lid: the sentence after the one that matched, and the line closing a lettered list', () => {
    expect(extractAnswer([article], wordsIn('afwezig'), false)).toEqual({
      text: 'Is de regiomanager langer dan vijf werkdagen afwezig, dan neemt de teamleider het werk waar. De teamleider meldt dat aan het managersoverleg.',
      lid: 'lid 1',
    });
    const out = extractAnswer([article], wordsIn('persoonlijk belang'), false);
    expect(out.text.split('\n')).toEqual([
      'Van de regeling wordt geen gebruik gemaakt wanneer:',
      '- een besluit politiek gevoelig ligt;',
      '- de betrokkene zelf een persoonlijk belang heeft.',
      'In die gevallen beslist het bestuur zelf, na advies van de kleine commissie.',
    ]);
    expect(out.lid).toBe('lid 2');
  });

  it('adds the lid that says what follows when the question asks what happens', () => {
    const matches = wordsIn('helft van de leden', 'aanwezig');
    expect(extractAnswer([article], matches, false).text).not.toContain('tien werkdagen');
    expect(extractAnswer([article], matches, false, true).text).toContain('binnen tien werkdagen een nieuwe vergadering');
  });

  it('shows a short article whole', () => {
    const short = passage('1. Een lid met een persoonlijk belang meldt dat vooraf aan de voorzitter.\n2. Dat lid neemt niet deel aan de stemming.', 0, 'Artikel 12 Tegenstrijdig belang');
    expect(extractAnswer([short], wordsIn('persoonlijk belang'), false).text).toContain('neemt niet deel aan de stemming');
  });

  it('shows a procedure whole, also when its steps are spread over passages', () => {
    const section = [
      passage('Een geschil wordt in stappen opgelost:\n1. Eerst overleggen de contactpersonen.', 0, 'Geschillen'),
      passage('2. Lukt dat niet, dan bespreekt het managersoverleg het geschil.\n3. Daarna beslist het bestuur.', 1, 'Geschillen'),
    ];
    const out = extractAnswer(section, wordsIn('geschil', 'opgelost'), true);
    expect(out.text.split('\n')).toEqual([
      'Een geschil wordt in stappen opgelost:',
      '1. Eerst overleggen de contactpersonen.',
      '2. Lukt dat niet, dan bespreekt het managersoverleg het geschil.',
      '3. Daarna beslist het bestuur.',
    ]);
  });

  it('keeps the number of one step shown with the sentence that introduces the steps, on a line of its own', () => {
    const plan = passage(
      [
        'Het plan komt in vijf stappen tot stand:',
        '1. Het wijkteam bespreekt de hulpvraag met de jeugdige, de ouders en zo nodig de school en legt de afspraken vast.',
        '2. Het wijkteam kiest samen met het gezin een jeugdhulpaanbieder die past bij de hulpvraag en de woonplaats.',
        '3. De gemeente legt het plan vast en stuurt het binnen tien werkdagen naar het gezin.',
        '4. De jeugdhulpaanbieder begint met de hulp op de datum die met het gezin en het wijkteam is afgesproken.',
        '5. Na drie maanden toetst het wijkteam samen met het gezin of de hulp loopt zoals afgesproken.',
      ].join('\n'),
      0,
      '2.2 Stappen',
    );
    expect(extractAnswer([plan], wordsIn('plan', 'werkdagen'), false).text.split('\n')).toEqual([
      'Het plan komt in vijf stappen tot stand:',
      '3. De gemeente legt het plan vast en stuurt het binnen tien werkdagen naar het gezin.',
    ]);
  });

  it('takes along the lid of the same article that gives the length of time asked, when the best sentence does not', () => {
    const objection = passage(
      [
        '1. Een lid kan bezwaar maken tegen de volgende besluiten van het bestuur:',
        '- een schorsing van het lidmaatschap;',
        '- een boete voor schade aan de boten;',
        '- het weigeren van een ligplaats;',
        '- het intrekken van een sleutel van het clubhuis;',
        '- een royement.',
        '2. Het bezwaar wordt binnen drie weken na de dagtekening van het besluit ingediend bij de secretaris.',
        '3. Het bezwaar schort de werking van het besluit niet op, tenzij het bestuur anders beslist.',
      ].join('\n'),
      0,
      'Artikel 7 Bezwaar',
    );
    const matches = wordsIn('schorsing', 'bezwaar');
    expect(extractAnswer([objection], matches, false).text).not.toContain('drie weken');
    const out = extractAnswer([objection], matches, false, false, undefined, undefined, { givesKind: askedKind('Wat is de bezwaartermijn bij een schorsing?') });
    expect(out.text).toContain('een schorsing van het lidmaatschap');
    expect(out.text).toContain('binnen drie weken na de dagtekening');
  });

  it('takes along the lid whose condition the asker\'s case meets when the answer is a table row read as text', () => {
    const fees = passage(
      [
        '1. Wie een geschil voorlegt, betaalt een bijdrage die afhangt van de soort zaak.',
        '| Intrekking van een vergunning | € 600 | 12 weken |',
        '2. De bijdrage wordt terugbetaald als de commissie de vereniging geheel in het gelijk stelt.',
        '3. Voor verenigingen met minder dan 5 medewerkers wordt de bijdrage gehalveerd.',
        '4. Legt de gemeente zelf een geschil voor, dan is geen bijdrage verschuldigd, ook niet als zij de procedure later intrekt of de zaak na de hoorzitting alsnog schikt met de vereniging.',
      ].join('\n'),
      0,
      'Artikel 6 Bijdrage',
    );
    const matches = wordsIn('intrekking', 'vergunning');
    const small = (s: string) => /minder dan 5 medewerkers/.test(s);
    expect(extractAnswer([fees], matches, false).text).not.toContain('gehalveerd');
    const out = extractAnswer([fees], matches, false, false, undefined, undefined, { caseMet: small });
    expect(out.text).toContain('€ 600');
    expect(out.text).toContain('gehalveerd');
  });

  it('answers the second question of a sentence that asks two from its own lid', () => {
    const urgent = passage(
      [
        '1. Dreigt een storm de haven te beschadigen, dan wacht het bestuur niet op de gewone vergadering van de leden.',
        '2. De havenmeester informeert in dat geval binnen twee uur het dagelijks bestuur en stelt voor welke boten eerst worden vastgelegd.',
        '3. De havenmeester houdt een logboek bij van alle maatregelen, met het tijdstip, de namen van de helpers en de boten die zijn verplaatst of extra zijn vastgelegd.',
        '4. De voorzitter kan binnen een dag een extra ledenvergadering bijeenroepen, zo nodig digitaal.',
        '5. Na afloop bespreekt het bestuur de maatregelen in de eerstvolgende gewone vergadering en past zo nodig het stormplan aan.',
      ].join('\n'),
      0,
      'Artikel 9 Storm',
    );
    const matches = wordsIn('storm', 'bestuur', 'informeert');
    expect(extractAnswer([urgent], matches, false).text).not.toContain('extra ledenvergadering');
    const out = extractAnswer([urgent], matches, false, false, undefined, undefined, { secondAsk: wordsIn('extra', 'ledenvergadering') });
    expect(out.text).toContain('binnen twee uur');
    expect(out.text).toContain('binnen een dag een extra ledenvergadering');
  });

  it('answers the first question of two from its own lid when the best sentence answers only the second', () => {
    const round = passage(
      [
        '1. De clubs leveren hun voorstellen uiterlijk 1 mei in bij de secretaris.',
        '2. Elke club dient maximaal twee voorstellen in, elk met een korte toelichting.',
        '3. Het bestuur bespreekt de voorstellen in de vergadering van juni en nodigt daarvoor de indieners uit, die hun voorstel in tien minuten mogen toelichten.',
        '4. Een voorstel dat het bestuur overneemt, wordt uitgewerkt door een werkgroep van drie leden, onder wie ten minste één lid van de indienende club.',
        '5. De secretaris houdt een overzicht bij van alle ingediende voorstellen, met de datum van ontvangst en het besluit van het bestuur, en deelt dat met alle clubs.',
      ].join('\n'),
      0,
      'Artikel 6 Voorstellen',
    );
    const matches = wordsIn('club', 'voorstellen', 'maximaal', 'dient');
    expect(extractAnswer([round], matches, false).text).not.toContain('1 mei');
    const out = extractAnswer([round], matches, false, false, undefined, undefined, { firstAsk: wordsIn('clubs', 'leveren', 'in bij') });
    expect(out.text).toContain('uiterlijk 1 mei');
    expect(out.text).toContain('maximaal twee voorstellen');
  });

  it('reads the second question of an asking sentence that asks two, after the setup', () => {
    const asked: string[] = [];
    const matcher = (q: string) => secondAskMatcher(q, (text) => (asked.push(text), []), () => []);
    expect(matcher('Er is een storm op komst. Hoe snel moet het bestuur het weten en kan er eerder een vergadering komen?')).toBeDefined();
    expect(asked).toEqual(['kan er eerder een vergadering komen?']);
    expect(matcher('Wie stelt de agenda en de notulen vast?')).toBeUndefined();
    expect(matcher('Hoe snel moet het bestuur het weten?')).toBeUndefined();
  });

  it('reads "hoeveel tijd" and "wat is de ...termijn" as asking a length of time', () => {
    for (const question of ['Hoeveel tijd heeft een lid om te reageren?', 'Wat is de bezwaartermijn bij een schorsing?', 'Welke reactietermijn geldt?']) {
      const gives = askedKind(question);
      expect(gives?.('Het lid reageert binnen tien werkdagen.')).toBe(true);
      expect(gives?.('Het lid reageert schriftelijk aan de secretaris.')).toBe(false);
    }
  });

  it('shows the steps a lid introduces for "welke stappen", not the lid that only mentions some of them', () => {
    const procedure = passage(
      [
        '1. Een aanvraag voor een ligplaats doorloopt de volgende stappen:',
        '1. De havenmeester registreert de aanvraag in het ligplaatsenregister, controleert de gegevens van de boot en stuurt de aanvrager binnen een week een ontvangstbevestiging.',
        '2. De havenmeester controleert of er een plaats vrij is die past bij de lengte en de diepgang van de boot, en overlegt zo nodig met de beheerder van de steiger.',
        '3. Het bestuur beslist over de aanvraag in zijn eerstvolgende vergadering en legt de beslissing met de reden daarvan vast in de besluitenlijst van die vergadering.',
        '4. De secretaris stuurt de aanvrager het besluit, met de rekening voor het eerste seizoen en de regels van de haven, en informeert de havenmeester over de toewijzing.',
        '2. Een aanvraag voor een ligplaats van een week kan worden afgehandeld zonder de stappen 2 en 3 te doorlopen.',
        '3. De havenmeester houdt een register bij van alle ligplaatsen met de naam van de eigenaar, de lengte van de boot, de datum van de toewijzing en de vergoeding die voor het seizoen is betaald. Het register ligt ter inzage in het clubhuis.',
        '4. Een lid dat zijn ligplaats een seizoen niet gebruikt, meldt dat voor 1 maart bij de havenmeester. De havenmeester kan de plaats dan voor dat seizoen aan een ander lid verhuren, waarbij de opbrengst voor de helft aan het lid wordt uitgekeerd en voor de helft in de onderhoudspot van de haven wordt gestort.',
        '5. Bij verkoop van een boot gaat de ligplaats niet vanzelf over op de koper. De koper dient zelf een aanvraag in, die achteraan de wachtlijst wordt geplaatst, tenzij het bestuur op grond van bijzondere omstandigheden anders beslist en dat besluit in de eerstvolgende ledenvergadering toelicht.',
      ].join('\n'),
      0,
      'Artikel 3 Ligplaatsen',
    );
    const out = extractAnswer([procedure], wordsIn('stappen', 'doorl', 'aanvraag', 'ligplaats', 'week'), true);
    expect(out.text).toContain('De havenmeester registreert de aanvraag');
    expect(out.text).toContain('De secretaris stuurt de aanvrager het besluit');
  });

  it('stays within 800 characters', () => {
    const long = passage(Array.from({ length: 40 }, (_, i) => `Zin ${i} over de begroting en de jaarrekening van de regio.`).join(' '));
    expect(extractAnswer([long], wordsIn('begroting'), false).text.length).toBeLessThanOrEqual(800);
  });
});

describe('structure of documents', () => {
  it('keeps Word headings and list numbering, and passages know their chapter', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Reglement Testland', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Hoofdstuk 2 Besluitvorming', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Artikel 8 Quorum', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ children: [new TextRun('Besluiten vragen de helft van de leden.')], numbering: { reference: 'n', level: 0 } }),
            new Paragraph({ children: [new TextRun('Anders volgt binnen tien werkdagen een nieuwe vergadering.')], numbering: { reference: 'n', level: 0 } }),
          ],
        },
      ],
    });
    const text = await docxText(await Packer.toBuffer(doc));
    expect(text.split('\n')).toEqual([
      '# Reglement Testland',
      '# Hoofdstuk 2 Besluitvorming',
      '## Artikel 8 Quorum',
      '1. Besluiten vragen de helft van de leden.',
      '2. Anders volgt binnen tien werkdagen een nieuwe vergadering.',
    ]);
    const parsed = toPassages(text, 'r.docx');
    expect(parsed.title).toBe('Reglement Testland');
    expect(parsed.passages).toEqual([
      { section: 'Artikel 8 Quorum', chapter: 'Hoofdstuk 2 Besluitvorming', text: '1. Besluiten vragen de helft van de leden.\n2. Anders volgt binnen tien werkdagen een nieuwe vergadering.' },
    ]);
  });
});

describe('Dutch words', () => {
  const speller = new Speller(['portefeuillehouder', 'portefeuillehoudersoverleg', 'aanbieders', 'overleg', 'vergadering', 'commissie', 'jaarverslag', 'bestuursrapportage']);

  it('corrects typos against the corpus, also inside a compound', () => {
    expect(speller.correct('Wie is de portefeuilehouder?')).toBe('Wie is de portefeuillehouder?');
    expect(speller.correct('het aanbiedersoverlg')).toBe('het aanbiedersoverleg');
    expect(speller.correct('de kleine commisie')).toBe('de kleine commissie');
  });

  it('corrects a typo that happens to split into two Dutch words ("jaarvers" + "lat") when a corpus word is one edit away', () => {
    expect(speller.correct('Staat het in het jaarverslat of de bestuurrapportage?')).toBe('Staat het in het jaarverslag of de bestuursrapportage?');
  });

  it('leaves Dutch words alone that the corpus does not have', () => {
    expect(speller.correct('Is er een vergoeding voor de spreektijd?')).toBe('Is er een vergoeding voor de spreektijd?');
  });

  it('joins word families the stemmer keeps apart', () => {
    expect(familyRoot('geevalueerd')).toBe(familyRoot('evalueert'));
    expect(familyRoot('stemming')).toBe(stemWord('stem'));
    expect(termsOf('gestemd')).toContain('stem');
  });

  it('keeps the final t of a noun in -ing, so it meets its verb ("korting" korten, "verwachting" verwachten)', () => {
    expect(termsOf('korting')).toContain(stemWord('korten'));
    expect(termsOf('verwachting')).toContain(stemWord('verwachten'));
  });

  it('joins a participle without ge- to its verb ("betaald", "benoemd"), not a noun in -and ("verband")', () => {
    expect(termsOf('betaald')).toContain(stemWord('betalen'));
    expect(termsOf('benoemd')).toContain(stemWord('benoemen'));
    expect(termsOf('verhinderd')).toContain(stemWord('verhinderen'));
    expect(termsOf('verband')).toEqual([stemWord('verband')]);
  });

  it('joins a strong participle to its verb ("aangewezen", "besproken", "aangeboden", "verkregen")', () => {
    expect(familyRoot('aangewezen')).toBe(familyRoot('aanwijzen'));
    expect(familyRoot('besproken')).toBe(stemWord('bespreken'));
    expect(termsOf('opgenomen')).toContain(stemWord('opnemen'));
    expect(familyRoot('aangeboden')).toBe(stemWord('aanbieden'));
    expect(familyRoot('verkregen')).toBe(stemWord('verkrijgen'));
  });

  it('joins the participle of a verb with "samen-" or "tegen-" to its noun ("samengesteld", "samenstelling")', () => {
    expect(familyRoot('samengesteld')).toBe(familyRoot('samenstelling'));
    expect(familyRoot('samengevoegd')).toBe(stemWord('samenvoeging'));
    expect(familyRoot('tegengehouden')).toBe(stemWord('tegenhouden'));
  });

  it('applies synonyms to a word, not to a stem it shares with another ("geldt" is not "geld")', () => {
    expect(termsOf('geld')).toContain('~geld');
    expect(termsOf('geldt')).not.toContain('~geld');
  });
});
