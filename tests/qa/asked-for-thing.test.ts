import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answerReply } from '../../src/features/qa/qa.routes';
import { askedForThing, asksAboutNoun } from '../../src/features/qa/unknown-things';
import { lacksFigureAsked } from '../../src/features/qa/figure-asked';
import { lacksAmountAsked } from '../../src/features/qa/declines';
import { warmUpDutchWords } from '../../src/features/qa/dutch-dictionary';

/** An invented regulation with contracts, norms and meetings, but no notice period, absenteeism or wifi. */
const REGLEMENT = `# Werkwijze Speeltuinbeheer Voorbeelddorp 2027

### Artikel 1 Contracten
1. De speeltuinraad sluit namens de gemeente de contracten met de beheerders van de speeltuinen.
2. Een contract wordt gesloten voor een termijn van ten hoogste vier jaar.

### Artikel 2 Normen
1. De norm voor de tevredenheid van bezoekers is een gemiddeld rapportcijfer van ten minste 7.
2. De beheerder meet de tevredenheid eenmaal per jaar.

### Artikel 3 Vergaderingen
1. De speeltuinraad vergadert vier keer per jaar in de vergaderzaal van het dorpshuis.
2. De leden ontvangen een vergoeding van 50 euro per vergadering.

### Artikel 4 Rapportage
Het rapport van de beheerder bevat de wachttijden voor de draaimolen en de klachten van bezoekers.

### Artikel 5 Geschillen
Bij een geschil tussen partijen beslist de wethouder.
`;

