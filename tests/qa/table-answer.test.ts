import { answerFromTable } from '../../src/features/qa/table-answer';
import { cellNumber } from '../../src/features/qa/table-cells';
import type { TableView } from '../../src/features/qa/tables';
import { termsOf, tokenize } from '../../src/features/qa/dutch-text';
import { renderAnswerCard, renderPassageCard } from '../../src/features/qa/cards/qa.cards';
import { cardProblems } from '../helpers/validate-card';
import { indexOfMarkdown } from '../helpers/knowledge-from-markdown';
import { joinSplitInfinitives } from '../../src/features/qa/question-rewrites';
import { inDocumentWords } from '../../src/features/qa/everyday-words';

const terms = (text: string) => new Set(tokenize(text).flatMap((w) => termsOf(w)));

/** A table from its caption and pipe lines ("a | b"), the first line its headers. */
const view = (caption: string, ...lines: string[]): TableView => {
  const [headers, ...rows] = lines.map((line) => line.split(' | '));
  return { caption, headers, rows };
};
const costs = view(
  'Tabel 1. Kosten jeugdhulp per gemeente',
  'Gemeente | Begroot 2026 | Werkelijk 2026 | Werkelijk 2025',
  'Dalfsen | € 6.150.000 | € 6.382.000 | € 6.045.000',
  'Raalte | € 8.300.000 | € 8.942.000 | € 8.127.000',
  'Staphorst | € 3.560.000 | € 3.395.000 | € 3.488.000',
  'Zwolle | € 35.900.000 | € 37.246.000 | € 35.187.000',
  'Totaal | € 53.910.000 | € 55.965.000 | € 52.847.000',
);
const waits = view(
  'Tabel 2. Gemiddelde wachttijd in weken per zorgsoort',
  'Zorgsoort | 1 januari 2026 | 31 december 2026 | Aandeel binnen norm',
  'Pleegzorg | 5,1 | 4,8 | 91%',
  'Specialistische ggz | 13,5 | 10,9 | 38%',
  'Dyslexiezorg | 11,0 | 9,1 | 55%',
);
const ask = (q: string, table: TableView, row = 0) => answerFromTable(q, table, row, terms);

