import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { lacksWhatIsAsked } from '../../src/features/qa/declines';

/** An invented regulation: the questions below ask about it in other words than its own. */
const REGLEMENT = `# Reglement Speeltuinraad Voorbeelddorp 2026

### Artikel 1 Taken
1. De speeltuinraad adviseert het Ambtelijk overleg over de inrichting van de speeltuinen. De leden van het Ambtelijk overleg ontvangen elk advies binnen een week.
3. Het Ambtelijk overleg stelt de regels voor het gebruik van de speeltuinen vast.
2. Elke aanvraag voor een nieuw speeltoestel krijgt een dossiernummer.

### Artikel 2 Aanvragen
1. Een bewoner dient een aanvraag voor een speeltoestel in bij de secretaris.
2. Een aanvraag die na 1 maart binnenkomt, wordt in het volgende jaar behandeld.
3. De speeltuinraad kan twee aanvragen voor dezelfde speeltuin samenvoegen.

### Artikel 3 Volgorde
1. De speeltuinraad stelt jaarlijks een rangorde van de aanvragen vast.
2. De wethouder kan de rangorde wijzigen als de begroting daartoe dwingt.

### Artikel 4 Toezicht
Een speeltoestel dat twee keer achter elkaar wordt afgekeurd, wordt verwijderd.

### Artikel 5 Wijkraad
De secretaris van de speeltuinraad woont de vergaderingen van de wijkraad bij als adviseur.

### Artikel 6 Dorpsraad
De secretaris van de speeltuinraad woont de vergaderingen van de dorpsraad bij als toehoorder.
`;

describe('the answer gate: paraphrases answered, near misses declined', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument('speeltuin.md', Buffer.from(REGLEMENT))).passages);
  });
  const reply = (q: string) => {
    const r = index.ask(q);
    return r.kind === 'answer' ? r.answer : `(${r.reason})`;
  };

  it('answers a question whose plain words ("bij elkaar voegen", "omgooien") the text never uses', () => {
    // Each covers less than MIN_COVERAGE when a never-used word weighs double: they were declined.
    expect(reply('Mag de speeltuinraad twee aanvragen bij elkaar voegen?')).toContain('samenvoegen');
    expect(reply('Wie kan de volgorde van de aanvragen omgooien?')).toContain('wethouder');
  });

  it('declines a question about a name the text does not have, however well the rest matches', () => {
    expect(reply('Wat is het dossiernummer van de aanvraag van Zonnedauw?')).toBe('(low-score)');
  });

  it('declines a superlative the text does not rank', () => {
    expect(reply('Welke speeltuin kreeg de meeste aanvragen?')).toBe('(low-score)');
  });

  it('declines a paraphrase that two passages answer equally well: its words point at neither', () => {
    // Both articles say "secretaris" and "speeltuinraad"; neither says anything about voting.
    expect(reply('Mag de secretaris van de speeltuinraad meestemmen?')).toBe('(low-score)');
  });

  it('declines when the text matches only who the question is about, not what it asks', () => {
    // "regelt" only meets "regels" through a shorter form; the catering is nowhere.
    expect(reply('Wie regelt de catering bij het Ambtelijk overleg?')).toBe('(low-score)');
    expect(reply('Krijgen leden van het ambtelijk overleg een reiskostenvergoeding?')).toBe('(low-score)');
  });
});

