import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answerReply } from '../../src/features/qa/qa.routes';
import { currentStateContact, lacksWhatIsAsked } from '../../src/features/qa/declines';
import { missesWhatIsAsked } from '../../src/features/qa/asked-body';

/** An invented regulation that defines its roles, and a news item that names who took one of them on. */
const REGLEMENT = `# Reglement Speeltuinraad Voorbeelddorp 2027

### Artikel 1 Begrippen
In dit reglement wordt verstaan onder:
a. speeltuinraad: de raad van bewoners van Voorbeelddorp voor de speeltuinen;
b. coördinator: de medewerker van de gemeente die de aanvraagronde voor nieuwe speeltoestellen begeleidt;
c. voorzitter: het lid dat de vergaderingen van de speeltuinraad leidt.

### Artikel 2 Samenstelling
1. De speeltuinraad bestaat uit ten minste vijf en ten hoogste negen leden.
2. Een externe penningmeester beheert de kas van de speeltuinraad.

### Artikel 3 Advies
1. De speeltuinraad adviseert de gemeente gevraagd en ongevraagd over de speeltuinen.
2. Het Speeltuinfonds betaalt de speeltoestellen; de speeltuinraad beheert alleen het onderhoudsbudget.

### Artikel 4 Samenwerking met Zwolle
De speeltuinraad wisselt ervaringen uit met de speeltuinraad van Zwolle.
`;
const NIEUWS = `# Nieuwe coördinator speeltuinen Voorbeelddorp

### Benoeming
Het college is blij met de benoeming. Vanaf 2026 gaat Karin de Boer aan de slag als coördinator van de speeltuinen in Voorbeelddorp. Zij werkte eerder bij de bibliotheek. Bij de opening sprak ook Jan Smit, voorzitter van de voetbalclub.
`;

describe('the decline decision: who holds a role, what is outside the subject, what the question only frames', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    const docs = await Promise.all([parseDocument('speeltuinraad.md', Buffer.from(REGLEMENT)), parseDocument('nieuws.md', Buffer.from(NIEUWS))]);
    index = new KnowledgeIndex([], docs.flatMap((d) => d.passages));
  });
  const reply = (q: string) => answerReply(q, index.ask(q)).text ?? '';

  it('answers "hoe heet de coördinator" with the person a document names for the role, and says who holds it now is not in the documents', () => {
    const text = reply('Hoe heet de coördinator?');
    expect(text).toContain('Karin de Boer');
    expect(text).toMatch(/Wie dat op dit moment is, staat niet in de documenten/);
    expect(text).not.toMatch(/naam heb ik hierbij niet gevonden/);
    // What the question says after the role must stand in that sentence: Jan Smit chairs the voetbalclub, not the speeltuinraad.
    const voorzitter = reply('Hoe heet de voorzitter van de speeltuinraad?');
    expect(voorzitter).not.toContain('Jan Smit');
    expect(voorzitter).toMatch(/naam heb ik hierbij niet gevonden/);
  });

  it('says it found no name when no document names the holder, also behind an adjective ("de externe penningmeester")', () => {
    const text = reply('Hoe heet de externe penningmeester van de speeltuinraad?');
    expect(text).toMatch(/naam heb ik hierbij niet gevonden/);
    expect(text).not.toContain('Karin de Boer');
  });

  it('reads "wat is het verschil tussen A en B" and "uit zichzelf" as the frame of the question, not words a text must say', () => {
    expect(reply('Wat is het verschil tussen de speeltuinraad en het Speeltuinfonds?')).toContain('onderhoudsbudget');
    expect(reply('Mag de speeltuinraad uit zichzelf advies geven?')).toContain('ongevraagd');
  });

  it('gives a question about the weather in a known place the out-of-domain decline, not "nothing found"', () => {
    expect(index.ask('Wat is het weer morgen in Zwolle?')).toEqual({ kind: 'none', reason: 'out-of-domain' });
    expect(index.ask('Hoe laat begint de wedstrijd van PEC Zwolle?')).toEqual({ kind: 'none', reason: 'out-of-domain' });
    // The subject is the documents' own: a gap in what they say of that place, not a question about something else.
    expect(index.ask('Wie betaalt de speeltoestellen in Zwolle?')).toEqual({ kind: 'none', reason: 'low-score' });
  });
});

describe('counts a text gives in its own words', () => {
  it('counts "verloop van 1 medewerker" for "hoeveel verloop", and reads "hoeveel geven ... uit" as a verb, not a thing counted', () => {
    expect(lacksWhatIsAsked('Met hoeveel verloop houdt het team rekening?', 'Voor 2025 houden we rekening met verloop van 1 medewerker.')).toBe(false);
    expect(lacksWhatIsAsked('Met hoeveel verloop houdt het team rekening?', 'Voor 2025 houden we rekening met verloop.')).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel geven andere teams uit aan opleiding?', 'In de markt is 2 tot 5% van de loonsom gebruikelijk.')).toBe(false);
  });
});

