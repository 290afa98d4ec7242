import { indexOfMarkdown } from '../helpers/knowledge-from-markdown';
import { lacksWhatIsAsked } from '../../src/features/qa/declines';
import { asksPeopleCounted, countedNoun, lacksCount } from '../../src/features/qa/figures-in-answer';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { withoutIdioms } from '../../src/features/qa/question-frames';

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : '');

// An invented regulation (not an evaluation document): the costs article states an amount in one lid and the moment
// of payment, relative to the year, in another.
const OEFENREGELING = `# Regeling gezamenlijke brandweeroefeningen Voorbeeldregio 2029

### Artikel 3 Bijdrage voor de oefenlocatie
1. Elke deelnemende gemeente betaalt voor het gebruik van de oefenlocatie een jaarlijkse bijdrage van € 4.500, te verhogen met de indexering die het veiligheidsbestuur ieder jaar in november vaststelt.
2. Het veiligheidsbureau stuurt de gemeenten in januari een factuur met de bijdrage en de verdeling over de oefendagen die de gemeente heeft gereserveerd.
3. De bijdrage moet uiterlijk op de tiende werkdag van april zijn overgemaakt.
4. Bij te late betaling stuurt het veiligheidsbureau een herinnering en meldt het de achterstand aan het veiligheidsbestuur.

### Artikel 4 Verslag
De secretaris stuurt binnen vier weken na de vergadering het verslag aan de leden.
`;

describe('a date asked for a rule', () => {
  const kb = indexOfMarkdown(OEFENREGELING, 'oefenregeling.md');

  it('is given by the moment the rule sets relative to something else, in the lid that states it', () => {
    const text = answer(kb.ask('Op welke datum moet de bijdrage voor de oefenlocatie betaald zijn?'));
    expect(text).toContain('uiterlijk op de tiende werkdag van april');
    expect(lacksWhatIsAsked('Op welke dag moeten de gemeenten de bijdrage overmaken?', 'De bijdrage moet uiterlijk op de tiende werkdag van april zijn overgemaakt.')).toBe(false);
    expect(lacksWhatIsAsked('Op welke datum stuurt het bureau de factuur voor het kwartaal?', 'Het bureau stuurt de factuur binnen vier weken na afloop van het kwartaal.')).toBe(false);
  });

  it('is not given by the relative moment of something else, nor for an event in the past', () => {
    expect(lacksWhatIsAsked('Op welke datum moet de bijdrage betaald zijn?', 'De secretaris stuurt binnen vier weken na de vergadering het verslag aan de leden.')).toBe(true);
    expect(lacksWhatIsAsked('Op welke dag was de bijdrage betaald?', 'De bijdrage moet uiterlijk op de tiende werkdag van april zijn overgemaakt.')).toBe(true);
    expect(lacksWhatIsAsked('Op welke datum in maart moet de bijdrage betaald zijn?', 'De bijdrage moet uiterlijk op de tiende werkdag van april zijn overgemaakt.')).toBe(true);
    // one common word ("gemeente") is another rule's moment
    expect(lacksWhatIsAsked('Op welke datum moet de gemeente de jaarrekening indienen?', 'De gemeente stuurt binnen vier weken na ontvangst een bevestiging.')).toBe(true);
    // "één" is a count as "twee" is
    expect(lacksWhatIsAsked('Op welke datum stuurt het bureau de factuur voor het kwartaal?', 'Het bureau stuurt de factuur binnen één week na afloop van het kwartaal.')).toBe(false);
  });
});

// An invented regulation: the composition article counts the members per gemeente in one lid; another lid names the
// members and a figure of something else.
const OEFENCOMMISSIE = `# Reglement oefencommissie Voorbeeldregio 2029

### Artikel 2 Samenstelling van de oefencommissie
1. De oefencommissie bereidt de gezamenlijke oefeningen van de brandweerkorpsen voor en evalueert ze na afloop met de korpsleiding.
2. Elke deelnemende gemeente wijst één lid van de oefencommissie aan, uit de officieren van haar eigen korps.
3. De voorzitter van de oefencommissie wordt door de leden uit hun midden gekozen voor een periode van drie jaar; herverkiezing is eenmaal mogelijk.
4. Een lid dat twee vergaderingen achter elkaar afwezig is zonder bericht, wordt door de gemeente vervangen.
`;

