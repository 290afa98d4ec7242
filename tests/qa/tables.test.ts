import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { docxText } from '../../src/features/qa/docx-text';
import { toPassages } from '../../src/features/qa/passages';
import { findPdfTables, type PdfItem } from '../../src/features/qa/pdf-tables';
import { pdfItem } from '../helpers/pdf-items';
import { markHeadings } from '../../src/features/qa/pdf-text';
import { joinSplitTables, rowOf } from '../../src/features/qa/tables';

const GEMEENTEN = ['Dalfsen', 'Deventer', 'Hardenberg', 'Kampen', 'Olst-Wijhe', 'Ommen', 'Raalte', 'Staphorst'];

const markdown = [
  '# Jaarverslag Testregio 2026',
  '## 2.1 Kosten',
  'De kosten staan in de tabel hieronder.',
  '',
  'Tabel 1. Kosten per gemeente 2026',
  '',
  '| Gemeente | Begroot 2026 | Werkelijk 2026 | Jeugdigen |',
  '|---|---|---|---|',
  ...GEMEENTEN.map((g, i) => `| ${g} | € ${i + 1}.000.000 | € ${i + 2}.100.000 | ${58 + i} |`),
  '',
  'Na de tabel volgt een toelichting op de stijging.',
  '## 2.2 Personeel',
  'Het team telde 15 fte.',
].join('\n');

describe('tables as tables', () => {
  it('markdown: every row is a passage of its own with the column headers, cited by the caption', () => {
    const { passages } = toPassages(markdown, 'j.md');
    const rows = passages.filter((p) => rowOf(p.text));
    expect(rows).toHaveLength(GEMEENTEN.length);
    expect(rows.every((r) => r.section === 'Tabel 1. Kosten per gemeente 2026' && r.chapter === '2.1 Kosten')).toBe(true);
    // Row 7 is as reachable as row 1: no passage cuts the table.
    expect(rowOf(rows[6].text)).toEqual({ headers: ['Gemeente', 'Begroot 2026', 'Werkelijk 2026', 'Jeugdigen'], cells: ['Raalte', '€ 7.000.000', '€ 8.100.000', '64'] });
    // The caption is not text of its own, and the text after the table keeps its heading.
    expect(passages.some((p) => !rowOf(p.text) && p.text.includes('Tabel 1.'))).toBe(false);
    expect(passages.find((p) => p.text.startsWith('Na de tabel'))?.section).toBe('2.1 Kosten');
  });

  it('a numbered caption below a table names it and is not text of its own; a caption heading the next table stays with that one', () => {
    const text = '# Rapport\n## Wachttijden\n| Zorgsoort | Weken |\n|---|---|\n| Pleegzorg | 5 |\n\nTabel 2. Wachttijd per zorgsoort\n\nTekst na de tabel.\n\n| Gemeente | Wachtenden |\n|---|---|\n| Zwolle | 374 |\nTabel 3. Wachtenden per gemeente\n| Aanbieder | Cliënten |\n|---|---|\n| Horizon | 1.876 |';
    const { passages } = toPassages(text, 'r.md');
    expect(passages.filter((p) => rowOf(p.text)).map((p) => p.section)).toEqual(['Tabel 2. Wachttijd per zorgsoort', 'Wachttijden', 'Tabel 3. Wachtenden per gemeente']);
    expect(passages.some((p) => !rowOf(p.text) && p.text.includes('Tabel 2.'))).toBe(false);
  });

  it('a table without a caption is cited by the heading it sits under', () => {
    const { passages } = toPassages('# Rapport\n## Wachttijden\n| Zorgsoort | Weken |\n|---|---|\n| Pleegzorg | 5 |\n| Ggz | 11 |\nTekst na de tabel.', 'r.md');
    expect(passages.filter((p) => rowOf(p.text)).map((p) => p.section)).toEqual(['Wachttijden', 'Wachttijden']);
  });

  it('Word: a table keeps its rows, bare-number cells included, and its first header cell never becomes a section', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Jaarverslag Testregio 2026', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '3. Jeugdigen', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('Tabel 2. Jeugdigen per zorgsoort')] }),
            new Table({
              rows: [
                new TableRow({ tableHeader: true, children: ['Zorgsoort', '2025', '2026'].map(cell) }),
                new TableRow({ children: ['Pleegzorg', '198', '214'].map(cell) }),
                new TableRow({ children: ['Gesloten jeugdhulp', '58', '49'].map(cell) }),
              ],
            }),
            new Paragraph({ children: [new TextRun('De gesloten jeugdhulp nam af.')] }),
          ],
        },
      ],
    });
    const text = await docxText(await Packer.toBuffer(doc));
    expect(text).toContain('| Pleegzorg | 198 | 214 |');
    const { passages } = toPassages(text, 't.docx');
    expect(passages.filter((p) => rowOf(p.text)).map((p) => rowOf(p.text)!.cells)).toEqual([
      ['Pleegzorg', '198', '214'],
      ['Gesloten jeugdhulp', '58', '49'],
    ]);
    expect(passages.find((p) => p.text.startsWith('De gesloten'))?.section).toBe('3. Jeugdigen');
    expect(passages.some((p) => p.section === 'Zorgsoort')).toBe(false);
  });

  it('Word: merged cells keep every row under the right header; two header rows become one', async () => {
    const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...span });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({ tableHeader: true, children: [cell('Gemeente', { rowSpan: 2 }), cell('2025', { columnSpan: 2 }), cell('2026', { columnSpan: 2 })] }),
                new TableRow({ tableHeader: true, children: ['Begroot', 'Werkelijk', 'Begroot', 'Werkelijk'].map((t) => cell(t)) }),
                new TableRow({ children: ['Raalte', '1', '2', '3', '4'].map((t) => cell(t)) }),
                new TableRow({ children: [cell('Ommen', { rowSpan: 2 }), ...['5', '6', '7', '8'].map((t) => cell(t))] }),
                new TableRow({ children: ['9', '10', '11', '12'].map((t) => cell(t)) }),
              ],
            }),
          ],
        },
      ],
    });
    expect((await docxText(await Packer.toBuffer(doc))).split('\n')).toEqual([
      '| Gemeente | 2025 Begroot | 2025 Werkelijk | 2026 Begroot | 2026 Werkelijk |',
      '|---|---|---|---|---|',
      '| Raalte | 1 | 2 | 3 | 4 |',
      '| Ommen | 5 | 6 | 7 | 8 |',
      '| Ommen | 9 | 10 | 11 | 12 |',
    ]);
  });
});

