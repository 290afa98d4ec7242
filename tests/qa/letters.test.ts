import { answersFromDocument } from '../helpers/knowledge-from-markdown';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { answerFromTableHits } from '../../src/features/qa/table-hits';
import { passageKey } from '../../src/features/qa/knowledge-search';
import { termsOf } from '../../src/features/qa/dutch-text';
import { rowOf } from '../../src/features/qa/tables';
import { OPENS_WITH_PERSON } from '../../src/features/qa/asked-actor';

/**
 * A letter to the councils (raadsinformatiebrief), invented: a letter head, running prose, a table per gemeente and
 * one per year under the same heading, numbered next steps with dates, contact persons with their roles.
 */
const LETTER = `# Raadsinformatiebrief stand van zaken pleegzorg en logeeropvang 2026

**Kenmerk:** RIB-PZ-2026-07

**Datum:** 4 februari 2026

**Onderwerp:** Voortgang van het pleegzorgprogramma en de nieuwe afspraken over logeeropvang

**Aan:** de gemeenteraden van Almelo, Borne, Hengelo, Oldenzaal en Tubbergen

Geachte leden van de raad,

Met deze brief informeren wij u over de voortgang van het pleegzorgprogramma en over de nieuwe afspraken met aanbieders van logeeropvang.

## Cijfers per gemeente

| Gemeente | Pleeggezinnen | Werving 2026 | Bijdrage programma 2026 | Kinderen in pleegzorg (1-1-2026) |
| --- | --- | --- | --- | --- |
| Almelo | 41 | 6 | € 52.300 | 88 |
| Borne | 12 | 2 | € 14.900 | 23 |
| Hengelo | 55 | 7 | € 61.200 | 104 |
| Oldenzaal | 19 | 3 | € 21.800 | 37 |
| Tubbergen | 9 | 1 | € 11.100 | 19 |
| **Totaal** | **136** | **19** | **€ 161.300** | **271** |

De ontwikkeling in de regio als geheel:

| Jaar | Kinderen in pleegzorg (1-1) | Kosten pleegzorg | Gemiddelde duur pleegzorg |
| --- | --- | --- | --- |
| 2023 | 296 | € 7,4 miljoen | 21,5 maanden |
| 2024 | 284 | € 7,9 miljoen | 20,8 maanden |
| 2025 | 271 | € 8,6 miljoen | 20,1 maanden |

## Nieuwe afspraken over logeeropvang

Logeerhuizen mogen niet meer dan vier kinderen tegelijk opvangen. De bekostiging gaat over op een prijs per nacht.

## Vervolgstappen

1. **12 maart 2026** – werkbezoek voor raadsleden bij een logeerhuis in Hengelo.
2. **20 april 2026** – het algemeen bestuur besluit over de verdeling van het werkbudget.
3. **15 mei 2026** – uiterste datum voor zienswijzen van de raden.

## Wat betekent dit voor uw raad?

Het besluit over de verdeling van het werkbudget ligt bij het algemeen bestuur en niet bij de afzonderlijke raden. Wel kan uw raad een zienswijze geven. Het werkbudget 2026 is € 161.300, te besteden tot en met maart 2027.

## Contactpersonen

- **Femke de Wit**, programmamanager pleegzorg – vragen over het programma en de werving.
- **Ruben Hallink**, contractmanager logeeropvang – vragen over de overeenkomsten.
`;