describe('a count asked of the members of a body', () => {
  const kb = indexOfMarkdown(OEFENCOMMISSIE, 'oefencommissie.md');

  it('is given by the lid that counts them per gemeente, beside the one that names them with another figure', () => {
    expect(answer(kb.ask('Uit hoeveel leden bestaat de oefencommissie?'))).toContain('Elke deelnemende gemeente wijst één lid van de oefencommissie aan');
    expect(lacksWhatIsAsked('Hoeveel leden heeft de oefencommissie?', 'Elke gemeente wijst één vertegenwoordiger aan voor de oefencommissie.')).toBe(false);
    expect(lacksWhatIsAsked('Hoeveel wethouders zitten in de oefencommissie?', 'Elke gemeente wijst één lid van de oefencommissie aan.')).toBe(false);
    // people, not things whose plural ends like a role's
    expect(asksPeopleCounted('Hoeveel adviseurs heeft de oefencommissie?')).toBe(true);
    expect(asksPeopleCounted('Hoeveel dossiers behandelt de oefencommissie?')).toBe(false);
    expect(asksPeopleCounted('Hoeveel kilometers rijdt de oefencommissie?')).toBe(false);
  });

  it('is not given by a text that names the members beside a figure of something else', () => {
    expect(lacksWhatIsAsked('Hoeveel leden heeft de oefencommissie?', 'De voorzitter wordt door de leden gekozen voor een periode van drie jaar.')).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel leden heeft de oefencommissie?', 'Elke gemeente wijst één oefenlocatie aan.')).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel officieren zitten in de oefencommissie?', 'Zij stuurt de stukken, genoemd in artikel 2, derde lid, mee.')).toBe(true);
  });
});

// An invented protocol: one service is free, the costs of another are settled without an amount.
const OPVANGPROTOCOL = `# Protocol noodopvang Voorbeeldregio 2029

### Artikel 5 Kosten
1. Het aanvragen van een noodplaats bij het meldpunt is voor ouders kosteloos.
2. De kosten van de noodplaats komen voor rekening van de plaatsingsgemeente en worden naar rato van het aantal inwoners verrekend.
`;

describe('an amount asked', () => {
  const kb = indexOfMarkdown(OPVANGPROTOCOL, 'opvangprotocol.md');

  it('is given by a text that says it costs nothing', () => {
    expect(answer(kb.ask('Wat kost het een ouder om een noodplaats aan te vragen?'))).toContain('kosteloos');
    expect(lacksWhatIsAsked('Hoeveel euro betalen ouders voor een aanvraag bij het meldpunt?', 'Het aanvragen van een noodplaats bij het meldpunt is voor ouders kosteloos.')).toBe(false);
  });

  it('is not given by who pays or how costs are settled, nor by another thing that is free', () => {
    expect(answer(kb.ask('Hoeveel euro kost een noodplaats de plaatsingsgemeente?'))).toBe('');
    expect(answer(kb.ask('Wie betaalt de kosten van een noodplaats?'))).toContain('voor rekening van de plaatsingsgemeente');
    expect(lacksWhatIsAsked('Wat kost de training voor ouders?', 'Het aanvragen van een noodplaats bij het meldpunt is voor ouders kosteloos.')).toBe(true);
    // not reimbursed, or free only at first, is no "costs nothing"
    expect(lacksWhatIsAsked('Wat kost een training voor ouders?', 'Voor de training worden aan ouders geen kosten vergoed.')).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel euro betalen gemeenten voor de crisisdienst?', 'De crisisdienst brengt gemeenten geen kosten in rekening voor het eerste contact; daarna geldt het uurtarief.')).toBe(true);
  });
});