/** Items as pdf.js gives them for a LibreOffice export of a Word table (positions from a real file). */
const item = pdfItem;

describe('PDF headings', () => {
  it('a title whose year wrapped onto the next line is one title; a numbered heading after it is its own', () => {
    const lines = [
      { text: 'Jaarrapportage contractmanagement', size: 26 },
      { text: '2025', size: 26 },
      { text: '1. Financiën', size: 26 },
      { text: 'De kosten stegen.', size: 11 },
      { text: 'Meer tekst in de gewone letter, zodat dat de maat van de tekst is.', size: 11 },
    ];
    expect(markHeadings(lines).split('\n').slice(0, 2)).toEqual(['# Jaarrapportage contractmanagement 2025', '# 1. Financiën']);
  });
});

describe('PDF tables from text positions', () => {
  const wrapped: PdfItem[] = [
    item('Tabel 4. Wachttijden per gemeente', 72.1, 728.3, 140),
    item('Gemeente', 77.8, 710.3, 42.7),
    item(' ', 120.5, 710.3, 32.5),
    item('Wachttijd 1', 153, 710.3, 50.8),
    item('januari 2026', 153, 698.7, 54.1),
    item('Wachttijd 31', 228.2, 710.3, 55.8),
    item('december 2026', 228.2, 698.7, 64.1),
    item('Aantal', 303.4, 710.3, 28.9),
    item('wachtenden', 303.4, 698.7, 50),
    item('Sallandse', 77.8, 675.1, 38.3),
    item('Gezinshuizen', 77.8, 663.6, 56),
    item('6,1', 153, 675.1, 12.5),
    item('5,2', 228.2, 675.1, 12.5),
    item('198', 303.4, 675.1, 15),
    item('Zwolle', 77.8, 640, 28.3),
    item('8,3', 153, 640, 12.5),
    item('7,9', 228.2, 640, 12.5),
    item('58', 303.4, 640, 10),
    item('Na de tabel volgt gewone tekst die over meerdere regels loopt, zodat de tabel daar eindigt.', 72.1, 628, 429.8),
  ];

  it('keeps wrapped header cells and wrapped row names whole, and stops at the text after the table', () => {
    const [table, ...more] = findPdfTables(wrapped);
    expect(more).toHaveLength(0);
    expect(table.lines).toEqual([
      '| Gemeente | Wachttijd 1 januari 2026 | Wachttijd 31 december 2026 | Aantal wachtenden |',
      '|---|---|---|---|',
      '| Sallandse Gezinshuizen | 6,1 | 5,2 | 198 |',
      '| Zwolle | 8,3 | 7,9 | 58 |',
    ]);
    // Neither the caption nor the text after the table is part of it.
    expect(table.items.has(0)).toBe(false);
    expect(table.items.has(wrapped.length - 1)).toBe(false);
    expect(table.first).toBe(1);
  });

  it('a header with centred short cells and a wrapped long one is one header row', () => {
    const items = [
      item('Werkelijke', 228, 712),
      item('Gemeente', 77.8, 700.5),
      item('Begroot', 153, 700.5),
      item('kosten', 228, 700.5),
      item('2026', 228, 689),
      item('Raalte', 77.8, 675),
      item('8.300', 153, 675, 25),
      item('8.942', 228, 675, 25),
      item('Zwolle', 77.8, 663),
      item('35.900', 153, 663, 30),
      item('37.246', 228, 663, 30),
    ];
    expect(findPdfTables(items)[0].lines).toEqual(['| Gemeente | Begroot | Werkelijke kosten 2026 |', '|---|---|---|', '| Raalte | 8.300 | 8.942 |', '| Zwolle | 35.900 | 37.246 |']);
  });

  it('gemeenten as narrow columns: header words broken without a hyphen join again, and a wrapped header is one row', () => {
    // LibreOffice breaks a word too long for its column anywhere ("Dalfse" / "n"); the lines of a header are closer than rows.
    const col = (k: number) => 150 + k * 40;
    const items = [
      item('Kengetal', 77.8, 712, 38),
      item('Dalfse', col(0), 712, 30),
      item('n', col(0), 701, 5),
      item('Kamp', col(1), 712, 30),
      item('en', col(1), 701, 10),
      item('Olst-', col(2), 712, 28),
      item('Wijhe', col(2), 701, 25),
      item('Kosten', 77.8, 680, 30),
      item('231', col(0), 680, 15),
      item('270', col(1), 680, 15),
      item('244', col(2), 680, 15),
      item('Uithuisplaatsingen', 77.8, 660, 60),
      item('9', col(0), 660, 5),
      item('19', col(1), 660, 10),
      item('6', col(2), 660, 5),
    ];
    expect(findPdfTables(items)[0].lines).toEqual(['| Kengetal | Dalfsen | Kampen | Olst-Wijhe |', '|---|---|---|---|', '| Kosten | 231 | 270 | 244 |', '| Uithuisplaatsingen | 9 | 19 | 6 |']);
  });

  it('a broken row name keeps the words the document uses elsewhere apart, and joins the pieces of a broken word', () => {
    const col = (k: number) => 150 + k * 40;
    const label = ['Perce', 'ntage', 'jeugdi', 'gen', 'met', 'jeugd', 'hulp'].map((w, k) => item(w, 77.8, 680 - k * 11, 30));
    const items = [item('Kengetal', 77.8, 695, 30), item('Dalfsen', col(0), 695, 30), item('Ommen', col(1), 695, 30), ...label, item('8,2', col(0), 680, 15), item('9,6', col(1), 680, 15), item('Kosten', 77.8, 590, 30), item('231', col(0), 590, 15), item('289', col(1), 590, 15)];
    const words = new Set(['het', 'percentage', 'jeugdigen', 'met', 'jeugdhulp']);
    expect(findPdfTables(items, words)[0].lines[2]).toBe('| Percentage jeugdigen met jeugdhulp | 8,2 | 9,6 |');
  });

  it('a new row starting with a capital is a row, not a wrapped cell', () => {
    const rows = ['Dalfsen', 'Deventer', 'Raalte'].map((g, i) => [item(g, 77.8, 680 - i * 12), item(String(50 + i), 168, 680 - i * 12, 10)]).flat();
    const [table] = findPdfTables([item('Gemeente', 77.8, 692), item('Wachtenden', 168, 692), ...rows]);
    expect(table.lines.slice(2)).toEqual(['| Dalfsen | 50 |', '| Deventer | 51 |', '| Raalte | 52 |']);
  });

  it('bullets set apart from their text are a list, not a table; one line of wide gaps is no table', () => {
    const bullets = [item('●', 90, 700, 5), item('De wachttijd daalde naar zes weken.', 108, 700, 160), item('●', 90, 688, 5), item('Vier aanbieders haalden de norm niet.', 108, 688, 170)];
    expect(findPdfTables(bullets)).toEqual([]);
    expect(findPdfTables([item('Jaarverslag 2026', 72, 40), item('pagina 3', 480, 40)])).toEqual([]);
  });

  it('a table split over two pages is one table; the repeated header goes', () => {
    const lines = ['Tabel 2. Wachtenden', '| Gemeente | Wachtenden |', '|---|---|', '| Dalfsen | 52 |', 'Pagina 3', '| Gemeente | Wachtenden |', '|---|---|', '| Zwolle | 374 |', 'Zwolle heeft de meeste wachtenden.'];
    expect(joinSplitTables(lines)).toEqual(['Tabel 2. Wachtenden', '| Gemeente | Wachtenden |', '|---|---|', '| Dalfsen | 52 |', '| Zwolle | 374 |', 'Zwolle heeft de meeste wachtenden.']);
  });

  it('a row split by the page break: its rest, set under the repeated header, goes back to the row', () => {
    const lines = ['| Aanbieder | Cliënten |', '|---|---|', '| IJsselkracht | 1.214 |', '| Aanbieder GGZ | Cliënten |', '|---|---|', '| Horizon | 1.876 |'];
    expect(joinSplitTables(lines)).toEqual(['| Aanbieder | Cliënten |', '|---|---|', '| IJsselkracht GGZ | 1.214 |', '| Horizon | 1.876 |']);
  });

  it('narrow columns: a number broken over two lines is one number, and a row broken in every cell at once is one row', () => {
    const col = (k: number) => 150 + k * 50;
    const items = [
      item('Onderdeel', 77.8, 712, 36),
      item('Kampen', col(0), 712, 30),
      item('Zwolle', col(1), 712, 30),
      item('Jeugdigen', 77.8, 690, 36),
      item('12.70', col(0), 690, 30),
      item('0', col(0), 678.5, 5),
      item('29.680', col(1), 690, 30),
      item('Bijdra', 77.8, 655, 36),
      item('149.7', col(0), 655, 30),
      item('639.2', col(1), 655, 30),
      item('ge RSJ', 77.8, 643.5, 30),
      item('00', col(0), 643.5, 10),
      item('00', col(1), 643.5, 10),
    ];
    expect(findPdfTables(items)[0].lines.slice(2)).toEqual(['| Jeugdigen | 12.700 | 29.680 |', '| Bijdrage RSJ | 149.700 | 639.200 |']);
  });

  it('rows whose cells all wrap, set without space between rows: each row stays a row under its header', () => {
    // An action list: every action wraps onto a second line, so the rows' first lines are two lines apart.
    const rows = [['7-01', 'Notulen van het overleg', 'rondsturen'], ['7-02', 'Zaal voor de raad', 'reserveren'], ['7-03', 'Offerte voor catering', 'opvragen']].flatMap(([nr, a, b], k) => {
      const y = 688 - k * 23;
      return [item(nr, 77.8, y, 30), item(a, 190, y, 100), item(b, 190, y - 11.5, 45), item('Aadorp', 320, y, 30)];
    });
    const [table] = findPdfTables([item('Nr', 77.8, 700, 10), item('Actie', 190, 700, 25), item('Wie', 320, 700, 15), ...rows]);
    expect(table.lines).toEqual(['| Nr | Actie | Wie |', '|---|---|---|', '| 7-01 | Notulen van het overleg rondsturen | Aadorp |', '| 7-02 | Zaal voor de raad reserveren | Aadorp |', '| 7-03 | Offerte voor catering opvragen | Aadorp |']);
  });

  it('a date broken at its hyphen in a narrow header cell joins without a space', () => {
    const items = [item('Zorgsoort', 77.8, 712), item('Wachtenden 31-', 153, 712, 60), item('12-2025', 153, 701, 30), item('Pleegzorg', 77.8, 680), item('29', 153, 680, 10), item('Verblijf', 77.8, 668), item('47', 153, 668, 10)];
    expect(findPdfTables(items)[0].lines[0]).toBe('| Zorgsoort | Wachtenden 31-12-2025 |');
  });
});
