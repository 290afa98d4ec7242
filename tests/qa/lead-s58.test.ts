import type { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented jaarrekening, aanbestedingsleidraad and kwartaalmonitor of the invented region Veldmark, and a press release
// of its serviceteam, with real gemeenten of IJsselland as such papers have. Written for session 58; each test fails at the
// session's start commit (2920554) unless it says it guards a case the session's changes could break.
const ACCOUNTS = `# Jaarrekening 2066 Serviceteam Jeugd Veldmark

## 1. Het jaar 2066 in het kort

2066 was een jaar met twee gezichten. Inhoudelijk is veel bereikt: de inkoop voor 2068 ligt op schema. Organisatorisch was het
lastiger. Financieel sluit het jaar met een positief resultaat van € 28.300. Dat is 1,6% van de begrote lasten.

## 2. Projecten regioagenda

De regioagenda 2066 telde drie thema's, elk met een bestuurlijk trekker en een projectmanager:
- *Kleinschalig wonen*, trekker wethouder Anna de Vries (Dalfsen): begroot € 80.000, besteed € 52.100;
- *Doorstroom en wachttijden*, trekker wethouder Pieter Smit (Ommen): begroot € 45.000, besteed € 47.300;
- *Inkoop 2068*, trekker wethouder Joris Bakker (Raalte): begroot € 30.000, besteed € 18.400.

## 4. Bijdragen van de gemeenten

De deelnemers dragen samen de kosten van het serviceteam, verdeeld volgens een sleutel die elk jaar in de bijdrageregeling
wordt vastgelegd. Voor 2066 is uitgegaan van het aantal inwoners tot 18 jaar per gemeente op de peildatum 1 januari 2065.
Ieder kwartaal maakt een gemeente vooraf een kwart van haar bijdrage over.

| Gemeente | Verdeelsleutel 2066 | Bijdrage 2066 | Voorschot per kwartaal |
| --- | ---: | ---: | ---: |
| Dalfsen | 21,40% | € 321.000 | € 80.250 |
| Ommen | 18,60% | € 279.000 | € 69.750 |
| Raalte | 33,10% | € 496.500 | € 124.125 |
| Staphorst | 26,90% | € 403.500 | € 100.875 |

## 6. Weerstandsvermogen

De beschikbare weerstandscapaciteit bestaat uit de algemene reserve en de post onvoorzien. Gewogen tellen de risico's op tot
€ 91.000. De verhouding tussen beschikbare en benodigde capaciteit, de weerstandsratio, is daarmee 1,62. In de gangbare
normering valt dat in de klasse "ruim voldoende". Na de voorgestelde toevoeging aan de algemene reserve stijgt de ratio naar 1,70.

## 7. Rechtmatigheid

Het bestuur legt zelf verantwoording af over de rechtmatigheid; de accountant toetst die. In 2066 is één onrechtmatigheid
vastgesteld. De opdracht aan een extern adviseur is in mei verlengd zonder dat eerst meerdere offertes zijn opgevraagd. Het gaat
om € 37.900. Het bedrag ligt onder de verantwoordingsgrens, maar is wel toegelicht.
`;

const TENDER = `# Aanbestedingsleidraad Kortdurend Verblijf Veldmark 2068

## 3. Besluitvorming

De regiomanager gunt namens het bestuur. Dat mandaat kent grenzen. Komen op een perceel te weinig geschikte inschrijvingen binnen,
of dreigt de raming met meer dan 15% te worden overschreden, dan gaat de kwestie terug naar het bestuur. De kleine commissie
bereidt zo'n voorstel voor.

## 4. Planning

| Stap | Datum | Tijdstip |
| --- | --- | --- |
| Publicatie | dinsdag 8 april 2067 | – |
| Informatiebijeenkomst | maandag 12 mei 2067 | 14.00 uur |
| Uiterste termijn voor vragen | vrijdag 6 juni 2067 | 12.00 uur |
| Uiterste termijn van inschrijving | dinsdag 2 september 2067 | 12.00 uur |

## 6. Risicocategorieën

De risicoscore weegt signalen, financiële gegevens en omzet. Een aanbieder met een jaaromzet in de regio van meer dan € 2 miljoen
komt nooit lager dan categorie B. Het eerstgenoemde
spreekt voor zich; over het tweede is in de evaluatie lang gesproken.

## 8. Tarieven

Het tarief voor kortdurend verblijf is € 389,50 per etmaal. Er geldt een spoedtoeslag van 9% als een plaats binnen 24 uur na het
verzoek van de Toegang beschikbaar is, en dan alleen de eerste tien etmalen.

## 9. Looptijd en verlenging

De overeenkomsten lopen van 1 januari 2068 tot en met 31 december 2071. Daarna kan het serviceteam ze één keer met twee jaar
verlengen. Het bestuur beslist over verlenging, en de aanbieder hoort dat uiterlijk acht maanden voor de afloop.
`;

const MONITOR = `# Kwartaalmonitor Jeugdhulp Veldmark Q2 2067

## Samenvatting

In het tweede kwartaal steeg het aantal jeugdigen in zorg licht. Tot en met juni is € 41,3 miljoen uitgegeven, 52,4% van het
jaarbudget.

## 1. Wat is er veranderd

De gemeente Ommen is in april overgestapt op een nieuw registratiesysteem voor de Toegang. In de eerste weken zijn toewijzingen
dubbel doorgezet, wat bij een deel van de aanbieders tot dubbele declaraties leidde.

## 3. Kosten per gemeente

De uitputting verschilt sterk per gemeente. Zwolle, Deventer en Kampen liggen boven het lineaire verloop, Dalfsen, Hardenberg,
Raalte en Staphorst eronder. Voor Ommen geldt een bijzonderheid. Door de dubbele declaraties uit de overgang lag de realisatie
in eerste instantie € 211.000 te hoog. Dat bedrag is met de aanbieders gecorrigeerd.

## 4. Kosten per perceel

De jeugd-GGZ (perceel 2) komt uit op € 12,4 miljoen, een uitputting van 44,1%. Dat lijkt gunstig, maar het lage percentage komt
deels doordat Kinderhuis Zonnedauw sinds 1 juni geen nieuwe aanmeldingen voor diagnostiek aanneemt.

## 5. Escalaties

1. **Horizon Jeugd – financiële problemen.** De aanbieder meldde in mei een tekort; het continuïteitsplan is in werking.
2. **Kinderhuis Zonnedauw – aanmeldstop diagnostiek.** De aanmeldstop was niet vooraf met de regio afgestemd. Na twee gesprekken
   is de zaak in de kleine commissie besproken. Zonnedauw heeft inmiddels toegezegd vanaf 1 oktober weer beperkt aanmeldingen
   aan te nemen, met voorrang voor spoed.

## 7. Team contractmanagement

Het team werkt voor Dalfsen, Deventer, Hardenberg, Kampen, Ommen, Raalte, Staphorst en Zwolle. Het bestaat uit:
- Eva Jansen, contractmanager, accounthouder voor Dalfsen, Ommen en Raalte;
- Bas Mulder, contractmanager, accounthouder voor Deventer en Kampen;
- Lotte Visser, contractmanager, accounthouder voor Hardenberg, Staphorst en Zwolle.
`;

const RELEASE = `# Serviceteam Jeugd Veldmark gaat van start

Op 1 januari 2070 gaat het Serviceteam Jeugd Veldmark van start. Het komt voort uit de samenvoeging van twee regionale bureaus.

Om als gemeenschappelijke regeling te kunnen werken, moesten alle betrokken gemeenteraden instemmen. Donderdag 18 december werd
het voorstel besproken in de gemeente Raalte en daarmee ging de laatste gemeenteraad akkoord.

## Werkorganisatie

Het serviceteam heeft structureel een formatie van 9,40 fte (ongeveer elf medewerkers). Zo nodig huurt het een kleine schil
van externen in.

## Regioagenda

Onder het hoofddoel van een dekkend zorglandschap werkt de regioagenda in 2070 aan twee onderwerpen:
1. kleinschalig wonen voor jongeren;
2. kortere wachttijden in de hele keten.

## Randvoorwaarden

Voor de uitvoering van de regioagenda is sinds de eerste begroting structureel 1,20 fte beschikbaar (projectleiderschap).

In de Veldmarkmonitor kan worden ingezoomd op gemeenten, aanbieders, producten, verwijzers en periode.
`;

let accounts: KnowledgeIndex;
let tender: KnowledgeIndex;
let monitor: KnowledgeIndex;
let release: KnowledgeIndex;

beforeAll(async () => {
  accounts = await indexWithCuratedFacts('jaarrekening-veldmark-2066.md', ACCOUNTS);
  tender = await indexWithCuratedFacts('aanbestedingsleidraad-veldmark-2068.md', TENDER);
  monitor = await indexWithCuratedFacts('kwartaalmonitor-veldmark-q2-2067.md', MONITOR);
  release = await indexWithCuratedFacts('persbericht-serviceteam-veldmark.md', RELEASE);
});

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : `declined: ${r.reason}`);

