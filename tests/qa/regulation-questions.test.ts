import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { definitionLine, definitionTerms } from '../../src/features/qa/definitions';
import { withoutIdioms } from '../../src/features/qa/question-frames';
import { shortNamesIn } from '../../src/features/qa/short-names';
import { namedDocument } from '../../src/features/qa/named-document';
import { isExplanation } from '../../src/features/qa/explanations';

/** A small regulation of an invented region: articles with leden, a definitions list and an explanation. */
const REGLEMENT = `# Reglement Vijvercommissie Testland 2026

## Hoofdstuk 1 Algemeen

### Artikel 1 Begrippen
In dit reglement wordt verstaan onder:
a. commissie: de Vijvercommissie van de gemeenten Bergdorp en Meerstad;
b. advies: een schriftelijk oordeel van de commissie over een vijverplan;
c. zienswijze: een mondelinge of schriftelijke reactie van een bewoner op een vijverplan;
d. werkdag: iedere dag behalve zaterdag, zondag en een erkende feestdag.

### Artikel 2 Bevoegdheden van de secretaris
1. De secretaris doet namens de commissie uitgaven tot ten hoogste € 40.000 per vijverplan.
2. Contracten met hoveniers worden ondertekend door de voorzitter van de commissie.

### Artikel 3 Vergaderingen
1. De commissie vergadert ten minste vier keer per jaar.
2. De agenda wordt uiterlijk zeven werkdagen voor de vergadering aan de leden gezonden.

### Artikel 4 Vervanging
Is de voorzitter afwezig, dan wordt hij vervangen door de vicevoorzitter.

### Artikel 5 Spoed
Kan een besluit niet wachten, dan neemt de voorzitter een spoedbesluit en meldt hij dat in de volgende vergadering.

### Artikel 5a Evaluatie
De gemeenten evalueren de commissie elke twee jaar. Ook het jaarverslag van de commissie komt dan aan de orde.

### Artikel 5b Verslagen
De secretaris maakt van iedere vergadering een verslag. De verslagen worden na tien jaar vernietigd.

### Artikel 5c Verantwoording
1. De commissie stelt ieder jaar een verslag op met het aantal uitgebrachte adviezen.
2. Dat verslag wordt vóór 1 mei aan de gemeenten gezonden.

### Artikel 6 Inwerkingtreding
Dit reglement treedt in werking op 1 juni 2026.

## Hoofdstuk 2 Soorten vijvers

### 2.1 Siervijver
Een siervijver ligt in een park en heeft geen vissen. De gemeente maait de oever twee keer per jaar.

### 2.2 Visvijver
Een visvijver wordt verhuurd aan een hengelclub.

## Toelichting

### Algemene toelichting
De secretaris mocht vroeger tot € 25.000 zelf uitgaven doen voor een vijverplan. Omdat vijverplannen duurder zijn geworden, mag de secretaris nu meer uitgeven zonder dat de commissie eerst vergadert; zo blijven kleine uitgaven voor vijverplannen snel geregeld.
De commissie is in 2025 opgericht omdat de gemeenten hun vijvers samen willen beheren.
`;

