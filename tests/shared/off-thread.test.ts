import { threadId } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { parsedOnEventLoop, readTables, UnreadableFileError } from '../../src/features/imports/tabular';
import { OffThreadLimitError, runOffThread } from '../../src/shared/off-thread';
import { spin } from '../helpers/off-thread-probe';

const PROBE = require.resolve('../helpers/off-thread-probe');

/** Issue 14: Excel/PDF/Word parsing runs beside the event loop, inside time and memory limits. */
describe('work off the event loop', () => {
  it('runs in another thread, and the event loop keeps turning while it works', async () => {
    expect(await runOffThread<number>(PROBE, 'whichThread', [])).not.toBe(threadId);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await runOffThread(PROBE, 'spin', [400]);
    clearInterval(timer);
    // the same work on this thread lets no timer run at all until it is done
    const before = ticks;
    const again = setInterval(() => ticks++, 5);
    spin(400);
    const duringInThread = ticks - before;
    clearInterval(again);
    expect(before).toBeGreaterThan(5);
    expect(duringInThread).toBe(0);
  });

  it('a task over its time or heap limit is ended with OffThreadLimitError; an error keeps its name and message', async () => {
    await expect(runOffThread(PROBE, 'spin', [60_000], { timeoutMs: 200, maxHeapMb: 64 })).rejects.toBeInstanceOf(OffThreadLimitError);
    await expect(runOffThread(PROBE, 'hog', [2_000], { timeoutMs: 30_000, maxHeapMb: 32 })).rejects.toBeInstanceOf(OffThreadLimitError);
    await expect(runOffThread(PROBE, 'fail', [])).rejects.toMatchObject({ name: 'UnreadableFileError', message: 'Het bestand is kapot.' });
  });

  it('only a small CSV is parsed on the event loop (a worker costs more to start); larger files and spreadsheets go to the worker', async () => {
    expect(parsedOnEventLoop('gebruikers.csv', 20_000)).toBe(true);
    expect(parsedOnEventLoop('contracten.csv', 2_000_000)).toBe(false);
    expect(parsedOnEventLoop('aanbieders.xlsx', 5_000)).toBe(false);
    expect(await readTables('aanbieders.csv', Buffer.from('naam;plaats\nDe Linde;Zwolle\n'))).toEqual([
      { name: 'aanbieders', rows: [{ line: 2, record: { naam: 'De Linde', plaats: 'Zwolle' } }] },
    ]);
  });

  it('spreadsheets are read in the worker with the same result; a broken one is a Dutch UnreadableFileError', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Aanbieders');
    sheet.addRow(['naam', 'plaats']);
    sheet.addRow(['De Linde', 'Zwolle']);
    const tables = await readTables('aanbieders.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(tables).toEqual([{ name: 'aanbieders', rows: [{ line: 2, record: { naam: 'De Linde', plaats: 'Zwolle' } }] }]);
    const broken = readTables('kapot.xlsx', Buffer.from('geen excel'));
    await expect(broken).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(broken).rejects.toThrow(/Excelbestand kon niet worden gelezen/);
  });
});
