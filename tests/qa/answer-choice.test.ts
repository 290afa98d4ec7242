import { Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { docxText } from '../../src/features/qa/docx-text';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { amountRanges, askedAmount, fitsAmount, withoutAskedAmount } from '../../src/features/qa/amount-thresholds';
import { withJoinedVerbs } from '../../src/features/qa/separable-verbs';
import { termsOf, tokenize } from '../../src/features/qa/dutch-text';
import { withoutIdioms } from '../../src/features/qa/question-frames';
import { lacksWhatIsAsked } from '../../src/features/qa/declines';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { namesRowByOwnWord } from '../../src/features/qa/row-names';

// An invented procurement rule (not an evaluation document): amounts as thresholds, who does what per lid.
const REGELING = `# Aanbestedingsregels Testland 2026

## Artikel 1 Offertes
1. Voor een opdracht met een waarde onder EUR 40.000 vraagt de afdeling één leverancier om een offerte.
2. Voor een opdracht van EUR 40.000 tot EUR 200.000 vraagt de afdeling ten minste vier leveranciers om een offerte.
3. Boven EUR 200.000 schrijft de afdeling een openbare aanbesteding uit.

## Artikel 2 Handtekening
1. De directeur ondertekent contracten tot en met EUR 80.000. Hij doet dat namens het college en legt een kopie in het archief van de afdeling.
2. Contracten van meer dan EUR 80.000 worden ondertekend door de wethouder financiën. De directeur parafeert die contracten vooraf.
3. Een contract wordt pas ondertekend nadat de offertes zijn vergeleken en de afdeling de keuze schriftelijk heeft gemotiveerd in het dossier.

## Artikel 3 Dossier
1. Voor iedere opdracht legt de afdeling de raming vast voordat leveranciers worden benaderd, zodat achteraf te zien is welke waarde is verwacht.
2. De inkoopcoördinator houdt voor iedere opdracht een dossier bij.
3. Het dossier bevat ten minste:
a. de raming;
b. de ontvangen offertes;
c. het getekende contract.
4. Wie het dossier wil inzien, vraagt dat bij de afdeling aan.

## Artikel 4 Bezwaar
1. Een leverancier die het oneens is met een gunning, kan binnen twintig dagen een bezwaar over de aanbesteding indienen bij het meldpunt van de afdeling. Het meldpunt bevestigt de ontvangst binnen twee werkdagen per e-mail aan de leverancier.
2. Het bezwaar wordt behandeld door een jurist die er eerder niet bij betrokken was.
3. De leverancier ontvangt binnen tien werkdagen een schriftelijke reactie op zijn bezwaar. Zolang het bezwaar loopt, wordt het contract met de gekozen leverancier niet ondertekend.

## Artikel 5 Gunning
1. Over opdrachten tot en met EUR 100.000 besluit de directeur.
2. Over opdrachten van meer dan EUR 100.000 besluit het college.

## Artikel 6 Administratie
1. Het besluit over een opdracht wordt met de motivering geregistreerd in de administratie van de afdeling.
2. Ieder besluit wordt binnen vijf werkdagen na de gunning gearchiveerd, samen met de offertes die zijn ontvangen.
3. Een wijziging van een opdracht wordt als nieuw besluit in de administratie opgenomen, met een verwijzing naar het eerste besluit.

## Artikel 7 Afwijken van de regels
1. Van artikel 1 mag alleen worden afgeweken:
a. bij spoed door een calamiteit waarbij de levering van zorg in gevaar komt;
b. wanneer maar één leverancier de opdracht kan uitvoeren.
2. Een afwijking wordt vooraf schriftelijk gemotiveerd. Bij spoed mag dat binnen vijf werkdagen achteraf gebeuren.
3. De afdeling houdt een register bij van alle afwijkingen, met de reden en de waarde van de opdracht, en legt dat register ieder jaar voor aan de accountant.

## Artikel 8 Inkoopcommissie
1. De inkoopcommissie bestaat uit drie leden van de afdeling.
2. De leden hebben zitting in de inkoopcommissie voor een periode van twee jaar en kunnen één keer opnieuw worden benoemd.
3. De inkoopcommissie adviseert de directeur over iedere aanbesteding boven EUR 200.000 en over klachten van leveranciers over de gevolgde procedure. Zij brengt haar advies schriftelijk uit, zodat de directeur het bij zijn besluit kan betrekken en in het dossier kan opnemen.
`;

async function index(): Promise<KnowledgeIndex> {
  const doc = await parseDocument('regels.md', Buffer.from(REGELING));
  return new KnowledgeIndex([], doc.passages);
}

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : `(${r.kind})`);

