import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { inDocumentWords } from '../../src/features/qa/everyday-words';
import { declineReason } from '../../src/features/qa/declines';
import { twoAsks } from '../../src/features/qa/question-setup';

// An invented reply of a regional board to its councils on a draft budget: a topic per paragraph with run-in labels
// ("**Vraag.**", "**Reactie.**", "**Gevolg.**"), a table of changes with a sentence after it that leans on the whole
// table, a table per gemeente of contributions before and after and a refund, and a table of costs per kind of care
// against the estimate. Written for session 39; each test says whether it fails at the session's start commit (2b41861).
const REACTIENOTA = `# Reactienota zienswijzen begroting 2053 Jeugdregio Vechtdal

## 1. Procedure

De termijn voor zienswijzen sloot op 3 juni 2052. Alle zeven raden hebben gereageerd.

Vier raden stemden zonder voorbehoud in met de ontwerpbegroting. Twee raden stemden in, maar plaatsten kanttekeningen. Eén raad, die van Hardenberg, stemde niet in.

De raad van Hardenberg stemde niet in met de ontwerpbegroting. De belangrijkste reden was de uitbreiding van het secretariaat met 0,8 fte.

## 2. Reactie per onderwerp

### 2.1 Loonindexatie

**Vraag.** Ommen vond een loonindexatie van 4,2 procent te hoog. De raad wees erop dat het nieuwe cao-akkoord een lagere loonstijging geeft, en vroeg de begroting daarop aan te passen.

**Reactie.** Het bestuur volgt Ommen. De indexatie gaat omlaag naar 3,4 procent.

**Gevolg.** De lasten dalen met € 21.000.

### 2.2 Ontmoetingen met raadsleden

**Vraag.** Dalfsen vroeg om vaste momenten waarop raadsleden worden bijgepraat.

**Reactie.** Het bestuur neemt dit over. Vanaf 2053 zijn er drie werkbezoeken voor raadsleden per jaar. Het eerste is in april, bij een aanbieder van pleegzorg. Het tweede en het derde volgen in het najaar, waarbij ook cijfers uit de regionale monitor worden toegelicht.

**Gevolg.** Een verhoging van € 6.500 per jaar voor vervoer en zaalhuur.

### 2.3 Grens aan de stijging

**Vraag.** Twenterand vroeg de stijging van de bijdrage te beperken tot 2 procent.

**Reactie.** Het bestuur begrijpt de vraag. De aanpassingen uit 2.1 en 2.2 verlagen de stijging al van 5,1 naar 3,9 procent. Verder omlaag naar 2 procent zou betekenen dat het secretariaat moet inleveren. Het bestuur acht dat niet verantwoord, gezien de groei van het aantal contracten.

### 2.4 Nieuwe huisvesting

**Vraag.** Coevorden vroeg waar het secretariaat straks zit.

**Reactie.** Het secretariaat verhuist in 2053 naar een kantoor bij het station van Hardenberg met 9 werkplekken.

### 2.5 Uitbreiding secretariaat

**Vraag.** Hardenberg wilde eerst een evaluatie van de werkdruk.

**Reactie.** Het bestuur houdt vast aan 0,8 fte extra. De evaluatie is in het voorjaar klaar en is een logisch ijkpunt. Daarom wordt de extra fte pas per 1 oktober 2053 ingevuld.

## 3. Wijzigingen in de begroting 2053

| Wijziging | Aanleiding | Bedrag |
| --- | --- | --- |
| Loonindexatie van 4,2 naar 3,4 procent | Ommen | − € 21.000 |
| Onderzoek nieuwe kostenverdeling | Coevorden | + € 30.000 |
| Drie werkbezoeken voor raadsleden | Dalfsen | + € 6.500 |
| **Saldo wijziging lasten** | | **+ € 15.500** |

Hierdoor komen de lasten in de definitieve begroting uit op € 1.915.500. Omdat het onderzoek naar de kostenverdeling uit de reserve sociaal domein wordt betaald, stijgt de bijdrage van de gemeenten niet mee.

## 4. Bijdrage per gemeente

De verdeelsleutel is gebaseerd op het aantal inwoners tot 18 jaar per gemeente.

| Gemeente | Verdeelsleutel | Bijdrage ontwerp 2053 | Bijdrage definitief 2053 | Verschil |
| --- | --- | --- | --- | --- |
| Dalfsen | 14,0% | € 270.000 | € 268.100 | − € 1.900 |
| Hardenberg | 31,0% | € 598.000 | € 593.700 | − € 4.300 |
| Ommen | 9,5% | € 183.200 | € 181.900 | − € 1.300 |

## 5. Resultaat 2052

| Gemeente | Bijdrage 2052 (€) | Terugbetaling (€) |
| --- | ---: | ---: |
| Dalfsen | 262.000 | 4.410 |
| Hardenberg | 580.000 | 9.765 |
| Ommen | 177.500 | 2.990 |

## 6. Kosten per zorgvorm

| Zorgvorm | Geraamd 2052 | Werkelijk 2052 | Verschil |
| --- | ---: | ---: | ---: |
| Ambulante hulp | 12,4 | 12,1 | −0,3 |
| Pleegzorg | 6,8 | 8,9 | +2,1 |
| Crisisopvang | 2,2 | 2,6 | +0,4 |

## 7. Rechtmatigheid

In 2052 is één onrechtmatigheid gevonden bij een betaling aan een aanbieder. Het onrechtmatige deel is € 12.700, onder de grens van € 55.000.

## 8. Bezoldiging

| Gegevens secretaris | 2052 |
| --- | --- |
| Functie | Secretaris |
| Totale bezoldiging | € 98.400 |

## 9. Spoed

Een calamiteit die niet kan wachten op het volgende BO gaat direct naar de voorzitter, die binnen twee dagen een spoedoverleg belegt.
`;