describe('the thing a question asks for', () => {
  beforeAll(() => warmUpDutchWords());

  it('is the noun after "welke", "wat is de", "hoe hoog is het" or "is er", past adjectives and a measure ("de norm voor")', () => {
    expect(askedForThing('Welke opzegtermijn geldt voor de contracten?')).toBe('opzegtermijn');
    expect(askedForThing('Binnen welke termijn moet ik reageren?')).toBe('termijn');
    expect(askedForThing('Wat is de norm voor het ziekteverzuim bij beheerders?')).toBe('ziekteverzuim');
    expect(askedForThing('Wat is de gemiddelde wachttijd voor de draaimolen?')).toBe('wachttijd');
    expect(askedForThing('Hoe hoog is het vacatiegeld dat de leden krijgen?')).toBe('vacatiegeld');
    // an adjective inflects ("maximaal" -> "maximale"); "hoe lang duurt" asks of the thing after it as "hoe lang is" does
    expect(askedForThing('Wat is de maximale spreektijd van een lid?')).toBe('spreektijd');
    expect(askedForThing('Hoe lang duurt de koffiepauze tijdens de vergadering?')).toBe('koffiepauze');
    expect(askedForThing('Is er wifi in het dorpshuis?')).toBe('wifi');
    expect(askedForThing('Het dorpshuis ligt aan het plein. Is daar parkeergelegenheid voor de leden?')).toBe('parkeergelegenheid');
    // a kind of figure is given as one ("vanaf 16 jaar"), and "wie" or "hoeveel" questions name what they ask otherwise
    expect(askedForThing('Vanaf welke leeftijd mag een kind in de draaimolen?')).toBeUndefined();
    expect(askedForThing('Om welk totaalbedrag gaat het?')).toBeUndefined();
    // a size or a date is given as one ("meer dan 50 bezoekers", "15 maart"); "data" after "op welke" are dates, else gegevens
    expect(askedForThing('Vanaf welke omvang moet de raad het horen?')).toBeUndefined();
    expect(askedForThing('Op welke data moeten de bijdragen binnen zijn?')).toBeUndefined();
    expect(askedForThing('Welke data deelt de raad met de beheerders?')).toBe('data');
    expect(askedForThing('Wie sluit de contracten?')).toBeUndefined();
    expect(askedForThing('Hoeveel kost een hond?')).toBeUndefined();
  });

  describe('in a question to a regulation', () => {
    let index: KnowledgeIndex;
    beforeAll(async () => {
      index = new KnowledgeIndex([], (await parseDocument('speeltuinbeheer.md', Buffer.from(REGLEMENT))).passages);
    });
    const reply = (q: string) => answerReply(q, index.ask(q)).text ?? '';

    it('is said to be in no document when no document names it, however much else of the question the text shares', () => {
      expect(reply('Welke opzegtermijn geldt voor de contracten die de speeltuinraad met de beheerders sluit?')).toMatch(/^Iets over "opzegtermijn" heb ik niet gevonden/);
      expect(reply('Wat is de norm voor het ziekteverzuim bij de beheerders?')).toMatch(/^Iets over "ziekteverzuim" heb ik niet gevonden/);
      expect(reply('Is er wifi in de vergaderzaal van het dorpshuis?')).toMatch(/^Iets over "wifi" heb ik niet gevonden/);
    });

    it('is named by the answer when a document knows it, unless it is a kind of thing the answer gives instances of', () => {
      // "tevredenheid" is in the regulation, but the norm found is about contracts
      expect(reply('Welke tevredenheid geldt voor de contracten die de speeltuinraad met de beheerders sluit?')).toMatch(/^Een antwoord over "tevredenheid" heb ik bij deze vraag niet gevonden/);
      expect(reply('Wat is de tevredenheid van de contracten die de speeltuinraad sluit?')).toMatch(/^Een antwoord over "tevredenheid" heb ik bij deze vraag niet gevonden/);
      expect(reply('Welke gegevens bevat het rapport van de beheerder?')).toMatch(/^Het rapport van de beheerder bevat de wachttijden/);
      expect(reply('Met welke partijen sluit de speeltuinraad de contracten?')).toMatch(/^1\. De speeltuinraad sluit namens de gemeente de contracten met de beheerders/);
    });

    it('leaves the answer alone when a document names it', () => {
      expect(reply('Wat is de norm voor de tevredenheid van bezoekers?')).toMatch(/^1\. De norm voor de tevredenheid van bezoekers is een gemiddeld rapportcijfer/);
      expect(reply('Welke vergoeding krijgen de leden per vergadering?')).toMatch(/^2\. De leden ontvangen een vergoeding van 50 euro/);
    });

    it('as an average is a figure of that thing: a text that only names it, or gives a figure of something else, does not answer', () => {
      expect(lacksFigureAsked('Wat is de gemiddelde wachttijd voor de draaimolen?', 'Het rapport bevat de wachttijden voor de draaimolen.')).toBe(true);
      expect(lacksFigureAsked('Wat is de gemiddelde wachttijd voor de draaimolen?', 'De gemiddelde wachttijd was 12 minuten.')).toBe(false);
      expect(lacksFigureAsked('Wat is de gemiddelde opkomst bij de vergaderingen?', 'Een vergadering kan besluiten als meer dan de helft van de leden aanwezig is.')).toBe(true);
      // "gaven de voorkeur" is no spending: a count answers it; "gaf ... uit" is, and asks an amount
      expect(lacksFigureAsked('Hoeveel bewoners gaven de voorkeur aan een nieuwe draaimolen?', '31 van de 40 bewoners geven de voorkeur aan een draaimolen.')).toBe(false);
      expect(lacksFigureAsked('Hoeveel gaf de speeltuinraad uit aan onderhoud?', '31 van de 40 bewoners zijn tevreden over het onderhoud.')).toBe(true);
      expect(reply('Wat is de gemiddelde wachttijd voor de draaimolen?')).not.toMatch(/Bron:/);
      // "hoe hoog is de onkostenvergoeding" asks an amount as "hoe hoog is de vergoeding" does
      expect(lacksAmountAsked('Hoe hoog is de onkostenvergoeding voor de voorzitter?', 'De speeltuinraad bestaat uit elf leden.')).toBe(true);
      expect(lacksAmountAsked('Hoe hoog is de boete voor een te late rapportage?', 'De beheerder levert het rapport binnen acht weken aan.')).toBe(true);
      // "wat is het budget / totaalbedrag" asks an amount as "hoe hoog is het budget" does
      expect(lacksAmountAsked('Wat is het budget van de speeltuinraad?', 'De speeltuinraad stelt elk jaar een begroting op.')).toBe(true);
      expect(lacksAmountAsked('Wat is het totaalbedrag van de begroting 2027?', 'De begroting 2027 wordt in juni vastgesteld.')).toBe(true);
      expect(lacksAmountAsked('Wat is het budget van de speeltuinraad?', 'De speeltuinraad heeft een budget van € 12.000 per jaar.')).toBe(false);
    });
  });
});

describe('a compound asked for whose head the documents say in other words', () => {
  const overeenkomst = (clause: string) => `# Overeenkomst Speeltuinbeheer Voorbeelddorp 2027

### Artikel 1 Looptijd
1. De overeenkomst met een beheerder geldt voor vier jaar.
2. ${clause}

### Artikel 2 Vergoeding
De beheerder ontvangt een vergoeding van 500 euro per maand.
`;
  const reply = async (doc: string, q: string) => {
    const index = new KnowledgeIndex([], (await parseDocument('overeenkomst.md', Buffer.from(doc))).passages);
    return answerReply(q, index.ask(q)).text ?? '';
  };
  beforeAll(() => warmUpDutchWords());

  it('is said by its head\'s verb or a synonym of it with its tail: "opgezegd" or "beëindigen" with "een termijn" is an opzegtermijn', async () => {
    const q = 'Welke opzegtermijn geldt voor de overeenkomst met een beheerder?';
    expect(await reply(overeenkomst('De overeenkomst kan door elk van beide partijen worden opgezegd met een termijn van drie maanden.'), q)).toMatch(/^1\. De overeenkomst[^]*drie maanden/);
    expect(await reply(overeenkomst('De gemeente en de beheerder kunnen de overeenkomst beëindigen met een termijn van drie maanden.'), q)).toMatch(/^1\. De overeenkomst[^]*drie maanden/);
    // a term of something else does not say it
    expect(await reply(overeenkomst('De beheerder dient een klacht in binnen een termijn van drie maanden.'), q)).toMatch(/^Iets over "opzegtermijn" heb ik niet gevonden/);
  });
});