// An invented regulation: the article that shares most of the question's words gives no amount; another one that
// covers as much of it does.
const GESCHILLENREGLEMENT = `# Reglement geschillencommissie sportverenigingen Voorbeeldregio 2029

### Artikel 3 Uitspraak
1. De uitspraak van de geschillencommissie is bindend voor beide verenigingen.
2. Is de uitspraak niet bindend, dan beslist het bestuur zelf over het geschil.

### Artikel 7 Financieel belang
1. Bij een geschil met een financieel belang van meer dan € 20.000 is de uitspraak van de geschillencommissie een advies aan het bestuur, dat zelf beslist.
2. De commissie vermeldt in haar advies het financieel belang van het geschil.
`;

describe('a figure the best article does not give', () => {
  it('is given by the next article that covers as much of the question', () => {
    const kb = indexOfMarkdown(GESCHILLENREGLEMENT, 'geschillenreglement.md');
    expect(answer(kb.ask('Boven welk bedrag is de uitspraak van de geschillencommissie niet bindend en beslist het bestuur zelf?'))).toContain('meer dan € 20.000');
  });
});

describe('a count asked of a thing the text names in a condition', () => {
  it('is not given by "met minder dan tien cliënten", which says which others a rule is for', () => {
    const condition = 'Voor aanbieders met minder dan tien cliënten uit de regio geldt een uitzondering.';
    expect(lacksCount('Hoeveel cliënten stonden eind 2027 op de wachtlijst?', condition)).toBe(true);
    expect(lacksCount('Hoeveel cliënten stonden eind 2027 op de wachtlijst?', 'Eind 2027 stonden 312 cliënten op de wachtlijst.')).toBe(false);
  });
});

describe('a count of people asked ("hoeveel mensen")', () => {
  it('is given by a number of people of a kind ("1.250 jongeren en ouders")', () => {
    expect(lacksCount('Hoeveel mensen deden mee aan de enquête?', 'Van de uitgenodigde gezinnen vulden 1.250 jongeren en ouders de lijst in.')).toBe(false);
    expect(lacksCount('Hoeveel mensen deden mee aan de enquête?', 'De enquête liep zes weken.')).toBe(true);
  });
});

describe('a count asked by a compound ("wachtlijstplekken")', () => {
  it('is given by its head with its first part a few words after it, not by the head with that part elsewhere', () => {
    expect(lacksCount('Hoeveel wachtlijstplekken zijn er?', 'De wachtlijst is lang. Er zijn 12 plekken in de crisisopvang.')).toBe(true);
    expect(lacksCount('Hoeveel wachtlijstplekken zijn er?', 'Er zijn 12 plekken op de wachtlijst.')).toBe(false);
    expect(lacksCount('Hoeveel gezinshuisplaatsen zijn er?', 'Naast de gezinshuizen heeft de regio 60 plaatsen in de crisisopvang.')).toBe(true);
  });
});

describe('"hoeveel" before a verb', () => {
  it('counts no thing: "hoeveel bleef het onder het budget" asks an amount', () => {
    expect(countedNoun('Hoeveel bleef 2026 onder het budget?')).toBeUndefined();
    expect(countedNoun('Hoeveel kwam er binnen?')).toBeUndefined();
    expect(countedNoun('Hoeveel gezinnen bleven wachten?')).toBe('gezinnen');
  });
});

describe('a count of the members asked', () => {
  it('is not given by the quorum ("als ten minste vier leden aanwezig zijn"), unless presence is asked', () => {
    const quorum = 'De raad kan alleen besluiten als ten minste vier leden aanwezig zijn, onder wie één lid van de ouders.';
    expect(lacksCount('Hoeveel leden heeft de raad?', quorum)).toBe(true);
    expect(lacksCount('Hoeveel leden moeten aanwezig zijn?', quorum)).toBe(false);
    expect(lacksCount('Hoeveel leden heeft de raad?', 'De raad bestaat uit zeven leden.')).toBe(false);
    // Only the clause about presence is left out: the size stated beside it counts.
    expect(lacksCount('Hoeveel leden heeft de raad?', 'De raad heeft zeven leden, van wie er ten minste vier aanwezig moeten zijn om te besluiten.')).toBe(false);
  });
});

