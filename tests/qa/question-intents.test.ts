import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { askedIntents } from '../../src/features/qa/question-intents';
import { rankAnswers } from '../../src/features/qa/fact-ranking';
import { withoutIdioms } from '../../src/features/qa/question-frames';
import { extractAnswer } from '../../src/features/qa/answer-extraction';
import { askedKindWord, withAskedKind } from '../../src/features/qa/asked-kind';
import { namedByQuestion } from '../../src/features/qa/asked-actor';
import type { Passage, QaResult } from '../../src/features/qa/qa.domain';

// An invented subsidy regulation (not an evaluation document): the answer sits in a later lid of the article found.
const REGELING = `# Regeling sportsubsidie Testland 2026

## Artikel 1 Doel
1. Deze regeling legt vast hoe verenigingen een aanvraag voor sportsubsidie indienen, hoe de aanvragen worden beoordeeld en hoe het budget wordt verdeeld.

## Artikel 2 Aanvragen
1. Een vereniging dient haar aanvraag in met het aanvraagformulier, uiterlijk op 1 maart.
2. Iedere vereniging kan per jaar ten hoogste twee aanvragen indienen.
3. De wethouder kan de termijn voor aanvragen met ten hoogste drie weken verlengen als het digitale loket langer dan een dag niet werkt.

## Artikel 3 Beoordelingscriteria
1. Een aanvraag wordt beoordeeld op:
a. het aantal jeugdleden van de vereniging;
b. de bijdrage aan sport in de wijk;
c. de eigen bijdrage van de vereniging.
2. Ieder criterium krijgt een score van 1 tot en met 10.

## Artikel 8 Contactpersoon
1. Iedere vereniging wijst een contactpersoon aan voor de subsidie en geeft zijn naam, telefoonnummer en e-mailadres door aan de afdeling sport van de gemeente.
2. De contactpersoon is bij voorkeur de penningmeester van de vereniging.
3. De contactpersoon van een vereniging ontvangt alle berichten over de aanvraag en over de uitbetaling, en meldt een wijziging van zijn gegevens binnen twee weken aan de afdeling sport.

## Artikel 9 Uitbetaling
1. De subsidie wordt in twee delen uitbetaald.
2. Een vereniging met minder dan twintig leden krijgt de subsidie in één keer uitbetaald, tenzij zij een bouwproject uitvoert.
`;

async function index(): Promise<KnowledgeIndex> {
  const doc = await parseDocument('sportsubsidie.md', Buffer.from(REGELING));
  return new KnowledgeIndex([], doc.passages);
}

const passage = (text: string): Passage => ({ title: 'Regeling Testland', section: 'Artikel 2', chapter: '', position: 0, text, sourceFile: 'a.md', ingestedAt: '' });
const wordsIn = (...words: string[]) => (sentence: string) => words.map((w) => (sentence.toLowerCase().includes(w) ? 1 : 0));
const answer = (r: QaResult) => (r.kind === 'answer' ? `${r.answer} [${r.source.section}]` : `(${r.kind})`);