describe('answers from a table', () => {
  it('reads Dutch figures from cells', () => {
    expect(cellNumber('€ 8.942.000')).toBe(8942000);
    expect(cellNumber('−326.000')).toBe(-326000);
    expect(cellNumber('+1.518.000')).toBe(1518000);
    expect(cellNumber('6,8')).toBe(6.8);
    expect(cellNumber('76%')).toBe(76);
    expect(cellNumber('mei 2026')).toBeUndefined();
  });

  it('quotes the cell of the year asked with its column header, the budget alongside', () => {
    expect(ask('Hoeveel gaf Raalte in 2026 uit aan jeugdhulp?', costs, 1)).toMatchObject({ kind: 'answer', text: 'Raalte: Werkelijk 2026: € 8.942.000 (Begroot 2026: € 8.300.000).' });
    const earlier = ask('Hoeveel heeft Raalte in 2025 besteed?', costs, 1);
    expect(earlier).toMatchObject({ kind: 'answer', text: 'Raalte: Werkelijk 2025: € 8.127.000.' });
    expect(earlier?.kind === 'answer' && earlier.shown).toEqual({ headers: ['Gemeente', 'Werkelijk 2025'], rows: [['Raalte', '€ 8.127.000']] });
  });

  it('without a year asked, answers from the latest year', () => {
    expect(ask('Hoeveel gaf Raalte uit?', costs, 1)).toMatchObject({ kind: 'answer', text: 'Raalte: Werkelijk 2026: € 8.942.000 (Begroot 2026: € 8.300.000).' });
  });

  it('declines a year the table does not have', () => {
    expect(ask('Hoeveel gaf Raalte in 2027 uit?', costs, 1)).toEqual({ kind: 'decline' });
  });

  it('adds the unit of the caption or header, and picks the date asked', () => {
    expect(ask('Hoe lang wachtten jeugdigen eind 2026 op dyslexiezorg?', waits, 2)).toMatchObject({ text: 'Dyslexiezorg: 31 december 2026: 9,1 weken.' });
    expect(ask('Wat was de wachttijd voor pleegzorg op 1 januari 2026?', waits, 0)).toMatchObject({ text: 'Pleegzorg: 1 januari 2026: 5,1 weken.' });
  });

  it('compares a column over all rows but the total, naming the rows compared', () => {
    const lowest = ask('Welke gemeente gaf in 2025 het minst uit?', costs);
    expect(lowest).toMatchObject({ kind: 'answer', text: 'Laagste werkelijk 2025: Staphorst (€ 3.488.000). Vergeleken: 4 rijen (gemeente): Dalfsen, Raalte, Staphorst, Zwolle.' });
    expect(ask('Welke zorgsoort had op 31 december 2026 de kortste wachttijd?', waits)).toMatchObject({ text: expect.stringMatching(/^Laagste 31 december 2026: Pleegzorg \(4,8 weken\)/) });
    expect(ask('Bij welke zorgsoort was procentueel het meest binnen de norm?', waits)).toMatchObject({ text: expect.stringMatching(/^Hoogste aandeel binnen norm: Pleegzorg \(91%\)/) });
  });

  it('"hoeveel meer dan begroot" of one row is its difference, computed when the table has no difference column', () => {
    expect(ask('Hoeveel gaf Raalte in 2026 meer uit dan begroot?', costs, 1)).toMatchObject({
      kind: 'answer',
      text: 'Raalte: Werkelijk 2026 min begroot 2026: +642.000 (Begroot 2026: € 8.300.000; Werkelijk 2026: € 8.942.000).',
    });
    const withDifference: TableView = { ...costs, headers: ['Gemeente', 'Begroot 2026', 'Werkelijk 2026', 'Verschil'], rows: costs.rows.map((r) => [r[0], r[1], r[2], r[0] === 'Staphorst' ? '−165.000' : '+1']) };
    expect(ask('Hoeveel bleef Staphorst onder de begroting?', withDifference, 2)).toMatchObject({ text: 'Staphorst: Verschil: −165.000 (Begroot 2026: € 3.560.000; Werkelijk 2026: € 3.395.000).' });
  });

  it('a rise or fall is read from the column of changes, the strongest fall being the lowest change', () => {
    const youth = view('Tabel 2. Aantal jeugdigen per zorgsoort', 'Zorgsoort | 2025 | 2026 | Verandering', 'Pleegzorg | 198 | 214 | +8,1%', 'Gesloten jeugdhulp | 58 | 49 | −15,5%', 'Crisishulp | 145 | 145 | 0,0%');
    expect(ask('Met hoeveel procent daalde de gesloten jeugdhulp?', youth, 1)).toMatchObject({ text: 'Gesloten jeugdhulp: Verandering: −15,5%.' });
    expect(ask('Hoeveel jeugdigen kregen pleegzorg in 2026?', youth, 0)).toMatchObject({ text: 'Pleegzorg: 2026: 214.' });
    expect(ask('Welke zorgsoort groeide procentueel het sterkst?', youth)).toMatchObject({ text: expect.stringMatching(/^Hoogste verandering: Pleegzorg \(\+8,1%\)/) });
    expect(ask('Bij welke zorgsoort daalde het aantal jeugdigen het sterkst?', youth)).toMatchObject({ text: expect.stringMatching(/^Laagste verandering: Gesloten jeugdhulp/) });
  });

  it('"wie ... en wanneer" is answered by the column that says who and the column of terms', () => {
    const decisions = view('Beslissingen', 'Situatie | Wie beslist | Termijn', 'Verlenging logeeropvang | Wijkteam | 6 weken voor de 18e verjaardag', 'Vervoer | Regiobureau | 4 weken na aanvraag');
    expect(ask('Wie beslist over verlenging van de logeeropvang en wanneer?', decisions, 0)).toMatchObject({ text: 'Verlenging logeeropvang: Wie beslist: Wijkteam; Termijn: 6 weken voor de 18e verjaardag.' });
    expect(ask('Wie beslist over vervoer?', decisions, 1)).toMatchObject({ text: 'Vervoer: Wie beslist: Regiobureau.' });
  });

  it('"over welke jaren" is answered by the column of reference dates as well', () => {
    const key = view('Verdeling', 'Onderdeel | Gewicht | Peildatum', 'Leden | 40% | telling 1 januari 2026', 'Gebruik | 60% | gemiddelde over 2023 tot en met 2025');
    expect(ask('Hoe zwaar weegt het gebruik en over welke jaren wordt het gemeten?', key, 1)).toMatchObject({ text: 'Gebruik: Gewicht: 60%; Peildatum: gemiddelde over 2023 tot en met 2025.' });
  });

  it('"hoeveel procent" is answered from a column of percentages', () => {
    const spent = view('Tabel 1. Uitputting', 'Gemeente | Budget 2026 | Uitputting', 'Staphorst | € 3.560.000 | 69%', 'Ommen | € 4.240.000 | 82%');
    expect(ask('Hoeveel procent van het budget heeft Staphorst al uitgegeven?', spent, 0)).toMatchObject({ text: 'Staphorst: Uitputting: 69%.' });
  });

  it('lists the rows over or under budget, and finds the largest overrun from actual minus budget', () => {
    expect(ask('Welke gemeenten kwamen boven hun begroting uit?', costs)).toMatchObject({ text: expect.stringMatching(/^Werkelijk 2026 hoger dan Begroot 2026: Dalfsen \(€ 6.382.000 tegen € 6.150.000\), Raalte .*, Zwolle .*\. Vergeleken: 4 rijen/) });
    expect(ask('Welke gemeenten bleven onder hun begroting?', costs)).toMatchObject({ text: expect.stringMatching(/^Werkelijk 2026 lager dan Begroot 2026: Staphorst /) });
    expect(ask('Welke gemeente had de grootste overschrijding van de begroting?', costs)).toMatchObject({ text: expect.stringMatching(/^Hoogste werkelijk 2026 min begroot 2026: Zwolle \(\+1\.346\.000\)/) });
  });
});

