// Issue 14: what parsing an uploaded file costs everyone else. For each file, the longest event-loop
// stall while it is parsed through the worker thread that readTables/readDocument use, against the
// baseline measured in the same run: the same parser called in this (the turn's) thread.
// Alone: npm run bench parse-stall   (BENCH_PARSE_ROWS: rows of the generated spreadsheet, 60,000)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseTables, readTables } from '../src/features/imports/tabular';
import { binaryDocumentText, readDocument } from '../src/features/qa/document-reader';
import { ROOT, round } from './bench-kit';

const ROWS = Number(process.env.BENCH_PARSE_ROWS ?? 60_000);
/** Small documents are measured this often (median); the large spreadsheet once per side. */
const REPEATS = 5;

interface Case {
  name: string;
  bytes: number;
  repeats: number;
  inThread: () => Promise<unknown>;
  worker: () => Promise<unknown>;
}

export async function run(): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {};
  for (const c of await cases()) {
    await c.inThread(); // the parser's modules loaded once, as in a bot that has parsed before
    const base = await median(c.repeats, () => measure(c.inThread));
    const off = await median(c.repeats, () => measure(c.worker));
    const label = `${c.name} (${round(c.bytes / 1e6, 2)} MB)`;
    figures[`${label} stall ms in-thread`] = round(base.stallMs, 0);
    figures[`${label} stall ms worker`] = round(off.stallMs, 0);
    figures[`${label} stall ratio (worker/in-thread)`] = round(off.stallMs / base.stallMs);
    figures[`${label} parse ms in-thread`] = round(base.totalMs, 0);
    figures[`${label} parse ms worker`] = round(off.totalMs, 0);
    figures[`${label} parse ratio (worker/in-thread)`] = round(off.totalMs / base.totalMs);
  }
  return figures;
}

async function cases(): Promise<Case[]> {
  const xlsx = await spreadsheet(ROWS);
  const list: Case[] = [
    { name: `contracten.xlsx ${ROWS} rows`, bytes: xlsx.length, repeats: 1, inThread: () => parseTables('contracten.xlsx', new Uint8Array(xlsx)), worker: () => readTables('contracten.xlsx', xlsx) },
  ];
  for (const file of ['jaarverslag-2025.pdf', 'jaarverslag-2025.docx']) {
    const data = readFileSync(path.join(ROOT, 'eval', 'heldout', file));
    const ext = file.endsWith('.pdf') ? 'pdf' : 'docx';
    list.push({ name: file, bytes: data.length, repeats: REPEATS, inThread: () => binaryDocumentText(ext, new Uint8Array(data)), worker: () => readDocument(file, data) });
  }
  return list;
}

/**
 * The longest the event loop could not run a timer while `work` ran (the longest gap between two
 * ticks of a 1 ms interval, so never below ~1 ms), and how long `work` took.
 */
async function measure(work: () => Promise<unknown>): Promise<{ stallMs: number; totalMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = () => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  };
  const ticking = setInterval(tick, 1);
  const start = performance.now();
  await work();
  const totalMs = performance.now() - start;
  tick();
  clearInterval(ticking);
  return { stallMs, totalMs };
}

/** Per figure, the median of `n` runs (the machine is shared; one run can be unlucky). */
async function median(n: number, once: () => Promise<{ stallMs: number; totalMs: number }>) {
  const runs: { stallMs: number; totalMs: number }[] = [];
  for (let i = 0; i < n; i++) runs.push(await once());
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { stallMs: mid(runs.map((r) => r.stallMs)), totalMs: mid(runs.map((r) => r.totalMs)) };
}

async function spreadsheet(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('contracten');
  sheet.addRow(['aanbieder', 'gemeente', 'segment', 'startdatum', 'einddatum', 'bedrag']);
  for (let i = 0; i < rows; i++) sheet.addRow([`Aanbieder ${i}`, 'Zwolle', 'Specialistische jeugdhulp', '2026-01-01', '2027-12-31', 1000 + i]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