const nota = async () => indexWithCuratedFacts('reactienota-zienswijzen-begroting-2053-vechtdal.md', REACTIENOTA);
const text = (result: QaResult) => (result.kind === 'answer' ? result.answer : `(${result.kind})`);
const ask = async (question: string) => text((await nota()).ask(question));

describe('a paragraph per topic with run-in labels (session 39)', () => {
  it('passes at 2b41861 (a guard): "waarom ... en naar welk percentage" is answered by the topic, which gives the why, not by the row of changes', async () => {
    const answer = await ask('Waarom is de loonindexatie in de begroting aangepast en naar welk percentage gaat die?');
    expect(answer).toContain('cao-akkoord');
    expect(answer).toContain('3,4 procent');
  });

  it('fails at 2b41861: "..., en wat is daarvoor begroot?" brings the amount of the topic\'s consequence', async () => {
    const answer = await ask('Hoeveel werkbezoeken voor raadsleden komen er per jaar, en wat is daarvoor begroot?');
    expect(answer).toContain('drie werkbezoeken');
    expect(answer).toContain('6.500');
  });

  it('fails at 2b41861: "gezien de groei" and "zou betekenen dat" give a reason', async () => {
    expect(await ask('Waarom gaat het bestuur niet mee in de wens van Twenterand om de stijging tot 2 procent te beperken?')).toMatch(/secretariaat moet inleveren|groei van het aantal contracten/);
  });
});

describe('a table of changes and the sentence after it (session 39)', () => {
  it('fails at 2b41861: "waaruit wordt het betaald" is answered by the text that says from what, with the amount of the row', async () => {
    const answer = await ask('Hoeveel kost het onderzoek naar een nieuwe kostenverdeling en waaruit wordt dat betaald?');
    expect(answer).toContain('30.000');
    expect(answer).toContain('reserve sociaal domein');
  });

  it('fails at 2b41861: "Hierdoor ..." after a table leans on all of it: it gives no reason for one of its rows', async () => {
    const answer = await ask('Waarom is de loonindexatie in de begroting aangepast?');
    expect(answer).toContain('cao-akkoord');
    expect(answer).not.toContain('Hierdoor komen de lasten');
  });
});

