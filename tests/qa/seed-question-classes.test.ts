import { parseDocument } from '../../src/features/qa/ingest.service';
import { builtInDocuments } from '../../src/features/qa/builtin-documents';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { askedKind } from '../../src/features/qa/asked-kind';
import type { Fact, QaResult } from '../../src/features/qa/qa.domain';
import { answerReply } from '../../src/features/qa/qa.routes';
import { WEAK_TERMS, termsOf } from '../../src/features/qa/dutch-text';

// An invented region's working agreement, asked in the plain words users type rather than the document's own.
const WERKWIJZE = `# Werkwijze Jeugdkring Oost

## Start
De Jeugdkring Oost begon in 2019 met een team van circa twaalf medewerkers onder leiding van een coördinator.

## Bijzondere gevallen
Calamiteiten zijn voorvallen die niet kunnen wachten tot de volgende vergadering van het bestuur. Het bestuur heeft daarvoor een spoedprocedure.

## Coördinator
De coördinator bewaakt de tijdigheid en kwaliteit van de vergaderstukken en stuurt het team aan.

## Agenda
Elk jaar kiezen de gemeenten thema's voor de agenda van de Jeugdkring. Denk bijvoorbeeld aan jeugdbescherming of de wachttijden. De thema's worden uitgewerkt zoals vastgelegd in het jaarplan.

## Ontstaan
De Jeugdkring is ontstaan uit de samenvoeging van de organisaties Bureau Oost en Programmateam Jeugd.

## Nieuws
Vanaf 2019 gaat de nieuwe coördinator aan de slag bij de Jeugdkring.

## Oprichting
Op 1 maart 2019 gaat de Jeugdkring van start in Hengelo; de elf gemeenten hebben de oprichting samen betaald, in vier termijnen.

## Escalatie
Bij spoedgevallen escaleert de coördinator direct naar de voorzitter van het bestuur.

## Provincie
De Jeugdkring werkt samen met de provincie en de gemeenten bij spoedgevallen in de jeugdzorg en bij de werving van pleegouders.

## Dagelijks bestuur
Het dagelijks bestuur bestaat uit drie wethouders en de coördinator.

## Opleidingsbudget
Het opleidingsbudget mag niet aan andere kosten worden besteed, tenzij het bestuur anders besluit.

## Financiering
De gemeenten maken elk kwartaal geld over aan de Jeugdkring, volgens de regels van de bijdrageregeling.

## Berichten
Een bericht over de kwaliteit van de zorg wacht tot de ontvanger de app opent.

## Jaarplan
Het bestuur moet instemmen met het jaarplan van de Jeugdkring alvorens over te gaan tot de uitvoering.

## Managersoverleg
Het managersoverleg bewaakt de planning- en controlcyclus en adviseert het bestuur over de begroting.
`;

// A curated summary of the agenda section that leaves out its examples.
const THEMES_FACT: Fact = {
  id: 'agenda-themas',
  questions: ["Welke thema's staan op de agenda van de Jeugdkring?"],
  keywords: ['thema', 'agenda'],
  answer: "De gemeenten kiezen elk jaar thema's voor de agenda van de Jeugdkring; het bestuur stemt ermee in.",
  source: { title: 'Werkwijze Jeugdkring Oost', section: 'Agenda' },
};

