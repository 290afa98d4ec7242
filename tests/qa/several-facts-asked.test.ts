import { answersFromDocument } from '../helpers/knowledge-from-markdown';
import { answerPerAsk } from '../../src/features/qa/answer-per-ask';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { twoAsks } from '../../src/features/qa/question-setup';
import { WANTS_LIST } from '../../src/features/qa/list-questions';
import { withoutIdioms } from '../../src/features/qa/question-frames';

// An invented sports club regulation (not an evaluation document): what is available for the youth teams, one lid
// per kind of means, and an article about a body and who sits in it.
const JEUGDREGLEMENT = `# Jeugdreglement Hockeyclub De Voorbeeldvogels 2030

### Artikel 1 Begripsbepalingen
In dit reglement wordt verstaan onder:
a. jeugdcommissie: de commissie die namens het bestuur de jeugdafdeling leidt;
b. trainer: een door de technische commissie aangewezen trainer van een jeugdteam.

### Artikel 6 Trainingstijd en materiaal
1. Voor de training van de jeugdteams is in het seizoen 2030 binnen het veldrooster van de vereniging 42 uur veldtijd per week beschikbaar.
2. Voor de jeugdteams is in de clubbegroting 2030 een materiaalbudget opgenomen van ten hoogste € 12.500, te verdelen over de teams.
3. Past de aanschaf van doelen niet binnen het tweede lid, dan beslist de algemene ledenvergadering, waarbij de contributie van de leden volgt uit de verdeelsleutel van het huishoudelijk reglement.
4. De technische commissie verdeelt de veldtijd over de teams, met voorrang voor de teams die in de hoogste klasse spelen.

### Artikel 9 Bezwaar tegen een teamindeling
1. Een ouder kan binnen vijf dagen na de bekendmaking van de teamindeling een gemotiveerd bezwaar indienen bij de jeugdcommissie.
2. De jeugdcommissie legt het bezwaar voor aan een bezwaarcommissie, bestaande uit de voorzitter van de technische commissie en twee leden van het bestuur die geen kind in het betrokken team hebben.
3. De bezwaarcommissie beslist binnen tien dagen na ontvangst van het bezwaar.
`;

describe('two facts asked together that sit in different leden of one article', () => {
  const answer = answersFromDocument(JEUGDREGLEMENT, 'jeugdreglement.md');

  it('are both given, with the article', () => {
    const text = answer('hoeveel uur veldtijd en hoeveel materiaalbudget zijn er in 2030 beschikbaar voor de jeugdteams');
    expect(text).toContain('42 uur veldtijd');
    expect(text).toContain('€ 12.500');
  });
});

// An invented housing association regulation: an escalation ladder, its steps lettered under one lid.
const KLACHTENREGLEMENT = `# Reglement klachtbehandeling Woonstichting Voorbeeldhaven 2030

### Artikel 1 Begripsbepalingen
In dit reglement wordt verstaan onder:
a. huurder: degene die met de woonstichting een huurovereenkomst heeft gesloten;
b. wijkbeheerder: de medewerker van de woonstichting die belast is met het beheer van een wijk.

### Artikel 4 Escalatieladder
1. Knelpunten die de wijkbeheerder niet binnen vier weken met de huurder oplost, worden behandeld volgens de volgende escalatieladder:
a. eerste trede: een gesprek tussen de wijkbeheerder en de huurder, binnen vijf werkdagen na de melding;
b. tweede trede: een gesprek tussen de teamleider wonen en de huurder, binnen tien werkdagen na het besluit tot escalatie;
c. derde trede: een hoorzitting van de klachtencommissie, waarna de klachtencommissie de directeur-bestuurder adviseert;
d. vierde trede: de beslissing van de directeur-bestuurder, na advies van de huurdersraad.
2. De wijkbeheerder besluit tot escalatie naar de tweede trede en de teamleider wonen tot escalatie naar de derde en de vierde trede.

### Artikel 5 Onderhoud
1. De woonstichting verhelpt een spoedeisende storing binnen 24 uur na de melding.
2. Een huurder die een probleem met de verwarming heeft, meldt dit bij de wijkbeheerder.
`;

describe('every step of a ladder asked for', () => {
  const answer = answersFromDocument(KLACHTENREGLEMENT, 'klachtenreglement.md');
  const everyStep = /eerste trede.*tweede trede.*derde trede.*vierde trede/s;

  it('is the whole ladder when "kun je alle ... opsommen" asks for it', () => {
    expect(answer('Kun je alle treden opsommen waarlangs een klacht van een huurder wordt opgeschaald tot aan de directeur-bestuurder?')).toMatch(everyStep);
    expect(answer('kun je de treden opsommen waarlangs een probleem van een huurder wordt opgeschaald')).toMatch(everyStep);
  });

  it('is found by "opschalen", which a regulation calls escalatie', () => {
    expect(answer('noem alle treden waarlangs een klacht van een huurder wordt opgeschaald')).toMatch(everyStep);
  });
});

// An invented childcare regulation: a measure written out ("een tijdelijke stop op de instroom") that askers name by one word.
const OPVANGREGLEMENT = `# Reglement kwaliteit Kinderopvang De Voorbeeldboom 2030

### Artikel 3 Maatregelen bij een tekort aan personeel
1. Bij een tekort aan gediplomeerde pedagogisch medewerkers kunnen de volgende maatregelen worden genomen:
a. het samenvoegen van groepen, door de locatiemanager;
b. een tijdelijke stop op de instroom van nieuwe kinderen voor ten hoogste zes weken, door de directeur na overleg met de oudercommissie;
c. het sluiten van een groep, door het bestuur.
2. Ouders worden binnen twee werkdagen over een maatregel geïnformeerd.

### Artikel 4 Wachtlijst
1. Een kind staat op de wachtlijst vanaf de dag van inschrijving.
2. De locatiemanager bericht de ouders elk kwartaal over de plaats op de wachtlijst.
`;

