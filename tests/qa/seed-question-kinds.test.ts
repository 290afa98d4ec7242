import { lacksWhatIsAsked } from '../../src/features/qa/declines';
import { withoutIdioms } from '../../src/features/qa/question-frames';
import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/** An invented region's working agreement, asked in the words users type. */
const WERKWIJZE = `# Werkwijze Jeugdkring West

## Planning
De stukken voor het volgende jaar liggen uiterlijk eind april bij de deelnemers.

## Toezicht
De voorzitter ziet erop toe dat de deelnemers de stukken op tijd krijgen.
`;

describe('the kind of answer a seed-style question asks', () => {
  const answer = answersFromDocument(WERKWIJZE, 'werkwijze.md');

  it('"in welke maand" asks a moment, as "wanneer" does ("maand" is in no text)', () => {
    expect(answer('Uiterlijk in welke maand liggen de stukken bij de deelnemers?')).toContain('eind april');
  });

  it('an er-form ("het jaar erop", "erna") is a question word, as "daarop" is: no passage wins by its "erop"', () => {
    expect(answer('Wanneer krijgen de deelnemers de stukken voor het jaar erop?')).toContain('eind april');
    expect(answer('Wanneer krijgen de deelnemers de stukken voor het jaar erna?')).toContain('eind april');
  });
});

describe('a figure of the thing asked, not of something near it', () => {
  it('"de totale begroting" is not answered by the amount of one item in it', () => {
    const q = "Hoe hoog is de totale begroting 2025 in euro's?";
    expect(lacksWhatIsAsked(q, 'Voor werving is in de Kadernota 2025 € 15.000 opgenomen, omdat werven extra tijd kost.')).toBe(true);
    expect(lacksWhatIsAsked(q, 'Voor de regiovisie is een bedrag van € 50.000 incidenteel in de begroting opgenomen.')).toBe(true);
    expect(lacksWhatIsAsked(q, 'De begroting 2025 bedraagt € 2,1 miljoen, waarvan € 15.000 voor werving.')).toBe(false);
    expect(lacksWhatIsAsked(q, 'De gemeenten betalen samen € 2,1 miljoen.')).toBe(false);
  });

  it('"hoeveel mag ... uittrekken / uitgeven" asks money, which a text on who sits in the body does not give', () => {
    const q = 'Wij willen een spreker inhuren. Hoeveel mag de voorzitter daar zelf voor uittrekken?';
    expect(lacksWhatIsAsked(q, 'De speeltuinraad bestaat uit elf leden; de voorzitter is de wethouder.')).toBe(true);
    expect(lacksWhatIsAsked(q, 'De voorzitter mag zonder besluit ten hoogste € 1.500 per bijeenkomst uitgeven.')).toBe(false);
  });

  it('"inclusief of exclusief X", "met of zonder X": a choice about X, which a text that names something else does not answer', () => {
    const q = 'Zijn de entreeprijzen van de speeltuin inclusief of exclusief btw?';
    expect(lacksWhatIsAsked(q, 'De entreeprijzen zijn inclusief de indexatie en exclusief de toeslag voor groepen.')).toBe(true);
    expect(lacksWhatIsAsked(q, 'Alle entreeprijzen zijn exclusief btw.')).toBe(false);
    expect(lacksWhatIsAsked('Vergadert de raad met of zonder publiek?', 'De raad vergadert in het openbaar; publiek is welkom.')).toBe(false);
  });

  it('"het totale bedrag van de begroting" is the begroting\'s whole: "een bedrag van ... in de begroting" is a part', () => {
    const q = 'Wat is het totale bedrag van de begroting 2027 van de speeltuinraad?';
    expect(lacksWhatIsAsked(q, 'Voor nieuwe speeltoestellen nemen we een bedrag van € 40.000 incidenteel in de begroting op.')).toBe(true);
    expect(lacksWhatIsAsked(q, 'De begroting 2027 bedraagt € 1,2 miljoen.')).toBe(false);
  });

  it('"welk (werk)budget / tarief" and "wat X heeft gekost" ask an amount; "welke tarieven" asks which ones', () => {
    expect(lacksWhatIsAsked('Welk werkbudget was er in 2024 voor de aanpak?', 'In 2024 wordt een innovatieportfolio vastgesteld.')).toBe(true);
    expect(lacksWhatIsAsked('Welk werkbudget was er in 2024 voor de aanpak?', 'In 2024 was er € 80.000 werkbudget.')).toBe(false);
    expect(lacksWhatIsAsked('Weet je wat het onderzoek heeft gekost?', 'Het onderzoek is in 2017 uitgevoerd door een bureau.')).toBe(true);
    expect(lacksWhatIsAsked('Wat heeft het onderzoek gekost?', 'Het onderzoek is in 2017 uitgevoerd door een bureau.')).toBe(true);
    expect(lacksWhatIsAsked('Welke tarieven gelden voor de zorg?', 'De tarieven staan in de overeenkomst met de aanbieder.')).toBe(false);
  });

  it('"hoeveel extra / structureel geld" asks money, which a number of fte does not give', () => {
    expect(lacksWhatIsAsked('Hoeveel extra geld is er voor de regioagenda?', 'Voor de regioagenda is structureel 1,89 fte beschikbaar.')).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel structureel geld is er voor de regioagenda?', 'Voor de regioagenda is structureel € 90.000 beschikbaar.')).toBe(false);
  });
});