describe('amounts compared with thresholds', () => {
  it('reads the amount a question gives and the ranges a sentence sets', () => {
    expect(askedAmount('Wie tekent een overeenkomst van 150.000 euro?')).toEqual({ amount: 150000, term: '150000' });
    expect(askedAmount('Wat geldt onder de € 50.000?')?.amount).toBe(49999);
    expect(askedAmount('Wie beslist over meer dan 1,5 miljoen euro?')?.amount).toBe(1500001);
    expect(askedAmount('Wat gebeurt er in 2026?')).toBeUndefined();
    expect(amountRanges('Over opdrachten van meer dan EUR 100.000 tot en met EUR 750.000 besluit de commissie.')).toEqual([{ from: 100000, fromIncl: false, to: 750000, toIncl: true }]);
    expect(amountRanges('Binnen tien weken na 1 januari 2026.')).toEqual([]);
    const asked = askedAmount('een contract van 150.000 euro')!;
    expect(fitsAmount('De regiomanager ondertekent overeenkomsten tot en met EUR 100.000.', asked)).toBe(-1);
    expect(fitsAmount('Overeenkomsten van meer dan EUR 100.000 tekent de voorzitter.', asked)).toBe(1);
    expect(fitsAmount('Vanaf € 150.000 gelden andere regels.', asked)).toBe(1);
    expect(withoutAskedAmount('Wie beslist over een opdracht boven 50.000 euro?')).not.toMatch(/50|boven|euro/);
  });

  it('answers with the lid whose threshold the amount meets, not the one that repeats the question words', async () => {
    const kb = await index();
    const large = answer(kb.ask('Wie ondertekent een contract van 120.000 euro?'));
    expect(large).toMatch(/wethouder financiën/);
    expect(large).not.toMatch(/tot en met EUR 80.000/);
    expect(answer(kb.ask('Wie tekent een contract van 30.000 euro?'))).toMatch(/directeur ondertekent/);
    expect(answer(kb.ask('Hoeveel leveranciers moeten een offerte krijgen bij een opdracht van 90.000 euro?'))).toMatch(/vier leveranciers/);
  });
});

describe('verb forms on the text side', () => {
  it('adds the joined infinitive of a split verb after the particle that ends its clause', () => {
    expect(withJoinedVerbs('De adviseur houdt voor iedere opdracht een dossier bij.')).toMatch(/\bbij bijhouden\./);
    expect(withJoinedVerbs('Het bestuur stelt het plan vast voordat de procedure begint.')).toMatch(/vast vaststellen voordat/);
    expect(withJoinedVerbs('Het RSJ houdt een register bij van alle afwijkingen.')).toMatch(/bij bijhouden van/);
    expect(withJoinedVerbs('Het team stelt een plan op en legt de raming vast in het dossier.')).toMatch(/op opstellen en legt de raming vast vastleggen in/);
    // A preposition before its noun phrase is no particle; numbers keep their form.
    expect(withJoinedVerbs('De secretaris stuurt de agenda aan de leden van EUR 50.000.')).toBe('De secretaris stuurt de agenda aan de leden van EUR 50.000.');
  });

  it('reads a participle without ge- as its verb, not a noun that looks like one', () => {
    const stem = (w: string) => termsOf(w)[0];
    expect(termsOf('verlengd')).toContain(stem('verlengen'));
    expect(termsOf('behandeld')).toContain(stem('behandelen'));
    expect(termsOf('bepaald')).toContain(stem('bepalen'));
    expect(termsOf('bestand')).not.toContain(stem('bestaan'));
    // A strong verb's participle as its infinitive.
    expect(termsOf('besloten')).toContain(stem('besluiten'));
    expect(termsOf('afgeweken')).toContain(stem('afwijken'));
    expect(termsOf('opgenomen')).toContain(stem('opnemen'));
    // An irregular weak verb's ("zoeken", "kopen", "brengen", "denken"), also after "onder" or an inseparable prefix.
    expect(termsOf('gezocht')).toContain(stem('zoeken'));
    expect(termsOf('ingekocht')).toContain(stem('inkopen'));
    expect(termsOf('ondergebracht')).toContain(stem('onderbrengen'));
    expect(termsOf('onderzocht')).toContain(stem('onderzoeken'));
    expect(termsOf('bedacht')).toContain(stem('bedenken'));
  });

  it('reads euro signs as euros and "in ieder geval" as no case', () => {
    expect(tokenize('tot en met € 80.000')).toContain('euro');
    expect(tokenize('tot en met EUR 80.000')).toContain('euro');
    expect(tokenize('De rapportage bevat in ieder geval de klachten.')).not.toContain('geval');
  });

  it('takes the threshold asked and the conditions asked as what is asked, not as words to find', () => {
    expect(withoutIdioms('Vanaf welk bedrag moet jeugdhulp worden aanbesteed?')).toBe('welk bedrag moet jeugdhulp worden aanbesteed?');
    expect(withoutIdioms('In welke gevallen mag de afdeling afwijken?')).toBe('wanneer mag de afdeling afwijken?');
  });
});

