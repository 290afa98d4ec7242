import { parseDocument } from '../../src/features/qa/ingest.service';
import { answerFromTableHits } from '../../src/features/qa/table-hits';
import { passageKey } from '../../src/features/qa/knowledge-search';
import { termsOf } from '../../src/features/qa/dutch-text';
import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/**
 * An invented library regulation with a planning table (phase, period, who, result) and a lid that lists what a form
 * holds. "Noem alle fases" asks every row; "welke onderdelen ... allemaal" the list of the lid, not the planning row
 * that names the form; what was decided on the day of a phase is not in the planning.
 */
const REGLEMENT = `# Reglement Collectievernieuwing Bibliotheek Testdorp 2031

## Hoofdstuk 1 Aanvragen

### Artikel 1 Planning van de ronde

1. De jaarlijkse ronde voor de collectievernieuwing verloopt volgens de planning in onderstaande tabel.

| Fase | Periode | Wie | Resultaat |
| --- | --- | --- | --- |
| Opening aanvraagronde | 3 maart 2031 | hoofdbibliothecaris | uitnodiging en aanvraagformulier aan de vestigingen |
| Indiening van aanvragen | 3 maart tot en met 4 april 2031 | vestigingsleiders | ingevulde aanvraagformulieren |
| Beoordeling | 7 tot en met 18 april 2031 | collectiecommissie | rangorde van de aanvragen |
| Advies | 2 mei 2031 | lezersraad | advies over de rangorde |
| Vaststelling | 16 mei 2031 | bibliotheekbestuur | vastgestelde aankooplijst |

### Artikel 2 Het aanvraagformulier

1. Een aanvraag wordt ingediend met het aanvraagformulier, gericht aan de hoofdbibliothecaris.
2. Het aanvraagformulier bevat ten minste:
a. de titel van de aanvraag en de aanvragende vestiging;
b. een beschrijving van de leemte in de collectie;
c. een raming van de kosten in euro's;
d. de naam van de medewerker die de aanschaf begeleidt.

### Artikel 3 Aantal aanvragen per aanvraagformulier

1. Iedere vestiging dient per ronde ten hoogste twee aanvragen in.
2. Een aanvraag van twee vestigingen samen telt voor geen van beide mee, mits op het aanvraagformulier één penvoerende vestiging is ingevuld.
3. Een aanvraag op een onvolledig ingevuld aanvraagformulier wordt niet in behandeling genomen; de vestiging kan het aanvraagformulier binnen een week aanvullen.

## Hoofdstuk 2 Besluit

### Artikel 16 Besluit van het bestuur

1. Het bibliotheekbestuur stelt de aankooplijst vast na advies van de lezersraad.
2. Het bestuur besluit bij gewone meerderheid van stemmen.
3. Aanvragen die de drempelwaarde halen, worden in volgorde van hun score op de aankooplijst gezet.
4. Het bestuur besluit alleen als ten minste vier van zijn leden aanwezig zijn.
5. Zijn er minder leden aanwezig, dan roept de voorzitter binnen tien dagen een nieuwe vergadering bijeen, waarin het vierde lid niet geldt.
6. Voor de aanschaf van een aanvraag van meer dan € 5.000 is een meerderheid van ten minste vijf stemmen vereist.
7. Bij staking van stemmen wordt de aanvraag op de reservelijst geplaatst, op de plaats die overeenkomt met haar score.
`;

describe('a planning table asked for all its rows, and the questions it does not answer', () => {
  const answer = answersFromDocument(REGLEMENT, 'bibliotheek.md');
  it('lists every phase of the planning, with when and by whom', () => {
    const text = answer('Noem alle fases van de jaarlijkse ronde, van opening tot vaststelling.');
    expect(text).toMatch(/1\. Opening aanvraagronde \(3 maart 2031; hoofdbibliothecaris\)/);
    expect(text).toMatch(/4\. Advies \(2 mei 2031; lezersraad\)/);
    expect(text).toMatch(/5\. Vaststelling/);
  });
  it('answers all parts of a form from the lid that lists them, not from the planning row that names the form', () => {
    const text = answer('welke onderdelen moet ik allemaal invullen op het aanvraagformulier voor een aanvraag');
    expect(text).toMatch(/beschrijving van de leemte/);
    expect(text).toMatch(/naam van de medewerker/);
  });
  it('declines what was decided on the day a phase is planned', () => {
    expect(answer('Welke aanvragen zijn er op 16 mei 2031 op de aankooplijst gezet?')).toMatch(/^declined/);
  });
  it('does not answer which of a thing from one planning row that says nothing of that thing', () => {
    expect(answer('Welke vestigingen zijn er op 2 mei 2031 om advies gevraagd?')).toMatch(/^declined/);
  });
  it('still answers what happens on that day from the planning', () => {
    expect(answer('Wat gebeurt er op 16 mei 2031?')).toMatch(/^Vaststelling: .*bibliotheekbestuur/);
  });
});

describe('a planning row asked how many', () => {
  it('does not answer a count with a row that gives no figure', async () => {
    const doc = (await parseDocument('bibliotheek.md', Buffer.from(REGLEMENT))).passages;
    const byId = new Map(doc.map((p) => [passageKey(p), p]));
    const source = { passage: (id: string) => byId.get(id), passageAt: (title: string, k: number) => byId.get(passageKey({ title, position: k })), terms: (w: string) => termsOf(w) };
    const row = doc.find((p) => p.text.includes('| Vaststelling |'))!;
    const hit = { id: passageKey(row), kind: 'passage', coverage: 0.8, rowCoverage: 0.8, rank: 1 };
    expect(answerFromTableHits('hoeveel bestuursleden moeten er minimaal aanwezig zijn bij de vaststelling van de aankooplijst', [hit], hit, false, 0.55, source)).toBeUndefined();
  });
});