describe('columns named by the change asked (session 39)', () => {
  it('fails at 2b41861: "met hoeveel daalt ... ten opzichte van het ontwerp" is the column of differences', async () => {
    expect(await ask('Met hoeveel euro daalt de bijdrage van Hardenberg ten opzichte van het ontwerp?')).toContain('4.300');
  });

  it('fails at 2b41861: "krijgt ... terug over 2052" is the refund, a column of money named by a word, not the column of the year', async () => {
    const answer = await ask('Hoeveel geld krijgt de gemeente Ommen terug over 2052?');
    expect(answer).toContain('2.990');
    expect(answer).not.toContain('177.500');
  });

  it('fails at 2b41861: "liepen ... het meest uit de hand" is the highest overrun', async () => {
    expect(await ask('Bij welke zorgvorm liepen de kosten in 2052 het meest uit de hand, en met hoeveel?')).toMatch(/Pleegzorg[^\n]*2,1/);
  });
});

describe('the question read as the text says it (session 39)', () => {
  it('fails at 2b41861: "heeft tegen ... gestemd" did not agree', async () => {
    expect(inDocumentWords('Welke gemeente heeft tegen de ontwerpbegroting 2053 gestemd?')).toContain('stemde niet in met de ontwerpbegroting 2053');
    expect(await ask('Welke gemeente heeft tegen de ontwerpbegroting 2053 gestemd, en wat was daarvoor de reden?')).toMatch(/Hardenberg[^]*secretariaat/);
  });

  it('fails at 2b41861: "die sleutel" in a second ask is the verdeelsleutel the first ask names', async () => {
    const answer = await ask('Welk percentage betaalt Ommen volgens de verdeelsleutel, en waar is die sleutel op gebaseerd?');
    expect(answer).toContain('9,5%');
    expect(answer).toContain('inwoners tot 18 jaar');
  });

  it('fails at 2b41861: "wat verdiende" asks a salary, which the row of the bezoldiging gives', async () => {
    expect(await ask('Wat verdiende de secretaris in 2052?')).toContain('98.400');
  });

  it('fails at 2b41861: "hoe groot" asks a size, which neither a year nor "één onrechtmatigheid" gives', async () => {
    expect(await ask('Hoe groot was de onrechtmatigheid die in 2052 werd gevonden?')).toContain('12.700');
  });

  it('fails at 2b41861: a calamity that cannot wait for the next meeting is a situation, not a question about today', async () => {
    expect(declineReason('Wat gebeurt er bij een calamiteit die niet kan wachten op het volgende BO?')).toBeUndefined();
    expect(declineReason('Wat staat er op het volgende BO?')).toBe('current-state');
  });

  it('fails at 2b41861: "per wanneer ... nu" asks the moment a decision set, which the document gives, said as of the document', async () => {
    expect(await ask('Per wanneer wordt die extra fte voor het secretariaat nu ingevuld?')).toContain('1 oktober 2053');
  });

  it('fails at 2b41861: "op welk adres" asks an address, which a text naming only the place does not give', async () => {
    expect(await ask('Op welk adres bij het station van Hardenberg komt het nieuwe kantoor van het secretariaat?')).toBe('(none)');
  });
});

describe('a short second ask that points back (session 39)', () => {
  it('fails at 2b41861: "... en van wanneer is die?" is a second ask, short as it is', () => {
    expect(twoAsks('Door wie is de nota over de wachttijden opgesteld en van wanneer is die?')).toEqual(['Door wie is de nota over de wachttijden opgesteld', 'van wanneer is die?']);
  });
});