describe('seed-style questions in plain words', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    const doc = await parseDocument('werkwijze.md', Buffer.from(WERKWIJZE), new Date('2026-01-01'));
    index = new KnowledgeIndex([THEMES_FACT], doc.passages);
  });
  const answerTo = (q: string) => {
    const r = index.ask(q);
    if (r.kind !== 'answer') throw new Error(`no answer for "${q}": ${r.reason}`);
    return r.answer;
  };

  it('counts the people asked for in a synonym of the word asked ("hoeveel mensen": twaalf medewerkers)', () => {
    expect(answerTo('Met hoeveel mensen begon de Jeugdkring Oost?')).toContain('twaalf medewerkers');
    // A number that counts something else still does not answer.
    expect(index.ask('Met hoeveel gemeenten begon de Jeugdkring Oost?')).toEqual({ kind: 'none', reason: 'low-score' });
  });

  it('reads "wat wordt verstaan onder X" and "wat bedoelen ze met X" as asking what X is', () => {
    for (const q of ['Wat wordt verstaan onder een calamiteit?', 'Wat bedoelen ze met een calamiteit?', 'Wat is de betekenis van calamiteit?']) {
      expect(answerTo(q)).toContain('niet kunnen wachten');
    }
  });

  it('reads "let erop", "houdt in de gaten" and "ziet erop toe" as what documents call "bewaakt"', () => {
    expect(answerTo('Wie let op de kwaliteit van de vergaderstukken?')).toContain('coördinator');
    expect(answerTo('Wie houdt de planning- en controlcyclus in de gaten?')).toContain('managersoverleg');
    expect(answerTo('Wie ziet erop toe dat de kwaliteit van de vergaderstukken goed is?')).toContain('coördinator');
  });

  it('does not let a modifier like "officieel" count as a missed word', () => {
    expect(answerTo('Wanneer is de Jeugdkring officieel begonnen?')).toContain('2019');
  });

  it('declines a meeting still to come, not a situation that cannot wait until the next meeting', () => {
    for (const q of ['Wat staat er op de agenda van het volgende bestuursoverleg?', 'Wanneer is de eerstvolgende vergadering van het bestuur?']) {
      expect(index.ask(q)).toEqual({ kind: 'none', reason: 'current-state' });
    }
    expect(answerTo('Wat doet het bestuur als iets niet kan wachten tot de volgende vergadering?')).toContain('spoedprocedure');
  });

  it('reads "wanneer wordt X gedaan" as asking a moment, "wanneer wordt X niet gedaan" not', () => {
    expect(askedKind('Wanneer wordt de kadernota opgeleverd?')?.('Jaarlijks wordt uiterlijk februari een kadernotitie opgeleverd.')).toBe(true);
    expect(askedKind('Wanneer wordt een klacht niet in behandeling genomen?')).toBeUndefined();
  });

  it('answers "welk voorbeeld ..." and "noem een paar ..." with a text that gives examples, before a summary that does not', () => {
    for (const q of ["Welk voorbeeld van een thema voor de agenda van de Jeugdkring wordt genoemd?", "Noem eens een paar thema's voor de agenda van de Jeugdkring"]) {
      expect(answerTo(q)).toContain('jeugdbescherming');
    }
    // Without examples asked the summary answers; "zoals vastgelegd" gives no example.
    expect(answerTo("Welke thema's staan op de agenda van de Jeugdkring?")).toContain('het bestuur stemt ermee in');
    expect(askedKind('Noem een paar thema\'s')?.('De thema\'s worden uitgewerkt zoals vastgelegd in het jaarplan.')).toBe(false);
  });

  it('reads "welke twee X" as asking the things, not the word "twee", and "aan de slag gaan" as carrying out', () => {
    expect(answerTo('Welke twee organisaties zijn samengevoegd?')).toContain('Bureau Oost');
    expect(answerTo('Wie moet akkoord geven op het jaarplan voordat de Jeugdkring ermee aan de slag gaat?')).toContain('Het bestuur moet instemmen');
  });

  it('answers "vanaf welke datum ... aan de slag gegaan" with the date it started, not a year someone else started', () => {
    expect(answerTo('Vanaf welke datum is de Jeugdkring aan de slag gegaan?')).toContain('1 maart 2019');
  });

  it('reads "hoe werkt X" as asking how X goes, not for a text that says "werkt"', () => {
    expect(answerTo('Hoe werkt het escaleren bij spoedgevallen?')).toContain('escaleert de coördinator');
  });

  it('counts "hoeveel mensen zitten er in X" by any word for its members', () => {
    for (const q of ['Hoeveel mensen zitten er in het dagelijks bestuur?', 'Uit hoeveel personen bestaat het dagelijks bestuur?']) expect(answerTo(q)).toContain('drie wethouders');
  });

  it('reads "hoeveel heeft X betaald" as asking an amount, which a text about paying without one does not give', () => {
    expect(index.ask('Hoeveel hebben de gemeenten betaald voor de oprichting van de Jeugdkring?')).toEqual({ kind: 'none', reason: 'low-score' });
  });

  it('reads "geldt er voor" as the verb (to apply), not as money', () => {
    for (const q of ['Wat geldt er voor het opleidingsbudget?', 'Wat gold er voor het opleidingsbudget?']) expect(answerTo(q)).toContain('tenzij het bestuur');
  });

  it('does not read a name no document uses as the Dutch word it looks like ("bij Karakter" is no "kwaliteit")', () => {
    expect(index.ask('Wat is de wachttijd bij Karakter?')).toEqual({ kind: 'none', reason: 'low-score' });
  });

  it('declines where someone lives as personal data', () => {
    for (const q of ['Waar woont de coördinator?', 'Wat is de woonplaats van de coördinator?']) expect(index.ask(q)).toEqual({ kind: 'none', reason: 'personal-data' });
  });
});