describe('the lid that answers what the question asks besides its words', () => {
  it('knows which questions ask for a rule of thumb, an extension or an exception', () => {
    expect(askedIntents('Wie wordt er meestal contactpersoon?')).toHaveLength(1);
    expect(askedIntents('Kan de deadline nog worden opgeschoven?')[0]('De wethouder kan de termijn verlengen.')).toBeGreaterThan(0);
    expect(askedIntents('Zijn er uitzonderingen op de uitbetaling in twee delen?')[0]('Dat geldt niet, tenzij de vereniging bouwt.')).toBeGreaterThan(0);
    expect(askedIntents('Zijn er uitzonderingen op de uitbetaling in twee delen?')[0]('De subsidie wordt uitbetaald.')).toBe(0);
    expect(askedIntents('Wat doet de contactpersoon?')).toHaveLength(0);
    // "Wie is de contactpersoon?" asks who holds the role: the sentence that names a person with it.
    expect(askedIntents('Wie is de contactpersoon?')[0]('Contactpersoon Eva de Boer beantwoordt vragen.')).toBeGreaterThan(0);
    expect(askedIntents('Wie is de contactpersoon?')[0]('De contactpersoon beantwoordt vragen.')).toBe(0);
  });

  it('"wat doen we met het overschot?" asks where it goes: the sentence that says so, not the one that states it', async () => {
    const doc = `# Besluitenlijst Dorpsraad Testland 2031\n\n## Agendapunt 4: Jaarrekening 2030\n\nDe penningmeester presenteert de jaarrekening 2030. Het resultaat is positief: € 41.000, vooral door een vacature. De jaarrekening wordt vastgesteld. Van het resultaat gaat € 30.000 naar de reserve; de rest wordt aan de dorpen terugbetaald.\n`;
    const kb = new KnowledgeIndex([], (await parseDocument('besluitenlijst.md', Buffer.from(doc))).passages);
    expect(answer(kb.ask('Wat doen we met het overschot op de jaarrekening 2030?'))).toContain('gaat € 30.000 naar de reserve');
  });

  it('"hoe liep het voorstel af?" asks the outcome of a vote: the sentence that says it was adopted or rejected', async () => {
    const doc = `# Besluitenlijst Dorpsraad Testland 2031\n\n## Agendapunt 3: Speelplaats\n\nDe leden van Aadorp en Beekveld dienen een amendement in: de speelplaats verkleinen tot de helft en de rest later aanleggen. Zij wijzen op de kosten.\n\n- Het amendement van Aadorp en Beekveld wordt verworpen met 3 stemmen voor en 6 tegen.\n- Het voorstel wordt aangenomen.\n`;
    const kb = new KnowledgeIndex([], (await parseDocument('besluitenlijst.md', Buffer.from(doc))).passages);
    expect(answer(kb.ask('Hoe liep dat amendement over de speelplaats af?'))).toContain('verworpen met 3 stemmen voor');
  });

  it('"mag/kan X ...?" asks for the limit a rule sets, not for a "niet" inside a condition', () => {
    const [limit] = askedIntents('Kan de commissie zelf besluiten namens het bestuur?');
    expect(limit('Zij neemt geen besluiten die het bestuur binden.')).toBeGreaterThan(0);
    expect(limit('Niet tot lid kan worden benoemd: een wethouder.')).toBeGreaterThan(0);
    expect(limit('Wie zich niet laat vervangen, kan zijn standpunt schriftelijk meegeven.')).toBe(0);
    expect(limit('De commissie kan wel besluiten over de volgorde van de agenda.')).toBe(0);
  });

  it('a yes/no question is answered by the sentence with the limit, though another sentence shares more words', () => {
    const article = passage(
      [
        '1. De commissie is geen orgaan van de gemeente. Zij neemt geen besluiten die het bestuur binden, tenzij het bestuur haar daarvoor mandaat geeft.',
        '2. De commissie bespreekt de onderwerpen die het bestuur haar voorlegt en geeft daarover advies, schriftelijk en met redenen omkleed, binnen vier weken.',
        '3. De commissie kan wel besluiten over de volgorde van de agenda van het bestuur en over het doorschuiven van een onderwerp naar een volgende vergadering.',
      ].join('\n'),
    );
    const question = 'Kan de commissie zelf besluiten nemen namens het bestuur?';
    const words = wordsIn('commissie', 'besluit', 'bestuur');
    expect(extractAnswer([article], words, false).text).toContain('kan wel besluiten');
    expect(extractAnswer([article], withAskedKind(question, words), false).text).toContain('neemt geen besluiten');
  });

  it('"meestal" asks for the lid that says what is done as a rule ("bij voorkeur")', async () => {
    const text = answer((await index()).ask('Wie wordt er meestal contactpersoon van een vereniging?'));
    expect(text).toContain('penningmeester');
    expect(text).not.toContain('telefoonnummer');
  });


  it('moving a deadline asks for the lid that allows an extension, not the one that states the date', () => {
    const article = passage(['1. Een vereniging dient haar aanvraag in met het formulier van de gemeente, uiterlijk op 1 maart, en voegt daarbij de begroting en het jaarverslag van het afgelopen seizoen toe.', '2. Iedere vereniging kan per jaar ten hoogste twee aanvragen indienen, voor verschillende activiteiten, en trekt een aanvraag in door een bericht aan de afdeling sport.', '3. De wethouder kan de termijn voor aanvragen met ten hoogste drie weken verlengen als het loket niet werkt.'].join('\n'));
    const question = 'Kan het indienen van aanvragen nog worden opgeschoven?';
    const words = wordsIn('indien', 'aanvra');
    expect(extractAnswer([article], words, false).text).not.toContain('drie weken');
    expect(extractAnswer([article], withAskedKind(question, words), false).text).toContain('drie weken');
  });

  it('a comparison ("vergeleken met de begroting") brings the sentence with the figure it compares with', () => {
    const section = passage('De begroting van het team voor 2025 bedroeg 1.850.000 euro. Het team telde dat jaar twaalf medewerkers. De werkelijke kosten kwamen uit op 1.789.000 euro. Het verschil komt vooral door vacatures die later zijn ingevuld dan gepland.');
    const question = 'Wat waren de werkelijke kosten vergeleken met de begroting?';
    const words = wordsIn('werkelijke', 'kosten', 'begroting');
    expect(extractAnswer([section], words, false).text).not.toContain('1.850.000');
    expect(extractAnswer([section], withAskedKind(question, words), false).text).toContain('1.850.000');
  });

  it('an exception asked for is the lid with "tenzij"', () => {
    const article = passage(['1. De subsidie wordt in twee delen uitbetaald, in maart en in september, op voorwaarde dat de vereniging het formulier volledig heeft ingevuld en ondertekend.', '2. Een vereniging met minder dan twintig leden krijgt de subsidie in één keer uitbetaald, tenzij zij een bouwproject uitvoert.', '3. De subsidie wordt uitbetaald op de rekening van de vereniging die in het formulier staat; een wijziging van die rekening meldt de penningmeester schriftelijk.'].join('\n'));
    const question = 'Is er een uitzondering op de uitbetaling van de subsidie in twee delen?';
    const words = wordsIn('uitbetaal', 'subsidie', 'twee delen');
    expect(extractAnswer([article], words, false).text).not.toContain('bouwproject');
    expect(extractAnswer([article], withAskedKind(question, words), false).text).toContain('bouwproject');
  });
});

