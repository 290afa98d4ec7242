import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { onePagePdf } from '../helpers/one-page-pdf';

// Footnotes as Word writes them (a reference after the full stop, the notes in their own part of the file) and as a PDF
// export sets them (a small raised number after the word, the note at the foot of the page): both come back after
// the sentence they belong to, not at the end of the last section.
const NOTE_1 = 'Dit alles onder voorbehoud van de uitkomst van de Week van het Bewegen.';
const NOTE_2 = 'De mate waarin dit lukt is mede afhankelijk van de begrotingswijziging 2038.';

async function wordFile(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph(NOTE_1)] }, 2: { children: [new Paragraph(NOTE_2)] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Kadernota Sportraad Testdorp 2039', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '1. Organisatie', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Binnen de organisatie werken we aan de samenwerking die de clubs verbindt.'), new FootnoteReferenceRun(1), new TextRun(' Uiteraard hangt dit samen.')] }),
          new Paragraph({ text: '2. Middelen', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('De evaluatie is medio 2039 klaar'), new FootnoteReferenceRun(2), new TextRun(', zo is de verwachting.')] }),
          new Paragraph('Het opleidingsbudget is 4.000 euro.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const text = (x: number, y: number, size: number, s: string) => `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET`;
/** As LibreOffice exports it: the number raised and small right after the word, the note at the foot of the page beside its number. */
const PDF = onePagePdf(
  [
    text(72, 740, 16, '1. Organisatie'),
    text(72, 710, 10, 'Binnen de organisatie werken we aan de samenwerking die de clubs verbindt.'),
    text(440, 714, 6, '1'),
    text(72, 696, 10, 'Uiteraard hangt dit samen.'),
    text(72, 660, 16, '2. Middelen'),
    text(72, 630, 10, 'Het opleidingsbudget is 4.000 euro.'),
    text(250, 600, 6, '3'),
    text(72, 90, 6, '1'),
    text(76, 86, 10, NOTE_1),
  ].join('\n'),
);

describe('footnotes in Word and PDF files', () => {
  it('puts a Word note after the sentence that refers to it, and drops the notes list at the end', async () => {
    const passages = (await parseDocument('kadernota.docx', await wordFile())).passages;
    const organisation = passages.find((p) => p.section === '1. Organisatie')!.text;
    expect(organisation).toContain(`verbindt. Voetnoot: ${NOTE_1} Uiteraard hangt dit samen.`);
    const means = passages.find((p) => p.section === '2. Middelen')!.text;
    expect(means).toContain(`De evaluatie is medio 2039 klaar, zo is de verwachting. Voetnoot: ${NOTE_2}`);
    expect(means).not.toMatch(/↑|\[\d\]/);
    expect(means.trim().endsWith('Het opleidingsbudget is 4.000 euro.')).toBe(true);
  });

  it('puts a PDF note after the sentence whose word carries its small number; a small number alone is no note', async () => {
    const passages = (await parseDocument('kadernota.pdf', PDF)).passages;
    expect(passages.find((p) => p.section === '1. Organisatie')!.text).toContain(`verbindt. Voetnoot: ${NOTE_1}`);
    const means = passages.find((p) => p.section === '2. Middelen')!.text;
    expect(means).not.toContain('Dit alles');
    expect(means).not.toMatch(/\b3\b/);
  });
});