describe('questions about a regulation', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    const doc = await parseDocument('reglement.md', Buffer.from(REGLEMENT));
    index = new KnowledgeIndex([], doc.passages);
  });

  const answer = (q: string) => {
    const r = index.ask(q);
    if (r.kind !== 'answer') throw new Error(`no answer for "${q}": ${r.reason}`);
    return r;
  };

  it('answers from the article that states the rule, not from its explanation in the toelichting', () => {
    const r = answer('Tot welk bedrag mag de secretaris zelf uitgaven doen voor een vijverplan, zonder vergadering?');
    expect(r.answer).toContain('40.000');
    expect(r.answer).not.toContain('25.000');
    expect(r.source.section).toMatch(/^Artikel 2/);
  });

  it('answers a question after a sentence about the asker\'s situation, whose words and figures the rule does not repeat', () => {
    expect(answer('Ik woon in Meerstad al 12 jaar naast een siervijver waar de kinderen graag spelen. Hoe vaak maait de gemeente de oever?').answer).toContain('twee keer per jaar');
    const r = answer('Wij hebben een vijverplan van 30.000 euro klaarliggen en de commissie vergadert pas over twee maanden. Mag de secretaris de uitgave zelf doen?');
    expect(r.answer).toContain('40.000');
    expect(r.source.section).toMatch(/^Artikel 2/);
  });

  it('answers "waarom" from the explanation', () => {
    expect(answer('Waarom mag de secretaris meer uitgeven voor vijverplannen?').source.section).toBe('Algemene toelichting');
  });

  it('answers what a term means from the definitions list, one line per term asked', () => {
    const r = answer('Wat is het verschil tussen een advies en een zienswijze?');
    expect(r.answer.split('\n')).toEqual([
      'Advies: een schriftelijk oordeel van de commissie over een vijverplan;',
      'Zienswijze: een mondelinge of schriftelijke reactie van een bewoner op een vijverplan;',
    ]);
    expect(r.source.section).toBe('Artikel 1 Begrippen');
    expect(answer('Wat wordt verstaan onder een werkdag?').answer).toContain('zaterdag');
  });

  it('reads "per wanneer geldt" as the date of entry into force', () => {
    expect(answer('Per wanneer geldt het reglement van de vijvercommissie?').answer).toContain('1 juni 2026');
  });

  it('reads "hoe lang van tevoren" as a deadline stated with "uiterlijk ... voor"', () => {
    expect(answer('Hoe lang van tevoren krijgen de leden de agenda?').answer).toContain('zeven werkdagen');
  });

  it('puts a separable verb back together, also when the verb itself is too common to search ("neemt ... over")', () => {
    expect(answer('Wie neemt de taken van de voorzitter van de commissie over?').answer).toContain('vicevoorzitter');
  });

  it('counts a synonym of a domain subject for the domain ("overeenkomst" is a contract), not a money word', () => {
    expect(answer('Wie ondertekent een overeenkomst met een hovenier?').answer).toContain('voorzitter');
    expect(index.ask('Hoeveel euro is een pizza?')).toEqual({ kind: 'none', reason: 'out-of-domain' });
  });

  it('lists the sections under a chapter that names what is asked ("welke soorten ... zijn er")', () => {
    const r = answer('Welke soorten vijvers zijn er volgens de commissie?');
    expect(r.answer.split('\n')).toEqual([
      '- Siervijver – Een siervijver ligt in een park en heeft geen vissen.',
      '- Visvijver – Een visvijver wordt verhuurd aan een hengelclub.',
    ]);
    expect(r.source.section).toBe('Hoofdstuk 2 Soorten vijvers');
  });

  it('reads "elke twee jaar" as a frequency', () => {
    expect(answer('Hoe vaak wordt de commissie geëvalueerd?').answer).toContain('elke twee jaar');
  });

  it('answers how long something is kept from the rule that says when it is destroyed', () => {
    expect(answer('Hoe lang worden de verslagen van de commissie bewaard?').answer).toContain('tien jaar');
  });

  it('declines a count of something the text mentions but never counts', () => {
    expect(index.ask('Hoeveel spoedbesluiten heeft de commissie in 2025 genomen?').kind).toBe('none');
    // A date or the number of a lid is no count.
    expect(index.ask('Hoeveel adviezen heeft de commissie vorig jaar uitgebracht?').kind).toBe('none');
  });
});