describe('"welke leeftijd": a kind of figure, which a text gives as the figure', () => {
  it('answers the age from "vanaf 16 jaar", though the text never says "leeftijd"', async () => {
    const text = '# Reglement Jeugdraad 2027\n\n### Artikel 1 Lidmaatschap\n1. Een inwoner vanaf 16 jaar kan zich zelf aanmelden als lid van de jeugdraad.\n2. De jeugdraad vergadert vier keer per jaar.\n';
    const index = new KnowledgeIndex([], (await parseDocument('jeugdraad.md', Buffer.from(text))).passages);
    const result = index.ask('Vanaf welke leeftijd mag een inwoner zich zelf aanmelden als lid van de jeugdraad?');
    expect(result.kind === 'answer' && result.answer).toMatch(/vanaf 16 jaar/);
  });

  it('is the only kind of figure let through: "welke omvang" a text never names is not answered by a sentence without the figure', async () => {
    const text = '# Reglement Jeugdraad 2027\n\n### Artikel 1 Taken\n1. De jeugdraad stelt jaarlijks de begroting voor de jongerenprojecten vast.\n2. De jeugdraad adviseert de wethouder over nieuwe projecten.\n';
    const index = new KnowledgeIndex([], (await parseDocument('jeugdraad.md', Buffer.from(text))).passages);
    expect(index.ask('Welke omvang heeft de begroting van de jeugdraad?').kind).toBe('none');
    expect(index.ask('Welke lengte heeft de begroting van de jeugdraad?').kind).toBe('none');
  });
});

describe('"wie zorgt voor X": who is responsible for X', () => {
  const text = `# Reglement Speeltuinraad Voorbeelddorp 2027

### Artikel 1 Voorzitter
De voorzitter zorgt voor een goede orde in de speeltuinraad en stelt na elk punt van de agenda vast wat is besloten.

### Artikel 2 Secretaris
De secretaris is verantwoordelijk voor de agenda en de vergaderstukken van de speeltuinraad en verstuurt ze een week voor de vergadering.

### Artikel 3 Vergaderingen
De speeltuinraad vergadert vier keer per jaar in het dorpshuis.
`;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument('speeltuinraad.md', Buffer.from(text))).passages);
  });
  const answer = (q: string) => {
    const result = index.ask(q);
    return result.kind === 'answer' ? result.answer : '(declined)';
  };

  it('is answered by the text that says who is responsible, not by one that "zorgt voor" something else', () => {
    expect(answer('Wie zorgt voor de agenda en de vergaderstukken van de speeltuinraad?')).toMatch(/^De secretaris is verantwoordelijk/);
    expect(answer('Wie zorgt voor de agenda van de speeltuinraad?')).toMatch(/^De secretaris is verantwoordelijk/);
  });

  it('does not count "zorgt" as a word of the topic: a thing no text names is not answered by a text that "zorgt voor"', () => {
    expect(answer('Wie zorgt voor de koffie bij de speeltuinraad?')).toBe('(declined)');
  });
});

describe('"hoeveel X" answered by a share of X', () => {
  it('takes a share of the things counted for their count ("twee derde van de stemmen", "de helft van de leden")', () => {
    expect(lacksWhatIsAsked('Hoeveel stemmen zijn nodig voor een besluit?', 'Een besluit vraagt twee derde van de uitgebrachte stemmen.')).toBe(false);
    expect(lacksWhatIsAsked('Hoeveel leden moeten er zijn?', 'De raad beslist als ten minste de helft van de leden aanwezig is.')).toBe(false);
    // A share of something else counts nothing asked.
    expect(lacksWhatIsAsked('Hoeveel stemmen zijn nodig voor een besluit?', 'Twee derde van het budget gaat naar speeltoestellen.')).toBe(true);
  });
});

describe('"hoeveel X" answered by a threshold ("25 of meer X")', () => {
  it('counts X in "N of meer X" and "N of minder X"', () => {
    const q = 'Bij hoeveel jeugdigen moet een zaak naar de kleine commissie?';
    expect(lacksWhatIsAsked(q, 'De regiomanager legt een zaak voor zodra de continuïteit van zorg in gevaar is voor 25 of meer jeugdigen.')).toBe(false);
    expect(lacksWhatIsAsked(q, 'Een zaak gaat naar de commissie bij vijf of minder jeugdigen per aanbieder.')).toBe(false);
    // Still no count of X: "een of meer van de volgende situaties" counts situations, weeks are no jeugdigen.
    expect(lacksWhatIsAsked(q, 'De regiomanager legt een zaak voor zodra een of meer van de volgende situaties zich voordoen.')).toBe(true);
    expect(lacksWhatIsAsked(q, 'Er geldt een maximum van twaalf of meer weken per jeugdige.')).toBe(true);
  });
});