describe('a table with the gemeenten as columns', () => {
  const perGemeente = view(
    'Tabel 2. Kerncijfers per gemeente 2027',
    'Onderdeel | Dalfsen | Ommen | Raalte | Zwolle | Totaal',
    'Jeugdigen 0-17 jaar | 6.950 | 4.020 | 8.560 | 29.680 | 49.210',
    'Verdeelsleutel (%) | 14,12 | 8,17 | 17,40 | 60,31 | 100',
    'Budget jeugdhulp (mln €) | 8,1 | 5,3 | 10,2 | 47,1 | 70,7',
  );

  it('compares the gemeenten across the row that was found, leaving out the total column', () => {
    expect(ask('Welke gemeente heeft het grootste budget voor jeugdhulp?', perGemeente, 2)).toMatchObject({
      kind: 'answer',
      text: 'Hoogste budget jeugdhulp: Zwolle (47,1 mln €). Vergeleken: 4 rijen (gemeente): Dalfsen, Ommen, Raalte, Zwolle.',
    });
    expect(ask('Welke gemeente heeft het kleinste aandeel in de verdeelsleutel?', perGemeente, 1)).toMatchObject({ text: expect.stringMatching(/^Laagste verdeelsleutel: Ommen \(8,17%\)/) });
  });

  it('answers one gemeente from its column', () => {
    expect(ask('Hoeveel jeugdigen wonen er in Ommen?', perGemeente, 0)).toMatchObject({ kind: 'answer', text: 'Jeugdigen 0-17 jaar: Ommen: 4.020.' });
  });
});