describe('reading definitions and idioms', () => {
  it('finds the terms a definition question asks for', () => {
    expect(definitionTerms('Wat is het verschil tussen mandaat en volmacht?')).toEqual(['mandaat', 'volmacht']);
    expect(definitionTerms('Wat wordt in dit reglement verstaan onder een werkdag?')).toEqual(['werkdag']);
    expect(definitionTerms('Hoe vaak vergadert de commissie?')).toEqual([]);
  });

  it('matches a defined term by its word forms, with or without a list marker', () => {
    expect(definitionLine('1. Mandaten: de bevoegdheden ...\n2. Volmacht: ...', 'mandaat')).toBe('Mandaten: de bevoegdheden ...');
    expect(definitionLine('Het mandaat geldt voor: contracten.', 'mandaat')).toBeUndefined();
  });

  it('rewrites idioms into the words documents use, leaving other questions alone', () => {
    expect(withoutIdioms('Vanaf wanneer gaat de regeling in?')).toBe('inwerkingtreding de regeling in?');
    expect(withoutIdioms('Hoeveel dagen van tevoren komt de agenda?')).toBe('uiterlijk komt de agenda?');
    expect(withoutIdioms('Sinds wanneer bestaat RSJ?')).toBe('in welk jaar bestaat RSJ?');
    expect(withoutIdioms('Hoe vaak komt het PFO bij elkaar?')).toBe('Hoe vaak komt het PFO bijeen?');
    expect(withoutIdioms('Besluiten boven 50.000 euro, boven de begroting')).toBe('Besluiten meer dan 50.000 euro, boven de begroting');
    expect(withoutIdioms('Tot wanneer kan ik iets aanmelden? Tot wanneer loopt het?')).toBe('uiterlijk kan ik iets aanmelden? Tot wanneer loopt het?');
    expect(withoutIdioms('Hoe lang wordt een dossier bewaard?')).toBe('hoelang wordt een dossier bewaard?');
    expect(withoutIdioms('Hoe lang is de wachttijd?')).toBe('Hoe lang is de wachttijd?');
    expect(withoutIdioms('Mag de commissie zelf de knoop doorhakken?')).toBe('Mag de commissie zelf besluiten?');
    expect(withoutIdioms('Hoeveel tijd zit er tussen de agenda en de vergadering?')).toBe('hoelang de agenda en de vergadering?');
    expect(withoutIdioms('Hoe snel laat het RSJ weten dat mijn klacht binnen is?')).toBe('binnen informeert het RSJ dat mijn klacht ontvangen?');
    expect(withoutIdioms('Waar kan ik dan terecht met een klacht?')).toBe('Waar kan ik wenden met een klacht?');
    expect(withoutIdioms('Wanneer komt de commissie in actie bij een escalatie?')).toBe('Wanneer komt de commissie bij een escalatie?');
    expect(withoutIdioms('Mag hij meepraten als hij in de raad van toezicht zit?')).toBe('Mag hij meepraten als hij toezichthouder zit?');
    expect(withoutIdioms('Wat gebeurt er bij een gelijk aantal stemmen voor en tegen?')).toBe('Wat gebeurt er bij staken de stemmen?');
    expect(withoutIdioms('Kan hij iemand anders sturen als hij niet kan komen?')).toBe('Kan hij zich laten vervangen als hij verhinderd is?');
    expect(withoutIdioms('Waar vergadert het PFO?')).toBe('op welke locatie vergadert het PFO?');
    expect(withoutIdioms('Hoe lang duurt het voordat de commissie advies geeft?')).toBe('binnen welke termijn de commissie advies geeft?');
    expect(withoutIdioms('Kan de commissie meer tijd nemen?')).toBe('Kan de commissie de termijn verlengen?');
  });
});

describe('short names a regulation gives a named body', () => {
  const REGLEMENT_KORT = `# Reglement werkgroep vijvers

### Artikel 1 Begrippen
In dit reglement wordt verstaan onder:
a. bestuur: het Bestuurlijk overleg van de gemeenschappelijke regeling;
b. manager: de leidinggevende van het RSJ.

### Artikel 2 Vergaderingen
Het bestuur bespreekt de vijverplannen zes keer per jaar.
`;

  it('reads the definitions: a short name for a body, not a body mentioned later in a definition', () => {
    const names = shortNamesIn(['a. bestuur: het Bestuurlijk overleg van de regeling;\nb. manager: de leidinggevende van het RSJ.'], (w) => [w]);
    expect([...names]).toEqual([['#bo', ['bestuur']]]);
    // A generic head ("de medewerker die ...") names no role: it is no short name of every term defined with it.
    const roles = shortNamesIn(['1. Budgethouder: de medewerker die een budget beheert.\n2. Controller: de medewerker die toetst.\n3. Gemandateerde: de regiomanager, of zijn vervanger.'], (w) => [w]);
    expect([...roles]).toEqual([['regiomanager', ['gemandateerde']]]);
  });

  it('answers a question about the BO from articles that call it by its short name', async () => {
    const doc = await parseDocument('kort.md', Buffer.from(REGLEMENT_KORT));
    const r = new KnowledgeIndex([], doc.passages).ask('Hoe vaak bespreekt het BO de vijverplannen?');
    expect(r.kind === 'answer' && r.answer).toContain('zes keer');
  });
});