describe('which lid answers', () => {
  it('"wie" prefers the lid that says the verb with who does it', async () => {
    const kb = await index();
    expect(answer(kb.ask('Wie behandelt een bezwaar over een aanbesteding?'))).toMatch(/^Het bezwaar wordt behandeld door een jurist/);
  });

  it('"wie" prefers the article whose lid says who does it over one that names the words in several leden', async () => {
    const kb = await index();
    expect(answer(kb.ask('Wie beslist over een opdracht van 300.000 euro?'))).toMatch(/besluit het college/);
  });

  it('"in welke gevallen" prefers the lid that lists the conditions', async () => {
    const kb = await index();
    expect(answer(kb.ask('In welke gevallen mag de afdeling afwijken?'))).toMatch(/^Van artikel 1 mag alleen worden afgeweken:\n- bij spoed/);
  });

  it('"hoe lang" prefers the lid with a length of time over one with another figure', async () => {
    const kb = await index();
    expect(answer(kb.ask('Hoe lang zit een lid in de inkoopcommissie?'))).toMatch(/^De leden hebben zitting in de inkoopcommissie voor een periode van twee jaar/);
  });

  it('finds "houdt ... bij" for "bijhouden"', async () => {
    const kb = await index();
    expect(answer(kb.ask('Wie is verantwoordelijk voor het bijhouden van het dossier?'))).toMatch(/inkoopcoördinator houdt/);
  });

  it('"wat moet er in X staan" asks for the list of what X contains', async () => {
    const kb = await index();
    expect(answer(kb.ask('Wat moet er allemaal in het dossier staan?'))).toMatch(/bevat ten minste:\n- de raming;\n- de ontvangen offertes;\n- het getekende contract/);
  });
});

describe('honest declines for a share of something else', () => {
  it('declines "hoeveel procent van X" when the percentage in the answer is a share of something else', () => {
    const q = 'Hoeveel procent van de inkoop ging vorig jaar naar aanbieders uit de regio?';
    expect(lacksWhatIsAsked(q, 'Bij een aanvullende opdracht van ten hoogste 10 procent van de oorspronkelijke opdrachtwaarde.')).toBe(true);
    expect(lacksWhatIsAsked(q, 'Van de totale inkoop ging 42 procent naar regionale aanbieders.')).toBe(false);
    expect(lacksWhatIsAsked(q, 'Het aandeel van de inkoop bij regionale aanbieders steeg tot 42%.')).toBe(false);
  });
});

describe('Word leden around typed lettered items', () => {
  it('counts on after "a." and "b." paragraphs between numbered leden, and starts again after a heading', async () => {
    const lid = (text: string) => new Paragraph({ text, numbering: { reference: 'n', level: 0 } });
    const doc = new Document({
      numbering: { config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Artikel 6 Plan', heading: HeadingLevel.HEADING_2 }),
            lid('Het team stelt een plan op.'),
            lid('Het plan beschrijft ten minste:'),
            new Paragraph({ text: 'a. het doel;' }),
            new Paragraph({ text: 'b. de planning.' }),
            lid('Het bestuur stelt het plan vast.'),
            new Paragraph({ text: 'Artikel 7 Gunning', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'De directeur beslist.', numbering: { reference: 'n', level: 0, instance: 2 } }),
          ],
        },
      ],
    });
    const lines = (await docxText(await Packer.toBuffer(doc))).split('\n');
    expect(lines).toContain('3. Het bestuur stelt het plan vast.');
    expect(lines).toContain('1. De directeur beslist.');
  });
});