/** The staff and a budget of an invented region: a figure for one task, a new function that adds none, a one-off amount. */
const FORMATIE = `# Formatie Jeugdkring West

## Formatie
Voor de uitvoering van het jaarplan is sinds 2024 structureel 2,5 fte beschikbaar. Die formatie is ook in 2025 nodig.

## Coördinator
De coördinator stuurt het team aan en bewaakt de planning. De functie van coördinator betekent geen uitbreiding in fte, maar een wijziging in functie.

## Jaarplan
Voor het opstellen van het nieuwe jaarplan is in de begroting eenmalig € 50.000 opgenomen.
`;

describe('the staff and the money of a region', () => {
  const answer = answersFromDocument(FORMATIE, 'formatie.md');

  it('"kost X extra fte?" asks whether X enlarges the staff, not an amount', () => {
    expect(answer('Kost de nieuwe functie van coördinator extra fte?')).toContain('geen uitbreiding');
  });

  it('"hoeveel eenmalig / structureel geld": how the amount recurs is not the thing counted', () => {
    expect(answer('Hoeveel eenmalig geld is er voor het nieuwe jaarplan?')).toContain('€ 50.000');
  });
});

/** Where residents go, and a decoy that uses "wenden" in another sense ("aan te wenden", to use). */
const LOKET = `# Werkwijze Jeugdkring Zuid

## Loket
Elke gemeente heeft een eigen loket. Daar kunnen inwoners terecht voor informatie over jeugdhulp en het aanvragen ervan.

## Bestuur
Het bestuur zet zijn positie in om de ontwikkeling van de jeugdhulp aan te wenden voor de regio.
`;

describe('where a resident can turn to', () => {
  const answer = answersFromDocument(LOKET, 'loket.md');

  it('"waar kan ik terecht" finds a text\'s "kunnen ... terecht"; a son or daughter is a resident', () => {
    expect(answer('Waar kan ik terecht voor jeugdhulp voor mijn dochter?')).toContain('terecht voor informatie');
  });

  it('"waar kan ik heen", "waar moet ik zijn" ask the same; not the place of a meeting', () => {
    expect(answer('Waar kan ik heen voor jeugdhulp voor mijn zoon?')).toContain('terecht voor informatie');
    expect(withoutIdioms('Waar moet ik als inwoner zijn voor jeugdhulp?')).toContain('wenden');
    expect(withoutIdioms('Waar moet ik zijn voor de vergadering van het AO?')).not.toContain('wenden');
  });
});

/** A region's note that names a partner region and counts its own gemeenten beside it. */
const PARTNERS = `# Kadernota Jeugdkring West 2026

## Samenwerking
Met de Jeugdkring Achterhoek werken we samen in het Kennisnetwerk. Opdrachtgevers, de negen gemeenten, leveren elk jaar thema's aan voor het Kennisnetwerk.

## Achterhoek
De Jeugdkring Achterhoek is de organisatie voor de jeugdzorg in de Achterhoek. De Achterhoek telt acht gemeenten.
`;

describe('a count asked of a party named by its own name', () => {
  const answer = answersFromDocument(PARTNERS, 'kadernota.md');

  it('is not answered by another party\'s count in a clause that does not name it', () => {
    expect(answer('Met hoeveel gemeenten werkt de Achterhoek samen in het Kennisnetwerk?')).not.toContain('negen');
    expect(answer('Hoeveel gemeenten telt de Achterhoek?')).toContain('acht gemeenten');
    expect(answer('Hoeveel gemeenten leveren thema\'s aan voor het Kennisnetwerk?')).toContain('negen gemeenten');
  });
});

/** Who prepares the agenda, and a decoy that only names the agenda of the same body. */
const AGENDA = `# Werkwijze Jeugdkring West

## Kleine commissie
De kleine commissie zorgt voor de procesmatige voorbereiding van de agenda van het bestuur.

## Bestuur
Het bestuur stelt de agenda vast en vergadert vier keer per jaar.
`;

describe('who prepares something', () => {
  const answer = answersFromDocument(AGENDA, 'agenda.md');

  it('"wie maakt X klaar" asks who prepares X ("voorbereiding")', () => {
    expect(answer('Wie maakt de agenda van het bestuur klaar?')).toContain('kleine commissie');
  });
});

/** A region's own tariff beside the beds it may use in a partner region, whose tariff it does not give. */
const CRISIS = `# Werkwijze crisisopvang Jeugdkring West 2027

## Crisisbedden
De aanbieders van de Jeugdkring West rekenen € 400 per etmaal voor een crisisbed. Zijn alle 20 crisisbedden bezet, dan mag het regiopunt ten hoogste 3 crisisbedden van aanbieders in de Achterhoek gebruiken.

## Scholing
De kosten van scholing van de leden van het AO komen ten laste van de begroting, tot ten hoogste € 5.000 per jaar.
`;

describe('an amount asked of a party named by its own name', () => {
  const answer = answersFromDocument(CRISIS, 'crisisopvang.md');

  it('is not answered by the own tariff beside a count that names the party ("wat rekenen" asks an amount)', () => {
    expect(answer('Wat rekenen de aanbieders in de Achterhoek per etmaal voor een crisisbed?')).not.toContain('€ 400');
    expect(answer('Wat rekenen de aanbieders per etmaal voor een crisisbed?')).toContain('€ 400');
  });

  it('reads only the capitalised part of "AO-leden" as a name', () => {
    expect(answer('Hoeveel geld is er per jaar voor scholing van AO-leden?')).toContain('€ 5.000');
  });
});