describe('table rows in the knowledge index', () => {
  const gemeenten = ['Dalfsen', 'Deventer', 'Hardenberg', 'Kampen', 'Olst-Wijhe', 'Ommen', 'Raalte', 'Staphorst', 'Steenwijkerland', 'Zwartewaterland', 'Zwolle'];
  const text = [
    '# Jaarverslag Testregio 2026',
    '## 2. Financiën',
    `De elf gemeenten ${gemeenten.join(', ')} betalen samen voor de specialistische jeugdhulp; in 2026 was dat meer dan begroot.`,
    'Tabel 1. Kosten specialistische jeugdhulp per gemeente 2026',
    '| Gemeente | Begroot 2026 | Werkelijk 2026 |',
    '|---|---|---|',
    ...gemeenten.map((g, i) => `| ${g} | € ${i + 3}.100.000 | € ${i + 3}.412.000 |`),
  ].join('\n');
  const index = indexOfMarkdown(text, 'j.md');
  /** The answer card with the given answer fields; the labels do not matter here. */
  const answerCard = (fields: { answer: string; table?: { headers: string[]; rows: string[][] } }) =>
    renderAnswerCard({ ...fields, sourceLine: 'Bron: x', sourceTitle: 'x', question: 'q', asked: 'q', showPassageButton: 'a', hidePassageButton: 'a-', passageRowsCut: () => '', helpfulButton: 'b', notHelpfulButton: 'c' });

  it('finds the row of a gemeente, although a passage lists all gemeenten, and cites the caption', () => {
    const result = index.ask('Hoeveel heeft Raalte vorig jaar aan jeugdhulp besteed?');
    expect(result).toMatchObject({
      kind: 'answer',
      answer: 'Raalte: Werkelijk 2026: € 9.412.000 (Begroot 2026: € 9.100.000).',
      source: { title: 'Jaarverslag Testregio 2026', section: 'Tabel 1. Kosten specialistische jeugdhulp per gemeente 2026' },
      table: { headers: ['Gemeente', 'Begroot 2026', 'Werkelijk 2026'], rows: [['Raalte', '€ 9.100.000', '€ 9.412.000']] },
    });
  });

  it('"gaf … uit" is answered by the column of what was spent', () => {
    expect(index.ask('Hoeveel gaf Zwolle in 2026 uit?')).toMatchObject({ kind: 'answer', answer: 'Zwolle: Werkelijk 2026: € 13.412.000 (Begroot 2026: € 13.100.000).' });
  });

  it('"welke gemeente gaf het meest uit" is answered by the table of amounts, although only column words are asked', () => {
    const waiting = ['Tabel 2. Wachtenden per gemeente', '| Gemeente | Wachtenden |', '|---|---|', ...gemeenten.map((g, i) => `| ${g} | ${100 - i} |`)].join('\n');
    expect(indexOfMarkdown(`${text}\n\n${waiting}`, 'j.md').ask('Welke gemeente gaf het meest uit?')).toMatchObject({ kind: 'answer', answer: expect.stringMatching(/^Hoogste werkelijk 2026: Zwolle/) });
  });

  it('answers a comparison from the whole column and declines another year', () => {
    expect(index.ask('Welke gemeente had in 2026 de hoogste werkelijke kosten?')).toMatchObject({ kind: 'answer', answer: expect.stringMatching(/^Hoogste werkelijk 2026: Zwolle \(€ 13\.412\.000\)\. Vergeleken: 11 rijen/) });
    expect(index.ask('Hoeveel gaf Raalte in 2027 uit aan jeugdhulp?')).toMatchObject({ kind: 'none' });
  });

  it('a row whose columns are the gemeenten answers for one of them', () => {
    const transposed = ['# Monitor Testregio 2026', 'Tabel 3. Wachtenden per gemeente', `| Peildatum | ${gemeenten.join(' | ')} |`, `|${gemeenten.map(() => '---|').join('')}---|`, `| 31 december 2026 | ${gemeenten.map((_, i) => String(40 + i)).join(' | ')} |`].join('\n');
    expect(indexOfMarkdown(transposed, 'm.md').ask('Hoeveel wachtenden had Ommen op 31 december 2026?')).toMatchObject({ kind: 'answer', answer: expect.stringMatching(/^31 december 2026: Ommen: 45/) });
  });

  it('a figure question is answered by the row it names, not by a sentence that names it without the figure', () => {
    const report = [
      '# Monitor Proefregio 2026',
      '## 1. Uitkomsten',
      'Zwolle en Deventer hebben naar verhouding de meeste wachtenden op de wachtlijst.',
      '## 1a. Contracten',
      'Het RSJ sloot het jaar af met 238 lopende contracten.',
      '## 2. Tabellen',
      'Tabel 2. Wachtenden per gemeente op 31 december 2026',
      '| Gemeente | Wachtenden | Langer dan norm |',
      '|---|---|---|',
      '| Deventer | 241 | 67 |',
      '| Zwolle | 374 | 96 |',
      'Tabel 3. Contracten per perceel',
      '| Perceel | Aanbieders | Contractwaarde 2026 (mln euro) |',
      '|---|---|---|',
      '| Verblijf | 41 | 34,9 |',
      '| Pleegzorg | 6 | 12,1 |',
    ].join('\n');
    const monitor = indexOfMarkdown(report, 'r.md');
    expect(monitor.ask('Hoeveel wachtenden had Deventer op de wachtlijst?')).toMatchObject({ kind: 'answer', answer: expect.stringContaining('241') });
    // No row is named: the sentence answers, not the contract value of one perceel.
    expect(monitor.ask('Hoeveel contracten had het RSJ in 2026?')).toMatchObject({ kind: 'answer', answer: expect.stringContaining('238') });
    // A "hoeveel" question answered by a text without any figure is declined.
    expect(monitor.ask('Hoeveel wachtenden hebben Zwolle en Deventer naar verhouding?')).toMatchObject({ kind: 'none' });
  });

  it('an annual report: a date in figures in a header, a caption below the table, a multiplier unit, everyday words for the rows and columns', () => {
    const report = [
      '# Jaarrapportage Proefregio 2025',
      '## 1. Wachttijden',
      'Het aantal wachtenden daalde in 2025 met 44.',
      '| Zorgsoort | Wachtenden 1-1-2025 | Wachtenden 31-12-2025 |',
      '|---|---|---|',
      '| Pleegzorg | 36 | 29 |',
      '| Gezinshuizen | 27 | 34 |',
      '',
      'Tabel 2. Wachtenden per zorgsoort aan het begin en het eind van 2025',
      '',
      'Voor gezinshuizen gaat het de verkeerde kant op.',
      '## 2. Kosten',
      'Tabel 3. Kosten per gemeente (bedragen x € 1.000)',
      '| Gemeente | Begroot 2025 | Werkelijk 2025 | Afwijking t.o.v. begroting |',
      '|---|---|---|---|',
      '| Ommen | 4.600 | 4.519 | −1,8% |',
      '| Raalte | 9.400 | 9.988 | +6,3% |',
      '| Staphorst | 4.100 | 4.390 | +7,1% |',
    ].join('\n');
    const annual = indexOfMarkdown(report, 'a.md');
    expect(annual.ask('Hoeveel kinderen stonden op 1 januari 2025 op de wachtlijst voor een gezinshuis?')).toMatchObject({
      kind: 'answer',
      answer: 'Gezinshuizen: Wachtenden 1 januari 2025: 27.',
      source: { section: 'Tabel 2. Wachtenden per zorgsoort aan het begin en het eind van 2025' },
    });
    expect(annual.ask('Wat gaf Raalte in 2025 werkelijk uit?')).toMatchObject({ answer: 'Raalte: Werkelijk 2025: 9.988 (x € 1.000) (Begroot 2025: 9.400 (x € 1.000)).' });
    expect(annual.ask('Welke gemeente ging procentueel het meest over de begroting heen?')).toMatchObject({ answer: expect.stringMatching(/^Hoogste afwijking t.o.v. begroting: Staphorst \(\+7,1%\)\. Vergeleken: 3 rijen/) });
  });

  it('a figure only in running text: the sentence that counts the thing asked goes in front; an amount asked is not answered by other figures', () => {
    const report = [
      '# Jaarrapportage Proefregio 2025',
      '## 4. Faillissement van Huize Test',
      'In oktober ging Huize Test failliet. De aanbieder bood verblijf aan 38 jeugdigen uit de regio. Het RSJ vond binnen zes weken voor alle jeugdigen een nieuwe plek.',
      '## 5. Huisvesting',
      'Sinds 2023 zit het team in het stadhuis van Zwolle, met 8 werkplekken.',
    ].join('\n');
    const annual = indexOfMarkdown(report, 'a.md');
    expect(annual.ask('Hoeveel jeugdigen moesten na het faillissement naar een nieuwe plek?')).toMatchObject({ kind: 'answer', answer: expect.stringMatching(/^De aanbieder bood verblijf aan 38 jeugdigen uit de regio\. .*nieuwe plek/) });
    expect(annual.ask('Hoeveel gaf het team in 2023 uit aan het stadhuis van Zwolle?')).toMatchObject({ kind: 'none' });
  });

  it('a provider named by another name than a row that shares a word with it is not that row', () => {
    // "Kansrijk" is a word the document uses; "Zonneweide" is none.
    const providers = ['# Rapport Proefregio 2025', 'De aanbieders maken een kansrijk plan voor 2026.', 'Tabel 3. Aanbieders', '| Aanbieder | Omzet 2025 |', '|---|---|', '| Stichting Vlonder | € 2.140.000 |', '| Horizon Ambulant | € 12.310.000 |'].join('\n');
    const index = indexOfMarkdown(providers, 'p.md');
    expect(index.ask('Wat was de omzet van Stichting Vlonder in 2025?')).toMatchObject({ kind: 'answer', answer: 'Stichting Vlonder: Omzet 2025: € 2.140.000.' });
    expect(index.ask('Wat was de omzet van Stichting Kansrijk in 2025?')).toMatchObject({ kind: 'none' });
    expect(index.ask('Wat was de omzet van Stichting Zonneweide in 2025?')).toMatchObject({ kind: 'none' });
  });

  it('a budget: row names are words of the domain, a total is not answered by a sentence that refers to a table, "wat betaalt" needs an amount, rows are filtered by a value', () => {
    const budget = [
      '# Begroting Proefregio 2027',
      '## 2. Lasten',
      'Tabel 2 geeft per gemeente het geraamde budget voor specialistische jeugdhulp in 2027.',
      'Een gemeente die meer gebruikt, betaalt het verschil in het voorjaar van 2028.',
      'Tabel 1. Lasten per zorgsoort (x € 1 miljoen)',
      '| Zorgsoort | Realisatie 2024 | Begroting 2027 |',
      '|---|---|---|',
      '| Gezinshuizen | 8,3 | 11,4 |',
      '| Dyslexiezorg | 3,1 | 3,2 |',
      '| Totaal | 11,4 | 14,6 |',
      'Tabel 3. Contracten',
      '| Aanbieder | Plafond 2027 (mln €) | Risicoprofiel |',
      '|---|---|---|',
      '| Kompas Verblijf | 7,9 | hoog |',
      '| Leeslijn | 1,2 | midden |',
      '| Het Erf | 4,1 | hoog |',
    ].join('\n');
    const index = indexOfMarkdown(budget, 'b.md');
    expect(index.ask('Wat waren de werkelijke uitgaven aan gezinshuizen in 2024?')).toMatchObject({ kind: 'answer', answer: expect.stringContaining('8,3') });
    expect(index.ask('Wat is het totale budget voor specialistische jeugdhulp in 2027?')).toMatchObject({ kind: 'answer', answer: expect.stringContaining('14,6') });
    expect(index.ask('Wat betaalt een gemeente in 2028 voor het verschil?')).toMatchObject({ kind: 'none' });
    expect(index.ask('Welke aanbieders hebben een hoog risicoprofiel?')).toMatchObject({ kind: 'answer', answer: expect.stringMatching(/^Risicoprofiel hoog: Kompas Verblijf, Het Erf\. Vergeleken: 3 rijen/) });
  });

  it('shows the rows on the answer card as an Adaptive Card 1.5 Table', () => {
    const result = index.ask('Hoeveel heeft Raalte in 2026 aan jeugdhulp uitgegeven?');
    if (result.kind !== 'answer') throw new Error('no answer');
    const card = answerCard({ answer: result.answer, table: result.table });
    expect(cardProblems(card)).toEqual([]);
    const table = (card.body as { type: string; rows?: { cells: { items: { text: string }[] }[] }[] }[]).find((e) => e.type === 'Table')!;
    expect(table.rows!.map((r) => r.cells.map((c) => c.items[0].text))).toEqual([
      ['Gemeente', 'Begroot 2026', 'Werkelijk 2026'],
      ['Raalte', '€ 9.100.000', '€ 9.412.000'],
    ]);
    const plain = answerCard({ answer: 'x' });
    expect((plain.body as { type: string }[]).some((e) => e.type === 'Table')).toBe(false);
  });
});