describe('"wie" asks for someone the question does not name itself', () => {
  it('a complaint about the directeur is decided by the college, not by the directeur', () => {
    const article = passage(
      [
        '1. De directeur beslist binnen zes weken op de klacht. Hij laat de vereniging schriftelijk weten of de klacht gegrond is en wat er met de aanvraag gebeurt.',
        '2. In de beslissing wordt de vereniging gewezen op de mogelijkheid om zich daarna tot de ombudsman te wenden, met het adres, de termijn daarvoor en de gegevens die de ombudsman nodig heeft om de zaak te kunnen behandelen.',
        '3. Op een klacht over de directeur beslist het college.',
      ].join('\n'),
    );
    const question = 'Wie beslist over een klacht over de directeur zelf?';
    const words = wordsIn('beslis', 'klacht', 'directeur');
    const named = (word: string) => ['beslist', 'klacht', 'directeur'].includes(word.toLowerCase());
    expect(extractAnswer([article], withAskedKind(question, words), false).text).toMatch(/^De directeur beslist/);
    const text = extractAnswer([article], withAskedKind(question, words, named), false).text;
    expect(text).toContain('beslist het college');
    expect(text).not.toContain('zes weken');
  });

  it('a word is named by the question by its own stem, not by sharing a part of a compound', () => {
    const terms = (w: string) => (w === 'inkoopadviseur' ? ['inkoopadviseur', 'inkop', 'adviseur'] : [w]);
    const named = namedByQuestion([{ terms: ['inkoopdossier', 'inkop', 'dossier'] }, { terms: ['regiomanager'] }], terms);
    expect(named('Inkoopadviseur')).toBe(false);
    expect(named('regiomanager')).toBe(true);
  });
});

