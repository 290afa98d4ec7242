import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { toPassages } from '../../src/features/qa/passages';

// An invented proposal (not an evaluation document): decision points, arguments with sub-numbered paragraphs, risks and
// alternatives as paragraphs opening with a bold numbered or lettered label, and advice given as "Ten eerste ... Ten tweede".
const NOTA = `# Adviesnota Logeeropvang jeugd Testland vanaf 2032

**Aan:** Dagelijks Bestuur Jeugdregio Testland
**Datum:** 3 maart 2031

## Beslispunten

Het Dagelijks Bestuur wordt gevraagd:

1. In te stemmen met een regionale voorziening voor logeeropvang met 14 logeerbedden in Noordhaven en Zuiddijk vanaf 1 januari 2032.
2. In te stemmen met een vaste vergoeding per logeerbed van 60% van het tarief, aangevuld met een vergoeding per logeernacht.
3. Het regiobureau opdracht te geven de inkoop voor te bereiden en uiterlijk 1 juni 2031 te publiceren, met een looptijd van drie jaar.
4. In te stemmen met een kostenverdeling naar rato van het aantal inwoners tot 18 jaar, met een overgangsjaar voor de kleinste gemeenten.
5. Voor 2031 een eenmalig voorbereidingsbudget van € 96.000 beschikbaar te stellen via de tweede begrotingswijziging.
6. Het regiobureau te vragen in het voorjaar van 2033 een evaluatie aan het bestuur voor te leggen.

## Argumenten

**1. Ouders worden ontlast.**

1.1 Logeeropvang geeft ouders van kinderen met een zware zorgvraag adem. Een weekend per maand blijkt in de proef voldoende om een uithuisplaatsing te voorkomen.

1.2 Het kind houdt zijn eigen school. De logeerhuizen liggen binnen dertig minuten van elke school in de regio.

## Kanttekeningen en risico's

**1. Te weinig begeleiders.** Voor de logeerhuizen zijn ongeveer 21 fte aan begeleiders nodig. Het werven daarvan kan langer duren dan gepland.

**2. Lege bedden in de zomer.** In de zomervakantie logeren minder kinderen. De regio betaalt dan toch de vaste vergoeding.

**3. Een lange wachtlijst.** Als de vraag groter is dan verwacht, ontstaat een wachtlijst.
Daardoor moeten ouders langer wachten op hun eerste weekend. Het regiobureau houdt de wachtlijst per kwartaal bij.

**4. Onvoldoende inschrijvingen.** Als er te weinig aanbieders inschrijven, volgt een tweede ronde. Dat kost ongeveer twee maanden.

**5. Nieuwe landelijke regels.** Een landelijke norm voor logeeropvang kan het contract raken. Het contract krijgt daarom een wijzigingsclausule.

## Alternatieven

**A. Alles laten zoals het is.** Elke gemeente koopt dan zelf logeeropvang in. Dit alternatief is afgewezen, omdat kleine gemeenten dan geen aanbieder vinden.

**B. Aansluiten bij de logeervoorziening van Westmark.** Verkend is of Testland kan meedoen met de logeervoorziening van de regio Westmark. Dit alternatief is afgewezen omdat het contract van Westmark doorloopt tot 1 juli 2034 en de reistijd voor ouders uit het noorden te lang is. Wel blijven beide regio's kennis delen.

## Advies ambtelijk overleg

Het ambtelijk overleg heeft het voorstel op 12 februari 2031 besproken en positief geadviseerd. Het ambtelijk overleg gaf twee aandachtspunten mee. Ten eerste moeten de logeerhuizen goede afspraken maken met de wijkteams over de aanmelding. Ten tweede adviseert het ambtelijk overleg de kostenverdeling na een jaar te bekijken. Beide punten zijn in deze nota verwerkt.
`;

