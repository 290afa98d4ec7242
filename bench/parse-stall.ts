// Issue 14: the longest event-loop stall while one large file is parsed, in the turn's thread (the
// baseline, measured in the same run) and through the worker thread that readTables/readDocument use.
// Run: npx tsx bench/parse-stall.ts   (prints one line per file: in-thread vs worker, max stall in ms)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { parseTables, readTables } from '../src/features/imports/tabular';
import { binaryDocumentText, readDocument } from '../src/features/qa/document-reader';

async function maxStall(work: () => Promise<unknown>): Promise<{ stallMs: number; totalMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  // a timer that keeps the loop busy-checking, like other users' turns would
  const keepAlive = setInterval(() => undefined, 5);
  h.enable();
  const start = performance.now();
  await work();
  const totalMs = performance.now() - start;
  h.disable();
  clearInterval(keepAlive);
  return { stallMs: h.max / 1e6, totalMs };
}

async function spreadsheet(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('contracten');
  sheet.addRow(['aanbieder', 'gemeente', 'segment', 'startdatum', 'einddatum', 'bedrag']);
  for (let i = 0; i < rows; i++) sheet.addRow([`Aanbieder ${i}`, 'Zwolle', 'Specialistische jeugdhulp', '2026-01-01', '2027-12-31', 1000 + i]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function main() {
  const xlsx = await spreadsheet(Number(process.env.ROWS ?? 60_000));
  const heldout = path.join(__dirname, '..', 'eval', 'heldout');
  const cases: [string, Buffer, () => Promise<unknown>, () => Promise<unknown>][] = [
    ['contracten.xlsx', xlsx, () => parseTables('contracten.xlsx', new Uint8Array(xlsx)), () => readTables('contracten.xlsx', xlsx)],
  ];
  for (const file of ['jaarverslag-2025.pdf', 'jaarverslag-2025.docx']) {
    const data = readFileSync(path.join(heldout, file));
    const ext = file.endsWith('.pdf') ? 'pdf' : 'docx';
    cases.push([file, data, () => binaryDocumentText(ext, new Uint8Array(data)), () => readDocument(file, data)]);
  }
  for (const [name, data, inThread, worker] of cases) {
    await inThread(); // warm the parser's module once, as a running bot would have
    const a = await maxStall(inThread);
    const b = await maxStall(worker);
    console.log(`${name} (${(data.length / 1e6).toFixed(1)} MB): in-thread stall ${a.stallMs.toFixed(0)} ms (total ${a.totalMs.toFixed(0)} ms); worker stall ${b.stallMs.toFixed(0)} ms (total ${b.totalMs.toFixed(0)} ms)`);
  }
}

void main();