describe('a duration asked about one thing', () => {
  const answer = 'De secretaris stuurt de agenda binnen twee weken na de vergadering rond. Iedere gemeente kan een bewoner voor de speeltuinraad voordragen.';
  it('is not answered by the weeks of something else in the same article, and is by its own', () => {
    expect(lacksWhatIsAsked('Binnen hoeveel weken moet een gemeente een bewoner voordragen voor de speeltuinraad?', answer)).toBe(true);
    expect(lacksWhatIsAsked('Binnen hoeveel weken stuurt de secretaris de agenda rond?', answer)).toBe(false);
  });
  it('is about the ask that gives the unit, in the words a text uses', () => {
    const meets = 'Het crisisteam komt binnen 6 uur bijeen, ook op zondag.';
    expect(lacksWhatIsAsked('Bij brand, binnen hoeveel uur moet het crisisteam bij elkaar zijn?', meets)).toBe(false);
    expect(lacksWhatIsAsked('De school belt over een vermissing. Welke kleur is dat en binnen hoeveel uur komt het crisisteam bijeen?', meets)).toBe(false);
    expect(lacksWhatIsAsked('Binnen hoeveel uur moet de directeur de burgemeester bellen?', meets)).toBe(true);
  });
});

describe('how long, asked', () => {
  it('is not answered by a text without a length of time, and is by one that gives it in figures or words', () => {
    expect(lacksWhatIsAsked('Hoe lang wordt het storingsregister bewaard?', 'De beheerder houdt het storingsregister bij. In 2028 is dat 0,2 fte.')).toBe(true);
    expect(lacksWhatIsAsked('Hoe lang wordt het storingsregister bewaard?', 'Het storingsregister wordt na zeven jaar vernietigd.')).toBe(false);
    expect(lacksWhatIsAsked('Hoe lang kan ik een melding doen?', 'Een melding wordt gedaan binnen één jaar na het voorval.')).toBe(false);
    expect(lacksWhatIsAsked('Hoe lang blijft de regeling gelden?', 'De regeling geldt voor onbepaalde tijd.')).toBe(false);
    expect(lacksWhatIsAsked('Hoe lang van tevoren komt de agenda?', 'De agenda komt uiterlijk op de vrijdag ervoor.')).toBe(false);
  });
});

describe('when a body meets', () => {
  it('is answered by how often or when that body meets, not by what it does or by another body\'s meetings', () => {
    const terms = (w: string) => [w.toLowerCase()];
    expect(lacksWhatIsAsked('Wanneer vergadert het PFO?', 'Het PFO bespreekt de beleidsinhoud van de regio.')).toBe(true);
    expect(lacksWhatIsAsked('Wanneer vergadert het PFO?', 'Het PFO vergadert zes keer per jaar.')).toBe(false);
    expect(lacksWhatIsAsked('Wanneer vergadert de speeltuinraad?', 'De speeltuinraad vergadert op dinsdagavond.')).toBe(false);
    expect(missesWhatIsAsked('Wanneer vergadert het PFO?', 'Het Bestuurlijk overleg (BO) vergadert minimaal twee keer per jaar.', terms)).toBe(true);
  });
});

describe('who to ask about the state of affairs', () => {
  it('points a question about a provider to the contractmanager, one about a body or meeting to the regiomanager, and others to nobody', () => {
    expect(currentStateContact('Welke aanbieders staan op dit moment onder verscherpt toezicht?')).toBe('contractmanager');
    expect(currentStateContact('Wie is op dit moment voorzitter van het PFO?')).toBe('regiomanager');
    expect(currentStateContact('Hoeveel jongeren wachten nu op jeugdhulp?')).toBeUndefined();
  });
});

/** An invented library rule on members' data: it names kinds of personal data as things handled, not given. */
const BIBLIOTHEEKREGELS = `# Regels ledenadministratie Bibliotheek Voorbeelddorp 2027

### Artikel 3 Bewaren van gegevens
1. De bibliotheek bewaart het adres en de geboortedatum van een lid tot twee jaar na het einde van het lidmaatschap.
2. Het burgerservicenummer van een lid wordt nooit opgeslagen.

### Artikel 4 Contact
De balie beantwoordt vragen van leden op werkdagen van 9.00 tot 17.00 uur, ook via het telefoonnummer op de website.
`;

describe('personal data', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument('bibliotheekregels.md', Buffer.from(BIBLIOTHEEKREGELS))).passages);
  });

  it('answers a rule about handling personal data from the regulation that states it', () => {
    const found = index.ask('Hoe lang mag de bibliotheek de geboortedatum van een lid bewaren?');
    expect(found.kind).toBe('answer');
    expect(found.kind === 'answer' && found.answer).toContain('twee jaar');
    expect(index.ask('Mag de bibliotheek het BSN van een lid opslaan?').kind).toBe('answer');
  });

  it('still declines a request for someone\'s details, also when a document names that kind of data', () => {
    for (const q of [
      'Wat is het adres van dat lid?',
      'Wat is de geboortedatum van het oudste lid van de bibliotheek?',
      'Mag ik het telefoonnummer van de voorzitter hebben?',
      'Mag ik het telefoonnummer van de voorzitter hebben om de stukken te sturen?',
      'Ik moet de stukken versturen. Wat is het adres van dat lid?',
    ])
      expect(index.ask(q)).toEqual({ kind: 'none', reason: 'personal-data' });
  });
});

describe('a tariff asked for', () => {
  it('is answered by a rule that names the tariff by its year or article, not by a text without any', () => {
    const q = 'Tegen welk tarief wordt een vijverbeurt afgerekend die in 2027 begon?';
    expect(lacksWhatIsAsked(q, 'Een vijverbeurt die in 2027 begon, wordt afgerekend tegen het tarief van 2027, verhoogd met 2 procent.')).toBe(false);
    expect(lacksWhatIsAsked(q, 'Later afgesloten beurten worden afgerekend tegen het tarief uit artikel 2.')).toBe(false);
    expect(lacksWhatIsAsked(q, 'De beheerder rekent de vijverbeurt af met de aanbieder.')).toBe(true);
  });
});
