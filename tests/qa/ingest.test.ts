import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { readDocument, UnreadableDocumentError } from '../../src/features/qa/document-reader';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { onePagePdf } from '../helpers/one-page-pdf';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '../..');
const DOCS = path.join(__dirname, '../fixtures/qa/docs');

/** A one-page PDF with the given lines (Helvetica text). */
function tinyPdf(lines: string[]): Buffer {
  return onePagePdf(`BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `(${l}) Tj T*`).join(' ')} ET`);
}

describe('reading documents', () => {
  it('reads .docx with its paragraphs', async () => {
    const doc = new Document({ sections: [{ children: ['Notitie Regieoverleg', 'Het Regieoverleg vergadert op dinsdag in Bergdorp.'].map((t) => new Paragraph(t)) }] });
    const parsed = await parseDocument('notitie.docx', await Packer.toBuffer(doc));
    expect(parsed.title).toBe('Notitie Regieoverleg');
    expect(parsed.passages[0].text).toContain('vergadert op dinsdag');
  });

  it.each([
    ['kapot.pdf', Buffer.from('dit is geen pdf')],
    ['leeg.txt', Buffer.from('   \n  ')],
    ['binair.txt', Buffer.from([0, 1, 2, 3, 0, 0, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80])],
    ['tabel.xlsx', Buffer.from('x')],
  ])('refuses %s with a clear Dutch message', async (name, data) => {
    await expect(readDocument(name, data)).rejects.toThrow(UnreadableDocumentError);
    await expect(readDocument(name, data)).rejects.toThrow(new RegExp(name.replace('.', '\\.')));
  });
});

describe('npm run ingest (the CLI on the configured store)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rsj-ingest-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, ENV_NAME: 'test-none' } })
      .then((r) => ({ code: 0, out: r.stdout, err: r.stderr }))
      .catch((e) => ({ code: e.code as number, out: e.stdout as string, err: e.stderr as string }));

  it('ingests a folder, lists, replaces on re-ingest, refuses a bad file without changes, and removes', async () => {
    const first = await cli(DOCS);
    expect(first.code).toBe(0);
    expect(first.out).toContain('"Vergaderafspraken Jeugdregio Testland"');
    expect(first.out).toContain('"Budgetnotitie Testland 2031"');

    const again = await cli(path.join(DOCS, 'vergaderafspraken.md'));
    expect(again.code).toBe(0);
    const listed = await cli('--list');
    expect(listed.out.match(/Vergaderafspraken Jeugdregio Testland/g)).toHaveLength(1);
    expect(listed.out).toMatch(/Vergaderafspraken Jeugdregio Testland {2}\(3 passages/);

    const bad = path.join(dataDir, 'kapot.pdf');
    writeFileSync(bad, 'geen pdf');
    const refused = await cli(path.join(DOCS, 'budgetnotitie.txt'), bad);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/kapot\.pdf: het bestand kon niet worden gelezen/);
    expect(refused.err).toMatch(/Er is niets gewijzigd/);
    expect((await cli('--list')).out).toBe(listed.out);

    const removed = await cli('--remove', 'Budgetnotitie Testland 2031');
    expect(removed.out).toContain('Verwijderd');
    expect((await cli('--list')).out).not.toContain('Budgetnotitie');
    expect((await cli('--remove', 'Bestaat niet')).code).toBe(1);
  });

  // PDF.js loads itself with a dynamic import that jest's VM does not allow, so PDFs are tested through the CLI.
  it('reads .pdf text', async () => {
    const pdf = path.join(dataDir, 'memo.pdf');
    writeFileSync(pdf, tinyPdf(['Memo Testland', 'De teamdag kost 2750 euro per jaar.']));
    const res = await cli(pdf);
    expect(res.err).toBe('');
    expect(res.out).toContain('Ingelezen: "Memo Testland" uit memo.pdf (1 passages)');
  });
});