// An invented regulation: steps numbered inside a lid whose first sentence says when they apply.
const REGLEMENT = `# Reglement van orde Stuurgroep Wijkteams Testland 2031

## Artikel 6. Spoedbesluit

1. Kan een besluit niet wachten tot de volgende vergadering, dan kan de voorzitter besluiten tot een digitale stemronde onder alle leden van de stuurgroep. Daarbij gelden de volgende stappen:
   1. de secretaris mailt het voorstel aan alle leden, met de reden van de spoed en de uiterste datum voor een reactie;
   2. de reactietermijn is ten minste twee werkdagen, behalve bij een calamiteit, waarbij de voorzitter de termijn kan verkorten;
   3. ieder lid reageert binnen de termijn met instemming, bezwaar of onthouding;
   4. het voorstel is aangenomen als ten minste vijf leden instemmen en niet meer dan één lid bezwaar maakt; maken twee of meer leden bezwaar, dan roept de voorzitter binnen vijf werkdagen een extra vergadering bijeen, die ook digitaal kan plaatsvinden;
   5. de secretaris meldt de uitkomst aan alle leden en neemt het besluit op in de besluitenlijst van de volgende vergadering.
2. Een lid dat niet reageert, wordt geacht zich te onthouden.
3. Een digitale stemronde is niet toegestaan voor de keuze van de voorzitter of de wijziging van dit reglement.
4. De secretaris bewaart de reacties van de leden bij de stukken van de eerstvolgende vergadering, zodat ieder lid later kan nagaan hoe het besluit tot stand is gekomen.
5. Is een lid het niet eens met de manier waarop de stemronde is verlopen, dan kan het lid dat in de eerstvolgende vergadering aan de orde stellen; de stuurgroep besluit dan of de stemronde wordt overgedaan.
`;

// An invented procedure of seven steps, longer than one answer and shorter than a list asked whole may be.
const PROCEDURE = `# Regeling klachten logeerhuizen Testland 2031

## Artikel 4. Behandeling van een klacht

Een klacht over een logeerhuis wordt in de volgende stappen behandeld:

1. De ouder dient de klacht schriftelijk of per e-mail in bij de klachtenfunctionaris van het regiobureau, binnen drie maanden na het voorval waarover de klacht gaat.
2. De klachtenfunctionaris bevestigt de ontvangst binnen vijf werkdagen en vraagt het logeerhuis om binnen tien werkdagen schriftelijk te reageren op de klacht.
3. De klachtenfunctionaris nodigt de ouder en het logeerhuis uit voor een gesprek, waarin beiden hun kant toelichten en samen naar een oplossing zoeken die voor het kind werkt.
4. Lukt een oplossing niet, dan legt de klachtenfunctionaris de klacht voor aan de klachtencommissie van de regio, die beide partijen binnen vier weken hoort.
5. De klachtencommissie geeft binnen zes weken na de hoorzitting een schriftelijk oordeel over de klacht en doet zo nodig aanbevelingen aan het logeerhuis.
6. Het logeerhuis laat de klachtenfunctionaris binnen een maand na het oordeel weten welke maatregelen het neemt en wanneer die klaar zijn.
7. De klachtenfunctionaris sluit de klacht af met een brief aan de ouder, uiterlijk drie maanden na het oordeel, en neemt de klacht op in het jaarverslag.
`;

const ask = async (text: string, file: string, question: string) => {
  const kb = new KnowledgeIndex([], (await parseDocument(file, Buffer.from(text))).passages);
  const r = kb.ask(question);
  return r.kind === 'answer' ? r.answer : r.kind;
};