describe('a letter with a table per gemeente and a table per year', () => {
  const answer = answersFromDocument(LETTER, 'raadsbrief.md');

  it('"welke gemeente …" compares the gemeenten, not the years of the table under it, and leaves out the bold total row', () => {
    expect(answer('Welke gemeente heeft de minste kinderen in pleegzorg, en om hoeveel gaat het?')).toBe(
      'Laagste kinderen in pleegzorg (1 januari 2026): Tubbergen (19). Vergeleken: 5 rijen (gemeente): Almelo, Borne, Hengelo, Oldenzaal, Tubbergen.',
    );
    expect(answer('Welke gemeente heeft de meeste kinderen in pleegzorg?')).toMatch(/^Hoogste kinderen in pleegzorg \(1 januari 2026\): Hengelo \(104\)\./);
  });

  it('two years of the table per year: the figure asked in each, and how much it changed', () => {
    expect(answer('Met hoeveel zijn de kosten van pleegzorg gestegen tussen 2023 en 2025?')).toBe('Kosten pleegzorg: 2023: € 7,4 miljoen; 2025: € 8,6 miljoen (€ 1,2 miljoen meer in 2025 dan in 2023).');
    expect(answer('Hoeveel kinderen zaten in 2023 en in 2025 in pleegzorg?')).toBe('Kinderen in pleegzorg (1-1): 2023: 296; 2025: 271 (25 minder in 2025 dan in 2023).');
    expect(answer('Hoeveel kinderen zaten in 2022 en in 2024 in pleegzorg?')).toBe('Kinderen in pleegzorg (1-1): 2024: 284.\nVoor 2022 geeft deze tabel geen cijfer.');
    expect(answer('Wat waren de kosten van pleegzorg in 2024?')).toBe('2024: Kosten pleegzorg: € 7,9 miljoen.');
  });

  it('two things asked of one gemeente, each a column of its own: both cells in the order asked, also after a setup', () => {
    expect(answer('Hoeveel pleeggezinnen heeft Oldenzaal en hoeveel kinderen zitten er in pleegzorg?')).toBe('Oldenzaal: Pleeggezinnen: 19; Kinderen in pleegzorg (1 januari 2026): 37.');
    expect(answer('Ik werk bij de gemeente Borne. Hoeveel kinderen in pleegzorg hadden wij en wat is onze bijdrage aan het programma?')).toBe(
      'Borne: Kinderen in pleegzorg (1 januari 2026): 23; Bijdrage programma 2026: € 14.900.',
    );
  });

  it('"wanneer besluit …" is answered by the dated next step that says the deed, not by the sentence that names it without a date', () => {
    expect(answer('Wanneer besluit het algemeen bestuur over het werkbudget?')).toContain('20 april 2026');
    expect(answer('wanneer neemt het algemeen bestuur het besluit over het werkbudget?')).toContain('20 april 2026');
  });

  it('an average no column gives is not answered by the row of the gemeente asked; one a column gives is', () => {
    expect(answer('Wat was de gemiddelde wachttijd voor kinderen in pleegzorg in Borne in 2026?')).toMatch(/^declined/);
    expect(answer('Wat was de gemiddelde duur van pleegzorg in 2024?')).toBe('2024: Gemiddelde duur pleegzorg: 20,8 maanden.');
  });

  it('"wat wordt de prijs …" asks an amount: a sentence that names the price without one does not answer', () => {
    expect(answer('wat wordt de prijs per nacht voor een logeerhuis?')).toMatch(/^declined/);
    expect(answer('wat is de bijdrage van Almelo aan het programma?')).toBe('Almelo: Bijdrage programma 2026: € 52.300.');
  });

  it('a thing asked with a year ("het werkbudget 2027") is not answered by a letter that names it with another year only', () => {
    expect(answer('Hoe groot is het werkbudget 2027?')).toMatch(/^declined/);
    expect(answer('Hoe groot is het werkbudget 2026?')).toContain('€ 161.300');
  });

  it('a field of the letter head asked of the letter is that field alone', () => {
    expect(answer('Wat is het kenmerk van de brief?')).toBe('Kenmerk: RIB-PZ-2026-07');
    expect(answer('Van wanneer is de raadsinformatiebrief?')).toBe('Datum: 4 februari 2026');
    expect(answer('Aan wie is de brief gericht?')).toBe('Aan: de gemeenteraden van Almelo, Borne, Hengelo, Oldenzaal en Tubbergen');
    expect(answer('Wat is het onderwerp van deze brief?')).toBe('Onderwerp: Voortgang van het pleegzorgprogramma en de nieuwe afspraken over logeeropvang');
    // Not a date, an addressee or a subject the letter speaks of, nor a field asked beside something else.
    expect(answer('Op welke datum is het werkbezoek uit de brief?')).not.toMatch(/^Datum:/);
    expect(answer('Wat is het onderwerp van het werkbezoek in de brief?')).not.toMatch(/^Onderwerp:/);
    expect(answer('Van wanneer is de brief en wat staat erin over logeeropvang?')).not.toMatch(/^Datum:/);
  });

  it('"wie is de …" of a short list of contact persons is the person with that role, not the whole list', () => {
    expect(answer('Wie is de contractmanager logeeropvang?')).toBe('**Ruben Hallink**, contractmanager logeeropvang – vragen over de overeenkomsten.');
    expect(answer('Wie is de programmamanager pleegzorg?')).toBe('**Femke de Wit**, programmamanager pleegzorg – vragen over het programma en de werving.');
  });

  it('"wie zijn de contactpersonen?" asks them all: the whole list', () => {
    const all = answer('Wie zijn de contactpersonen?');
    expect(all).toContain('Femke de Wit');
    expect(all).toContain('Ruben Hallink');
  });

  it('"straks", "binnenkort" say when the asker stands, not what is asked: they do not keep the rule from answering', () => {
    expect(answer('Hoe groot mogen logeerhuizen straks zijn?')).toContain('niet meer dan vier kinderen');
    expect(answer('Hoe groot worden logeerhuizen binnenkort?')).toContain('niet meer dan vier kinderen');
  });

  it('a date in brackets after a column header says when, and is no unit of the figure', () => {
    expect(answer('Hoeveel kinderen in pleegzorg had Borne?')).toContain('Borne: Kinderen in pleegzorg (1 januari 2026): 23.');
  });
});