describe('who holds a role now', () => {
  const result: QaResult = {
    kind: 'answer',
    answer: 'Bij de start in 2019 was wethouder Jansen voorzitter van het bestuur.',
    source: { title: 'Werkwijze Jeugdkring Oost', section: 'Start' },
    passageRef: { kind: 'passage', title: 'Werkwijze Jeugdkring Oost', position: 1 },
    confidence: 1,
  };

  it('says the documents do not tell who it is today before what they do say', () => {
    for (const q of ['Wie is de huidige voorzitter van het bestuur?', 'Welke wethouder is voorzitter van het bestuur?']) {
      const text = answerReply(q, result).text!;
      expect(text).toMatch(/^Wie dat op dit moment is, staat niet in de documenten/);
      expect(text).toContain('wethouder Jansen');
      expect(text).toContain('Bron: Werkwijze Jeugdkring Oost');
    }
  });

  it('answers a question about a past or a role without that caveat', () => {
    for (const q of ['Wie was in 2019 voorzitter van het bestuur?', 'Wie is voorzitter van het bestuur?']) expect(answerReply(q, result).text).toMatch(/^Bij de start/);
  });
});

describe('a question after a year', () => {
  it('is answered by the text that gives a year, not by a newer text as good that gives none', async () => {
    const older = await parseDocument('persbericht.md', Buffer.from('# Persbericht Jeugdkring\n\n## Visie\nDe gemeenten hebben in 2016 samen een visie op de jeugdhulp opgesteld.\n'), new Date('2026-01-01'));
    const newer = await parseDocument('regiovisie.md', Buffer.from('# Regiovisie Oost\n\n## Aanpak\nDoor de gemeenten wordt samen met de aanbieders een visie op de jeugdhulp opgesteld.\n'), new Date('2026-02-01'));
    const index = new KnowledgeIndex([], [...older.passages, ...newer.passages]);
    const r = index.ask('In welk jaar hebben de gemeenten samen hun visie op de jeugdhulp opgesteld?');
    expect(r.kind === 'answer' && r.answer).toContain('2016');
  });
});

describe('modal verbs in the past tense', () => {
  it('are no words to find: "wat moest er gebeuren voordat X mocht ..." asks what X needed', async () => {
    const doc = await parseDocument('oprichting.md', Buffer.from('# Oprichting Jeugdkring\n\n## Besluitvorming\nOm als Jeugdkring te kunnen werken moeten alle gemeenteraden ingestemd hebben met de regeling.\n\n## Huisvesting\nDe Jeugdkring werkt sinds 2019 in het stadhuis van Hengelo.\n'), new Date('2026-01-01'));
    const index = new KnowledgeIndex([], doc.passages);
    const r = index.ask('Wat moest er gebeuren voordat de gemeenten als Jeugdkring mochten werken?');
    expect(r.kind === 'answer' && r.answer).toContain('gemeenteraden ingestemd');
  });
});

describe('"sinds wanneer" and "vanaf wanneer"', () => {
  it('are answered by the sentence that gives the year, not by a text about a start or about working since', async () => {
    const doc = await parseDocument('kadernota-oost.md', Buffer.from('# Kadernota Oost\n\n## Start\nDe Jeugdkring Oost werkt sinds 2019 met de gemeenten samen en is toen ook gestart.\n\n## Inkoop\nIn Oost is in 2022 het nieuwe inkoopmodel ingevoerd. Het beheer van de contracten doen we met de gemeenten.\n'), new Date('2026-01-01'));
    const index = new KnowledgeIndex([], doc.passages);
    for (const q of ['Sinds wanneer werkt Oost met het nieuwe inkoopmodel?', 'Vanaf wanneer werkt Oost met het nieuwe inkoopmodel?']) {
      const r = index.ask(q);
      expect(r.kind === 'answer' && r.answer).toContain('in 2022 het nieuwe inkoopmodel');
    }
  });
});

describe('a "hoe" question naming a section heading of the user guide', () => {
  it('is answered from the guide, which tells how the bot\'s process goes, before a document that uses the same words', async () => {
    const guide = (await builtInDocuments()).flatMap((d) => d.passages);
    const doc = await parseDocument('agenda-oost.md', Buffer.from("# Agenda Oost\n\n## Thema's\nElk jaar is er een ronde waarin de gemeenten thema's voor de regioagenda aandragen; het bestuur beslist erover.\n"), new Date('2026-01-01'));
    const index = new KnowledgeIndex([], [...doc.passages, ...guide]);
    for (const q of ['Hoe werkt de ronde voor de regioagenda?', 'Wat is de ronde voor de regioagenda?']) {
      const r = index.ask(q);
      expect(r.kind === 'answer' && r.source.title).toBe('Handleiding RSJ Governance-assistent');
    }
    // Not every question with a heading's words: one that asks what the document says stays with the document.
    const other = index.ask("Wie beslist over de thema's van de regioagenda?");
    expect(other.kind === 'answer' && other.source.title).toBe('Agenda Oost');
  });
});