describe('vocabulary of figures', () => {
  const shares = (a: string, b: string) => termsOf(a).some((t) => t.startsWith('~') && termsOf(b).includes(t));
  it('knows general words for percentages, budgets, staff absence and a provider going bankrupt', () => {
    expect(shares('procentueel', 'percentage')).toBe(true);
    expect(shares('jeugdhulpbudget', 'begroting')).toBe(true);
    expect(shares('uitval', 'ziekteverzuim')).toBe(true);
    expect(shares('omgevallen', 'faillissement')).toBe(true);
    expect(shares('besteed', 'kosten')).toBe(true);
    expect(tokenize('76% van het budget')).toContain('procent');
    expect(shares('dreigt', 'risico')).toBe(true);
    expect(shares('tekort', 'overschrijding')).toBe(true);
    expect(shares('verwachting', 'prognose')).toBe(true);
  });

  it('reads "jongeren" as "jeugdigen" by its terms (not inside a compound), and a separable verb written apart ("om te vallen") as the joined verb the index knows', () => {
    expect(termsOf('jongeren')).toContain(termsOf('jeugdigen')[0]);
    expect(termsOf('jongerenwerkers')).not.toContain(termsOf('jeugdigen')[0]);
    expect(inDocumentWords('Welke gemeente ging het meest over de begroting heen?')).toBe('Welke gemeente zit het meest boven de begroting?');
    // A ton is 100.000 euro; "heel duur" is costly, not a length of time.
    expect(inDocumentWords('Wie betaalt boven de drie ton, of anderhalve ton, of een halve ton?')).toBe('Wie betaalt boven de € 300.000, of € 150.000, of € 50.000?');
    expect(inDocumentWords('Wie betaalt een heel duur arrangement?')).toBe('Wie betaalt een kostbaar arrangement?');
    // "Moet dat langs de commissie?" asks whether it is laid before it; "langs de school komen" is a visit.
    expect(inDocumentWords('Moet dat langs de commissie?')).toBe('Moet dat voorgelegd aan de commissie?');
    expect(inDocumentWords('Moet de consulent langs de ouders?')).toBe('Moet de consulent langs de ouders?');
    expect(inDocumentWords('Gaat het voorstel eerst langs het PFO?')).toBe('Gaat het voorstel eerst voorgelegd aan het PFO?');
    expect(inDocumentWords('Het budget is 1,5 ton.')).toBe('Het budget is € 150.000.');
    const known = (w: string) => ['omvallen', 'opheffen'].includes(w);
    expect(joinSplitInfinitives('Welke aanbieder dreigt om te vallen?', known)).toBe('Welke aanbieder dreigt omvallen?');
    expect(joinSplitInfinitives('Wie besluit om te stoppen?', known)).toBe('Wie besluit om te stoppen?');
  });
});