describe('the thing a question whether or who names, which the documents know', () => {
  const text = `# Reglement Buurtraad Voorbeelddorp 2027

### Artikel 1 Vergaderingen
1. De voorzitter neemt de stukken mee naar het overleg met de wethouder.
2. Een lid dat een vergadering niet kan bijwonen, meldt zich af bij de secretaris.

### Artikel 2 Vergoeding
De leden ontvangen een vergoeding van 40 euro per vergadering.

### Artikel 3 Activiteiten
De buurtraad organiseert elk voorjaar een speurtocht voor de kinderen van het dorp.

### Artikel 4 Extra vergadering
Drie leden kunnen samen om een extra vergadering vragen. De voorzitter roept die vergadering bijeen binnen tien werkdagen.

### Artikel 5 Nieuwe leden
Na de komst van een nieuw lid stelt de secretaris het rooster opnieuw vast.
`;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    await warmUpDutchWords();
    index = new KnowledgeIndex([], (await parseDocument('buurtraad.md', Buffer.from(text))).passages);
  });
  const reply = (q: string) => answerReply(q, index.ask(q)).text ?? '';

  it('must be named by the answer: a text about the rest of the question is what comes closest', () => {
    expect(reply('Mag de voorzitter zijn kinderen meenemen naar het overleg met de wethouder?')).toMatch(/^Een antwoord over "kinderen" heb ik bij deze vraag niet gevonden\./);
    expect(reply('Ik ben nieuw in de buurtraad. Krijg ik een vergoeding voor het bijwonen van een vergadering als ik me afmeld?')).toMatch(/^Een antwoord over "vergoeding" heb ik bij deze vraag niet gevonden\./);
  });

  it('is not the subject after the verb nor a person, and an answer that names it answers', () => {
    expect(reply('Krijgen de leden een vergoeding voor de vergadering?')).toMatch(/^De leden ontvangen een vergoeding van 40 euro/);
    expect(reply('Mag de voorzitter de stukken meenemen naar het overleg?')).toMatch(/^1\. De voorzitter neemt de stukken mee/);
  });

  it('is what a last clause asks whether of ("..., krijgt die dan een welkomstpakket?"), however much of the rest a text shares', () => {
    expect(reply('Hoe hoog is de vergoeding van de leden per vergadering als er een nieuw lid bijkomt, krijgt die dan een welkomstpakket?')).toMatch(/^Iets over "welkomstpakket" heb ik niet gevonden[^]*40 euro/);
    // a clause that names no thing of its own asks for none
    expect(reply('Hoe hoog is de vergoeding van de leden per vergadering, krijgen zij die ook als ze zich afmelden?')).toMatch(/^De leden ontvangen een vergoeding van 40 euro/);
  });

  it('is named by a synonym of the word itself, though a part of it has that synonym too ("bijeenkomst", "bijeen": a vergadering)', () => {
    expect(reply('Drie leden willen snel extra bij elkaar komen over de speeltuin. Kan dat, en hoe snel moet die bijeenkomst er dan zijn?')).toMatch(/^Drie leden kunnen samen om een extra vergadering vragen/);
  });
});

describe('a person or a thing in a whether-question', () => {
  it('leaves a person by role to the asker\'s case, and keeps a thing ending like a role noun ("printer", "lijst") to be named', () => {
    expect(asksAboutNoun('Mag ik een printer meenemen naar het overleg?', 'printer')).toBe(true);
    expect(asksAboutNoun('Krijg ik een lijst van de leden?', 'lijst')).toBe(true);
    expect(asksAboutNoun('Mag ik een journalist meenemen naar het overleg?', 'journalist')).toBe(false);
    // plurals in -eren of a noun ("goederen", "kalveren"), not verbs ("parkeren")
    expect(asksAboutNoun('Mag de aanbieder de goederen meenemen?', 'goederen')).toBe(true);
    expect(asksAboutNoun('Mag de boer zijn kalveren meenemen?', 'kalveren')).toBe(true);
    expect(asksAboutNoun('Mag de voorzitter het parkeren regelen?', 'parkeren')).toBe(false);
  });
});