describe('what is asked', () => {
  it('gives the one trekker of the theme asked, not every trekker of the list', () => {
    const answer = text(accounts.ask('wie was in 2066 bestuurlijk trekker van het thema doorstroom & wachttijd?'));
    expect(answer).toMatch(/Pieter Smit/);
    expect(answer).not.toMatch(/Anna de Vries/);
  });
  it('reads "over welk bedrag hebben we het" as an amount asked', () => {
    expect(text(accounts.ask('Collega zei dat er iets onrechtmatigs in de jaarrekening zat. Wat was dat precies en over welk bedrag hebben we het?'))).toMatch(/37\.900/);
  });
  it('reads "op basis waarvan" as the basis asked ("is uitgegaan van ...")', () => {
    expect(text(accounts.ask('Hoe wordt de bijdrage per gemeente eigenlijk verdeeld, op basis waarvan?'))).toMatch(/inwoners tot 18 jaar/);
  });
  it('answers "is dat genoeg" after a dash with the judgement of the figure', () => {
    expect(text(accounts.ask("Hoe dik is de buffer in verhouding tot de risico's – welke ratio komt eruit en is dat genoeg?"))).toMatch(/ruim voldoende/);
  });
  it('reads "saldo" as the result the year closes with', () => {
    expect(text(accounts.ask('met welk saldo sluit het serviceteam boekjaar 2066 af'))).toMatch(/28\.300/);
  });
  it('reads "sowieso" as a filler and "minimaal in B" as "nooit lager dan categorie B"', () => {
    expect(text(tender.ask('vanaf welke omzet zit een aanbieder sowieso minimaal in B?'))).toMatch(/2 miljoen/);
  });
  it('reads "wanneer sluit de inschrijving" as its uiterste termijn in the planning', () => {
    expect(text(tender.ask('aanbieder belde me net, wanneer sluit de inschrijving nou precies?'))).toMatch(/2 september 2067/);
  });
  it('counts "van tevoren" as a frame of how long, not a topic word the sentence must share', () => {
    expect(text(tender.ask('hoeveel maanden van tevoren moet een aanbieder horen of zn contract wordt verlengd'))).toMatch(/acht maanden/);
  });
  it('answers "vanaf hoeveel overschrijding" with a percentage, and keeps "duurder" unchanged by the speller', () => {
    expect(text(tender.ask('stel de gunning valt veel duurder uit dan geraamd, mag de regiomanager dan gewoon doorgunnen? vanaf hoeveel overschrijding moet het terug naar het bestuur en wie bereidt dat voor'))).toMatch(/15%/);
  });
  it('reads "hoeveel en hoe lang" as an amount and a length, no count of "en"', () => {
    const answer = text(tender.ask('spoedplaatsing binnen 24 uur, krijgt de aanbieder dan een hoger tarief? hoeveel en hoe lang'));
    expect(answer).toMatch(/9%/);
    expect(answer).toMatch(/tien etmalen/);
  });
});

