import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answerReply } from '../../src/features/qa/qa.routes';
import { declineReason, lacksWhatIsAsked, numberNotGiven } from '../../src/features/qa/declines';
import { asksWhetherDoneYet, asksWhoHoldsItNow, namesNoHolder } from '../../src/features/qa/current-holder';

/** An invented regulation that defines a role without naming anyone, and plans meetings without dates. */
const REGLEMENT = `# Reglement Speeltuinraad Voorbeelddorp 2027

Vastgesteld door de gemeenteraad van Voorbeelddorp op 12 november 2026, na advies van de wijkraden over de tarieven van de speeltuinen.

### Artikel 1 Begrippen
In dit reglement wordt verstaan onder:
a. speeltuinraad: de raad van bewoners van Voorbeelddorp voor de speeltuinen;
b. coördinator: de medewerker van de gemeente die de aanvraagronde begeleidt.

### Artikel 2 Aanvraagronde
1. De coördinator opent de aanvraagronde jaarlijks in de eerste week van april.
2. De wethouder van Voorbeelddorp is secretaris van de speeltuinraad.

### Artikel 3 Vergaderingen
1. De speeltuinraad vergadert vier keer per jaar op dinsdagavond.
2. De secretaris stelt het vergaderschema vóór 1 december vast.
3. De datum van een extra vergadering maakt de secretaris twee weken vooraf bekend.

### Artikel 4 Voorzitter
1. De wethouder van Voorbeelddorp is voorzitter van de speeltuinraad.
2. De leden kiezen uit hun midden een vicevoorzitter.

### Artikel 5 Advies
De speeltuinraad adviseert de gemeente over de tarieven van de speeltuinen en over nieuwe speeltoestellen.

### Artikel 6 Ondersteuning
De speeltuinraad wordt ondersteund door projectleider Ans Vlietstra van de gemeente.
`;

