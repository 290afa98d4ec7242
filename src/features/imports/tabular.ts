import { parse } from 'csv-parse/sync';
import { OffThreadLimitError, runOffThread } from '../../shared/off-thread';

/** exceljs costs a second of start-up and most turns never read a spreadsheet: loaded on first use. */
const exceljs = () => require('exceljs') as typeof import('exceljs');

/** One data row with its line number in the source (header is line 1). */
export interface TableRow {
  line: number;
  record: Record<string, string>;
}

export interface Table {
  /** File or sheet name, lower-cased, without extension: decides the import kind. */
  name: string;
  rows: TableRow[];
}

export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

const baseName = (fileName: string) =>
  fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .trim();

/**
 * A small CSV is parsed on the event loop (a few ms): starting a worker thread costs more than that, and
 * the demo data's five small files would otherwise start five workers at start-up.
 */
export const parsedOnEventLoop = (fileName: string, bytes: number) => bytes <= 32 * 1024 && /\.(csv|txt)$/i.test(fileName);

/**
 * Reads a CSV (comma or semicolon, UTF-8, header row) or an XLSX (one table per sheet), in a worker
 * thread: a 10 MB spreadsheet takes seconds of CPU that other users' turns must not wait for.
 */
export async function readTables(fileName: string, content: Buffer): Promise<Table[]> {
  try {
    if (parsedOnEventLoop(fileName, content.length)) return await parseTables(fileName, content);
    return await runOffThread<Table[]>(__filename, 'parseTables', [fileName, new Uint8Array(content)]);
  } catch (err) {
    if (err instanceof OffThreadLimitError) throw new UnreadableFileError('Het bestand is te groot of te ingewikkeld om in te lezen; splits het in kleinere bestanden.');
    // errors cross the thread as plain errors: the Dutch message of an unreadable file is kept
    if ((err as Error).name === 'UnreadableFileError') throw new UnreadableFileError((err as Error).message);
    throw err;
  }
}

/** Runs in the worker thread (see readTables). */
export async function parseTables(fileName: string, bytes: Uint8Array): Promise<Table[]> {
  const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'txt') return [{ name: baseName(fileName), rows: readCsv(content) }];
  if (ext === 'xlsx') return readXlsx(content);
  throw new UnreadableFileError(`Bestandstype .${ext ?? '?'} wordt niet ondersteund; gebruik .csv of .xlsx.`);
}

function readCsv(content: Buffer): TableRow[] {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (err) {
    throw new UnreadableFileError(`Het CSV-bestand kon niet worden gelezen (${csvProblem(err)}).`);
  }
  return toRows(records);
}

async function readXlsx(content: Buffer): Promise<Table[]> {
  const workbook = new (exceljs().Workbook)();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (err) {
    throw new UnreadableFileError('Het Excelbestand kon niet worden gelezen; sla het op als .xlsx en probeer het opnieuw.');
  }
  return workbook.worksheets.map((sheet) => {
    const records: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      records[row.number - 1] = values;
    });
    return { name: baseName(sheet.name), rows: toRows(Array.from(records, (r) => r ?? [])) };
  });
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value).trim();
}

function toRows(records: string[][]): TableRow[] {
  const [header, ...data] = records;
  if (!header) return [];
  const columns = header.map((h) => h.trim().toLowerCase());
  return data
    .map((values, i) => ({ line: i + 2, values }))
    .filter(({ values }) => values.some((v) => v !== ''))
    .map(({ line, values }) => ({ line, record: Object.fromEntries(columns.map((c, n) => [c, (values[n] ?? '').trim()])) }));
}

/** csv-parse reports in English; users get the line number in Dutch. */
function csvProblem(err: unknown): string {
  const line = (err as { lines?: number }).lines;
  return line ? `fout in de opmaak rond regel ${line}, bijvoorbeeld een aanhalingsteken dat niet gesloten wordt` : 'onbekende opmaak';
}
