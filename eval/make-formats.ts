// Turns the evaluation documents (.md) into the other formats people send: a Word file with real
// heading styles and list numbering (as Word writes it), and a PDF converted from that Word file by
// LibreOffice (`libreoffice --headless --convert-to pdf`), so the PDF has the fonts and wrapped lines of a real export.
// Usage: npx tsx eval/make-formats.ts eval/heldout/*.md
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** A markdown pipe table as a Word table: the first row is the header row (bold, repeated on a new page). */
function toTable(rows: string[]): Table {
  const cells = rows.filter((r) => !/^\|[\s|:-]+\|$/.test(r)).map((r) => r.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: cells.map(
      (row, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: row.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: i === 0 })] })] })),
        }),
    ),
  });
}

function toDocx(markdown: string): Document {
  const children: (Paragraph | Table)[] = [];
  let list = 0;
  let inList = false;
  let table: string[] = [];
  for (const raw of [...markdown.split('\n'), '']) {
    const line = raw.trim();
    if (line.startsWith('|')) {
      table.push(line);
      continue;
    }
    if (table.length) {
      children.push(toTable(table));
      table = [];
    }
    if (!line) {
      inList = false;
      continue;
    }
    const heading = line.match(/^(#{1,3})\s+(.*)$/);
    const numbered = line.match(/^\d+\.\s+(.*)$/);
    const bullet = line.match(/^[-*]\s+(.*)$/);
    if (heading) {
      children.push(new Paragraph({ text: heading[2], heading: HEADINGS[heading[1].length - 1] }));
      inList = false;
    } else if (numbered) {
      if (!inList) list += 1;
      inList = true;
      // An indented number is a step inside a lid: Word's second list level, numbered from 1 under its lid.
      const level = /^\s{2,}\d/.test(raw) ? 1 : 0;
      children.push(new Paragraph({ children: [new TextRun(numbered[1])], numbering: { reference: 'numbers', level, instance: list } }));
    } else if (bullet) {
      children.push(new Paragraph({ children: [new TextRun(bullet[1])], bullet: { level: 0 } }));
    } else {
      children.push(new Paragraph({ children: [new TextRun(line)], spacing: { after: 120 } }));
    }
  }
  return new Document({
    numbering: {
      config: [{ reference: 'numbers', levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1080, hanging: 360 } } } },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
}

async function main() {
  for (const file of process.argv.slice(2)) {
    const docx = file.replace(/\.md$/, '.docx');
    writeFileSync(docx, await Packer.toBuffer(toDocx(readFileSync(file, 'utf8'))));
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', path.dirname(docx), docx], { stdio: 'ignore' });
    console.log(`${file} -> ${docx}, ${docx.replace(/\.docx$/, '.pdf')}`);
  }
}

void main();