describe('"waarom" and "waarvoor"', () => {
  it('are answered by a text that gives the reason, before a curated summary as good that leaves it out', async () => {
    const doc = await parseDocument('norm-oost.md', Buffer.from('# Norm Oost\n\n## Norm\nOm te laten zien dat er geen nieuwe wetten nodig zijn, is in 2021 de Norm Oost door de gemeenten aangenomen.\n\n## Schil\nHet team heeft vaste medewerkers. De flexibele schil is bedoeld voor tijdelijke extra inhuur.\n'), new Date('2026-01-01'));
    const facts: Fact[] = [
      { id: 'norm', questions: ['Wat is de Norm Oost?'], keywords: ['norm oost'], answer: 'De Norm Oost is in 2021 door de gemeenten aangenomen; daarmee leggen zij hun samenwerking vast.', source: { title: 'Norm Oost', section: 'Norm' } },
      { id: 'schil', questions: ['Wat is de flexibele schil?'], keywords: ['flexibele schil'], answer: 'Naast het vaste team heeft Oost een flexibele schil van projectmedewerkers en adviseurs.', source: { title: 'Norm Oost', section: 'Schil' } },
    ];
    const index = new KnowledgeIndex(facts, doc.passages);
    const answer = (q: string) => { const r = index.ask(q); return r.kind === 'answer' ? r.answer : r.reason; };
    expect(answer('Waarom is de Norm Oost aangenomen?')).toContain('geen nieuwe wetten');
    expect(answer('Waarvoor heeft Oost een flexibele schil?')).toContain('tijdelijke extra inhuur');
    // Without a reason asked, the summary answers.
    expect(answer('Wanneer is de Norm Oost aangenomen?')).toContain('daarmee leggen zij');
  });
});

describe('"hoeveel extra geld"', () => {
  it('asks an amount of money: "extra" is not the thing counted, nor a word a text must say ("extra tijd" of recruiting)', async () => {
    const doc = await parseDocument('kadernota-west.md', Buffer.from("# Kadernota West\n\n## Regioagenda\nOok in 2025 geven we een vervolg aan het terugdringen van de wachttijden. Voor beide thema's geldt dat de monitoring erop gericht is.\n\n## Werving\nWervingskosten: € 15.000. De werving van medewerkers vraagt in 2025 extra tijd en middelen.\n"), new Date('2026-01-01'));
    const fact: Fact = {
      id: 'aanpak-wachttijden', questions: ['Wat is de aanpak wachttijden?', 'Hoeveel geld is er voor de aanpak wachttijden?'], keywords: ['aanpak wachttijden', 'wachttijden', 'werkbudget'],
      answer: 'De aanpak wachttijden is een thema van de regioagenda. Voor 2025 is daarvoor eenmalig € 80.000 werkbudget geraamd.', source: { title: 'Kadernota West', section: 'Regioagenda' },
    };
    const index = new KnowledgeIndex([fact], doc.passages);
    const r = index.ask('Hoeveel extra geld is er in 2025 nodig voor het terugdringen van de wachttijden?');
    expect(r.kind === 'answer' && r.answer).toContain('€ 80.000');
  });
  it('reads "extra" as a modifier like "nieuwe" (a weak word), and "geldt" as the verb, never as money', () => {
    expect(WEAK_TERMS.has(termsOf('extra')[0])).toBe(true);
    expect(termsOf('geldt')).not.toContain(termsOf('geld')[0]);
  });
});

describe('"waar dient X voor?"', () => {
  it('is "waarvoor dient X?" split around its subject: the stranded "voor" is no word to find (it read as "vooraf")', async () => {
    const doc = await parseDocument('beheer-west.md', Buffer.from('# Beheer West\n\n## Beheersplan\nHet beheersplan is er om de kosten van de zorg te beheersen en risico\'s tijdig te signaleren.\n\n## Stukken\nDe stukken worden vooraf aan de leden gestuurd.\n'), new Date('2026-01-01'));
    const index = new KnowledgeIndex([], doc.passages);
    for (const q of ['Waar dient het beheersplan voor?', 'Waar is het beheersplan voor bedoeld?']) {
      const r = index.ask(q);
      expect(r.kind === 'answer' && r.answer).toContain('te beheersen');
    }
  });
});