describe('which table compares the rows asked', () => {
  it('"welke gemeente" takes the table whose rows are gemeenten, even when a row of the year table under it ranks higher', async () => {
    const doc = (await parseDocument('raadsbrief.md', Buffer.from(LETTER))).passages;
    const byId = new Map(doc.map((p) => [passageKey(p), p]));
    const source = { passage: (id: string) => byId.get(id), passageAt: (title: string, k: number) => byId.get(passageKey({ title, position: k })), terms: (w: string) => termsOf(w) };
    // The year rows first, as a search that finds the question's words more often in their headers ranks them.
    const rows = doc.filter((p) => rowOf(p.text)).sort((a, b) => Number(/^\| Gemeente/.test(a.text)) - Number(/^\| Gemeente/.test(b.text)));
    const hits = rows.map((p, k) => ({ id: passageKey(p), kind: 'passage', coverage: 1, rowCoverage: 1, rank: 100 - k }));
    const found = answerFromTableHits('Welke gemeente heeft de minste kinderen in pleegzorg?', hits, hits[0], false, 0.55, source);
    expect(found?.kind === 'answer' && found.answer).toMatch(/^Laagste kinderen in pleegzorg \(1 januari 2026\): Tubbergen \(19\)\./);
  });
});

describe('a line that opens with a person', () => {
  it('is a name before a comma, not a place or a note', () => {
    expect(OPENS_WITH_PERSON.test('**Femke de Wit**, programmamanager pleegzorg')).toBe(true);
    expect(OPENS_WITH_PERSON.test('- Ruben Hallink, contractmanager')).toBe(true);
    expect(OPENS_WITH_PERSON.test('In Zwolle, Kampen en Deventer wordt gestart.')).toBe(false);
    expect(OPENS_WITH_PERSON.test('Gemeente Kampen, via De Kern.')).toBe(false);
    expect(OPENS_WITH_PERSON.test('**Let op**, dit geldt alleen voor 2026.')).toBe(false);
  });
});