describe('who holds a role the text only defines, and a date no document gives', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument('speeltuinraad.md', Buffer.from(REGLEMENT))).passages);
  });
  const reply = (q: string) => answerReply(q, index.ask(q)).text ?? '';

  it('says the documents name nobody when "wie is de coördinator" is answered by the role\'s definition, and still gives it', () => {
    const text = reply('Wie is de coördinator van de aanvraagronde?');
    expect(text).toMatch(/naam heb ik hierbij niet gevonden/);
    expect(text).toContain('de medewerker van de gemeente die de aanvraagronde begeleidt');
  });

  it('adds nothing when the text names who holds the role, or the question asks what the role does', () => {
    const secretaris = reply('Wie is de secretaris van de speeltuinraad?');
    expect(secretaris).toContain('wethouder');
    expect(secretaris).not.toContain('niet gevonden');
    expect(reply('Wie opent de aanvraagronde?')).not.toContain('niet gevonden');
  });

  it('declines "op welke datum ... in juni" when the text gives no date in June, and answers the date it does give', () => {
    expect(index.ask('Op welke datum vergadert de speeltuinraad in juni?')).toMatchObject({ kind: 'none' });
    expect(reply('Voor welke datum wordt het vergaderschema vastgesteld?')).toContain('1 december');
    expect(reply('Op welke dag vergadert de speeltuinraad?')).toContain('dinsdagavond');
  });

  it('reads "op welke data" as dates: a text that only says "met data" gives none, one with dates answers', () => {
    expect(lacksWhatIsAsked('Op welke data vergadert de speeltuinraad in 2028?', 'Het voorstel noemt het vervolg in de gemeenteraad, met data.')).toBe(true);
    expect(lacksWhatIsAsked('Op welke data moeten de bijdragen binnen zijn?', 'De bijdragen moeten binnen zijn op 15 maart en 15 september.')).toBe(false);
    expect(lacksWhatIsAsked('Op welke dagen is het dorpshuis open?', 'Het dorpshuis is open op dinsdag en donderdag.')).toBe(false);
  });

  it('declines "wat is het crisisnummer" or "onder welk zaaknummer" when the text names the number without giving it', () => {
    expect(lacksWhatIsAsked('Wat is het crisisnummer van de speeltuinraad?', 'Elke melding loopt via het regionale crisisnummer; binnen 2 uur belt de raad terug.')).toBe(true);
    expect(lacksWhatIsAsked('Onder welk zaaknummer staat de nota?', 'De nota is op 18 oktober 2017 vastgesteld.')).toBe(true);
    expect(lacksWhatIsAsked('Onder welk zaaknummer staat de nota?', 'Zaaknummer: 4028-2017.')).toBe(false);
    expect(lacksWhatIsAsked('Wat is het crisisnummer van de speeltuinraad?', 'Het crisisnummer is 0800 123 45 67.')).toBe(false);
    // the number of an article is a small one
    expect(lacksWhatIsAsked('Wat is het nummer van het artikel over de vergoeding?', 'Artikel 5 regelt de vergoeding.')).toBe(false);
    expect(lacksWhatIsAsked('Welk artikelnummer gaat over de vergoeding?', 'Artikel 5 regelt de vergoeding.')).toBe(false);
  });

  it('answers the other part of "wie ..., en onder welk zaaknummer?" and says it did not find the number, though the text names it', async () => {
    const nota = '# Nota speeltoestellen Voorbeelddorp\n\nDe nota over de nieuwe speeltoestellen is opgesteld door projectleider Ans Vlietstra van de gemeente; het zaaknummer staat op het voorblad.\n';
    const own = new KnowledgeIndex([], (await parseDocument('nota.md', Buffer.from(nota))).passages);
    const q = 'Wie heeft de nota over de nieuwe speeltoestellen opgesteld, en onder welk zaaknummer?';
    expect(answerReply(q, own.ask(q)).text).toMatch(/^Een antwoord over "zaaknummer" heb ik bij deze vraag niet gevonden[^]*Ans Vlietstra/);
    expect(numberNotGiven(q, 'Zaaknummer: 4028-2017. Opgesteld door Ans Vlietstra.')).toBeUndefined();
  });

  it('says it found no name for "wie is de vicevoorzitter" answered with the voorzitter, or "hoe heet" answered without a name', () => {
    expect(namesNoHolder('Wie is de vicevoorzitter van het overleg?', 'De manager van het RSJ is voorzitter van het overleg.')).toBe(true);
    expect(namesNoHolder('Wie is de vicevoorzitter van het overleg?', 'De leden kiezen uit hun midden een vicevoorzitter.')).toBe(false);
    expect(namesNoHolder('Wie is de contactpersoon van het overleg?', 'De contractmanager neemt contact op met de aanbieder.')).toBe(true);
    expect(reply('Hoe heet de voorzitter van de speeltuinraad?')).toMatch(/naam heb ik hierbij niet gevonden/);
    expect(reply('Hoe heet de projectleider van de speeltuinraad?')).not.toContain('niet gevonden');
  });

  it('says it found no name for "wie is de <rol>" answered by a list of roles that may be hired', () => {
    const hired = 'Het overleg kan tijdelijk mensen inhuren:\n- communicatiemedewerker;\n- juridisch adviseur;\n- externe deskundige.';
    expect(namesNoHolder('Wie is de communicatiemedewerker van het overleg?', hired)).toBe(true);
    expect(namesNoHolder('Wie is de juridisch adviseur van het overleg?', hired)).toBe(true);
    expect(namesNoHolder('Wie is de communicatiemedewerker van het overleg?', 'De secretaris is ook communicatiemedewerker van het overleg.')).toBe(false);
  });

  it('declines an advice once given, or a year named only as the date of adoption; answers what the body advises on', () => {
    expect(index.ask('Wat was het advies van de speeltuinraad over de tarieven?')).toMatchObject({ kind: 'none' });
    expect(index.ask('Wat waren de tarieven van de speeltuinen in 2026?')).toMatchObject({ kind: 'none' });
    expect(reply('Waarover adviseert de speeltuinraad de gemeente?')).toContain('tarieven');
  });

  it('treats a meeting already held or still to come, and whether something has happened yet, as the state of affairs', () => {
    expect(declineReason('Wanneer was de laatste vergadering van het aanbiedersoverleg?')).toBe('current-state');
    expect(declineReason('Wanneer is de volgende themabijeenkomst?')).toBe('current-state');
    expect(declineReason('Wat gebeurt er in de laatste vergadering van het jaar?')).toBeUndefined();
    expect(declineReason('Wanneer is het reglement voor het laatst gewijzigd?')).toBe('current-state');
    expect(declineReason('Wat stond er op de agenda van de vergadering in maart?')).toBe('current-state');
    expect(declineReason('Wat bespreekt het BO in de vergadering van juni?')).toBeUndefined();
    expect(asksWhoHoldsItNow('Wie wordt de nieuwe vicevoorzitter?')).toBe(true);
    expect(asksWhoHoldsItNow('Wie was in 2018 de nieuwe regiomanager?')).toBe(false);
    expect(asksWhetherDoneYet('Is het reglement al geëvalueerd?')).toBe(true);
    expect(asksWhetherDoneYet('Wanneer wordt het reglement geëvalueerd?')).toBe(false);
  });

  it('reads time words in the sentence before the question as the asker\'s situation, not as a question about today', () => {
    expect(declineReason('Mijn klacht ligt nu al tien weken bij de aanbieder. Wat kan ik doen?')).toBeUndefined();
    expect(declineReason('Vorige week kregen we een brief over een korting. Binnen welke termijn kunnen we bezwaar maken?')).toBeUndefined();
    expect(declineReason('Onlangs is er een aanbieder onder verscherpt toezicht gezet. Welke aanbieder was dat?')).toBe('current-state');
    expect(declineReason('Welke aanbieders staan op dit moment onder verscherpt toezicht?')).toBe('current-state');
    expect(declineReason('Mijn klacht is afgewezen door de aanbieder. Ik ben het er niet mee eens. Wat kan ik nu nog doen?')).toBeUndefined();
    expect(declineReason('De aanbieder reageert niet op mijn klacht, wat moet ik nu doen?')).toBeUndefined();
    expect(declineReason('Welke aanbieders zijn nu in gesprek met de kleine commissie?')).toBe('current-state');
    expect(declineReason('De herstelafspraak is na drie weken nog niet nagekomen. Wat is nu de volgende stap?')).toBeUndefined();
    // After a setup, "hoeveel / welke ... nu" still asks today's figures.
    expect(declineReason('Ik werk bij de gemeente Zwolle. Hoeveel jeugdigen staan er nu op de wachtlijst?')).toBe('current-state');
    // ... unless the asker acts in it: then "nu" is the moment of their own case.
    expect(declineReason('Het is zaterdagnacht en een jongere kan niet meer thuis blijven. Wie bellen wij nu?')).toBeUndefined();
    expect(declineReason('Onze melding is afgewezen. Bij wie kan ik nu terecht?')).toBeUndefined();
    expect(declineReason('Ik ben nieuw in het PFO. Wie is nu de voorzitter?')).toBe('current-state');
    // Who acts in the asker's case: the rule for it, not today's state of affairs.
    expect(declineReason('Vannacht is een jongen opgevangen van wie niemand weet waar hij woont. Wie betaalt nu, en wanneer wordt dat verrekend?')).toBeUndefined();
    expect(declineReason('Onze wethouder is ziek. Wie leidt nu het overleg?')).toBeUndefined();
    expect(declineReason('Wie betaalt nu de crisisopvang?')).toBe('current-state');
    // What someone may or must do "nu" is the rule as it stands; which of them may, today, is not.
    expect(declineReason('Tot welk bedrag mag de stuurgroep bij spoed nu zelf beslissen?')).toBeUndefined();
    expect(declineReason('Moet de aanbieder nu een verbeterplan indienen?')).toBeUndefined();
    expect(declineReason('Welke aanbieders moeten nu een verbeterplan indienen?')).toBe('current-state');
    expect(declineReason('Wie moet nu de crisisopvang betalen?')).toBe('current-state');
    expect(declineReason('Ik werk bij de gemeente Zwolle. Hoeveel jeugdigen hebben wij nu op de wachtlijst?')).toBe('current-state');
    expect(declineReason('Ik ben nieuw. Wie is nu je contactpersoon bij RSJ?')).toBe('current-state');
  });

  it('answers a state the asker dates by the document ("volgens de laatste telling"), and the end date of what runs now', () => {
    expect(declineReason('Hoeveel leerlingen zitten er op dit moment in de klas volgens de laatste telling?')).toBeUndefined();
    expect(declineReason('Hoeveel bezoekers heeft de bibliotheek momenteel volgens het jaarverslag?')).toBeUndefined();
    expect(declineReason('Hoeveel leerlingen zitten er op dit moment in de klas?')).toBe('current-state');
    expect(declineReason('Hoeveel bezoekers heeft de bibliotheek momenteel volgens de wethouder?')).toBe('current-state');
    expect(declineReason('Tot wanneer loopt de huurovereenkomst van het dorpshuis nu door?')).toBeUndefined();
    expect(declineReason('Welke huurovereenkomsten lopen nu door?')).toBe('current-state');
    expect(declineReason('Tot wanneer loopt de huurovereenkomst nu nog?')).toBe('current-state');
  });

  it('answers "op welke dagen" with the weekdays a text gives', async () => {
    const doc = `# Wegwijzer Fietsloket Testland 2031

## 4. Contact

Het fietsloket van de gemeente Testland helpt inwoners bij vragen over fietsenstallingen, via fietsloket@testland.nl. Op e-mails komt binnen 3 werkdagen een reactie. Op maandag en vrijdag van 9.00 tot 12.00 uur houdt het fietsloket een telefonisch spreekuur.

## 5. Kosten

Een plek in de stalling kost € 5 per maand.
`;
    const kb = new KnowledgeIndex([], (await parseDocument('fietsloket.md', Buffer.from(doc))).passages);
    const r = kb.ask('Op welke dagen kan ik het fietsloket bellen?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toContain('maandag en vrijdag');
    const both = kb.ask('Wat is het mailadres van het fietsloket en op welke dagen kan ik ze bellen?');
    expect(both.kind === 'answer' ? both.answer : both.kind).toMatch(/fietsloket@testland\.nl.*maandag en vrijdag/s);
  });

  it('answers "op welke dag van de week" with a weekday, not a date', async () => {
    const doc = `# Reglement Buurtraad Testland 2031

### Artikel 6 Vergaderschema
1. De buurtraad vergadert ten minste zes keer per jaar. Het vergaderschema voor het volgende jaar wordt uiterlijk 1 december vastgesteld.
2. De vergaderingen vinden plaats op woensdag van 19.30 tot 21.30 uur in het dorpshuis.
3. Twee vergaderingen per jaar worden gehouden in een andere wijk van het dorp, volgens een rooster dat de secretaris opstelt.
4. Ten minste drie leden kunnen samen schriftelijk om een extra vergadering vragen. De voorzitter roept die vergadering bijeen binnen vijftien werkdagen na ontvangst van het verzoek.

### Artikel 7 Kosten
De kosten van de zaal komen ten laste van de gemeente.
`;
    const kb = new KnowledgeIndex([], (await parseDocument('buurtraad.md', Buffer.from(doc))).passages);
    const r = kb.ask('Op welke dag van de week vergadert de buurtraad?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toContain('woensdag');
  });

  it('reads "hebben" after a modal verb as an infinitive, which does not look back on the setup\'s time words', () => {
    expect(declineReason('Ik heb gisteren een klacht ingediend bij de aanbieder. Binnen welke termijn moet ik een antwoord hebben?')).toBeUndefined();
    expect(declineReason('We hebben vorige week een verzoek gedaan. Wanneer kunnen we het besluit hebben?')).toBeUndefined();
    // A past tense still looks back on it.
    expect(declineReason('Vorige week was er een BO. Welke besluiten hebben de wethouders toen genomen?')).toBe('current-state');
    expect(declineReason('Onlangs was er een calamiteit. Welke aanbieders hebben dat meegemaakt?')).toBe('current-state');
  });

  it('reads "hoeveel fte" as a count of fte, not as a past participle', () => {
    expect(lacksWhatIsAsked('Hoeveel fte had het team in 2024?', 'In 2024 wordt de omvang van de formatie onderzocht.')).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel fte had het team in 2024?', 'In 2024 telde het team 13,4 fte.')).toBe(false);
  });

  it('does not count a total by the new ones ("31 nieuwe pleeggezinnen" for "hoeveel ... in totaal")', () => {
    expect(lacksWhatIsAsked('Hoeveel pleeggezinnen zijn er in totaal?', 'De campagne leverde 31 nieuwe pleeggezinnen op.')).toBe(true);
    expect(lacksWhatIsAsked('Hoeveel pleeggezinnen zijn er in totaal?', 'Er zijn in totaal 412 pleeggezinnen.')).toBe(false);
    expect(lacksWhatIsAsked('Hoeveel pleeggezinnen kwamen er bij?', 'De campagne leverde 31 nieuwe pleeggezinnen op.')).toBe(false);
    expect(lacksWhatIsAsked('Hoe groot is de totale begroting voor 2026?', 'Voor de regiovisie is in de begroting eenmalig € 50.000 opgenomen.')).toBe(true);
    expect(lacksWhatIsAsked('Hoe groot is de totale begroting voor 2026?', 'De begroting bedraagt € 2,1 miljoen, waarvan eenmalig € 50.000.')).toBe(false);
  });
});
