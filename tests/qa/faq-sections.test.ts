import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { onePagePdf } from '../helpers/one-page-pdf';

// An invented guide (not an evaluation document) that ends in questions and answers, each question in bold on its own line.
const QUESTIONS: [string, string][] = [
  ['Wat als de jongere niet wil meewerken?', 'Dan legt de casusregisseur de gevoerde gesprekken vast en biedt hij elke twee maanden een nieuw gesprek aan.'],
  ['Wie is het aanspreekpunt bij de regio?', 'Het aanspreekpunt is de beleidsadviseur overgang 18-/18+ van het regiobureau.'],
];
const GUIDE = `# Handreiking overgang naar volwassenheid Testland

## 1. Het overgangsplan
De casusregisseur begint het gesprek over de overgang als de jongere 17 jaar en 6 maanden is.

## 2. Veelgestelde vragen

${QUESTIONS.map(([q, a]) => `**${q}**\n${a}`).join('\n\n')}
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? `${r.answer} | ${r.source.section}` : `(${r.kind})`);

async function wordDocument(): Promise<Buffer> {
  const children = [
    new Paragraph({ text: 'Handreiking overgang naar volwassenheid Testland', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: '1. Het overgangsplan', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('De casusregisseur begint het gesprek over de overgang als de jongere 17 jaar en 6 maanden is.'),
    new Paragraph({ text: '2. Veelgestelde vragen', heading: HeadingLevel.HEADING_1 }),
    ...QUESTIONS.flatMap(([q, a]) => [new Paragraph({ children: [new TextRun({ text: q, bold: true })] }), new Paragraph(a)]),
  ];
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** The guide as a PDF: headings larger, each question in Helvetica-Bold (/F2) at the body size, its answer in the body font. */
function pdfDocument(): Buffer {
  let y = 740;
  const line = (font: string, size: number, text: string) => `BT /${font} ${size} Tf 72 ${(y -= size + 10)} Td (${text}) Tj ET`;
  return onePagePdf(
    [
      line('F1', 18, 'Handreiking overgang naar volwassenheid Testland'),
      line('F1', 14, '1. Het overgangsplan'),
      line('F1', 10, 'De casusregisseur begint het gesprek over de overgang als de jongere 17 jaar en 6 maanden is.'),
      line('F1', 14, '2. Veelgestelde vragen'),
      ...QUESTIONS.flatMap(([q, a]) => [line('F2', 10, q), line('F1', 10, a)]),
    ].join('\n'),
  );
}

describe('a section of questions and answers', () => {
  it.each([
    ['markdown', async () => parseDocument('handreiking.md', Buffer.from(GUIDE))],
    ['markdown without bold', async () => parseDocument('handreiking.md', Buffer.from(GUIDE.replace(/\*\*/g, '')))],
    ['Word', async () => parseDocument('handreiking.docx', await wordDocument())],
    ['PDF', async () => parseDocument('handreiking.pdf', pdfDocument())],
  ])('in %s: each question heads its own answer', async (_format, parse) => {
    const doc = await parse();
    const faq = doc.passages.filter((p) => p.chapter === '2. Veelgestelde vragen');
    expect(faq.map((p) => [p.section, p.text])).toEqual(QUESTIONS);
  });

  it('answers with the one answer asked for, cited by its question', async () => {
    const doc = await parseDocument('handreiking.md', Buffer.from(GUIDE));
    const kb = new KnowledgeIndex([], doc.passages);
    const text = answer(kb.ask('Wie is het aanspreekpunt bij de regio voor de overgang naar 18+?'));
    expect(text).toBe('Het aanspreekpunt is de beleidsadviseur overgang 18-/18+ van het regiobureau. | Wie is het aanspreekpunt bij de regio?');
  });

  it('keeps an answer that ends in a question as the text of the question before it', async () => {
    const doc = await parseDocument(
      'vragen.md',
      Buffer.from('# Handreiking Testland\n\n## Veelgestelde vragen\n\n**Mag ik een gesprek weigeren?**\nJa. Maar bedenk het volgende. Wat betekent dat voor de jongere?\nHij krijgt dan geen plan.\n\n## Vragen en antwoorden\n\nKan de casusregisseur de termijn verlengen?\nJa, als de jongere daarom vraagt. De vraag is dan: wat heeft de jongere nodig?\n'),
    );
    expect(doc.passages.map((p) => p.section)).toEqual(['Mag ik een gesprek weigeren?', 'Kan de casusregisseur de termijn verlengen?']);
    expect(doc.passages[0].text).toContain('Ja. Maar bedenk het volgende.');
  });
});