describe('"op welke punten wordt ... beoordeeld" asks for the criteria', () => {
  it('reads the question as one about criteria', () => {
    expect(withoutIdioms('Op welke punten worden de aanvragen beoordeeld?')).toBe('op welke criteria worden de aanvragen beoordeeld?');
    expect(withoutIdioms('Waarop wordt een aanvraag getoetst?')).toBe('op welke criteria wordt een aanvraag getoetst?');
    expect(withoutIdioms('Op welke punten moet ik letten?')).toBe('Op welke punten moet ik letten?');
    expect(withoutIdioms('Hoeveel tijd vooraf meldt een aanbieder een stop?')).toBe('uiterlijk meldt een aanbieder een stop?');
    // Putting two things together is merging them; coming together is meeting.
    expect(withoutIdioms("Mag de coördinator twee thema's bij elkaar voegen?")).toBe("Mag de coördinator twee thema's samenvoegen?");
    expect(withoutIdioms("Voegt de coördinator thema's bij elkaar?")).toBe("samenvoegen de coördinator thema's?");
    expect(withoutIdioms('Hoe vaak komt het overleg bij elkaar?')).toBe('Hoe vaak komt het overleg bijeen?');
  });

  it('answers with the list of criteria, not with the purpose article that says aanvragen are beoordeeld', async () => {
    const text = answer((await index()).ask('Op welke punten worden de aanvragen voor sportsubsidie beoordeeld?'));
    expect(text).toContain('jeugdleden');
    expect(text).toContain('eigen bijdrage');
  });
});

describe('an item of a list says what the list\'s introduction says', () => {
  it('answers "mag een wethouder lid zijn" with the item under "niet tot lid kan worden benoemd", not a lid that shares less surely', () => {
    const article = passage(
      [
        '1. Er is een klachtencommissie, met een voorzitter en twee leden, die door het college voor vier jaar worden benoemd.',
        '2. De voorzitter werkt niet bij de gemeente en heeft ervaring met klachtbehandeling of het bestuursrecht.',
        '3. Het secretariaat wordt gevoerd door een juridisch medewerker van de gemeente, die de stukken voorbereidt en het verslag maakt.',
        '4. Niet tot lid van de klachtencommissie kan worden benoemd:',
        'a. een wethouder of raadslid van de gemeente;',
        'b. een medewerker van de afdeling die de klacht betreft.',
      ].join('\n'),
    );
    // As the index matches: "bestuursrecht" says a little of "wethouder" (a synonym of bestuur), "klachtbehandeling" part of "klachtencommissie".
    const matches = (s: string) => [/wethouder/i.test(s) ? 1 : /bestuur/i.test(s) ? 0.6 : 0, /klachtencommissie/i.test(s) ? 1 : /klacht/i.test(s) ? 0.8 : 0];
    const text = extractAnswer([article], matches, false).text;
    expect(text).toContain('Niet tot lid van de klachtencommissie kan worden benoemd:');
    expect(text).toContain('een wethouder of raadslid');
  });

  it('an item that answers does not push away the sentence that answers with its own words', () => {
    const section = passage(
      [
        'Voor 2024 stonden drie thema\'s op de agenda:',
        '1. Aanpak wachttijden;',
        '2. Gezinshuizen;',
        '3. Versterken van de samenwerking tussen toegang en huisartsen.',
        'Bij het eerste thema is een regionaal wachtlijstoverleg gestart dat iedere maand bijeenkomt en de wachtlijsten per zorgvorm bespreekt. Het tweede thema leverde een gezamenlijke werkwijze op voor de plaatsing in gezinshuizen. Het derde thema is vertraagd doordat de projectleider vertrok.',
      ].join('\n'),
    );
    const text = extractAnswer([section], wordsIn('thema', 'toegang', 'huisartsen', 'vertraagd'), false).text;
    expect(text).toContain('huisartsen');
    expect(text).toContain('projectleider vertrok');
  });

  it('a long list of definitions gives the item that answers with its introduction, not the whole list', () => {
    const terms = ['regioagenda', 'thema', 'ronde', 'indiener', 'steun', 'coördinator'].map((t, i) => `${'abcdef'[i]}. ${t}: de omschrijving van het begrip ${t} zoals de regeling het gebruikt;`);
    const article = passage(['In deze regeling wordt verstaan onder:', ...terms].join('\n'));
    const text = extractAnswer([article], wordsIn('coördinator'), false).text;
    expect(text).toBe('In deze regeling wordt verstaan onder:\nf. coördinator: de omschrijving van het begrip coördinator zoals de regeling het gebruikt;');
  });
});