describe('places, moments and the asker\'s case', () => {
  it('reads a sentence that names the gemeente asked alone, in a passage that goes through many', () => {
    expect(text(monitor.ask('Ommen had toch dubbele declaraties door dat nieuwe registratiesysteem? om welk bedrag ging het'))).toMatch(/211\.000/);
  });
  it('reads a list item that names the gemeente asked among few with the role asked', () => {
    expect(text(monitor.ask('wie is bij jullie accounthouder voor ommen'))).toMatch(/Eva Jansen/);
  });
  it('reads a time to come in the asker\'s case ("volgende week in het MO.") as no question about today', () => {
    expect(text(monitor.ask('ik zit volgende week in het MO. hoeveel is er t/m juni al uitgegeven aan jeugdhulp en welk percentage van het budget is dat?'))).toMatch(/41,3 miljoen/);
  });
  it('gives the moment something starts again for "per wanneer ... weer", not the one it stopped', () => {
    expect(text(monitor.ask('Per wanneer neemt Zonnedauw weer nieuwe aanmeldingen aan?'))).toMatch(/1 oktober/);
  });
  it('reads a day without a year as of the year before the document\'s 1 januari', () => {
    expect(text(release.ask('welke gemeenteraad ging in 2069 als laatste akkoord met de gemeenschappelijke regeling?'))).toMatch(/Raalte/);
  });
  it('counts in the second ask what the first counts ("en hoeveel is er voor ...")', () => {
    const answer = text(release.ask('hoeveel fte heeft het serviceteam structureel en hoeveel is er voor de regio agenda'));
    expect(answer).toMatch(/9,40/);
    expect(answer).toMatch(/1,20/);
  });
  it('reads "op welke dimensies ... op inzoomen" after the asker\'s wish as the list asked, no "opmaken"', () => {
    expect(text(release.ask('ik wil een analyse maken in de Veldmarkmonitor, op welke dimensies kan ik daar allemaal op inzoomen?'))).toMatch(/verwijzers/);
  });
});