describe('lists in proposals and regulations', () => {
  it('reads a paragraph opening with a bold numbered or lettered label as an item of a list, its label as a sentence', () => {
    const risks = toPassages(NOTA, 'nota.md').passages.filter((p) => p.section === "Kanttekeningen en risico's").map((p) => p.text).join('\n');
    expect(risks).not.toContain('**');
    expect(risks).toMatch(/^1\. Te weinig begeleiders\. Voor de logeerhuizen/m);
    expect(risks).toMatch(/^4\. Onvoldoende inschrijvingen\. Als er/m);
  });

  it('opens a new paragraph at a bold label that a PDF line runs on to or wraps inside, and at a sub-numbered paragraph', () => {
    const text = '# Notitie Testland\n\n## Risico\'s\n\nDe regio ziet twee risico\'s. **1. Te weinig personeel.** Werven duurt lang. **2. Lege bedden in de zomervakantie, wanneer veel gezinnen zelf op reis gaan en er minder\nkinderen komen logeren.** De regio betaalt toch.\n\n## Argumenten\n\nDe regio kiest voor logeeropvang.\n1.1 Ouders worden ontlast. Een weekend per maand helpt.\n';
    const texts = toPassages(text, 'notitie.pdf').passages.map((p) => p.text);
    expect(texts.join('\n')).toMatch(/^1\. Te weinig personeel\. Werven duurt lang\.$/m);
    expect(texts.join('\n')).toMatch(/^2\. Lege bedden in de zomervakantie, .* minder kinderen komen logeren\. De regio betaalt toch\.$/m);
    expect(texts.join('\n')).toMatch(/^1\.1 Ouders worden ontlast\./m);
  });

  it('gives every decision point, with its number, when all are asked for "op een rij"', async () => {
    const answer = await ask(NOTA, 'nota.md', 'Wat moet het bestuur besluiten over de logeerbedden? Graag alle beslispunten op een rij.');
    for (const n of [1, 2, 3, 4, 5, 6]) expect(answer).toMatch(new RegExp(`^${n}\\. `, 'm'));
  });

  it('gives every decision point when the question asks for "de volledige lijst" or "het hele rijtje", words no document uses', async () => {
    for (const ending of ['Geef de volledige lijst.', 'Graag het hele rijtje.']) {
      const answer = await ask(NOTA, 'nota.md', `Wat moet het bestuur besluiten over de logeerbedden? ${ending}`);
      for (const n of [1, 2, 3, 4, 5, 6]) expect(answer).toMatch(new RegExp(`^${n}\\. `, 'm'));
    }
  });

  it('gives every risk a proposal names, numbered, its item split by a page break included', async () => {
    const answer = await ask(NOTA, 'nota.md', "Welke risico's noemt de nota over logeeropvang?");
    expect(answer).not.toContain('**');
    for (const label of ['1. Te weinig begeleiders.', '2. Lege bedden in de zomer.', '3. Een lange wachtlijst.', '4. Onvoldoende inschrijvingen.', '5. Nieuwe landelijke regels.']) expect(answer).toContain(label);
  });

  it("answers why an alternative fell away from that alternative's paragraph, its reason included", async () => {
    const answer = await ask(NOTA, 'nota.md', 'Waarom is aansluiten bij de logeervoorziening van Westmark afgevallen?');
    expect(answer).toContain('1 juli 2034');
    expect(answer).not.toContain('kleine gemeenten');
  });

  it('gives an announced enumeration in prose whole when the answer is more than one of its items', async () => {
    const answer = await ask(NOTA, 'nota.md', 'Wat was het advies van het ambtelijk overleg over de logeeropvang?');
    expect(answer).toMatch(/positief geadviseerd.*Ten eerste moeten de logeerhuizen.*Ten tweede adviseert/s);
  });

  it('gives a procedure asked whole with every step, though it is longer than one answer', async () => {
    const answer = await ask(PROCEDURE, 'klachten.md', 'Kun je alle stappen van de behandeling van een klacht over een logeerhuis op een rij zetten?');
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(answer).toMatch(new RegExp(`^${n}\\. `, 'm'));
    expect(answer).toContain('jaarverslag');
  });

  it('gives the steps a lid introduces, with the sentence that says when they apply, when steps are asked', async () => {
    const answer = await ask(REGLEMENT, 'reglement.md', 'Hoe verloopt een digitale stemronde als een besluit niet kan wachten tot de volgende vergadering?');
    expect(answer).toMatch(/^Kan een besluit niet wachten/);
    for (const n of [1, 2, 3, 4, 5]) expect(answer).toMatch(new RegExp(`^${n}\\. `, 'm'));
    expect(answer).not.toContain('keuze van de voorzitter');
  });
});