describe('a count asked of what happened in a past period', () => {
  it('is not given by the limit a rule sets ("ten hoogste zes casussen per vergadering")', () => {
    const rule = 'Per vergadering worden ten hoogste zes casussen behandeld.';
    expect(lacksCount('Hoeveel casussen heeft de raad vorig jaar behandeld?', rule)).toBe(true);
    expect(lacksCount('Hoeveel casussen behandelt de raad per vergadering?', rule)).toBe(false);
    expect(lacksCount('Hoeveel casussen heeft de raad vorig jaar behandeld?', 'Vorig jaar behandelde de raad 41 casussen.')).toBe(false);
    // A bound on what happened is still what happened.
    expect(lacksCount('Hoeveel casussen heeft de raad vorig jaar behandeld?', 'Vorig jaar zijn minstens 41 casussen behandeld.')).toBe(false);
  });
});

describe('a count asked by a compound the text writes apart', () => {
  it('is given by its head with the first part beside it, and by "het aantal ... groeide van 24 naar 38"', () => {
    const grew = 'Het aantal plekken in speeltuinen groeide van 120 in 2029 naar 150 in 2031.';
    expect(lacksCount('Hoeveel speeltuinplekken waren er in 2031?', grew)).toBe(false);
    expect(lacksCount('Hoeveel speeltuinplekken waren er in 2031?', 'Het aantal plekken in zwembaden groeide van 120 in 2029 naar 150 in 2031.')).toBe(true);
    expect(lacksCount('Hoeveel speeltuinplekken waren er in 2031?', 'Er zijn in 2031 speeltuinen met plekken voor ouders en een budget van 150 euro.')).toBe(true);
  });

  it('"vergeleken met 2029" asks the figures of both years, which the text gives without the frame', () => {
    const index = indexOfMarkdown(`# Raadsbrief speelruimte Testland 2031

## 3. Speeltuinen

Sinds 2029 zijn in de gemeente zes nieuwe speeltuinen geopend; elke speeltuin heeft een bankje. Het aantal plekken in speeltuinen groeide van 120 in 2029 naar 150 in 2031. De gemeente zoekt nog vrijwilligers voor het toezicht.

## 4. Kosten

De kosten van het onderhoud stegen met vier procent.
`, 'speelruimte.md');
    expect(answer(index.ask('Hoeveel speeltuinplekken hebben we in 2031 vergeleken met 2029?'))).toContain('van 120 in 2029 naar 150 in 2031');
    expect(withoutIdioms('Hoeveel plekken waren er in 2031 ten opzichte van 2029?')).toBe('Hoeveel plekken waren er in 2031 en in 2029?');
    expect(withoutIdioms('Hoe waren de kosten vergeleken met de begroting?')).toContain('vergeleken met de begroting');
  });
});

describe('a tariff asked, given as a share above another', () => {
  it('is given by "tot maximaal 10% boven het vergelijkbare tarief", as by "65% van het tarief"', () => {
    expect(lacksWhatIsAsked('Wat is het tarief bij een tijdelijke afspraak?', 'De gemeente betaalt het tarief van de herkomstregio, tot maximaal 10% boven het vergelijkbare eigen tarief.')).toBe(false);
    expect(lacksWhatIsAsked('Wat is het tarief bij een tijdelijke afspraak?', 'De gemeente betaalt het tarief van de herkomstregio.')).toBe(true);
  });

  it('"hoeveel duurder" asks how much a figure differs: "duurder" is no thing counted', () => {
    expect(lacksCount('Hoeveel duurder mag de zaalhuur zijn?', 'De zaalhuur mag ten hoogste 10% hoger zijn dan vorig jaar.')).toBe(false);
    expect(lacksCount('Hoeveel zalen mag de vereniging huren?', 'De zaalhuur mag ten hoogste 10% hoger zijn dan vorig jaar.')).toBe(true);
  });
});