describe('the lid that answers, in an article of several', () => {
  // An invented fines regulation (not an evaluation document).
  const BOETES = `# Boeteregeling Testland 2026

## Artikel 1 Boetes
1. De afdeling kan een leverancier een boete opleggen als hij een levering te laat of onvolledig uitvoert. De hoogte van de boete is ten hoogste tien procent van de waarde van de opdracht.
2. De afdeling legt de boete schriftelijk en gemotiveerd op.

## Artikel 2 Bezwaar tegen een boete
1. Een leverancier kan bezwaar maken tegen een boete, een korting op zijn facturen of het opschorten van betalingen door de afdeling.
2. Het bezwaar wordt binnen 4 weken na de dagtekening van het besluit ingediend bij de directeur van de afdeling.
3. De directeur beslist op het bezwaar nadat hij de leverancier heeft gehoord. De medewerker die de boete heeft voorgesteld, neemt niet deel aan de beslissing.
4. Is de leverancier het niet eens met de beslissing op het bezwaar, dan kan hij het geschil binnen 8 weken aan de rechtbank voorleggen.
`;

  it('does not pick a lid for a figure of the asker\'s own case ("8% gekort" is not "binnen 8 weken")', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('boetes.md', Buffer.from(BOETES))).passages);
    const reply = answer(kb.ask('Wij zijn leverancier en de afdeling heeft 8% gekort op onze facturen. Daar zijn we het niet mee eens. Wat kunnen we doen en hoe snel moeten we zijn?'));
    expect(reply).toMatch(/binnen 4 weken na de dagtekening/);
    expect(reply).not.toMatch(/binnen 8 weken/);
  });
});

describe('a sentence that refers to a table of another article', () => {
  // An invented service agreement (not an evaluation document).
  const AFSPRAKEN = `# Serviceafspraken Testland 2027

## Artikel 2 Tabel normen en bedragen

1. De tabel bevat de normen en bedragen voor 2027.

| Onderdeel | Norm of bedrag | Toelichting |
| --- | --- | --- |
| Vaste voet per dorp | € 9.000 per jaar | Gelijk voor alle dorpen |
| Bijdrage per inwoner | € 2,10 | Op basis van het inwonertal |
| Reactie op een vraag over declaraties | 8 werkdagen | Inhoudelijk antwoord |
| Afhandeling klacht van een dorp | 20 werkdagen | Na ontvangst |

## Artikel 5 Bijdrage

1. Elk dorp betaalt een jaarlijkse bijdrage die bestaat uit de vaste voet en het bedrag per inwoner uit de tabel van artikel 2.
2. De bijdrage wordt in vier delen betaald, steeds aan het begin van het kwartaal.
`;

  it('answers with the rows of that table the question names, not a row named only through a synonym ("betaalt" is no "declaratie")', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('afspraken.md', Buffer.from(AFSPRAKEN))).passages);
    const reply = answer(kb.ask('Hoeveel betaalt een dorp per inwoner, en komt daar nog een vast bedrag bij?'));
    expect(reply).toContain('€ 2,10');
    expect(reply).toContain('€ 9.000');
    expect(reply).not.toContain('8 werkdagen');
  });

  it('names a row by a word of the question itself: not by a synonym, not by a weak word in another form', () => {
    expect(namesRowByOwnWord('Hoeveel betaalt een dorp per inwoner?', 'Bijdrage per inwoner')).toBe(true);
    expect(namesRowByOwnWord('Hoeveel betaalt een dorp per inwoner?', 'Reactie op een vraag over declaraties')).toBe(false);
    expect(namesRowByOwnWord('Hoeveel betaalt een gemeente per inwoner?', 'Afhandeling klacht van een gemeente')).toBe(false);
  });
});