describe('"wie" answered by a role the regulation defines', () => {
  const REGLEMENT = `# Reglement wijkoverleg Testland 2026

## Artikel 1 Begrippen
In dit reglement wordt verstaan onder:
a. overleg: het wijkoverleg van Testland;
b. lid: de wijkmanager die door het college als vertegenwoordiger van een wijk in het overleg is aangewezen;
c. secretaris: de medewerker van de gemeente die het overleg ondersteunt.

## Artikel 2 Samenstelling
1. Elke wijk is in het overleg vertegenwoordigd door één lid.
2. Het overleg kiest uit zijn leden een voorzitter voor een periode van twee jaar, die eenmaal opnieuw kan worden gekozen.
3. De secretaris woont de vergaderingen bij, maakt het verslag en stuurt de stukken uiterlijk een week voor de vergadering rond.
`;

  it('adds what the regulation says a "lid" is to "vertegenwoordigd door één lid"', async () => {
    const doc = await parseDocument('wijkoverleg.md', Buffer.from(REGLEMENT));
    const text = answer(new KnowledgeIndex([], doc.passages).ask('Wie vertegenwoordigt een wijk in het overleg?'));
    expect(text).toContain('vertegenwoordigd door één lid');
    expect(text).toContain('Lid: de wijkmanager die door het college');
    // The body the question names itself is not explained.
    expect(text).not.toContain('het wijkoverleg van Testland');
  });
});

describe('"hoe vaak" answered by a frequency in other words', () => {
  const AFSPRAKEN = `# Afspraken sportverenigingen Testland 2026

## Artikel 1 Gesprekken
1. Elke vereniging met meer dan honderd leden heeft ten minste twee gesprekken per jaar met de afdeling sport.
2. Een kleinere vereniging heeft één gesprek per jaar, of vaker als daar een reden voor is.

## Artikel 2 Jeugdraad
1. De jeugdraad adviseert de afdeling sport over de velden, de hallen en de zwembaden.
2. Het bestuur van de afdeling vergadert ieder kwartaal over die adviezen.
`;
  const ask = async (q: string) => answer(new KnowledgeIndex([], (await parseDocument('afspraken.md', Buffer.from(AFSPRAKEN))).passages).ask(q));

  it('"hoe vaak heeft een vereniging een gesprek" is answered by "twee gesprekken per jaar"', async () => {
    expect(await ask('Hoe vaak heeft een grote vereniging een gesprek?')).toContain('twee gesprekken per jaar');
  });

  it('a frequency in a sentence without the other words of the question does not answer "hoe vaak"', () => {
    const words = [
      { terms: ['vak', '~frequentie'], focus: true, weak: false },
      { terms: ['vergader'], focus: false, weak: false },
      { terms: ['jeugdrad'], focus: false, weak: false },
    ];
    const kind = askedKindWord('Hoe vaak vergadert de jeugdraad?', words, (s) => [0, /vergader/i.test(s) ? 1 : 0, /jeugdraad/i.test(s) ? 1 : 0])!;
    expect(kind.terms).toEqual(['vak']);
    expect(kind.says('De jeugdraad adviseert over de velden.\nHet bestuur vergadert om de drie maanden.')).toBe(false);
    expect(kind.says('De jeugdraad vergadert om de drie maanden.')).toBe(true);
    expect(askedKindWord('Wie vergadert er?', words, () => [])).toBeUndefined();
  });
});

describe('the shipped user guide against an ingested regulation', () => {
  const hits = [
    { id: 'p:Handleiding#6', kind: 'passage', coverage: 0.95, rank: 180 },
    { id: 'p:Regeling thema-inbreng#3', kind: 'passage', coverage: 0.92, rank: 110 },
  ];
  const ctx = { isFactSource: () => false, age: () => 1, factAge: () => 0, addedCoverage: () => 1, mayAnswer: () => true, isGuide: (id: string) => id.startsWith('p:Handleiding'), text: () => '', namesSubject: () => true, matches: () => [] };

  it('a question about a rule is answered by the regulation, not by the guide that mentions the same deadline', () => {
    expect(rankAnswers(hits, 'Kan de deadline voor het aanmelden van thema\'s nog worden opgeschoven?', ctx)[0].id).toBe('p:Regeling thema-inbreng#3');
  });

  it('a question about using the bot is still answered by the guide', () => {
    expect(rankAnswers(hits, 'Hoe kan ik na de deadline nog een thema toevoegen?', ctx)[0].id).toBe('p:Handleiding#6');
  });
});