describe('a measure asked by the one word for what the text writes out', () => {
  const answer = answersFromDocument(OPVANGREGLEMENT, 'opvangreglement.md');

  it('finds "een stop op de instroom" for an instroomstop', () => {
    expect(answer('hoe lang mag een instroomstop maximaal duren')).toContain('ten hoogste zes weken');
  });
});

describe('two questions put side by side with a comma', () => {
  it('are split as two asks when both open with a question word', () => {
    expect(twoAsks('wie behandelt zo\'n bezwaar eigenlijk, welke mensen zitten daarin')).toEqual(['wie behandelt zo\'n bezwaar eigenlijk', 'welke mensen zitten daarin']);
    // three asks: the first on its own, the other two together (answered again per ask)
    expect(twoAsks('Wie wijst de trainers aan, wie betaalt hun vergoeding en vanaf welke datum?', 'also counts')?.[0]).toBe('Wie wijst de trainers aan');
    expect(twoAsks('Wie wijst de trainers aan, wie betaalt hun vergoeding?')).toEqual(['Wie wijst de trainers aan', 'wie betaalt hun vergoeding?']);
  });

  it('are one ask after a condition', () => {
    expect(twoAsks('Als de voorzitter er niet is, wie leidt dan de vergadering?')).toBeUndefined();
  });
});

describe('a second ask that points back at the first', () => {
  const answerIn = (title: string, answer: string): QaResult => ({ kind: 'answer', answer, source: { title, section: 'Artikel 9' }, passageRef: { kind: 'passage', title, position: 1 }, confidence: 0.8 });
  const question = "wie behandelt zo'n bezwaar eigenlijk, welke mensen zitten daarin";
  const regulation = answerIn('Jeugdreglement', 'De jeugdcoördinator legt het bezwaar voor aan een bezwaarcommissie, bestaande uit de voorzitter van de technische commissie en twee leden van het bestuur.');
  const newsletter = answerIn('Clubblad', 'In de kantine zitten op zaterdag veel mensen.');
  const answerOf = (ask: string) => (/daarin/.test(ask) ? newsletter : regulation);

  it('is not answered from another document: put on its own it finds something else', () => {
    const r = answerPerAsk(question, { kind: 'none', reason: 'low-score' }, answerOf, () => 0);
    expect(r.kind === 'answer' && r.answer).toBe(regulation.kind === 'answer' && regulation.answer);
  });
});

// An invented childcare regulation: a measure listed among those "worden genomen", another lid imposes ("opleggen") a fine.
const MAATREGELEN = `# Reglement kwaliteit Kinderopvang De Voorbeeldboom 2030

### Artikel 2 Toezicht op de locaties
1. De kwaliteitsmedewerker bezoekt iedere locatie ten minste tweemaal per jaar onaangekondigd.
2. De directeur kan een locatie die de veiligheidseisen herhaaldelijk niet naleeft een boete opleggen van ten hoogste € 2.000.

### Artikel 3 Maatregelen bij een tekort aan personeel
1. Bij een tekort aan gediplomeerde pedagogisch medewerkers kunnen de volgende maatregelen worden genomen:
a. het samenvoegen van groepen, door de locatiemanager;
b. een tijdelijke stop op de instroom van nieuwe kinderen voor ten hoogste zes weken, door de directeur na overleg met de oudercommissie;
c. het sluiten van een groep, door het bestuur.
2. Voordat een maatregel als bedoeld in het eerste lid, onder b of c, wordt genomen, wordt de locatie in de gelegenheid gesteld binnen vijf werkdagen haar zienswijze te geven.
3. Ouders worden binnen twee werkdagen over een maatregel geïnformeerd.

### Artikel 4 Wachtlijst
1. Een kind staat op de wachtlijst vanaf de dag van inschrijving.
2. De locatiemanager bericht de ouders elk kwartaal over de plaats op de wachtlijst.
`;

describe('who may impose a measure named by one word, and for how long', () => {
  const answer = answersFromDocument(MAATREGELEN, 'maatregelen.md');

  it('is the lid that lists the measure, not the one that imposes something else', () => {
    expect(answer('wie mag een instroomstop opleggen bij een locatie?')).toContain('door de directeur na overleg met de oudercommissie');
    expect(answer("wie mag een instroomstop opleggen bij een locatie en hoe lang mag zo'n stop maximaal duren")).toContain('voor ten hoogste zes weken, door de directeur');
  });
});

describe('the people who sit in a body', () => {
  const answer = answersFromDocument(JEUGDREGLEMENT, 'jeugdreglement.md');

  it('are asked as "wie zitten erin", and the whole composition is the answer', () => {
    expect(withoutIdioms('welke mensen zitten in de bezwaarcommissie')).toBe('wie zitten in de bezwaarcommissie');
    expect(WANTS_LIST.test('welke mensen zitten er allemaal in de bezwaarcommissie')).toBe(true);
    expect(answer('welke mensen zitten in de bezwaarcommissie')).toContain('bestaande uit de voorzitter van de technische commissie en twee leden van het bestuur');
  });
});