describe('the full passage of a table row', () => {
  it('is the whole table, as an Adaptive Card 1.5 Table', () => {
    const card = renderPassageCard({ title: 'Jaarverslag', section: 'Tabel 1. Kosten', text: '| Gemeente | Kosten |\n| Raalte | 5 |', table: { headers: ['Gemeente', 'Kosten'], rows: [['Raalte', '5'], ['Ommen', '3']] } });
    expect(cardProblems(card)).toEqual([]);
    const body = card.body as { type: string; text?: string; rows?: unknown[] }[];
    expect(body.find((e) => e.type === 'Table')?.rows).toHaveLength(3);
    expect(body.some((e) => e.text?.startsWith('|'))).toBe(false);
    expect((renderPassageCard({ title: 'x', section: '', text: 'Gewone tekst.' }).body as { text?: string }[]).some((e) => e.text === 'Gewone tekst.')).toBe(true);
  });
});

describe('a question about a length of time', () => {
  const regeling = [
    '# Regeling geschillen Proefregio 2027',
    '## Artikel 3 Melding',
    '1. Een aanbieder meldt een geschil over zijn contract schriftelijk bij de contractmanager.',
    '2. De melding wordt gedaan binnen 6 weken na de beslissing waarover het geschil gaat.',
    '## Artikel 9 Kosten',
    'De aanbieder betaalt een bijdrage in de kosten van de behandeling van een geschil:',
    '| Soort geschil | Kostenbijdrage aanbieder |',
    '|---|---|',
    '| Beëindiging van het contract | € 1.000 |',
    '| Tarief of declaratie | € 500 |',
  ].join('\n');

  it('is not answered by a row of amounts that names what it is about', () => {
    const result = indexOfMarkdown(regeling, 'g.md').ask('Hoeveel tijd heeft een aanbieder om een geschil over de beëindiging van zijn contract te melden?');
    expect(result).toMatchObject({ kind: 'answer', answer: expect.stringContaining('6 weken') });
    expect(result.kind === 'answer' && result.answer).not.toContain('€ 1.000');
  });
});

describe('a row named by its examples', () => {
  const werkwijze = [
    '# Werkwijze meldingen Proefregio 2027',
    '## Artikel 4 Categorieën',
    'Voor de categorieën van meldingen gelden de volgende termijnen:',
    '| Categorie | Voorbeelden | Afhandeling uiterlijk |',
    '|---|---|---|',
    '| A. Acuut | ernstig incident, plotselinge sluiting van een locatie | 10 werkdagen |',
    '| B. Regulier | slechte bereikbaarheid, gebrekkige communicatie | 8 weken |',
    '| C. Administratief | declaraties, onjuiste productcodes | 4 weken |',
  ].join('\n');

  it('answers a question that names one of them', () => {
    const result = indexOfMarkdown(werkwijze, 'w.md').ask('Een aanbieder zet steeds verkeerde productcodes op zijn declaraties. Wanneer moet zo een melding uiterlijk afgehandeld zijn?');
    expect(result).toMatchObject({ kind: 'answer', answer: expect.stringContaining('4 weken') });
  });
});