describe("another party's term", () => {
  const REGELING = `# Regeling meldingen vijverbeheer

### Artikel 1 Meldingen
1. Een klacht over een aanbieder gaat naar de secretaris. De secretaris meldt de klacht binnen vijf werkdagen aan de commissie.
2. De commissie bespreekt de klacht in haar volgende vergadering.
`;

  it('declines a term asked for one party that the document only sets for another', async () => {
    const doc = await parseDocument('meldingen.md', Buffer.from(REGELING));
    const index = new KnowledgeIndex([], doc.passages);
    expect(index.ask('Binnen hoeveel werkdagen moet een aanbieder een klacht melden?').kind).toBe('none');
    const r = index.ask('Binnen hoeveel werkdagen moet de secretaris een klacht melden?');
    expect(r.kind === 'answer' && r.answer).toContain('vijf werkdagen');
  });

});

describe('what a body does', () => {
  const REGLEMENT_WERKGROEP = `# Reglement werkgroep vijvers

### Artikel 1 Taken
De werkgroep heeft de volgende taken:
a. het beoordelen van vijverplannen;
b. het adviseren van de gemeenten.

### Artikel 2 Positie
1. De werkgroep is geen formeel orgaan van de gemeenten en neemt geen besluiten.
2. De werkgroep kan wel besluiten over de volgorde waarin zij vijverplannen beoordeelt.
`;

  it('answers "wat doet X" from the article that lists its tasks', async () => {
    const doc = await parseDocument('werkgroep.md', Buffer.from(REGLEMENT_WERKGROEP));
    const r = new KnowledgeIndex([], doc.passages).ask('Wat doet de werkgroep allemaal?');
    expect(r.kind === 'answer' && r.source.section).toBe('Artikel 1 Taken');
  });
});

describe('a question that names its document', () => {
  const terms = (w: string) => [w];
  const titles = ['Reglement van orde PFO', 'Klachtenregeling 2026', 'Kadernota 2025'];

  it('finds the one title the phrase names', () => {
    expect(namedDocument('Hoe vaak vergadert het PFO volgens het reglement van orde?', titles, terms)).toEqual({ phrase: 'reglement van orde', title: 'Reglement van orde PFO' });
    expect(namedDocument('Wat staat er in de klachtenregeling over termijnen?', titles, terms)).toBeUndefined();
    expect(namedDocument('Hoeveel jeugdigen hadden jeugdhulp in de regio?', [...titles, 'Monitor regio'], terms)).toBeUndefined();
    expect(namedDocument('Wat zegt men in het reglement?', [...titles, 'Reglement kleine commissie'], terms)).toBeUndefined();
    expect(namedDocument('Welke overleggen zijn er in de governance?', [...titles, 'Organisatie en governance structuur'], terms)).toBeUndefined();
  });
});

describe('the considerans before the first article', () => {
  it('is an explanation, as a toelichting is', () => {
    const passage = (text: string, section = '') => ({ title: 'Mandaatregeling', section, text });
    expect(isExplanation(passage('Besluit van het bestuur.\n\nHet Bestuurlijk overleg overweegt dat snelle besluiten nodig zijn.'))).toBe(true);
    expect(isExplanation(passage('Overwegende dat de gemeenten samenwerken;'))).toBe(true);
    expect(isExplanation(passage('Het bestuur besluit over de begroting.'))).toBe(false);
    expect(isExplanation(passage('Het Bestuurlijk overleg overweegt een voorstel.', 'Artikel 3 Vergaderingen'))).toBe(false);
  });
});

describe('the people a document is about, in the words of another', () => {
  const PLAN = `# Jaarplan Buurtteam Testland 2026

## Artikel 1 Begeleiding
1. Het buurtteam begeleidt ieder jaar ten hoogste 40 jongeren met een licht hulpverleningstraject.
2. Een jongere die ouder is dan 23 jaar wordt doorverwezen naar de volwassenenzorg.

## Artikel 2 Vergaderingen
Het buurtteam vergadert zes keer per jaar met de wijkagent.
`;

  it('counts "jongeren" in a text as the "kinderen" and "jeugdigen" a question asks about', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('plan.md', Buffer.from(PLAN))).passages);
    for (const q of ['Hoeveel kinderen begeleidt het buurtteam per jaar?', 'Hoeveel jeugdigen kan het buurtteam per jaar begeleiden?']) {
      const r = index.ask(q);
      expect(r.kind === 'answer' && r.answer).toContain('40 jongeren');
    }
  });
});
